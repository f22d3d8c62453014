"""Issue 18: the source of an event, third round of subject/agent rules.

Run through the whole pipeline (tags, names, quotes), since most rules read the tagger's verbs:

- a "yang" clause with no verb that gives a person's office ("X yang juga Wakil Ketua Partai Y ini ...")
  leaves the person, not the party, as the subject (also when no mention resolves the name in that sentence:
  the document's person of that name);
- a description by office closed by a determiner ("Wakil Ketua Komisi III DPR itu ...") is the person told
  of just before, not the body;
- after a verb of saying, a noun no actor names standing right before a verb (determiners, copulas and
  aspect words between) is that verb's subject: the speaker is not the actor of what he explains;
- a fronted clause ("Setelah melakukan penyidikan, ...") followed by a passive main verb has no subject
  in the actor after that verb ("disimpulkan pemilik toko ...");
- the head of a noun phrase after a fronted clause's comma is its person ("Menteri Luar Negeri AS X");
- the speaker of an inverted speech tag is the subject of the "ketika" clause after it ('..." ujar X
  ketika tiba'), and no subject or patient of a verb the tag interrupts ("Barang itu, jelas X, telah disita");
- the owner of a decision named after "dari" ("keputusan dari X untuk memberhentikan ...") takes it;
- a "yang" clause of saying ("yang menyebut serikat pekerja harus ...") does not end at its object;
- a passive relative clause ends at its agent ("yang diterima anggota DPR, setuju ..."): the verb after its
  comma has the main clause's subject;
- a headless relative after a fronted phrase ("Menurut dia, yang melapor ...") has no head in that phrase;
- a charge with no agent ("tersangka dikenakan pasal ...") in a story that names no police or prosecutors'
  body but an officer of one is charged by the officer's body;
- citizens the dictionary names whole as their country ("Warga Amerika Serikat") are the country's
  citizens (events.groups), not the state;
- schools and universities as institutions are a body of their own (group_nouns.yaml EDU.SCHOOL), not students;
- the speaker of an opinion after a comma ("X merespons pengumuman Y, menyebut ... konyol") is X, the
  subject of the verb whose object Y is.

Names, places and sentences are invented.
"""
from __future__ import annotations

import pytest

from linimasa.document import Document
from linimasa.pipeline import build_pipeline


@pytest.fixture(scope="module")
def pipeline():
    return build_pipeline()


def coded(pipeline, text):
    doc = pipeline(Document(text=text))

    def name(ident):
        return doc.actors[ident].name if ident in doc.actors else ident

    return {(e.type, name(e.source), name(e.target)) for e in doc.events}


# (text, (type, source name, target name) that must be coded, triples that must not be)
SOURCES = [
    ("Budi Santoso yang juga Wakil Ketua Umum Partai Nusantara Raya ini menyampaikan apresiasi kepada Polri.",
     {("SUPPORT", "Budi Santoso", "Kepolisian Negara Republik Indonesia")}, set()),
    ('"Kami mendukung langkah itu," kata Budi Santoso kepada wartawan, Rabu (22/10/2025). '
     "Wakil Ketua Komisi III DPR itu kemudian mengapresiasi Polri.",
     {("SUPPORT", "Budi Santoso", "Kepolisian Negara Republik Indonesia")},
     {("SUPPORT", "Dewan Perwakilan Rakyat", "Kepolisian Negara Republik Indonesia")}),
    ("Menteri Keuangan Budi Santoso menjelaskan cara kerja komplotan itu adalah bernegosiasi dengan para wajib pajak.",
     set(), {("CONSULT", "Budi Santoso", "Pengusaha (Indonesia)")}),
    ("Setelah melakukan penyidikan dua pekan, disimpulkan pemilik warung telah melanggar peraturan daerah.",
     set(), {("ACCUSE", "Pengusaha (Indonesia)", None)}),
    ("Saat mengunjungi Israel, Menteri Luar Negeri Amerika Serikat Antony Blinken bertemu dengan Benjamin Netanyahu.",
     {("CONSULT", "Antony Blinken", "Israel")}, {("CONSULT", "Amerika Serikat", "Israel")}),
    ('"Ini satu tahun Presiden Joko Widodo memerintah ya, dan hari ini kita akan mendapat pengarahan," ujar Budi '
     "Santoso ketika tiba di Istana Negara, Selasa (21/10/2025).",
     set(), {("CONSULT", "Joko Widodo", "Pemerintah Indonesia")}),
    ("Barang-barang yang ditemukan, jelas Budi Santoso, telah disita oleh penyidik Kejari Sukamaju.",
     set(), {("COERCE", "Kejaksaan", "Budi Santoso")}),
    ("Joko Widodo merespons pengumuman Budi Santoso, menyebut pembentukan partai itu adalah hal konyol.",
     {("ACCUSE", "Joko Widodo", "Budi Santoso")}, {("ACCUSE", "Budi Santoso", "Joko Widodo")}),
    ("Wakil Presiden Budi Santoso merespons soal partai politik memintanya berkantor di Sukamaju.",
     set(), {("REQUEST", "Budi Santoso", None)}),
    ("Budi Santoso menanggapi kritik itu dan meminta Polres Sukamaju mengusut kasus tersebut.",
     {("REQUEST", "Budi Santoso", "Polres Sukamaju")}, set()),
    # a headless relative after a fronted prepositional phrase: not the one it is according to
    ("Budi Santoso mendampingi para korban. Menurut dia, yang melapor ke Polres Sukamaju sekitar 10 orang.",
     set(), {("ACCUSE", "Budi Santoso", "Polres Sukamaju")}),
    # a decision's owner after "dari" takes it; a relative clause of saying does not close at its object
    ('"Kami menyambut baik keputusan dari Partai Nusantara Raya untuk memberhentikan Budi Santoso," kata Andi Wirawan.',
     set(), {("SANCTION", "Andi Wirawan", "Budi Santoso")}),
    ("Hakim itu menegur pengacara Departemen Kehakiman, Maria Lopez, yang menyebut serikat pekerja harus "
     "membawa keluhan mereka ke Dewan Buruh Federal.", set(), {("REQUEST", "Maria Lopez", "Dewan Buruh Federal")}),
    # a passive relative clause ends at its agent: the verb after the comma goes on with the main clause
    ('"Saya dukung kajian ulang honor yang diterima anggota DPR RI, setuju dikaji total," kata Budi Santoso.',
     {("AGREE", "Budi Santoso", None)}, {("AGREE", "Dewan Perwakilan Rakyat", None)}),
    ("Hizbullah, kelompok militan yang didukung Iran, menyerang Israel.", {("ASSAULT", "Hizbullah", "Israel")}, set()),
    # a charge with no agent in a story that names only the police chief: his force charges
    ("Kapolres Sukamaju, AKBP Budi Santoso mengatakan tersangka pernah dipenjara. Saat ini, tersangka juga dikenakan "
     "Pasal 45A Undang-Undang Informasi dan Transaksi Elektronik.",
     {("ACCUSE", "Kepolisian Negara Republik Indonesia", "Pelaku (Indonesia)")}, set()),
    # citizens named whole as their country by the dictionary are the citizens, not the state
    ("Warga Amerika Serikat menggelar demo besar-besaran di 50 negara bagian.",
     {("PROTEST", "Warga (Amerika Serikat)", "Pemerintah Amerika Serikat")}, {("PROTEST", "Amerika Serikat", None)}),
    ("Warga Amerika Serikat (AS) kembali menggelar demo besar di puluhan kota AS.",
     {("PROTEST", "Warga (Amerika Serikat)", "Pemerintah Amerika Serikat")}, {("PROTEST", "Amerika Serikat", None)}),
    ("Krisis itu mendorong ribuan warga Peru turun ke jalan di ibu kota Lima untuk berunjuk rasa.",
     {("PROTEST", "Warga (Peru)", "Pemerintah Peru")}, {("PROTEST", "Peru", None)}),
    ("Pemerintah Amerika Serikat mengecam serangan itu.", {("ACCUSE", "Pemerintah Amerika Serikat", None)}, set()),
    # a school as an institution is no group of students
    ("Sekolah juga akan bekerja sama dengan Polres Sukamaju untuk mendukung siswa.",
     {("COOPERATE", "Sekolah dan kampus (Indonesia)", "Polres Sukamaju")}, {("COOPERATE", "Mahasiswa (Indonesia)", "Polres Sukamaju")}),
    ("Ratusan mahasiswa dari sejumlah perguruan tinggi berunjuk rasa di halaman kantor gubernur.",
     {("PROTEST", "Mahasiswa (Indonesia)", "Pemerintah Indonesia")}, set()),
    # counter-examples: the tag's speaker not closed by a comma still acts; a "yang" clause with no office
    ('"Angkanya kami revisi," kata Budi Santoso dalam rapat kerja dengan Komisi XI DPR di Senayan, Selasa (8/7/2025).',
     {("CONSULT", "Budi Santoso", "Komisi XI DPR")}, set()),
    ("Itu wilayah Kabupaten Sukamaju yang tentu Polres Sukamaju berkoordinasi dengan Kejari Sukamaju.",
     {("COOPERATE", "Polres Sukamaju", "Kejaksaan")}, set()),
]


@pytest.mark.parametrize("text, expected, absent", SOURCES, ids=[r[0][:40] for r in SOURCES])
def test_event_sources(pipeline, text, expected, absent):
    found = coded(pipeline, text)
    assert expected <= found, found
    assert not (absent & found), found


def test_tagged_speaker_arrives(pipeline):
    """'..." ujar X ketika tiba di Y': X, the speaker, arrives."""
    found = coded(pipeline, SOURCES[5][0])
    assert any(kind == "CONSULT" and source == "Budi Santoso" for kind, source, _ in found), found


def test_reported_agent_is_not_the_speaker(pipeline):
    """The speaker stays the source where he himself acts ("X menyebut pihaknya akan menyelidiki")."""
    found = coded(pipeline, "Polres Sukamaju menyebut pihaknya tengah menyelidiki kasus penipuan itu.")
    assert any(kind == "ACCUSE" and source == "Polres Sukamaju" for kind, source, _ in found), found


def test_unresolved_name_before_office_relative():
    """"Andi yang juga Ketua Partai X ini mengapresiasi KPK": the name before the verbless "yang" clause,
    resolved by no mention in its sentence, is the document's person of that name, not the party."""
    from linimasa.events.coder import EventCoder
    from linimasa.resources import Resources
    from tests.test_triggers_vocabulary_3 import build_story

    doc = build_story("Andi Wirawan hadir di Sukamaju. Andi yang juga Ketua Partai Maju Bersama ini mengapresiasi KPK.")
    found = {(e.type, e.source, e.target) for e in EventCoder(Resources())(doc).events}
    assert ("SUPPORT", "ANDI", "KPK") in found, found
    assert ("SUPPORT", "PARTAI", "KPK") not in found, found
