"""Pronouns a direct quote settles (issue 17/18): "saya", "kami", "kita" inside a quote are its
speaker, "Anda" its addressee, so the event coder sees an actor where the quoted person speaks
of themselves.

Every sentence here is written for the project; the people, places and bodies are invented.
Sentences are split at end punctuation and line breaks, and mentions are placed by hand from
NAMES, so the tests pin the stage independently of segmentation and actor resolution; the
quote stage that runs before it is the real one.
"""
from __future__ import annotations


import pytest

from tests.documents import with_names
from linimasa.document import Actor, Document, Mention
from linimasa.events.coder import EventCoder
from linimasa.events.quotes import QuoteFinder
from linimasa.events.speech import SpeechPronouns
from linimasa.pipeline import default_order
from linimasa.resources import Resources

ACTORS = {
    "RUDI": Actor("RUDI", "Rudi Hartono", "person", "IDN", "GOV"),
    "SARI": Actor("SARI", "Sari Wulandari", "person", "IDN", "LEG"),
    "TONO": Actor("TONO", "Tono Prakoso", "person", "IDN", "GOV"),
    "KPK": Actor("KPK", "Komisi Pemberantasan Korupsi", "organization", "IDN", "JUD"),
    "PEMKOT": Actor("PEMKOT", "Pemkot Tirtaraya", "organization", "IDN", "GOV"),
    "ZENOVIA": Actor("ZENOVIA", "Zenovia", "country", "ZZZ", "GOV"),
}
NAMES = {
    "Rudi Hartono": ("PER", "RUDI"), "Rudi": ("PER", "RUDI"),
    "Sari Wulandari": ("PER", "SARI"), "Sari": ("PER", "SARI"),
    "Tono Prakoso": ("PER", "TONO"), "Tono": ("PER", "TONO"),
    "Budi": ("PER", None), "Prakoso": ("PER", None),
    "KPK": ("ORG", "KPK"), "Pemkot Tirtaraya": ("ORG", "PEMKOT"), "Zenovia": ("GPE", "ZENOVIA"),
}


def build(text: str) -> Document:
    return with_names(text, NAMES, ACTORS)


@pytest.fixture(scope="module")
def stages():
    resources = Resources.default()
    return QuoteFinder(resources), SpeechPronouns(resources), EventCoder(resources)


def run(stages, text: str) -> Document:
    quotes, speech, _ = stages
    return speech(quotes(build(text)))


def added(doc: Document) -> list[tuple[str, str]]:
    return [(m.text, m.actor) for m in doc.mentions if m.origin == "speech"]


# (text, pronoun mentions the stage adds: [(pronoun, actor)])
MENTIONS = [
    # first person in a quote with a resolved speaker, after and before the quote
    ("“Kami menolak kenaikan tarif air itu,” kata Rudi Hartono di balai kota.", [("Kami", "RUDI")]),
    ("Sari Wulandari mengatakan, “Saya akan melaporkan kasus ini ke KPK.”", [("Saya", "SARI")]),
    ("“Aku tidak pernah menerima uang itu,” ujar Tono.", [("Aku", "TONO")]),
    # object and possessive positions are the speaker too
    ("“Mereka menuduh kami tanpa bukti,” tegas Rudi.", [("kami", "RUDI")]),
    # a pronoun after a noun owns it: "klien kami" is the client, not the speaker
    ("“Polisi sudah memeriksa klien kami dua kali,” kata Rudi.", []),
    ("“Dokumen itu tersimpan di kantor saya,” ujar Sari.", []),
    # after an adverb or a preposition it is the subject or the object
    ("“Pelanggaran itu sudah kami laporkan kepada KPK,” kata Rudi.", [("kami", "RUDI")]),
    ("“KPK belum memberi tahu kepada kami,” kata Sari.", [("kami", "SARI")]),
    # an institution that speaks
    ("“Kami sudah bekerja sama dengan KPK sejak Januari,” tulis Pemkot Tirtaraya dalam keterangannya.",
     [("Kami", "PEMKOT")]),
    # inclusive "kita" of the speaker's side
    ("“Kita sudah kerja sama dengan KPK untuk audit ini,” kata Rudi.", [("Kita", "RUDI")]),
    # "kita" naming the nation or everyone is not the speaker
    ("“Bangsa kita harus bersatu menghadapi krisis ini,” kata Rudi.", []),
    ("“Kita semua wajib menjaga kebersihan sungai,” ujar Sari.", []),
    ("“Ini ujian bagi kita sebagai bangsa,” kata Tono.", []),
    # a speaker who resolved to no actor, or no speaker at all: nothing
    ("“Kami mohon jalan desa segera diperbaiki,” kata Budi.", []),
    ("“Kami mohon jalan desa segera diperbaiki,” kata seorang warga.", []),
    # outside a quote, "kami" belongs to nobody the stage can tell
    ("Kami menerima undangan dari Pemkot Tirtaraya pekan lalu.", []),
    # a quote inside the quote is someone else's words
    ("“Warga bilang kepada saya, ‘kami tidak mau digusur’, dan itu saya sampaikan,” kata Rudi.",
     [("saya", "RUDI"), ("saya", "RUDI")]),
    # the continuation of a named speaker
    ("“Anggaran sudah cair,” kata Sari. “Kami minta dinas segera bekerja,” tambahnya.", [("Kami", "SARI")]),
    # second person goes to the addressee when the quote stage found one
    ("“Saya tantang Anda membuka data itu,” kata Rudi kepada Tono.", [("Saya", "RUDI"), ("Anda", "TONO")]),
    # without an addressee, "Anda" stays unresolved
    ("“Anda harus membayar pajak tepat waktu,” kata Sari.", []),
    # a speaker named by a word no mention resolved: the one person whose name holds it
    ("Tono Prakoso menegur para camat.\n“Kami mohon laporan segera dikirim,” tegur Prakoso.", [("Kami", "TONO")]),
    # a country as speaker
    ("“Kami mengecam serangan itu,” kata Zenovia dalam pernyataannya.", [("Kami", "ZENOVIA")]),
]


@pytest.mark.parametrize("text, expected", MENTIONS)
def test_speech_pronoun_mentions(stages, text, expected):
    assert added(run(stages, text)) == expected


# (text, third-person subjects after a quote the stage resolves: [(pronoun, actor)])
SUBJECTS = [
    # the speaker was named three sentences up: "ucap dia" is resolved by the quote stage
    ("Rudi Hartono hadir di rapat itu.\nAnggaran naik tahun ini.\nBanyak dinas terlambat.\n"
     "“Kita harus berbenah,” ucap dia.\nIa juga meminta KPK mengawasi proyek itu.", [("Ia", "RUDI")]),
    ("Sari Wulandari hadir di rapat itu.\nAnggaran naik tahun ini.\nBanyak dinas terlambat.\n"
     "“Laporannya belum masuk,” ujarnya.\nSelain itu, dia mendesak dinas segera melapor.", [("dia", "SARI")]),
    # a person named before the pronoun, or two speakers: left alone
    ("Sari Wulandari hadir di rapat itu.\nAnggaran naik tahun ini.\nBanyak dinas terlambat.\n"
     "“Laporannya belum masuk,” ujarnya.\nMenurut Rudi, dia mendesak dinas segera melapor.", []),
    # an organisation as speaker is never "dia"
    ("Pemkot Tirtaraya menggelar rapat.\nAnggaran naik tahun ini.\nBanyak dinas terlambat.\n"
     "“Laporannya belum masuk,” tulis Pemkot Tirtaraya.\nDia meminta dinas segera melapor.", []),
    # an unresolved speaker gives nothing
    ("Anggaran naik tahun ini.\n“Laporannya belum masuk,” kata seorang pegawai.\nIa meminta dinas segera melapor.", []),
]


@pytest.mark.parametrize("text, expected", SUBJECTS)
def test_speech_pronoun_subjects_after_quotes(stages, text, expected):
    doc = run(stages, text)
    assert [(m.text, m.actor) for m in doc.mentions if m.origin == "speech" and m.text.lower() in ("ia", "dia", "beliau")] == expected


def test_speech_pronoun_mentions_lie_in_their_sentence(stages):
    doc = run(stages, "Rapat berlangsung alot. “Kami menolak usulan itu,” kata Rudi.")
    (mention,) = [m for m in doc.mentions if m.origin == "speech"]
    sentence = doc.sentences[mention.sentence]
    assert sentence.start <= mention.start < mention.end <= sentence.end
    assert doc.text[mention.start:mention.end] == mention.text == "Kami"
    assert mention.type == "PER"


def test_speech_pronoun_drops_dia_for_the_speaker_himself(stages):
    quotes, speech, _ = stages
    text = "“Dia tidak datang ke rapat itu,” kata Rudi."
    doc = quotes(build(text))
    start = text.index("Dia")
    doc.mentions.append(Mention(0, start, start + 3, "Dia", "PER", "RUDI", origin="coref"))
    doc = speech(doc)
    assert not [m for m in doc.mentions if m.text == "Dia"]
    assert [m.text for m in doc.mentions if m.actor == "RUDI"] == ["Rudi"]


# (text, events (type, source, target) the coder finds once the pronouns are read)
EVENTS = [
    ("“Saya tantang Tono untuk membuka data anggaran,” ujar Rudi.", ("REQUEST", "RUDI", "TONO")),
    ("“Kami menolak usulan KPK itu,” kata Sari.", ("REJECT", "SARI", "KPK")),
    ("“Kita sudah bekerja sama dengan KPK,” kata Tono.", ("COOPERATE", "TONO", "KPK")),
    ("Tono Prakoso menegur para camat.\n“Kami mohon KPK memeriksa laporan itu,” tegur Prakoso.", ("REQUEST", "TONO", "KPK")),
    ("“Kami tidak bisa memenuhi permintaan itu,” kata Rudi.\nIa menolak usulan KPK.", ("REJECT", "RUDI", "KPK")),
]


@pytest.mark.parametrize("text, expected", EVENTS)
def test_speech_pronouns_give_events_a_source(stages, text, expected):
    _, _, coder = stages
    events = [(e.type, e.source, e.target) for e in coder(run(stages, text)).events]
    assert expected in events


@pytest.mark.parametrize("text", [
    "“Kami nggak menolak usulan KPK itu,” kata Sari.",
    "“Kami gak menolak usulan KPK itu,” kata Sari.",
    "“Saya enggak menolak usulan KPK itu,” kata Sari.",
])
def test_speech_pronouns_colloquial_negation(stages, text):
    _, _, coder = stages
    events = [e for e in coder(run(stages, text)).events if e.type == "REJECT"]
    assert [(e.source, e.target, e.negated) for e in events] == [("SARI", "KPK", True)]


def test_speech_pronouns_run_after_quotes_and_before_events():
    order = default_order()
    assert order.index("quotes") < order.index("speech_pronouns") < order.index("events")
