"""Story labels as a newsroom's slug: '<main actor>: <the matter> (<event type>)'.

Every story here is invented: invented names, places and sentences written
for these tests. Each row gives a story's actors (documents naming each, with
their kind and corpus document frequency), its terms (documents using each,
with corpus document frequency), its merged event types, how its documents
write the actors (mention texts) and a few of its sentences, and the labels.
"""
from __future__ import annotations

from collections import Counter

import numpy as np
import pytest

from linimasa.corpus.stories import Story, story_labels

TOTAL = 1000


def _story(size: int, actors: dict, terms: dict) -> tuple[Story, dict, dict, Counter]:
    story = Story(1, np.zeros(4, dtype=np.float32), size=size,
                  actors=Counter({a: n for a, (n, _, _, _) in actors.items()}),
                  terms=Counter({t: n for t, (n, _) in terms.items()}),
                  actor_mentions=Counter({a: 2 * n for a, (n, _, _, _) in actors.items()}),
                  term_counts=Counter({t: 2 * n for t, (n, _) in terms.items()}))
    names = {a: (name, kind) for a, (_, name, kind, _) in actors.items()}
    term_df = {t: df for t, (_, df) in terms.items()}
    actor_df = Counter({a: df for a, (_, _, _, df) in actors.items()})
    return story, names, term_df, actor_df


CASES = [
    pytest.param(  # two sides as central as each other; the event type covers most events
        3, {"G.front": (3, "Front Lembah Hijau", "group", 12), "NSR": (3, "Negeri Sarwa", "country", 15),
            "IDN.GOV": (3, "Pemerintah Indonesia", "organization", 700)},
        {"jeda tembak": (3, 8), "tawanan": (2, 20)}, {"CONSULT": 5, "AGREE": 1}, {}, [],
        "Front Lembah Hijau–Negeri Sarwa: jeda tembak, tawanan (pertemuan dan perundingan)",
        "Front Lembah Hijau–Negeri Sarwa: meetings and talks (jeda tembak, tawanan)", id="co-protagonists"),
    pytest.param(  # a collective qualified by its nationality does not lead over a named person
        2, {"IDN.LAB": (2, "Buruh (Indonesia)", "group", 3), "P.sutan": (2, "Sutan Baraya", "person", 6)},
        {"upah lembur": (2, 4), "pabrik": (2, 60)}, {}, {}, [],
        "Sutan Baraya: upah lembur, pabrik", "Sutan Baraya: upah lembur, pabrik", id="person-over-collective"),
    pytest.param(  # the one word the documents call a body by; terms repeating its name are left out
        3, {"IDN.BPPR": (3, "Badan Pengawas Pasar Rakyat", "organization", 9)},
        {"bppr wilayah": (3, 5), "pasar rakyat": (3, 7), "timbangan curang": (2, 6), "pedagang": (3, 80)},
        {}, {"IDN.BPPR": {"BPPR": 6, "Badan Pengawas Pasar Rakyat": 1}}, [],
        "BPPR: timbangan curang, pedagang", "BPPR: timbangan curang, pedagang", id="short-name-no-echo"),
    pytest.param(  # notes on a currency: two talks among five events do not make it a story of talks
        4, {"NSR": (4, "Negeri Sarwa", "country", 30), "NTR": (3, "Negeri Tirta", "country", 40)},
        {"kurs koin": (4, 5), "melemah": (4, 90)}, {"CONSULT": 2, "ASSAULT": 1, "AID": 1, "REQUEST": 1}, {}, [],
        "Negeri Sarwa: kurs koin, melemah", "Negeri Sarwa: kurs koin, melemah", id="type-only-when-dominant"),
    pytest.param(  # names take the capitals the documents give them inside sentences, not at a sentence start
        2, {"P.rangga": (2, "Rangga Wiralaga", "person", 5)},
        {"nadia kirana": (2, 3), "mata air": (2, 9), "lembah tirta": (1, 2)}, {},
        {"P.rangga": {"Bupati": 5, "Rangga": 3, "Dia": 4, "Rangga Wiralaga": 1}},
        ["Mata air itu kering. Bupati Rangga menemui Nadia Kirana di Lembah Tirta soal mata air desa.",
         "Warga menyebut Nadia Kirana menjaga mata air sejak kecil."],
        "Rangga: Nadia Kirana, mata air", "Rangga: Nadia Kirana, mata air", id="casing-and-person-short-name"),
    pytest.param(  # a term cut from a longer name is left out; a term glued to a neighbour word too
        2, {"IDN.KPKD": (2, "Komisi Pengawas Keuangan Daerah", "organization", 8)},
        {"dinas pengairan": (2, 3), "dariberita": (2, 2), "proyek bendungan": (2, 6), "kontraktor": (2, 40)},
        {}, {"IDN.KPKD": {"KPKD": 4}},
        ["Penyidik memeriksa Dinas Pengairan Kota Sarwa dan proyek bendungan itu. Baca juga dariBerita sebelumnya.",
         "Kepala Dinas Pengairan Kota Sarwa diperiksa soal kontraktor proyek bendungan."],
        "KPKD: proyek bendungan, kontraktor", "KPKD: proyek bendungan, kontraktor", id="cut-names-dropped"),
    pytest.param(  # a term repeating the event type's words is left out
        3, {"IDN.KEMSOS": (3, "Kementerian Sosial", "organization", 20)},
        {"bantuan": (3, 50), "penerima": (3, 30), "kartu sembako": (2, 4)}, {"AID": 4, "CONSULT": 1},
        {"IDN.KEMSOS": {"Kemensos": 5}}, [],
        "Kemensos: kartu sembako, penerima (bantuan)", "Kemensos: aid (kartu sembako, penerima)",
        id="no-type-echo"),
    pytest.param(  # a general word is not the matter, however often the story's documents use it
        3, {"P.wulan": (3, "Wulan Sasmita", "person", 4)},
        {"sampai": (3, 9), "triliun": (3, 12), "dana desa": (3, 6), "irigasi": (2, 8)}, {}, {}, [],
        "Wulan Sasmita: dana desa, irigasi", "Wulan Sasmita: dana desa, irigasi", id="general-words-left-out"),
    pytest.param(  # no actor: the terms alone
        2, {}, {"kopi luwak": (2, 3), "seduh": (2, 10)}, {}, {}, [],
        "kopi luwak, seduh", "kopi luwak, seduh", id="terms-only"),
]


@pytest.mark.parametrize("size,actors,terms,events,surfaces,texts,label,label_en", CASES)
def test_story_label_reads_as_a_slug(size, actors, terms, events, surfaces, texts, label, label_en):
    story, names, term_df, actor_df = _story(size, actors, terms)
    surfaces = {a: Counter(s) for a, s in surfaces.items()}
    assert story_labels(story, names, term_df, TOTAL, Counter(events), actor_df, surfaces=surfaces,
                        texts=texts) == (label, label_en)


# Who leads and which terms name the matter, from what the story's documents say in their headlines and leads and
# who acts in their events (invented stories again). Each row: size, actors as above, terms as above, event types,
# sources (actor -> merged events it is the source of), sentences (actor -> sentences naming it), heads (headline,
# line break, lead), texts, and the Indonesian label.
PROMINENCE = [
    pytest.param(  # the one acting leads, not the rarer counterpart it answers
        2, {"P.dara": (2, "Dara Puspita", "person", 40), "P.bima": (2, "Bima Laksana", "person", 3)},
        {"pupuk cair": (2, 4), "gudang": (2, 30)}, {"REJECT": 3}, {"P.dara": 3}, {"P.dara": 9, "P.bima": 3},
        ["Dara Tolak Usul Bima soal Pupuk Cair\nMenteri Dara Puspita menolak usul Bima Laksana.",
         "Dara Puspita: Pupuk Cair Tetap Disubsidi\nDara menegaskan subsidi pupuk cair tetap."], [],
        "Dara Puspita: pupuk cair, gudang (penolakan)", id="source-over-counterpart"),
    pytest.param(  # two sides that each lead headlines and act as much are named together
        2, {"G.front": (2, "Front Lembah Hijau", "group", 6), "NSR": (2, "Negeri Sarwa", "country", 15)},
        {"jeda tembak": (2, 3)}, {"AGREE": 1, "REJECT": 1, "PROTEST": 1}, {"G.front": 2, "NSR": 2},
        {"G.front": 6, "NSR": 6},
        ["Front Lembah Hijau Terima Jeda Tembak\nFront menerima usul Negeri Sarwa.",
         "Negeri Sarwa Tolak Syarat Front Lembah Hijau\nNegeri Sarwa menolak syarat itu."], [],
        "Front Lembah Hijau–Negeri Sarwa: jeda tembak", id="co-subjects-pair"),
    pytest.param(  # the headline's subject leads, not the rare group its victims were hurt by
        1, {"IDN.POLL": (1, "Polisi Lembah", "organization", 80), "G.sarwa": (1, "Geng Sarwa", "group", 2)},
        {"beasiswa": (1, 12), "yatim": (1, 9)}, {"AID": 1}, {"IDN.POLL": 1}, {"IDN.POLL": 5, "G.sarwa": 2},
        ["Polisi Lembah Serahkan Beasiswa untuk Anak Korban Geng Sarwa\nPolisi Lembah memberi beasiswa."], [],
        "Polisi Lembah: beasiswa, yatim", id="headline-subject-leads"),
    pytest.param(  # a country the text names in one aside, in no headline, acting in no event, does not lead
        1, {"NSR": (1, "Negeri Sarwa", "country", 20)}, {"batu empedu": (1, 3), "diet": (1, 15)}, {}, {},
        {"NSR": 2}, ["Benarkan Diet Rendah Lemak Cegah Batu Empedu?\nDokter menjelaskan soal batu empedu."], [],
        "batu empedu, diet", id="country-in-passing"),
    pytest.param(  # a person one sentence names, in no headline, acting in no event, does not lead either
        1, {"P.rangga": (1, "Rangga Wiralaga", "person", 2)}, {"sumur bor": (1, 3), "kemarau": (1, 15)}, {}, {},
        {"P.rangga": 1}, ["Warga Gali Sumur Bor Saat Kemarau\nWarga desa menggali sumur bor."], [],
        "sumur bor, kemarau", id="person-in-passing"),
    pytest.param(  # a term the headlines use outweighs a rarer one only the body uses
        2, {}, {"feri": (2, 8), "dermaga": (2, 2)}, {}, {}, {},
        ["Feri Kandas di Selat Sarwa\nSebuah feri kandas.", "Penumpang Feri Dievakuasi\nTim SAR tiba."],
        [], "feri, dermaga", id="headline-terms-first"),
    pytest.param(  # two pieces of one phrase are written as the phrase the documents use
        2, {}, {"sewa lahan": (2, 3), "lahan tidur": (2, 3), "petani": (2, 50)}, {}, {}, {}, [],
        ["Koperasi menawarkan sewa lahan tidur kepada petani muda.", "Sewa lahan tidur itu murah."],
        "sewa lahan tidur, petani", id="pieces-joined"),
    pytest.param(  # a phrase cut from a sentence at a general word, or a word with -nya, is not the matter
        2, {}, {"mendapatkan fasilitas": (2, 2), "saldonya": (2, 2), "tabungan emas": (2, 5), "cicilan": (2, 20)},
        {}, {}, {}, [], [], "tabungan emas, cicilan", id="fragments-left-out"),
    pytest.param(  # two requests are not a story of demands
        1, {"P.wulan": (1, "Wulan Sasmita", "person", 4)}, {"jalan desa": (1, 5)}, {"REQUEST": 2}, {"P.wulan": 2},
        {"P.wulan": 4}, ["Wulan Sasmita Minta Jalan Desa Diperbaiki\nWulan meminta perbaikan."], [],
        "Wulan Sasmita: jalan desa", id="two-events-no-type"),
]


@pytest.mark.parametrize("size,actors,terms,events,sources,sentences,heads,texts,label", PROMINENCE)
def test_story_label_follows_headlines_and_who_acts(size, actors, terms, events, sources, sentences, heads, texts,
                                                    label):
    story, names, term_df, actor_df = _story(size, actors, terms)
    found, _ = story_labels(story, names, term_df, TOTAL, Counter(events), actor_df, texts=texts,
                            sources=Counter(sources), sentences=Counter(sentences), heads=heads)
    assert found == label


def test_without_headlines_or_events_the_rarer_name_still_leads():
    """The prominence rules need headlines and events; a story without them is ranked by documents and rarity."""
    story, names, term_df, actor_df = _story(2, {"P.dara": (2, "Dara Puspita", "person", 40),
                                                 "P.bima": (2, "Bima Laksana", "person", 3)}, {"pupuk cair": (2, 4)})
    found, _ = story_labels(story, names, term_df, TOTAL, Counter(), actor_df)
    assert found.startswith("Bima Laksana")
