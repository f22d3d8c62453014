"""Trigger vocabulary, second round (issue 18): one sentence written for the project per new trigger.

Families: signing agreements and memoranda, courtesy visits, hearings and audiences, approaches and
lobbying, warnings to act, disapproval (regret, mockery, disappointment), charges under an article of
law, searches, vows of force, extortion and intimidation, protests aimed at a body, relief from
duty, seizures, forced dispersal and crowd control, aid with a count before it, tariffs and trade
measures. Names and places are invented; the documents are built by hand (see
tests/test_triggers_vocabulary.py) so that the rows test the lexicon and the coder.

A second table holds the same words in senses that are no event ("tarif parkir", "memberantas
korupsi", "rapat koordinasi" with no partner, "bersumpah" to do good).
"""
from __future__ import annotations

from collections import Counter

import pytest

from linimasa.events.coder import EventCoder
from linimasa.resources import Resources
from tests.test_triggers_vocabulary import build


@pytest.fixture(scope="module")
def coder():
    return EventCoder(Resources())


# (trigger word as listed, sentence, expected (type, source, target) of the events it codes)
VOCABULARY = [
    # ---- signing agreements, memoranda and cooperation deals (AGREE)
    ("menandatangani MoU", "Bupati Sukamaju menandatangani MoU dengan Gubernur Nusa Kencana di Jakarta.",
     {("AGREE", "BUPATI", "GUBERNUR")}),
    ("meneken perjanjian kerja sama", "Kemendagri meneken perjanjian kerja sama dengan DPRD Sukamaju.",
     {("AGREE", "KEMENDAGRI", "DPRD")}),
    ("menandatangani kesepakatan bersama", "Andi Wirawan menandatangani kesepakatan bersama dengan Dodi Hartono.",
     {("AGREE", "ANDI", "DODI")}),
    ("penandatanganan nota kesepahaman", "Kemendagri melakukan penandatanganan nota kesepahaman dengan KPK.",
     {("AGREE", "KEMENDAGRI", "KPK")}),
    # ---- visits, hearings, audiences, approaches (CONSULT)
    ("menyambangi", "Andi Wirawan menyambangi Bupati Sukamaju di rumah dinasnya.", {("CONSULT", "ANDI", "BUPATI")}),
    ("bersilaturahmi ke", "Gubernur Nusa Kencana bersilaturahmi ke DPRD Sukamaju pada Jumat pagi.",
     {("CONSULT", "GUBERNUR", "DPRD")}),
    ("disambangi", "Rina Kusuma disambangi Bupati Sukamaju seusai pulang dari rumah sakit.",
     {("CONSULT", "BUPATI", "RINA")}),
    ("beraudiensi dengan", "Warga Sukamaju beraudiensi dengan DPRD Sukamaju soal jalan rusak.",
     {("CONSULT", "WARGA", "DPRD")}),
    ("rapat dengar pendapat", "Kemendagri menggelar rapat dengar pendapat dengan DPRD Sukamaju.",
     {("CONSULT", "KEMENDAGRI", "DPRD")}),
    ("melakukan pendekatan dengan", "Dodi Hartono melakukan pendekatan dengan Andi Wirawan agar proyeknya lolos.",
     {("CONSULT", "DODI", "ANDI")}),
    ("melobi", "Partai Maju Bersama melobi Kemendagri agar anggaran desa ditambah.",
     {("CONSULT", "PARTAI", "KEMENDAGRI")}),
    ("pembicaraan tidak langsung", "Israel melangsungkan pembicaraan tidak langsung dengan Hamas di Kairo.",
     {("CONSULT", "ISR", "HAMAS")}),
    ("pertemuan tertutup", "AS menggelar pertemuan tertutup dengan Qatar membahas tawanan.", {("CONSULT", "USA", "QAT")}),
    # ---- warnings and reminders to act (REQUEST)
    ("memperingatkan", "Andi Wirawan memperingatkan Bupati Sukamaju agar tidak menunda pembangunan jembatan.",
     {("REQUEST", "ANDI", "BUPATI")}),
    ("mewanti-wanti", "Kemendagri mewanti-wanti Gubernur Nusa Kencana supaya anggaran tidak diselewengkan.",
     {("REQUEST", "KEMENDAGRI", "GUBERNUR")}),
    ("menyuruh", "Andi Wirawan menyuruh Dodi Hartono mengembalikan uang proyek.", {("REQUEST", "ANDI", "DODI")}),
    ("disuruh", "Dodi Hartono disuruh Andi Wirawan mengambil berkas di kantor.", {("REQUEST", "ANDI", "DODI")}),
    # ---- disapproval (ACCUSE disapprove)
    ("menyayangkan", "Andi Wirawan menyayangkan sikap Bupati Sukamaju terhadap para petani.", {("ACCUSE", "ANDI", "BUPATI")}),
    ("menyindir", "Rina Kusuma menyindir Andi Wirawan yang jarang hadir di rapat.", {("ACCUSE", "RINA", "ANDI")}),
    ("mempermasalahkan", "Warga Sukamaju mempermasalahkan Bupati Sukamaju yang menutup pasar lama.",
     {("ACCUSE", "WARGA", "BUPATI")}),
    ("kecewa", 'Qatar menyatakan "sangat kecewa" atas keputusan Israel.', {("ACCUSE", "QAT", "ISR")}),
    ("dihujat", "Andi Wirawan dihujat warga Sukamaju karena ucapannya.", {("ACCUSE", "WARGA", "ANDI")}),
    # ---- charges, complaints and searches (ACCUSE allege, investigate)
    ("menjerat", "Polres Sukamaju menjerat Dodi Hartono dengan pasal penipuan.", {("ACCUSE", "POLRES", "DODI")}),
    ("dijerat", "Dodi Hartono dijerat Kejari Sukamaju dengan pasal korupsi.", {("ACCUSE", "KEJARI", "DODI")}),
    ("mempolisikan", "Rina Kusuma mempolisikan Dodi Hartono atas dugaan penipuan.", {("ACCUSE", "RINA", "DODI")}),
    ("dipolisikan", "Andi Wirawan dipolisikan Rina Kusuma karena dugaan pencemaran nama baik.",
     {("ACCUSE", "RINA", "ANDI")}),
    ("menilai", "Kemendagri menilai Bupati Sukamaju melanggar aturan kampanye.", {("ACCUSE", "KEMENDAGRI", "BUPATI")}),
    ("menggeledah", "KPK menggeledah kantor Bupati Sukamaju pada Selasa.", {("ACCUSE", "KPK", "BUPATI")}),
    # ---- vows of force, intimidation, extortion (THREATEN)
    # the content verb after "akan" names whom the threat concerns (clauses `_content_object`)
    ("bersumpah", "Israel bersumpah akan membalas Hamas.", {("THREATEN", "ISR", "HAMAS")}),
    ("memeras", "Dodi Hartono memeras Rina Kusuma dengan ancaman menyebarkan foto.", {("THREATEN", "DODI", "RINA")}),
    ("diperas", "Rina Kusuma diperas Dodi Hartono hingga puluhan juta rupiah.", {("THREATEN", "DODI", "RINA")}),
    ("mengintimidasi", "Dodi Hartono mengintimidasi Rina Kusuma di depan rumahnya.", {("THREATEN", "DODI", "RINA")}),
    # ---- protests aimed at a body (PROTEST)
    ("menggeruduk", "Warga Sukamaju menggeruduk kantor DPRD Sukamaju menuntut ganti rugi.", {("PROTEST", "WARGA", "DPRD")}),
    ("mendemo", "Warga Sukamaju mendemo Bupati Sukamaju di depan pendopo.", {("PROTEST", "WARGA", "BUPATI")}),
    ("menggelar unjuk rasa", "Warga Sukamaju menggelar unjuk rasa di depan kantor Kemendagri.", {("PROTEST", "WARGA", "KEMENDAGRI")}),
    # ---- relief from duty (SANCTION expel)
    ("membebastugaskan", "Polres Sukamaju membebastugaskan Dodi Hartono selama pemeriksaan.", {("SANCTION", "POLRES", "DODI")}),
    ("diberhentikan dari jabatannya", "Andi Wirawan diberhentikan dari jabatannya oleh Partai Maju Bersama.",
     {("SANCTION", "PARTAI", "ANDI")}),
    # ---- seizures and dispersal (COERCE)
    ("disita", "Mobil Dodi Hartono disita KPK sebagai barang bukti.", {("COERCE", "KPK", "DODI")}),
    ("melakukan penyitaan", "Kejari Sukamaju melakukan penyitaan terhadap aset Dodi Hartono.", {("COERCE", "KEJARI", "DODI")}),
    ("membubarkan paksa", "Polres Sukamaju membubarkan paksa warga Sukamaju yang memblokir jalan.",
     {("COERCE", "POLRES", "WARGA")}),
    # ---- crowd control (ASSAULT crowd-control)
    ("melepaskan tembakan gas air mata", "Polres Sukamaju melepaskan tembakan gas air mata ke arah warga Sukamaju.",
     {("ASSAULT", "POLRES", "WARGA")}),
    ("menembakkan meriam air", "Israel menembakkan meriam air ke arah warga Sukamaju.", {("ASSAULT", "ISR", "WARGA")}),
    # ---- joint operations and policies (COOPERATE)
    ("patroli gabungan", "Polres Sukamaju dan Kejari Sukamaju menggelar patroli gabungan di pasar.",
     {("COOPERATE", "POLRES", "KEJARI")}),
    ("kebijakan bersama", "Kebijakan bersama antara Polres Sukamaju dan Kemendagri berlaku mulai Senin.",
     {("COOPERATE", "POLRES", "KEMENDAGRI")}),
    # ---- aid with a count or package before its noun (AID)
    ("memberikan", "Kemendagri memberikan tiga paket bantuan kepada warga Sukamaju.", {("AID", "KEMENDAGRI", "WARGA")}),
    ("menyalurkan", "Bupati Sukamaju menyalurkan 500 paket sembako kepada warga Sukamaju.", {("AID", "BUPATI", "WARGA")}),
    # ---- tariffs and trade measures against another country (SANCTION)
    ("menetapkan tarif", "AS menetapkan tarif tambahan sebesar 50 persen terhadap impor dari Mesir.",
     {("SANCTION", "USA", "EGY")}),
        ("mengenakan tarif impor", "AS mengenakan tarif impor sebesar 32 persen.", {("SANCTION", "USA", None)}),
    ("memberlakukan embargo", "AS memberlakukan embargo terhadap Israel.", {("SANCTION", "USA", "ISR")}),
    ("membatasi ekspor", "Mesir membatasi ekspor gandum ke Qatar.", {("SANCTION", "EGY", "QAT")}),
]


def _ids(row) -> str:
    return f"{row[0]}: {row[1][:40]}"


# The rest of each family, one templated sentence per word: (type, words, sentence with {w}, source, target).
FAMILIES = [
 # (type, words, template, expected source, expected target)
 ("AGREE", ["meneken MoU", "menandatangani memorandum of understanding", "menandatangani memorandum kesepahaman", "menandatangani perjanjian kerja sama", "menandatangani kerja sama", "meneken kerja sama", "meneken kesepakatan bersama", "menandatangani pakta", "meneken pakta", "meneken kontrak", "menandatangani kontrak kerja sama"],
  "Bupati Sukamaju {w} dengan Gubernur Nusa Kencana di pendopo.", "BUPATI", "GUBERNUR"),
 ("AGREE", ["penandatanganan MoU", "penandatanganan perjanjian", "penandatanganan kesepakatan", "penandatanganan kerja sama", "penandatanganan perjanjian kerja sama"],
  "Kemendagri melakukan {w} dengan DPRD Sukamaju pekan lalu.", "KEMENDAGRI", "DPRD"),
 ("CONSULT", ["bertandang ke", "sowan ke", "sowan kepada", "bersilaturahmi dengan", "bersilaturahmi kepada", "melakukan kunjungan kerja ke", "melakukan kunjungan ke", "melakukan kunjungan kenegaraan ke", "beraudiensi ke", "melakukan pendekatan kepada", "melakukan pendekatan ke", "bertatap muka", "menjamu", "menerima audiensi"],
  "Andi Wirawan {w} Bupati Sukamaju pada Senin pagi.", "ANDI", "BUPATI"),
 ("CONSULT", ["melakukan lobi", "melakukan lobi-lobi"],
  "Partai Maju Bersama {w} dengan Kemendagri soal anggaran desa.", "PARTAI", "KEMENDAGRI"),
 ("CONSULT", ["didatangi"], "Rina Kusuma {w} Bupati Sukamaju di rumahnya.", "BUPATI", "RINA"),
 ("CONSULT", ["perundingan tidak langsung", "negosiasi tidak langsung", "pertemuan bilateral", "pertemuan tingkat tinggi", "pertemuan puncak", "pertemuan khusus", "pertemuan resmi", "pertemuan besar", "pertemuan empat mata", "pembicaraan damai", "perundingan damai", "rapat dengar pendapat umum", "rapat koordinasi", "rapat konsultasi"],
  "Israel menggelar {w} dengan Hamas di Kairo.", "ISR", "HAMAS"),
 ("COOPERATE", ["patroli bersama", "operasi gabungan", "operasi bersama", "program bersama", "penyelidikan bersama"],
  "Polres Sukamaju dan Kejari Sukamaju menggelar {w} di perbatasan.", "POLRES", "KEJARI"),
 ("AID", ["mengucurkan", "menggelontorkan", "membagikan"],
  "Kemendagri {w} dua ribu paket bantuan kepada warga Sukamaju.", "KEMENDAGRI", "WARGA"),
 ("REQUEST", ["menagih", "mendesakkan", "menyarankan kepada"],
  "Andi Wirawan {w} Bupati Sukamaju agar jalan desa segera diperbaiki.", "ANDI", "BUPATI"),
 ("REQUEST", ["diinstruksikan"], "Bupati Sukamaju {w} Kemendagri untuk menyerahkan laporan.", "KEMENDAGRI", "BUPATI"),
 ("ACCUSE", ["mencibir", "menghujat", "menyentil", "mengecam keras", "mengkritik keras", "mempersoalkan", "menggugat keputusan"],
  "Andi Wirawan {w} Bupati Sukamaju dalam rapat paripurna.", "ANDI", "BUPATI"),
 ("ACCUSE", ["disindir", "dicibir", "disentil", "diprotes", "disalahkan", "dilaporkan ke polisi"],
  "Bupati Sukamaju {w} oleh Rina Kusuma pekan lalu.", "RINA", "BUPATI"),
 ("ACCUSE", ["menyangkakan"], "Kejari Sukamaju {w} Dodi Hartono dengan pasal suap.", "KEJARI", "DODI"),
 ("ACCUSE", ["disangkakan", "dikenakan"], "Dodi Hartono {w} Kejari Sukamaju dengan pasal suap.", "KEJARI", "DODI"),
 ("ACCUSE", ["melakukan penggeledahan di", "melakukan penggeledahan"], "KPK {w} kantor Bupati Sukamaju.", "KPK", "BUPATI"),
 ("REJECT", ["menyangkal", "membantah tudingan", "membantah tuduhan", "menolak mentah-mentah"],
  "Andi Wirawan {w} Rina Kusuma di depan wartawan.", "ANDI", "RINA"),
 ("THREATEN", ["menggertak", "meneror", "melakukan pemerasan terhadap", "melakukan pemerasan kepada"],
  "Dodi Hartono {w} Rina Kusuma lewat pesan singkat.", "DODI", "RINA"),
 ("THREATEN", ["diintimidasi", "diteror"], "Rina Kusuma {w} Dodi Hartono selama sebulan.", "DODI", "RINA"),
 ("THREATEN", ["berikrar"], "Israel berikrar akan menghancurkan Hamas.", "ISR", "HAMAS"),  # the content verb's object
 ("PROTEST", ["aksi unjuk rasa", "aksi demonstrasi", "aksi demo", "unjuk rasa besar-besaran", "demo besar-besaran", "aksi massa"],
  "{w} warga Sukamaju berlangsung di depan kantor Kemendagri.", "WARGA", None),
 ("PROTEST", ["melakukan aksi unjuk rasa", "melakukan unjuk rasa", "menggelar demo", "menggelar demonstrasi", "menggelar aksi unjuk rasa", "mengikuti demo", "mengikuti unjuk rasa", "mengikuti aksi"],
  "Warga Sukamaju {w} di depan kantor Kemendagri.", "WARGA", "KEMENDAGRI"),  # a body faced is the target
 ("PROTEST", ["berorasi menuntut", "berunjuk rasa menuntut"], "Warga Sukamaju {w} Bupati Sukamaju mundur.", "WARGA", "BUPATI"),
 ("SANCTION", ["menerapkan tarif", "menaikkan tarif", "mengenakan bea masuk", "menaikkan bea masuk", "memberlakukan bea masuk", "menerapkan bea masuk", "menjatuhkan tarif",
   "memberlakukan tarif impor", "menetapkan tarif impor", "menerapkan tarif impor", "menaikkan tarif impor", "mengenakan tarif resiprokal", "memberlakukan tarif resiprokal", "menetapkan tarif resiprokal", "menerapkan tarif resiprokal", "mengenakan tarif balasan", "memberlakukan tarif balasan", "menerapkan tarif balasan",
   "menjatuhkan embargo", "mengenakan embargo", "menerapkan embargo"],
  "AS {w} terhadap Mesir mulai bulan depan.", "USA", "EGY"),
 ("SANCTION", ["melarang ekspor", "menghentikan ekspor", "membatasi impor", "melarang impor", "menghentikan impor", "menangguhkan impor"],
  "Qatar {w} gandum dari Mesir.", "QAT", "EGY"),
 # export and import controls named as a measure after a light verb (issue 18, events2)
 ("SANCTION", ["memberlakukan pembatasan ekspor", "menerapkan pembatasan ekspor", "memberlakukan larangan ekspor", "menerapkan larangan ekspor",
   "memberlakukan pembatasan impor", "menerapkan pembatasan impor", "memberlakukan larangan impor", "menerapkan larangan impor",
   "memperketat ekspor", "memperketat kontrol ekspor", "memberlakukan kontrol ekspor", "menerapkan kontrol ekspor"],
  "AS {w} mesin cetak ke Mesir sejak pekan lalu.", "USA", "EGY"),
 # accepting a proposal: its owner after the noun or after "dari" is the target
 ("AGREE", ["menerima usulan", "menerima proposal", "menerima tawaran", "menerima rencana", "menerima draf", "menerima kerangka", "menerima syarat", "menerima persyaratan"],
  "Hamas {w} gencatan senjata dari Qatar.", "HAMAS", "QAT"),
 ("SANCTION", ["mencopot jabatan", "memberhentikan dengan tidak hormat"], "Polres Sukamaju {w} Dodi Hartono.", "POLRES", "DODI"),
 ("SANCTION", ["dibebastugaskan", "dicopot dari jabatannya", "diberhentikan dengan tidak hormat", "diberhentikan tidak dengan hormat"],
  "Dodi Hartono {w} oleh Polres Sukamaju.", "POLRES", "DODI"),
 ("COERCE", ["dirampas"], "Mobil Dodi Hartono {w} Polres Sukamaju.", "POLRES", "DODI"),
 ("COERCE", ["membubarkan massa", "membubarkan demonstran", "membubarkan pengunjuk rasa", "membubarkan kerumunan", "membubarkan aksi", "membubarkan unjuk rasa", "membubarkan demo"],
  "Polres Sukamaju {w} warga Sukamaju di alun-alun.", "POLRES", "WARGA"),
 ("COERCE", ["dibubarkan paksa"], "Warga Sukamaju {w} oleh Polres Sukamaju.", "POLRES", "WARGA"),
 ("ASSAULT", ["menumpas", "membasmi"], "Israel {w} Hamas di perbatasan.", "ISR", "HAMAS"),
 ("ASSAULT", ["menembakkan peluru tak mematikan", "menembakkan peluru tidak mematikan", "menyemprotkan meriam air", "menembakkan water cannon", "menyemprotkan water cannon", "melontarkan gas air mata"],
  "Polres Sukamaju {w} ke arah warga Sukamaju.", "POLRES", "WARGA"),
]

FAMILY_ROWS = [(w, template.format(w=w), {(kind, source, target)})
               for kind, words, template, source, target in FAMILIES for w in words]


@pytest.mark.parametrize("trigger, sentence, expected", FAMILY_ROWS, ids=[_ids(r) for r in FAMILY_ROWS])
def test_triggers_vocabulary_2_family_words_code_their_event(coder, trigger, sentence, expected):
    _codes(coder, trigger, sentence, expected)


def test_triggers_vocabulary_2_words_are_listed_once():
    """The coder keeps one rule per word: a word listed twice silently loses its first rule."""
    data = Resources().data("id/triggers.yaml")
    counts = Counter(" ".join(w.lower().split()) for entry in data["triggers"] for w in entry["words"])
    assert [w for w, n in counts.items() if n > 1] == []


@pytest.mark.parametrize("trigger, sentence, expected", VOCABULARY, ids=[_ids(r) for r in VOCABULARY])
def test_triggers_vocabulary_2_codes_its_event(coder, trigger, sentence, expected):
    _codes(coder, trigger, sentence, expected)


def _codes(coder, trigger, sentence, expected):
    """The listed word is in the lexicon and is what codes exactly the expected events."""
    key = " ".join(trigger.lower().split())
    assert key in coder.rules, f"{trigger!r} is not in triggers.yaml"
    events = [e for e in coder(build(sentence)).events if " ".join(e.trigger.lower().split()) == key]
    assert {(e.type, e.source, e.target) for e in events} == expected


def test_triggers_vocabulary_2_modes(coder):
    """Crowd control, seizure, dispersal, relief from duty, charges and searches carry their modes."""
    cases = {
        "Polres Sukamaju melepaskan tembakan gas air mata ke arah warga Sukamaju.": "crowd-control",
        "Mobil Dodi Hartono disita KPK.": "seize",
        "Polres Sukamaju membubarkan paksa warga Sukamaju.": "restrict",
        "Polres Sukamaju membebastugaskan Dodi Hartono.": "expel",
        "Polres Sukamaju menjerat Dodi Hartono dengan pasal penipuan.": "allege",
        "KPK menggeledah kantor Bupati Sukamaju.": "investigate",
        "Israel bersumpah akan membalas Hamas.": "violence",
    }
    for sentence, mode in cases.items():
        assert [e.mode for e in coder(build(sentence)).events] == [mode], sentence


@pytest.mark.parametrize("sentence", [
    # the same words in senses that are no event
    "Bupati Sukamaju menetapkan tarif parkir baru untuk warga Sukamaju.",  # a price, no trade measure
    "DPRD Sukamaju memberlakukan tarif air bersih yang lebih murah.",  # a price
    "Andi Wirawan bersumpah untuk memberantas korupsi di Sukamaju.",  # a vow to do good, and a crime is no actor
    "Kemendagri bertekad memberantas narkoba sampai ke desa.",  # eradicating a crime is no assault
    "Kemendagri menggelar rapat koordinasi di Jakarta pada Senin.",  # a body's own meeting, no partner
    "Kemendagri memberikan keterangan kepada DPRD Sukamaju.",  # giving information is no aid
    "Bupati Sukamaju membubarkan panitia lomba setelah acara selesai.",  # a committee dissolved, no crowd
    "Rina Kusuma kecewa karena hujan turun sepanjang hari.",  # disappointment with no one to blame
    "Polres Sukamaju menjerat leher hewan kurban dengan tali.",  # a noose, no charge
    "Rina Kusuma memeras jeruk untuk tamu.",  # squeezing fruit: no one extorted
    "Kemendagri menilai Bupati Sukamaju sudah bekerja dengan baik.",  # an opinion, no rule broken
    "Kemendagri menilai kebijakan itu melanggar konstitusi.",  # a policy judged, no one accused
])
def test_triggers_vocabulary_2_other_senses_code_nothing(coder, sentence):
    events = coder(build(sentence)).events
    assert [(e.type, e.source, e.target) for e in events] == []
