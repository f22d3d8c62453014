"""Trigger vocabulary, third round (issues 17 and 18): legal and crime news.

- charges and suspect designations with no agent named ("X disangkakan melanggar pasal ...", "X
  diperiksa sebagai saksi") are coded with the story's authority as the source: the police or
  prosecution body the document names most (`story_source` in triggers.yaml), or no source where the
  story names none;
- detentions of a list of suspects ("menahan tiga tersangka: A, B dan C", "dua tersangka, yakni A dan
  B") code one event per person listed, not one event on the unnamed "tersangka";
- the one charged may stand fronted before a passive verb ("Terhadap X dikenakan pasal ...");
- police reports: "melayangkan laporan polisi terhadap X", "X dilaporkan Y ke Polres ...";
- a suspect introduced by initials ("tersangka berinisial AB") is the target, not the group noun.

Names, places and sentences are invented; documents are built by hand (tests/test_triggers_vocabulary.py)
so that the rows test the lexicon and the coder.
"""
from __future__ import annotations

import pytest

from linimasa.document import Mention
from linimasa.events.coder import EventCoder
from linimasa.resources import Resources
from tests.documents import longest_names, split
from tests.test_triggers_vocabulary import ACTORS, NAMES, PUBLISHED, TYPES, build


@pytest.fixture(scope="module")
def coder():
    return EventCoder(Resources())


def build_story(text: str):
    """A document of several sentences with every name of NAMES found in it."""
    doc = split(text, PUBLISHED)
    for found, name in longest_names(text, NAMES):
        sentence = next(s for s in doc.sentences if s.start <= found.start() < s.end)
        actor = NAMES[name]
        doc.mentions.append(Mention(sentence.index, found.start(), found.end(), name, TYPES.get(actor, "ORG"), actor))
    doc.actors = {m.actor: ACTORS[m.actor] for m in doc.mentions}
    return doc


# (trigger as listed, text, expected (type, source, target) of the events that trigger codes)
STORY_SOURCE = [
    ("disangkakan", "Polres Sukamaju mengusut penipuan arisan itu. Dodi Hartono disangkakan melanggar pasal penipuan.",
     {("ACCUSE", "POLRES", "DODI")}),
    ("dijerat", "Kejari Sukamaju menerima berkas perkara itu. Rina Kusuma dijerat pasal penggelapan.",
     {("ACCUSE", "KEJARI", "RINA")}),
    ("dikenai", "KPK menyita dua mobil mewah. Andi Wirawan dikenai pasal gratifikasi.",
     {("ACCUSE", "KPK", "ANDI")}),
    ("ditetapkan sebagai tersangka", "Polres Sukamaju menggelar perkara pada Senin. Dodi Hartono ditetapkan sebagai "
     "tersangka.", {("ACCUSE", "POLRES", "DODI")}),
    ("diperiksa sebagai saksi", "KPK mengusut suap proyek jembatan. Rina Kusuma diperiksa sebagai saksi pada Selasa.",
     {("ACCUSE", "KPK", "RINA")}),
    ("dipanggil", "Kejari Sukamaju mengusut dana desa. Bupati Sukamaju dipanggil sebagai saksi pekan depan.",
     {("ACCUSE", "KEJARI", "BUPATI")}),
    # the most named body acts: Polres twice, KPK once
    ("disangkakan", "Polres Sukamaju menangkap Dodi Hartono. Polres Sukamaju lalu berkoordinasi dengan KPK. "
     "Dodi Hartono disangkakan melanggar pasal pemerasan.", {("ACCUSE", "POLRES", "DODI")}),
    # arrests and detentions with no agent named
    ("ditangkap", "Polres Sukamaju mengusut pencurian ternak. Dodi Hartono ditangkap di rumahnya pada Senin malam.",
     {("COERCE", "POLRES", "DODI")}),
    ("diamankan", "Polres Sukamaju menggerebek sebuah gudang. Rina Kusuma diamankan di lokasi itu.",
     {("COERCE", "POLRES", "RINA")}),
    ("ditahan", "KPK memeriksanya selama delapan jam. Andi Wirawan lalu ditahan di rutan cabang.",
     {("COERCE", "KPK", "ANDI")}),
    # a court judges and does not charge: the prosecutors are the story's authority
    ("didakwa", "Pengadilan Tinggi Sukamaju menggelar sidang. Pengadilan Tinggi Sukamaju menunda putusan. Kejari "
     "Sukamaju hadir. Dodi Hartono didakwa pasal penipuan.", {("ACCUSE", "KEJARI", "DODI")}),
    # a conviction: the court the story names, not the prosecutors
    ("divonis", "Kejari Sukamaju menuntut hukuman berat. Pengadilan Tinggi Sukamaju menolak banding. Dodi Hartono "
     "divonis lima tahun penjara.", {("SANCTION", "PT", "DODI")}),
    # the one charged fronted in a prepositional phrase before the passive verb
    ("dikenakan", "Polres Sukamaju menangani pemerasan itu. Terhadap Dodi Hartono dikenakan pasal pemerasan.",
     {("ACCUSE", "POLRES", "DODI")}),
    ("dijerat", "Kejari Sukamaju merampungkan berkasnya. Kepada Rina Kusuma dijerat pasal penggelapan.",
     {("ACCUSE", "KEJARI", "RINA")}),
    # no police or prosecution body in the story: no source
    ("didakwa", "Dodi Hartono didakwa menggelapkan uang koperasi.", {("ACCUSE", None, "DODI")}),
    # an agent named in the text still wins
    ("diperiksa sebagai saksi", "Polres Sukamaju menangani perkara lain. Rina Kusuma diperiksa sebagai saksi oleh KPK.",
     {("ACCUSE", "KPK", "RINA")}),
]

LISTS = [
    ("menahan", "KPK menahan tiga tersangka: Andi Wirawan, Rina Kusuma dan Dodi Hartono.",
     {("COERCE", "KPK", "ANDI"), ("COERCE", "KPK", "RINA"), ("COERCE", "KPK", "DODI")}),
    ("menahan", "Kejari Sukamaju menahan dua tersangka, yakni Rina Kusuma dan Dodi Hartono.",
     {("COERCE", "KEJARI", "RINA"), ("COERCE", "KEJARI", "DODI")}),
    ("menangkap", "Polres Sukamaju menangkap empat pelaku, yaitu Andi Wirawan, Rina Kusuma dan Dodi Hartono.",
     {("COERCE", "POLRES", "ANDI"), ("COERCE", "POLRES", "RINA"), ("COERCE", "POLRES", "DODI")}),
    # a list announced by a colon or "yakni" needs no conjunction before its last member
    ("menahan", "KPK menahan tiga tersangka: Andi Wirawan, Rina Kusuma, Dodi Hartono.",
     {("COERCE", "KPK", "ANDI"), ("COERCE", "KPK", "RINA"), ("COERCE", "KPK", "DODI")}),
    ("menangkap", "Polres Sukamaju menangkap dua pelaku, yakni Rina Kusuma, Dodi Hartono.",
     {("COERCE", "POLRES", "RINA"), ("COERCE", "POLRES", "DODI")}),
    # without an announcing colon, commas alone are an apposition, not a list
    ("menangkap", "Polres Sukamaju menangkap Dodi Hartono, Andi Wirawan mengatakan.", {("COERCE", "POLRES", "DODI")}),
    ("mengumumkan penahanan", "KPK mengumumkan penahanan terhadap tersangka berinisial Dodi Hartono.",
     {("COERCE", "KPK", "DODI")}),
    # a role noun before the name: the name is the one arrested
    ("menangkap", "Polres Sukamaju menangkap pelaku bernama Dodi Hartono di terminal bus.", {("COERCE", "POLRES", "DODI")}),
    ("menangkap", "Polres Sukamaju menangkap pelaku Dodi Hartono di terminal bus.", {("COERCE", "POLRES", "DODI")}),
    ("menahan", "Kejari Sukamaju menahan terpidana Rina Kusuma seusai putusan kasasi.", {("COERCE", "KEJARI", "RINA")}),
]

REPORTS = [
    ("laporan polisi", "Rina Kusuma melayangkan laporan polisi terhadap Dodi Hartono atas dugaan penipuan.",
     {("ACCUSE", "RINA", "DODI")}),
    ("pengaduan", "Andi Wirawan menyampaikan pengaduan terhadap Dodi Hartono ke Polres Sukamaju.",
     {("ACCUSE", "ANDI", "DODI")}),
    ("dilaporkan", "Dodi Hartono dilaporkan Rina Kusuma ke Polres Sukamaju atas dugaan penggelapan.",
     {("ACCUSE", "RINA", "DODI")}),
    ("melaporkan", "Rina Kusuma melaporkan Dodi Hartono di Polres Sukamaju atas dugaan penipuan arisan.",
     {("ACCUSE", "RINA", "DODI")}),
]


def _codes(coder, trigger, doc, expected):
    key = " ".join(trigger.lower().split())
    assert key in coder.rules, f"{trigger!r} is not in triggers.yaml"
    events = [e for e in coder(doc).events if " ".join(e.trigger.lower().split()) == key]
    assert {(e.type, e.source, e.target) for e in events} == expected


@pytest.mark.parametrize("trigger, text, expected", STORY_SOURCE, ids=[f"{r[0]}-{i}" for i, r in enumerate(STORY_SOURCE)])
def test_legal_charges_without_agent_come_from_the_story_authority(coder, trigger, text, expected):
    _codes(coder, trigger, build_story(text), expected)


@pytest.mark.parametrize("trigger, text, expected", LISTS, ids=[f"{r[0]}-{i}" for i, r in enumerate(LISTS)])
def test_legal_detention_of_listed_suspects_codes_each_person(coder, trigger, text, expected):
    _codes(coder, trigger, build(text), expected)


@pytest.mark.parametrize("trigger, text, expected", REPORTS, ids=[f"{r[0]}-{i}" for i, r in enumerate(REPORTS)])
def test_legal_reports_to_the_police_accuse_the_one_reported(coder, trigger, text, expected):
    _codes(coder, trigger, build(text), expected)


@pytest.mark.parametrize("text", [
    # a medical examination with no agent is no legal event
    "Polres Sukamaju menjaga lokasi kecelakaan. Rina Kusuma diperiksa di ruang gawat darurat.",
    # "dikenakan" with no article of law is no charge
    "Polres Sukamaju mengatur lalu lintas. Dodi Hartono dikenakan tarif parkir baru.",
    # punished with no court in the story: no conviction
    "Polres Sukamaju menjaga pertandingan itu. Dodi Hartono dihukum larangan bermain dua laga.",
    # held with no police or prosecution body in the story: hostages, not an arrest
    "Para sandera dari Sukamaju masih ditahan di sebuah gudang. Dodi Hartono ditahan sejak Senin.",
    # goods secured are no one arrested
    "Polres Sukamaju menggerebek sebuah gudang. Barang bukti diamankan di lokasi itu.",
    # "dilaporkan" as news reporting, and a complaint addressed to an office about a road
    "Banjir dilaporkan merendam puluhan rumah warga Sukamaju.",
    "Warga Sukamaju menyampaikan pengaduan soal jalan rusak kepada Bupati Sukamaju.",
])
def test_legal_other_senses_code_no_charge(coder, text):
    assert [e for e in coder(build_story(text)).events if e.type in ("ACCUSE", "COERCE", "SANCTION")] == []


def test_legal_tenure_date_in_a_role_apposition_does_not_date_the_event():
    """"... X selaku Direktur PT Y pada 2007 sampai sekarang, kata ..., Kamis (6/6/2024)": the year is the
    tenure of the role; the event is dated by the lead's day (role_links in time.yaml)."""
    from datetime import date

    from linimasa.events.coder import EventCoder as Coder
    from linimasa.language.timexes import TimexStage
    from tests.test_timexes_event_dates import code

    stages = (TimexStage(Resources.default()), Coder(Resources.default()))
    text = ("Mesir menahan Hamas selaku pengelola penyeberangan pada tahun 2007 sampai dengan sekarang, "
            "kata seorang pejabat, Kamis (6/6/2024).")
    events = [e for e in code(stages, text, date(2024, 6, 7)).events if e.type == "COERCE"]
    assert [(e.date, e.date_precision) for e in events] == [(date(2024, 6, 6), "day")]


# Coordination (issue 18): material cooperation unless its stated purpose is talk, then consultation
# (PLOVER.md keeps COOPERATE for material coordination). The sense is "coordinate-talks" in triggers.yaml.
COORDINATION = [
    ("berkoordinasi dengan", "Polres Sukamaju berkoordinasi dengan KPK untuk membahas aliran dana desa.",
     {("CONSULT", "POLRES", "KPK")}),
    ("berkoordinasi dengan", "DPRD Sukamaju akan berkoordinasi dengan Kemendagri terkait pembahasan aturan pasar.",
     {("CONSULT", "DPRD", "KEMENDAGRI")}),
    ("melakukan koordinasi dengan", "Bupati Sukamaju melakukan koordinasi dengan Polres Sukamaju guna menyamakan "
     "persepsi soal pengamanan pasar.", {("CONSULT", "BUPATI", "POLRES")}),
    # a material purpose, or none stated: cooperation
    ("berkoordinasi dengan", "Polres Sukamaju berkoordinasi dengan KPK untuk menangkap Dodi Hartono.",
     {("COOPERATE", "POLRES", "KPK")}),
    ("berkoordinasi dengan", "Kejari Sukamaju berkoordinasi dengan Polres Sukamaju dalam pengamanan sidang.",
     {("COOPERATE", "KEJARI", "POLRES")}),
]


@pytest.mark.parametrize("trigger, text, expected", COORDINATION, ids=[f"{r[0]}-{i}" for i, r in enumerate(COORDINATION)])
def test_coordination_to_talk_is_consultation(coder, trigger, text, expected):
    _codes(coder, trigger, build(text), expected)


# A party name shared by two countries' parties (issue 18): "Partai Demokrat" is Indonesia's party in
# an Indonesian story and the US party in a US one; a politician titled with it takes that country.
PARTY_COUNTRY = [
    ("Politikus Partai Demokrat Bambang Sutejo mendukung rencana DPR merevisi undang-undang pemilu di Jakarta.",
     "Bambang Sutejo", "IDN"),
    ("Presiden AS Donald Trump mengkritik Partai Demokrat. Politikus Partai Demokrat John Harlan mengecam Trump "
     "di Washington.", "John Harlan", "USA"),
]


@pytest.mark.parametrize("text, person, country", PARTY_COUNTRY)
def test_shared_party_name_follows_the_story_country(text, person, country):
    from linimasa.analysis import Analyzer
    from linimasa.document import Document
    doc = Analyzer().analyze(Document(text=text))
    found = [a for a in doc.actors.values() if a.name == person]
    assert found and found[0].country == country


# The one thanked or praised (issue 18): the one-word spelling "berterimakasih", a verb coordinated
# with "dan", and "jajaran" ("the ranks of") before the body named.
THANKS = [
    ("berterimakasih kepada", "Bupati Sukamaju mengapresiasi dan berterimakasih kepada jajaran Polres Sukamaju atas "
     "kerja kerasnya.", {("SUPPORT", "BUPATI", "POLRES")}),
    ("berterimakasih kepada", "Rina Kusuma berterimakasih kepada Kejari Sukamaju atas pendampingan hukum itu.",
     {("SUPPORT", "RINA", "KEJARI")}),
    ("mengapresiasi", "Andi Wirawan mengapresiasi langkah tegas jajaran Polres Sukamaju yang rutin menggelar razia.",
     {("SUPPORT", "ANDI", "POLRES")}),
    ("mengucapkan terimakasih kepada", "Gubernur Nusa Kencana mengucapkan terimakasih kepada DPRD Sukamaju.",
     {("SUPPORT", "GUBERNUR", "DPRD")}),
]


@pytest.mark.parametrize("trigger, text, expected", THANKS, ids=[f"{r[0]}-{i}" for i, r in enumerate(THANKS)])
def test_the_one_thanked_is_the_target(coder, trigger, text, expected):
    _codes(coder, trigger, build(text), expected)


# A quote nested in the sentence (issue 18): "X bilang 'kita minta ...'" - the request is the nested
# speaker's, not X's, so the reporting clause lends it no subject; a word in scare quotes is no quote.
NESTED = [
    ("minta", "Andi Wirawan membangun kantor itu karena dia bilang 'kami sudah lelah jadi kita minta "
     "Kejari Sukamaju turun tangan' kepada wartawan.", "ANDI"),
    ("minta", "Polres Sukamaju menutup jalan itu sebab mereka bilang 'warga sudah resah dan kami minta "
     "Bupati Sukamaju bertindak'.", "POLRES"),
    ("meminta", "Andi Wirawan 'meminta' Polres Sukamaju bertindak tegas terhadap pelaku.", None),
]


@pytest.mark.parametrize("trigger, text, wrong_source", NESTED, ids=[f"{r[0]}-{i}" for i, r in enumerate(NESTED)])
def test_nested_quote_takes_no_subject_from_the_reporting_clause(coder, trigger, text, wrong_source):
    events = [e for e in coder(build(text)).events if e.trigger.lower() == trigger]
    if wrong_source is None:  # scare quotes: the subject before them still acts
        assert [(e.source, e.target) for e in events] == [("ANDI", "POLRES")]
    else:
        assert events == [] or all(e.source != wrong_source for e in events)


# A group noun with words that qualify it heads a relative passive (issue 18): "ada N pegawai dinas
# yang dipecat oleh X" - the employees are the target, not nobody.
RELATIVE_GROUPS = [
    ("dipecat", "Tahun ini tercatat ada 14 pegawai pajak yang dipecat oleh Kemendagri.", {("SANCTION", "KEMENDAGRI", "IDN.LAB")}),
    ("diberhentikan", "Ada lima guru honorer yang diberhentikan oleh Bupati Sukamaju.", {("SANCTION", "BUPATI", "IDN.EDU")}),
    ("ditahan", "Ada dua tersangka baru yang ditahan oleh Polres Sukamaju.", {("COERCE", "POLRES", "IDN.CRM")}),
    # "pegawai dari X yang ...": the body named after "dari" stands for its staff (events/groups.py)
    ("dipecat", "Ada pegawai dari Kemendagri yang dipecat oleh Bupati Sukamaju.", {("SANCTION", "BUPATI", "KEMENDAGRI")}),
]


@pytest.mark.parametrize("trigger, text, expected", RELATIVE_GROUPS, ids=[f"{r[0]}-{i}" for i, r in enumerate(RELATIVE_GROUPS)])
def test_qualified_group_noun_heads_a_relative_passive(coder, trigger, text, expected):
    _codes(coder, trigger, build(text), expected)


# A class noun then the list that names it (issue 18): "mengapresiasi lembaga penegak hukum, yakni X dan Y"
# - the ones listed are the targets, however long the class noun.
ANNOUNCED_TARGETS = [
    ("mengapresiasi", "Andi Wirawan mengapresiasi lembaga-lembaga penegak hukum daerah, yakni Polres Sukamaju dan "
     "Kejari Sukamaju.", {("SUPPORT", "ANDI", "POLRES"), ("SUPPORT", "ANDI", "KEJARI")}),
    ("mengkritik", "Rina Kusuma mengkritik dua lembaga pengawas anggaran, yaitu DPRD Sukamaju dan Kemendagri.",
     {("ACCUSE", "RINA", "DPRD"), ("ACCUSE", "RINA", "KEMENDAGRI")}),
]


@pytest.mark.parametrize("trigger, text, expected", ANNOUNCED_TARGETS, ids=[f"{r[0]}-{i}" for i, r in enumerate(ANNOUNCED_TARGETS)])
def test_listed_members_of_a_class_noun_are_the_targets(coder, trigger, text, expected):
    _codes(coder, trigger, build(text), expected)
