"""Issue 18, targets (fourth pass): whom an act falls on when the sentence names it by a clitic, a pronoun,
an agent phrase, a stance or a condition.

- a clitic "-nya" on the verb ("menahannya", "memeriksanya") or a person pronoun right after it ("mengkritik
  dia") is the one person named in this or the previous sentence other than the verb's subject; none where
  two could be meant, and not the speaker of an earlier sentence's quote; a clitic on a phrase's noun
  ("menyampaikan aspirasinya") is no object;
- a noun of action with an agent after "oleh" ("serangan oleh X terhadap Y") is X's act on Y;
- a protest "menolak"/"menuntut" something is against the one named as its owner ("menolak kebijakan X");
- support, agreement or rejection followed right away by a condition ("mendukung jika X ...") is towards X.

Names, places and sentences are invented.
"""
from __future__ import annotations

import pytest

from datetime import date

from linimasa.document import Document, Quote
from linimasa.pipeline import build_pipeline
from linimasa.events.coder import EventCoder
from linimasa.resources import Resources
from tests.test_triggers_vocabulary_3 import build_story


@pytest.fixture(scope="module")
def coder():
    return EventCoder(Resources())


@pytest.fixture(scope="module")
def pipeline():
    return build_pipeline()


def analysed(pipeline, text):
    return pipeline(Document(text=text, published=date(2025, 10, 20)))


def triples(coder, text, quotes=()):
    doc = build_story(text)
    doc.quotes = list(quotes)
    return {(e.type, e.source, e.target) for e in coder(doc).events}


# (text, triples that must appear, triples that must not)
CASES = [
    # clitic objects
    ("Polres Sukamaju menangkap Dodi Hartono pada Senin. Polres Sukamaju kemudian menahannya di rutan.",
     {("COERCE", "POLRES", "DODI")}, set()),
    ("KPK memanggil Andi Wirawan pekan lalu. KPK memeriksanya sebagai saksi pada Selasa.",
     {("ACCUSE", "KPK", "ANDI")}, {("ACCUSE", "KPK", None)}),
    ("Rina Kusuma dilaporkan seorang pedagang. Kejari Sukamaju menjeratnya dengan pasal penipuan.",
     {("ACCUSE", "KEJARI", "RINA")}, set()),
    # two people before it: no guess
    ("Andi Wirawan bertemu Dodi Hartono dan Rina Kusuma. KPK memeriksanya pada Selasa.",
     {("ACCUSE", "KPK", None)}, {("ACCUSE", "KPK", "ANDI"), ("ACCUSE", "KPK", "DODI"), ("ACCUSE", "KPK", "RINA")}),
    # the subject is set aside: the other person is meant
    ("Rina Kusuma menolak usulan tarif parkir. Andi Wirawan mengkritik dia dalam rapat.",
     {("ACCUSE", "ANDI", "RINA")}, set()),
    ("Andi Wirawan menemui Rina Kusuma pada Senin. Andi Wirawan lalu mengkritiknya di depan wartawan.",
     {("ACCUSE", "ANDI", "RINA")}, set()),
    # no person named before: no target, and an adjacent-object verb codes nothing
    ("Polres Sukamaju menahannya di rutan.", set(), {("COERCE", "POLRES", None)}),
    # the clitic on the noun of a phrase: the speaker's own wishes, no object
    ("Rina Kusuma menemui warga. Warga Sukamaju menyampaikan aspirasinya kepada DPRD Sukamaju.",
     set(), {("REQUEST", "WARGA", "RINA")}),
    # an agent after "oleh"
    ("Serangan oleh Israel terhadap Hamas menewaskan puluhan orang.", {("ASSAULT", "ISR", "HAMAS")}, set()),
    ("Kecaman oleh Qatar terhadap Israel disampaikan pada Senin.", {("ACCUSE", "QAT", "ISR")}, set()),
    # a protest against what its owner does
    ("Warga Sukamaju berunjuk rasa menolak kebijakan parkir DPRD Sukamaju.", {("PROTEST", "WARGA", "DPRD")}, set()),
    # suppliers as a class: the addressee, not the government by default
    ("Warga Sukamaju meminta penyedia makanan lebih menjaga kebersihan dapur.", {("REQUEST", "WARGA", "IDN.BUS")}, set()),
    # parties and their leaders as a class
    ("Andi Wirawan meminta ketua umum parpol menonaktifkan kader yang bermasalah.", {("REQUEST", "ANDI", "IDN.PTY")}, set()),
    # the one who died is no target of the demand or criticism
    ("Warga Sukamaju menuntut keadilan atas tewasnya Dodi Hartono.", set(), {("REQUEST", "WARGA", "DODI")}),
    ("Andi Wirawan mengecam kematian Rina Kusuma.", set(), {("ACCUSE", "ANDI", "RINA")}),
    # a stance towards what the condition's subject would do
    ("Andi Wirawan mendukung jika Polres Sukamaju menambah patroli malam.", {("SUPPORT", "ANDI", "POLRES")}, set()),
    ("Rina Kusuma setuju apabila KPK memeriksa Bupati Sukamaju.", {("AGREE", "RINA", "KPK")}, set()),
    ("Andi Wirawan mendukung program itu jika Polres Sukamaju menambah patroli.",
     set(), {("SUPPORT", "ANDI", "POLRES")}),
]


@pytest.mark.parametrize("text, present, absent", CASES)
def test_targets(coder, text, present, absent):
    found = triples(coder, text)
    assert present <= found, found
    assert not (absent & found), found


def test_speaker_of_an_earlier_report_is_not_the_clitic(coder):
    text = "Dodi Hartono mengatakan ada laporan penipuan arisan. Polres Sukamaju menyelidikinya pada Senin."
    speaker = Quote(0, 0, 52, text[:52], "indirect", "DODI", "Dodi Hartono")
    assert ("ACCUSE", "POLRES", "DODI") not in triples(coder, text, [speaker])
    assert ("ACCUSE", "POLRES", "DODI") in triples(coder, text)


# The one acted on or the agent inside a relative clause
RELATIVE = [
    # a verbless "yang" clause of role: the verb after it is its head's, not the body named in the role
    ("Seorang warga yang aktif sebagai pengurus Partai Maju Bersama ditangkap Polres Sukamaju.",
     {("COERCE", "POLRES", "IDN.CVL")}, {("COERCE", "POLRES", "PARTAI")}),
    # the proposer of what is accepted or rejected: the agent of the passive relative after the object,
    # also with a head noun before it ("mediator X", "para mediator dari X")
    ("Hamas menerima usulan gencatan senjata yang disodorkan mediator Mesir dan Qatar.",
     {("AGREE", "HAMAS", "EGY"), ("AGREE", "HAMAS", "QAT")}, set()),
    ("Israel menolak proposal yang diajukan oleh para mediator dari Qatar.", {("REJECT", "ISR", "QAT")}, set()),
    # an actor inside a phrase of having or wearing describes the group before it, the head of the relative
    ("Seorang warga berseragam Partai Maju Bersama yang viral di media sosial ditangkap Polres Sukamaju.",
     {("COERCE", "POLRES", "IDN.CVL")}, {("COERCE", "POLRES", "PARTAI")}),
    # a coordinator or a comma after the passive: the next clause's subject is no agent
    ("Puluhan tahanan belum dibebaskan dan Israel menolak usulan Mesir.", set(), {("RETREAT", "ISR", None)}),
]


@pytest.mark.parametrize("text, present, absent", RELATIVE)
def test_relative_clauses(coder, text, present, absent):
    found = triples(coder, text)
    assert present <= found, found
    assert not (absent & found), found


def test_protest_at_a_named_body(coder):
    """A protest naming no target but a public body later in its clause is aimed at that body."""
    found = triples(coder, "Warga Sukamaju berunjuk rasa terkait tunjangan anggota DPRD Sukamaju.")
    assert ("PROTEST", "WARGA", "DPRD") in found, found
    found = triples(coder, "Aksi unjuk rasa warga Sukamaju menolak tunjangan DPRD Sukamaju berlangsung ricuh.")
    assert ("PROTEST", "WARGA", "DPRD") in found, found
    # a body after a verb of the clause is no longer what the protest is about
    found = triples(coder, "Warga Sukamaju berunjuk rasa sambil menunggu KPK.")
    assert ("PROTEST", "WARGA", "KPK") not in found, found


def test_we_as_the_one_acted_on_is_the_speakers_side(pipeline):
    """"kita" resolved to a quote's speaker: as a target it stands for his side (a regent's: the regional
    government); not where the speaker acts himself."""
    doc = analysed(pipeline, '"Kementerian Dalam Negeri sudah mendukung kita sejak awal," kata Bupati Sukamaju '
                             'Budi Santoso.')
    found = {(e.type, e.target) for e in doc.events}
    assert ("SUPPORT", "IDN.GOV.LOCAL") in found, found
    doc = analysed(pipeline, '"Kami sudah mengadukan masalah kami kepada polisi," kata Budi Santoso, warga '
                             'Sukamaju.')
    assert not any(e.target in ("IDN.GOV", "IDN.GOV.LOCAL", "IDN.CVL") and e.type == "ACCUSE" for e in doc.events)


def test_short_name_after_the_verb_is_the_documents_person(coder):
    """A capitalised word after the verb that no mention covers but that is a word of exactly one person's name."""
    from linimasa.document import Actor, Mention
    text = "Polres Sukamaju memeriksa Dodi Hartono. Penyidik lalu menetapkan Dodi sebagai tersangka."
    doc = build_story(text)
    found = {(e.type, e.source, e.target, e.trigger) for e in coder(doc).events}
    assert ("ACCUSE", "POLRES", "DODI", "menetapkan") in found, found
    # a passive after the name: what is asked is done to him, he is not asked
    doc = build_story("Polres Sukamaju memeriksa Dodi Hartono. Warga Sukamaju meminta Dodi dibebaskan.")
    found = {(e.type, e.target, e.trigger) for e in coder(doc).events}
    assert ("REQUEST", "DODI", "meminta") not in found, found
    # two people share the word: no guess
    both = "Polres Sukamaju memeriksa Dodi Hartono dan Dodi Saputra. Penyidik lalu menetapkan Dodi sebagai tersangka."
    doc = build_story(both)
    doc.actors["DODI2"] = Actor("DODI2", "Dodi Saputra", "person", "IDN", "CVL")
    at = both.find("Dodi Saputra")
    doc.mentions.append(Mention(0, at, at + len("Dodi Saputra"), "Dodi Saputra", "PER", "DODI2"))
    found = {(e.type, e.target, e.trigger) for e in coder(doc).events}
    assert not any(t == "menetapkan" and target is not None for _, target, t in found), found


def test_visitors_are_their_countrys_people_and_no_visit(pipeline):
    doc = analysed(pipeline, "Seorang turis Kanada ditangkap polisi setelah merusak fasilitas bandara.")
    assert any(e.type == "COERCE" and e.target == "CAN.CVL" for e in doc.events), doc.events
    doc = analysed(pipeline, "Pantai Sukamaju kini ramai dikunjungi wisatawan setiap akhir pekan.")
    assert not [e for e in doc.events if e.type == "CONSULT"], doc.events
