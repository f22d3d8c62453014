"""A small corpus of invented articles whose events carry gazetteer places, for the place, GeoJSON, map API
and browser map tests (issue 21). Not a test module.

The places are built here by hand (document.Place), so these tests do not depend on the place stage; the
sentences are written for the project. Coordinates are those of the real towns, rounded.
"""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from linimasa.corpus.update import update_corpus
from linimasa.document import Actor, Document, Event, Place, Sentence
from linimasa.store.db import Store

ACTORS = {
    "IDN.POLRI": Actor("IDN.POLRI", "Kepolisian Negara Republik Indonesia", "organization", "IDN", "COP"),
    "IDN.GOV": Actor("IDN.GOV", "Pemerintah Indonesia", "organization", "IDN", "GOV"),
    "EGY.GOV": Actor("EGY.GOV", "Pemerintah Mesir", "organization", "EGY", "GOV"),
}
SUKAMAJU = Place("Sukamaju", "Sukamaju", "IDN", "city", "clause", 9000001, -6.9, 107.6, "Jawa Barat")
KAIRO = Place("Kairo", "Kairo", "EGY", "city", "clause", 360630, 30.06, 31.25, "Kairo")
DOHA = Place("Doha", "Doha", "QAT", "city", "clause", 290030, 25.29, 51.53, "Baladiyat ad Dawhah")
NOWHERE = Place("Desa Entah", "Desa Entah", "IDN", "site", "clause")  # in the gazetteer without coordinates

# (outlet, day, text, [(type, sentence, source, target, place)])
ARTICLES = [
    ("WartaContoh.id", date(2025, 3, 4),
     "Polisi menangkap lima tersangka penyelundupan pupuk di gudang Sukamaju pada Selasa. "
     "Menteri luar negeri bertemu mitranya di Kairo untuk membahas bantuan kemanusiaan. "
     "Kepala desa berharap kelangkaan pupuk segera berakhir.",
     [("COERCE", 0, "IDN.POLRI", None, SUKAMAJU), ("CONSULT", 1, "IDN.GOV", "EGY.GOV", KAIRO)]),
    ("KabarContoh.com", date(2025, 3, 4),
     "Polisi menangkap lima tersangka penyelundupan pupuk bersubsidi di Sukamaju pada Selasa. "
     "Para tersangka diduga menjual pupuk ke luar provinsi dengan harga tinggi. "
     "Petani setempat mengeluhkan harga yang terus naik sejak awal musim tanam.",
     [("COERCE", 0, "IDN.POLRI", None, SUKAMAJU)]),
    ("SuaraContoh.net", date(2025, 3, 5),
     "Pemerintah Indonesia mengirim bantuan obat-obatan ke Mesir melalui Kairo pada Rabu. "
     "Bantuan itu diangkut dengan pesawat militer dari Jakarta. "
     "Pemerintah Indonesia meminta Mesir membuka jalur bantuan di Desa Entah.",
     [("AID", 0, "IDN.GOV", "EGY.GOV", KAIRO), ("REQUEST", 2, "IDN.GOV", "EGY.GOV", NOWHERE)]),
    ("WartaContoh.id", date(2025, 3, 6),
     "Pemerintah Mesir menyetujui permintaan Indonesia pada Kamis. "
     "Kesepakatan itu diumumkan setelah rapat kabinet. "
     "Rincian jalur bantuan belum diumumkan.",
     [("AGREE", 0, "EGY.GOV", "IDN.GOV", None)]),
    ("KabarContoh.com", date(2025, 3, 7),
     "Pemerintah Indonesia mengecam serangan terhadap kantor perwakilan di Doha pada Jumat. "
     "Kementerian menyebut serangan itu melanggar hukum internasional. "
     "Staf kantor perwakilan dilaporkan selamat.",
     [("ACCUSE", 0, "IDN.GOV", None, DOHA)]),
]


def make_doc(outlet: str, day: date, text: str, events: list[tuple]) -> Document:
    sentences = [Sentence(i, m.start(), m.end(), m.group().strip())
                 for i, m in enumerate(re.finditer(r"[^.]+\.", text))]
    doc = Document(text=text, title=sentences[0].text[:60], published=day, source=outlet,
                   url=f"https://{outlet.lower()}/{day.isoformat()}")
    doc.outlet, doc.language, doc.sentences = outlet, "id", sentences
    doc.actors = dict(ACTORS)
    doc.events = [Event(kind, i, sentences[i].start, sentences[i].end, sentences[i].text.split()[1],
                        source=source, target=target, date=day, date_precision="day", place=place)
                  for kind, i, source, target, place in events]
    return doc


def documents() -> list[Document]:
    return [make_doc(*article) for article in ARTICLES]


def build(path: Path) -> Path:
    """A database at `path` holding the articles and their corpus update; returns `path`."""
    docs = documents()
    with Store(path) as store:
        store.write_documents(docs)
        update_corpus(store, [d.doc_id for d in docs])
    return path
