"""The actors stage resolves names, titles, role nouns and group nouns to dated actors.

Mentions are built here from the dictionary matcher plus the names listed per case
(what the entities stage would add), so these tests depend on no statistical model.
"""
from __future__ import annotations

import re
from datetime import date

import pytest

from linimasa.actors.resolver import ActorResolver
from linimasa.document import Document, Mention, Sentence
from linimasa.resources import Resources


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver(Resources())


def make_doc(resolver: ActorResolver, text: str, published: date, names: tuple[str, ...] = ()) -> Document:
    doc = Document(text=text, published=published)
    pos = 0
    for index, piece in enumerate(re.split(r"(?<=[.!?])\s+", text)):
        start = text.index(piece, pos)
        doc.sentences.append(Sentence(index, start, start + len(piece), piece))
        pos = start + len(piece)
    person_spans: list[tuple[int, int]] = []
    for name in sorted(names, key=len, reverse=True):
        for found in re.finditer(re.escape(name), text):
            if not any(s < found.end() and found.start() < e for s, e in person_spans):
                person_spans.append(found.span())
    for sentence in doc.sentences:
        for start, end in person_spans:
            if sentence.start <= start < sentence.end:
                doc.mentions.append(Mention(sentence.index, start, end, text[start:end], "PER", origin="model"))
        for match in resolver.dictionary.match(text, sentence.start, sentence.end):
            if any(s < match.end and match.start < e for s, e in person_spans):
                continue
            doc.mentions.append(Mention(sentence.index, match.start, match.end, match.text, match.mention_type))
    return doc


D2024 = date(2024, 6, 7)
D2025 = date(2025, 5, 11)

CASES = [
    # dated role nouns
    ("Presiden AS mengecam serangan itu.", D2024, "Presiden AS", (), "P.joe_biden", "USA", "GOV", "Presiden"),
    ("Presiden AS mengecam serangan itu.", D2025, "Presiden AS", (), "P.donald_trump", "USA", "GOV", "Presiden"),
    ("Menlu AS terbang ke Doha pada Senin.", date(2024, 3, 1), "Menlu AS", (), "P.antony_blinken", "USA", "GOV", "Menteri Luar Negeri"),
    ("Menlu AS terbang ke Doha pada Senin.", date(2025, 3, 1), "Menlu AS", (), "P.marco_rubio", "USA", "GOV", "Menteri Luar Negeri"),
    ("Presiden Israel menerima para keluarga sandera.", D2024, "Presiden Israel", (), "P.isaac_herzog", "ISR", "GOV", "Presiden"),
    ("Presiden terpilih AS berjanji mengakhiri perang.", date(2024, 12, 1), "Presiden terpilih AS", (), "P.donald_trump", "USA", "GOV", "Presiden terpilih"),
    ("Mantan Presiden AS ikut berkomentar soal itu.", D2024, "Presiden AS", (), "P.donald_trump", "USA", None, None),
    ("Perdana Menteri Israel menolak usulan itu.", D2024, "Perdana Menteri Israel", (), "P.benjamin_netanyahu", "ISR", "GOV", "Perdana Menteri"),
    ("Direktur CIA bertolak ke Kairo.", D2024, "Direktur CIA", (), "P.bill_burns", "USA", "SPY", "Direktur CIA"),
    ("Kanselir Jerman menyerukan jeda kemanusiaan.", date(2024, 1, 10), "Kanselir Jerman", (), "P.olaf_scholz", "DEU", "GOV", "Kanselir"),
    ("Kanselir Jerman menyerukan jeda kemanusiaan.", date(2025, 6, 1), "Kanselir Jerman", (), "P.friedrich_merz", "DEU", "GOV", "Kanselir"),
    ("Perdana Menteri Inggris menyambut kesepakatan itu.", date(2023, 1, 5), "Perdana Menteri Inggris", (), "P.rishi_sunak", "GBR", "GOV", "Perdana Menteri"),
    ("Perdana Menteri Inggris menyambut kesepakatan itu.", date(2024, 8, 1), "Perdana Menteri Inggris", (), "P.keir_starmer", "GBR", "GOV", "Perdana Menteri"),
    ("Presiden Indonesia menelepon mitranya.", D2024, "Presiden Indonesia", (), "P.joko_widodo", "IDN", "GOV", "Presiden"),
    ("Presiden Indonesia menelepon mitranya.", D2025, "Presiden Indonesia", (), "P.prabowo_subianto", "IDN", "GOV", "Presiden"),
    ("Turki menawarkan diri jadi tuan rumah. Presiden menyebut Ankara siap.", D2024, "Presiden", (), "P.recep_tayyip_erdogan", "TUR", "GOV", "Presiden"),
    # official and government nouns
    ("Para pejabat AS menolak berkomentar.", D2024, "Para pejabat AS", (), "USA.GOV", "USA", "GOV", None),
    ("Seorang pejabat Mesir mengatakan perundingan berlanjut.", D2024, "Seorang pejabat Mesir", (), "EGY.GOV", "EGY", "GOV", None),
    ("Pejabat tinggi Qatar menyatakan optimisme.", D2024, "Pejabat tinggi Qatar", (), "QAT.GOV", "QAT", "GOV", None),
    ("Pemerintahan Biden menekan sekutunya di kawasan.", D2024, "Pemerintahan Biden", (), "USA.GOV", "USA", "GOV", None),
    ("Kantor Netanyahu membantah laporan itu.", D2024, "Kantor Netanyahu", (), "ISR.GOV", "ISR", "GOV", None),
    # group and diplomat anaphora
    ("Hamas menolak proposal itu. Kelompok tersebut meminta jaminan.", D2024, "Kelompok tersebut", (), "PSE.HAMAS", "PSE", "REB", None),
    ("Hizbullah meluncurkan roket. Menurut kelompok itu, sasarannya pangkalan militer.", D2024, "kelompok itu", (), "LBN.HEZBOLLAH", "LBN", "REB", None),
    ("Menlu AS Antony Blinken bertemu Netanyahu. Diplomat AS teratas tersebut lalu ke Amman.", D2024, "Diplomat AS teratas tersebut", (), "P.antony_blinken", "USA", "GOV", "Menteri Luar Negeri"),
    # titles and appositives for people missing from the dictionary
    ("Koordinator Timur Tengah Gedung Putih Rahmat Kusuma tiba di Kairo.", D2024, "Rahmat Kusuma", ("Rahmat Kusuma",), "local:rahmat_kusuma", "USA", "GOV", "Koordinator Timur Tengah"),
    ("Daniel Marwan, direktur badan intelijen luar negeri Mossad, ikut berunding.", D2024, "Daniel Marwan", ("Daniel Marwan",), "local:daniel_marwan", "ISR", "SPY", "Kepala Badan Intelijen Mossad"),
    ("Menteri Luar Negeri Mesir Ahmad Fauzi menyambut tamunya.", D2024, "Ahmad Fauzi", ("Ahmad Fauzi",), "local:ahmad_fauzi", "EGY", "GOV", "Menteri Luar Negeri"),
    ("Juru bicara Hamas Abu Salim menegaskan sikap kelompoknya.", D2024, "Abu Salim", ("Abu Salim",), "local:abu_salim", "PSE", "REB", "Juru Bicara Hamas"),
    ("Daniel Marwan, direktur badan intelijen Mossad, hadir. Marwan kemudian pulang.", D2024, "Marwan", ("Daniel Marwan", "Marwan"), None, None, None, None),
    # dictionary people on a date
    ("Netanyahu bertemu keluarga sandera.", D2024, "Netanyahu", (), "P.benjamin_netanyahu", "ISR", "GOV", "Perdana Menteri"),
    ("Gallant mengunjungi pasukan di perbatasan.", D2024, "Gallant", (), "P.yoav_gallant", "ISR", "MIL", "Menteri Pertahanan"),
    ("Katz memerintahkan persiapan operasi.", date(2024, 12, 1), "Katz", (), "P.israel_katz", "ISR", "MIL", "Menteri Pertahanan"),
    ("Barnea memimpin delegasi ke Doha.", D2024, "Barnea", (), "P.david_barnea", "ISR", "SPY", "Direktur Mossad"),
    ("Haniyeh menerima salinan proposal.", date(2024, 5, 1), "Haniyeh", (), "P.ismail_haniyeh", "PSE", "REB", "Ketua Biro Politik Hamas"),
    ("Sheikh Mohammed bin Abdulrahman Al Thani menjadi tuan rumah.", D2024, "Sheikh Mohammed bin Abdulrahman Al Thani", (), "P.mohammed_bin_abdulrahman", "QAT", "GOV", "Perdana Menteri"),
    ("Majed Al Ansari memberi keterangan pers.", D2024, "Majed Al Ansari", (), "P.majed_al_ansari", "QAT", "GOV", "Juru Bicara Kementerian Luar Negeri"),
    ("El-Sisi menerima utusan dari Doha.", D2024, "El-Sisi", (), "P.abdel_fattah_el_sisi", "EGY", "GOV", "Presiden"),
    ("Hassan Rashad bertemu perunding Hamas.", D2025, "Hassan Rashad", (), "P.hassan_rashad", "EGY", "SPY", "Kepala Badan Intelijen Umum"),
    ("Hakan Fidan menelepon mitranya.", D2024, "Hakan Fidan", (), "P.hakan_fidan", "TUR", "GOV", "Menteri Luar Negeri"),
    ("Witkoff dijadwalkan tiba besok.", D2025, "Witkoff", (), "P.steve_witkoff", "USA", "GOV", "Utusan Khusus untuk Timur Tengah"),
    ("Prabowo meninjau pabrik senjata.", date(2023, 6, 1), "Prabowo", (), "P.prabowo_subianto", "IDN", "MIL", "Menteri Pertahanan"),
    ("Gibran membuka acara itu.", D2025, "Gibran", (), "P.gibran_rakabuming_raka", "IDN", "GOV", "Wakil Presiden"),
    ("Trump berkampanye di Ohio.", date(2023, 6, 1), "Trump", (), "P.donald_trump", "USA", None, None),
    # organizations, metonyms
    ("Kementerian Kesehatan Gaza merilis data terbaru.", D2024, "Kementerian Kesehatan Gaza", (), "PSE.GAZA.MOH", "PSE", "GOV", None),
    ("Badan Intelijen Umum Mesir menjadi penengah.", D2024, "Badan Intelijen Umum Mesir", (), "EGY.GIS", "EGY", "SPY", None),
    ("Militer Israel mengerahkan tank.", D2024, "Militer Israel", (), "ISR.MIL", "ISR", "MIL", None),
    ("Washington menyambut baik tanggapan itu.", D2024, "Washington", (), "USA.GOV", "USA", "GOV", None),
    ("Teheran membantah terlibat.", D2024, "Teheran", (), "IRN.GOV", "IRN", "GOV", None),
    ("Houthi kembali menyerang kapal.", D2024, "Houthi", (), "YEM.HOUTHI", "YEM", "REB", None),
    ("Kemlu RI mengecam serangan itu.", D2024, "Kemlu RI", (), "IDN.MFA", "IDN", "GOV", None),
    ("UNRWA kehabisan bahan bakar.", D2024, "UNRWA", (), "IGO.UNRWA", None, "IGO", None),
]


@pytest.mark.parametrize("text, published, target, names, actor_id, country, sector, role", CASES)
def test_resolver_resolves_phrase(resolver, text, published, target, names, actor_id, country, sector, role):
    doc = resolver(make_doc(resolver, text, published, names))
    if actor_id is None:
        # short-name coreference: the short name gets the full name's actor
        full = next(m for m in doc.mentions if m.text == "Daniel Marwan")
        short = next(m for m in doc.mentions if m.text == "Marwan")
        assert short.actor == full.actor == "local:daniel_marwan"
        return
    found = [m for m in doc.mentions if m.text == target]
    assert found, [(m.text, m.actor) for m in doc.mentions]
    assert found[0].actor == actor_id
    actor = doc.actors[actor_id]
    assert (actor.country, actor.sector, actor.role) == (country, sector, role)
    assert actor.local == actor_id.startswith("local:")


def test_coref_mentions_carry_their_origin(resolver):
    doc = resolver(make_doc(resolver, "Para pejabat AS menolak berkomentar.", D2024))
    coref = [m for m in doc.mentions if m.origin == "coref"]
    assert [(m.text, m.type, m.actor) for m in coref] == [("Para pejabat AS", "ORG", "USA.GOV")]


def test_every_mention_actor_is_in_actors(resolver):
    text = "Pemerintahan Biden menekan Hamas. Kelompok itu menolak, kata seorang pejabat AS."
    doc = resolver(make_doc(resolver, text, D2024))
    assert {m.actor for m in doc.mentions if m.actor} == set(doc.actors)
