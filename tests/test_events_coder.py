"""Event coder: one short Indonesian sentence each, with its resolved mentions built by hand.

The documents are hand-built (sentence, mentions with actor ids, actors, time
expressions) so these tests pin the coder's rules independently of upstream
tagging and resolution quality. Expected: the exact set of (type, source, target)
and, where given, the modality and negation of every event.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.documents import longest_names, one_sentence
from linimasa.document import Actor, Document, Mention, Timex
from linimasa.events.coder import EventCoder
from linimasa.resources import Resources

PUBLISHED = date(2024, 6, 7)

ACTORS = {
    "USA": Actor("USA", "Amerika Serikat", "country", "USA", "GOV", ("AS", "Washington")),
    "ISR": Actor("ISR", "Israel", "country", "ISR", "GOV"),
    "HAMAS": Actor("HAMAS", "Hamas", "group", "PSE", "REB"),
    "PSE": Actor("PSE", "Palestina", "country", "PSE", None),
    "QAT": Actor("QAT", "Qatar", "country", "QAT", "GOV"),
    "EGY": Actor("EGY", "Mesir", "country", "EGY", "GOV"),
    "TUR": Actor("TUR", "Turki", "country", "TUR", "GOV"),
    "IRN": Actor("IRN", "Iran", "country", "IRN", "GOV"),
    "IDN": Actor("IDN", "Indonesia", "country", "IDN", "GOV"),
    "BLINKEN": Actor("BLINKEN", "Antony Blinken", "person", "USA", "GOV"),
    "NETANYAHU": Actor("NETANYAHU", "Benjamin Netanyahu", "person", "ISR", "GOV"),
    "PRABOWO": Actor("PRABOWO", "Prabowo Subianto", "person", "IDN", "GOV"),
    "KPK": Actor("KPK", "Komisi Pemberantasan Korupsi", "organization", "IDN", "JUD"),
    "DPR": Actor("DPR", "Dewan Perwakilan Rakyat", "organization", "IDN", "LEG"),
    "POLRI": Actor("POLRI", "Kepolisian Negara Republik Indonesia", "organization", "IDN", "COP"),
    "BUPATI": Actor("BUPATI", "Bupati Sleman", "person", "IDN", "GOV"),
    "MAHASISWA": Actor("MAHASISWA", "mahasiswa", "group", "IDN", "EDU"),
    "BURUH": Actor("BURUH", "serikat buruh", "group", "IDN", "LAB"),
    "PN": Actor("PN", "Pengadilan Negeri Jakarta Pusat", "organization", "IDN", "JUD"),
    "TNI": Actor("TNI", "Tentara Nasional Indonesia", "organization", "IDN", "MIL"),
    "JKT": Actor("JKT", "Jakarta", "country", "IDN", None),
    "GAZA": Actor("GAZA", "Gaza", "country", "PSE", None),
    "PBB": Actor("PBB", "Perserikatan Bangsa-Bangsa", "organization", None, "IGO"),
    "WARGA_ISR": Actor("WARGA_ISR", "warga Israel", "group", "ISR", "CVL"),
}
NAMES = {
    "AS": "USA", "Amerika Serikat": "USA", "Washington": "USA", "Israel": "ISR", "Hamas": "HAMAS",
    "Palestina": "PSE", "Qatar": "QAT", "Mesir": "EGY", "Turki": "TUR", "Iran": "IRN",
    "Indonesia": "IDN", "Blinken": "BLINKEN", "Netanyahu": "NETANYAHU", "Prabowo": "PRABOWO",
    "KPK": "KPK", "DPR": "DPR", "polisi": "POLRI", "Polda Metro Jaya": "POLRI",
    "Bupati Sleman": "BUPATI", "mahasiswa": "MAHASISWA", "serikat buruh": "BURUH",
    "Pengadilan Negeri Jakarta Pusat": "PN", "TNI": "TNI", "Jakarta": "JKT", "Gaza": "GAZA",
    "PBB": "PBB", "warga Israel": "WARGA_ISR",
}
TYPES = {"USA": "GPE", "ISR": "GPE", "PSE": "GPE", "QAT": "GPE", "EGY": "GPE", "TUR": "GPE", "IRN": "GPE",
         "IDN": "GPE", "JKT": "GPE", "GAZA": "LOC", "BLINKEN": "PER", "NETANYAHU": "PER", "PRABOWO": "PER",
         "BUPATI": "PER", "WARGA_ISR": "NORP", "MAHASISWA": "NORP"}


def build(text: str, timexes: tuple = ()) -> Document:
    """A one-sentence document with every name of NAMES found in it (longest first)."""
    doc = one_sentence(text, PUBLISHED)
    for found, name in longest_names(text, NAMES):
        actor = NAMES[name]
        doc.mentions.append(Mention(0, found.start(), found.end(), name, TYPES.get(actor, "ORG"), actor))
    doc.actors = {m.actor: ACTORS[m.actor] for m in doc.mentions}
    for words, value, value_end, precision in timexes:
        start = text.index(words)
        doc.timexes.append(Timex(0, start, start + len(words), words, value, value_end, precision))
    return doc


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder(Resources.default())


# (sentence, expected {(type, source, target)}, expected modality or None, expected negated or None)
CASES = [
    # REQUEST: active, coordination, passive, stray period in a list, nominal
    ("Sejumlah pejabat AS mendesak Turki, Qatar dan Mesir agar menekan Hamas.",
     {("REQUEST", "USA", "QAT"), ("REQUEST", "USA", "EGY"), ("REQUEST", "USA", "TUR")}, "asserted", False),
    ("Para diplomat AS mendesak Qatar. Mesir dan Turki agar menekan pihak lain.",
     {("REQUEST", "USA", "QAT"), ("REQUEST", "USA", "EGY"), ("REQUEST", "USA", "TUR")}, None, None),
    ("Hamas didesak oleh Mesir untuk segera menjawab tawaran itu.", {("REQUEST", "EGY", "HAMAS")}, None, None),
    ("Washington meminta Israel untuk menunda operasi darat.", {("REQUEST", "USA", "ISR")}, None, None),
    ("Pemerintah Indonesia menyerukan kepada PBB agar bertindak cepat.", {("REQUEST", "IDN.GOV", "PBB")}, None, None),
    ("Iran menuntut penghentian blokade.", {("REQUEST", "IRN", None)}, None, None),
    ("Washington mendorong Qatar untuk melanjutkan mediasi.", {("REQUEST", "USA", "QAT")}, None, None),
    ("Washington mendorong perdamaian di kawasan itu.", set(), None, None),
    ("Mesir mendesak Israel untuk menyerang posisi militan.", {("REQUEST", "EGY", "ISR")}, None, None),
    ("Para mahasiswa meminta DPR membatalkan revisi undang-undang itu.", {("REQUEST", "MAHASISWA", "DPR")}, None, None),
    # REJECT, including reported speech and "menolak untuk"
    # the government's proposal: whose it is is what the rejection is aimed at (clauses.yaml possessed_nouns)
    ("DPR menolak usulan pemerintah soal kenaikan pajak.", {("REJECT", "DPR", "IDN.GOV")}, "asserted", False),
    ("Seorang juru bicara mengatakan bahwa Hamas menolak usulan Israel.", {("REJECT", "HAMAS", "ISR")}, "reported", False),
    ("Israel menolak untuk menarik diri dari perundingan.", {("REJECT", "ISR", None)}, None, False),
    ("Tawaran itu ditolak oleh Hamas pada Selasa.", {("REJECT", "HAMAS", None)}, None, None),
    ("Netanyahu membantah laporan tentang perpecahan kabinet.", {("REJECT", "NETANYAHU", None)}, None, None),
    # THREATEN with a condition naming the target
    ("Israel mengancam akan memperluas serangan apabila Hamas tidak membebaskan sandera.",
     {("THREATEN", "ISR", "HAMAS"), ("RETREAT", "HAMAS", None)}, None, None),
    ("Iran mengancam Israel dengan pembalasan keras.", {("THREATEN", "IRN", "ISR")}, "asserted", None),
    ("Washington memperingatkan akan menjatuhkan sanksi kepada Teheran.", {("THREATEN", "USA", None)}, None, None),
    # ACCUSE: disapprove, allege, investigate (domestic)
    ("Indonesia mengecam serangan terbaru Israel.", {("ACCUSE", "IDN", "ISR"), ("ASSAULT", "ISR", None)}, None, None),
    ("Mesir menuduh Israel melanggar kesepakatan.", {("ACCUSE", "EGY", "ISR")}, None, None),
    ("KPK menetapkan Bupati Sleman sebagai tersangka kasus suap.", {("ACCUSE", "KPK", "BUPATI")}, None, None),
    ("KPK menetapkan tersangka baru dalam kasus korupsi bansos.", {("ACCUSE", "KPK", None)}, None, None),
    ("Bupati Sleman ditetapkan sebagai tersangka oleh KPK.", {("ACCUSE", "KPK", "BUPATI")}, None, None),
    ("KPK memeriksa Bupati Sleman pada Senin.", {("ACCUSE", "KPK", "BUPATI")}, None, None),
    ("Netanyahu dikritik oleh Blinken karena lambatnya bantuan.", {("ACCUSE", "BLINKEN", "NETANYAHU")}, None, None),
    # SUPPORT
    ("Qatar menyambut baik usulan AS.", {("SUPPORT", "QAT", "USA")}, None, None),
    ("Prabowo mendukung Palestina dalam forum itu.", {("SUPPORT", "PRABOWO", "PSE")}, None, None),
    ("Netanyahu berterima kasih kepada Blinken atas dukungannya.", {("SUPPORT", "NETANYAHU", "BLINKEN")}, None, None),
    ("DPR memuji langkah KPK.", {("SUPPORT", "DPR", "KPK")}, None, None),
    # AGREE
    ("Israel dan Hamas sepakat memperpanjang jeda kemanusiaan.", {("AGREE", "ISR", "HAMAS"), ("AGREE", "HAMAS", "ISR")}, None, None),
    ("Mesir berjanji kepada Qatar untuk membuka jalur bantuan.", {("AGREE", "EGY", "QAT")}, None, None),
    ("Hamas menerima usulan Mesir.", {("AGREE", "HAMAS", "EGY")}, None, None),
    # CONSULT: meet, phone, visit, mediated talks, planned and negated meetings
    ("Prabowo bertemu dengan Netanyahu di Jakarta.", {("CONSULT", "PRABOWO", "NETANYAHU")}, None, None),
    ("Blinken bertemu Netanyahu pada Senin.", {("CONSULT", "BLINKEN", "NETANYAHU")}, "asserted", None),
    ("Presiden Prabowo berbicara dengan Blinken melalui telepon.", {("CONSULT", "PRABOWO", "BLINKEN")}, None, None),
    ("Blinken mengadakan panggilan telepon dengan Netanyahu.", {("CONSULT", "BLINKEN", "NETANYAHU")}, None, None),
    ("Pejabat Amerika Serikat dan Israel mengadakan pembicaraan virtual.", {("CONSULT", "USA", "ISR")}, None, None),
    ("Blinken melakukan perjalanan ke Mesir pekan ini.", {("CONSULT", "BLINKEN", "EGY")}, None, None),
    ("Direktur CIA AS pergi ke Qatar.", {("CONSULT", "USA", "QAT")}, None, None),
    ("Saat mengunjungi Israel, Blinken menyerukan gencatan senjata.", {("CONSULT", "BLINKEN", "ISR"), ("REQUEST", "BLINKEN", None)}, None, None),
    ("Blinken dijadwalkan untuk bertemu dengan Netanyahu.", {("CONSULT", "BLINKEN", "NETANYAHU")}, "planned", False),
    ("Blinken akan melakukan perjalanan ke Qatar.", {("CONSULT", "BLINKEN", "QAT")}, "planned", None),
    ("Prabowo tidak bertemu dengan Netanyahu.", {("CONSULT", "PRABOWO", "NETANYAHU")}, None, True),
    ("Blinken berada di Qatar dan Mesir pekan ini.", {("CONSULT", "BLINKEN", "QAT"), ("CONSULT", "BLINKEN", "EGY")}, None, None),
    ("Prabowo berada di Jakarta pekan ini.", set(), None, None),
    ("AS, Mesir, dan Qatar bertindak sebagai mediator dalam perundingan tidak langsung antara Israel dan Hamas.",
     {("CONSULT", "ISR", "HAMAS")}, None, None),
    ("Menurut sumber itu, pembicaraan langsung berlangsung antara Hamas dan Washington.",
     {("CONSULT", "HAMAS", "USA")}, "reported", None),
    ("Hamas terlibat dalam diskusi dengan pemerintah AS soal jeda kemanusiaan.", {("CONSULT", "HAMAS", "USA.GOV")}, None, None),
    ("Jika Iran bertemu dengan AS, harga minyak bisa turun.", {("CONSULT", "IRN", "USA")}, "hypothetical", None),
    ("Kunjungan Blinken ke Mesir berlangsung singkat.", {("CONSULT", "BLINKEN", "EGY")}, None, None),
    ("Blinken tiba di Qatar setelah kunjungan ke Mesir dan Turki.",
     {("CONSULT", "BLINKEN", "QAT"), ("CONSULT", "BLINKEN", "EGY"), ("CONSULT", "BLINKEN", "TUR")}, None, None),
    # COOPERATE
    ("Indonesia bekerja sama dengan Qatar dalam bidang energi.", {("COOPERATE", "IDN", "QAT")}, None, None),
    # CONCEDE
    ("Netanyahu meminta maaf kepada Qatar atas serangan itu.", {("CONCEDE", "NETANYAHU", "QAT")}, None, None),
    # AID
    ("Indonesia mengirimkan bantuan kemanusiaan ke Gaza.", {("AID", "IDN", "GAZA")}, None, None),
    ("Qatar memberikan bantuan kepada Palestina.", {("AID", "QAT", "PSE")}, None, None),
    # RETREAT
    ("Hamas membebaskan sandera warga Israel pada Minggu.", {("RETREAT", "HAMAS", "WARGA_ISR")}, None, None),
    ("Israel menarik pasukan dari Gaza.", {("RETREAT", "ISR", None)}, None, None),
    ("Menteri itu akhirnya mengundurkan diri.", set(), None, None),
    # PROTEST: the crowd need not be a named actor
    # a protest in front of a body's building is directed at it (clauses.yaml facing_preps)
    ("Ribuan mahasiswa berunjuk rasa di depan gedung DPR.", {("PROTEST", "MAHASISWA", "DPR")}, None, None),
    ("Massa berunjuk rasa menolak kenaikan harga BBM.", {("PROTEST", "IDN.CVL", "IDN.GOV"), ("REJECT", "IDN.CVL", None)}, None, None),
    ("Serikat buruh dan serikat buruh lain memboikot produk itu.", {("PROTEST", "BURUH", None), ("PROTEST", "IDN.LAB", "IDN.GOV")}, None, None),
    # SANCTION
    ("AS menjatuhkan sanksi terhadap Iran.", {("SANCTION", "USA", "IRN")}, None, None),
    ("Pengadilan Negeri Jakarta Pusat memvonis Bupati Sleman lima tahun penjara.", {("SANCTION", "PN", "BUPATI")}, None, None),
    # MOBILIZE
    ("Israel mengerahkan pasukan ke perbatasan.", {("MOBILIZE", "ISR", None)}, None, None),
    ("TNI mengerahkan pasukan ke Jakarta.", {("MOBILIZE", "TNI", "JKT")}, None, None),
    # COERCE: arrest, passives with an agent right after the verb, "menahan" needs an actor object
    ("Polisi menangkap mahasiswa di Jakarta.", {("COERCE", "IDN.POLRI", "MAHASISWA")}, None, None),
    ("Para mahasiswa ditangkap polisi saat berunjuk rasa.", {("COERCE", "POLRI", "MAHASISWA"), ("PROTEST", "MAHASISWA", None)}, None, None),
    ("Polda Metro Jaya menangkap mahasiswa yang merusak fasilitas umum.", {("COERCE", "POLRI", "MAHASISWA")}, None, None),
    ("Iran diminta menahan serangan terhadap Israel.", set(), None, None),
    ("Israel memblokade Gaza selama berbulan-bulan.", {("COERCE", "ISR", "GAZA")}, None, None),
    # ASSAULT: verb, nominal with genitive and target, light verb, abduction, location as target
    ("Israel menyerang Gaza pada Selasa dini hari.", {("ASSAULT", "ISR", "GAZA")}, None, None),
    ("Serangan Israel terhadap Gaza menewaskan puluhan orang.", {("ASSAULT", "ISR", "GAZA")}, None, None),
    ("Israel melancarkan serangan di Gaza.", {("ASSAULT", "ISR", "GAZA")}, None, None),
    ("Serangan yang dilakukan Hamas terhadap Israel memicu perang.", {("ASSAULT", "HAMAS", "ISR")}, None, None),
    ("Hamas menculik mereka.", {("ASSAULT", "HAMAS", None)}, None, None),
    ("Para tawanan warga Israel ditahan sejak Hamas menculik mereka.", {("ASSAULT", "HAMAS", "WARGA_ISR")}, None, None),
    ("Netanyahu telah melanjutkan serangan militer baru.", {("ASSAULT", "NETANYAHU", None)}, "asserted", None),
    ("Gaza diserang oleh Israel.", {("ASSAULT", "ISR", "GAZA")}, None, None),
    ("Serangan udara menghantam kamp pengungsi.", set(), None, None),
    # regressions found reading coded Detik events (issue 5): a stalled engine is no strike,
    # a purpose is no act, an attempt and a proposal are not reported as done
    ("Banyak motor mogok di Jakarta setelah hujan deras.", set(), None, None),
    ("Ribuan anggota serikat buruh menggelar mogok kerja di Jakarta.", {("PROTEST", "BURUH", None)}, "asserted", None),
    ("Prabowo meresmikan pabrik baru guna mendukung Indonesia.", set(), None, None),
    ("Netanyahu berupaya menyerang Gaza.", {("ASSAULT", "NETANYAHU", "GAZA")}, "planned", None),
    # "mengusulkan agar" is a request (triggers.yaml): its complement is what is asked, as after "meminta agar"
    ("Mahasiswa mengusulkan agar DPR mendukung Prabowo.", {("REQUEST", "IDN.EDU", "DPR")}, "asserted", None),
    # the subject of the complement is whom a request is addressed to
    ("Bupati Sleman meminta supaya polisi segera menertibkan parkir liar.", {("REQUEST", "BUPATI", "POLRI")}, None, None),
    # SUPPORT: the actor named inside a prepositional object
    ("Indonesia mengucapkan apresiasi atas kerja keras yang dilakukan Turki dan Qatar.",
     {("SUPPORT", "IDN", "TUR"), ("SUPPORT", "IDN", "QAT")}, None, None),
]


def _ids(case) -> str:
    return case[0][:48]


@pytest.mark.parametrize("sentence, expected, modality, negated", CASES, ids=[_ids(c) for c in CASES])
def test_events_coder_sentence(coder, sentence, expected, modality, negated):
    events = coder(build(sentence)).events
    assert {(e.type, e.source, e.target) for e in events} == expected
    for event in events:
        assert event.start <= sentence.index(event.trigger) < event.end
        assert 0.0 < event.confidence <= 1.0
        assert event.rule.startswith(event.type)
        if modality is not None:
            assert event.modality == modality
        if negated is not None:
            assert event.negated is negated


def test_events_coder_covers_every_plover_type():
    from linimasa.document import EVENT_TYPES

    covered = {t for _, expected, _, _ in CASES for t, _, _ in expected}
    assert covered == set(EVENT_TYPES)


def test_events_coder_mediators_are_participants(coder):
    doc = build("Perundingan tidak langsung antara Israel dan Hamas dimediasi oleh Qatar, Mesir dan AS.")
    (event,) = coder(doc).events
    assert (event.type, event.mode, event.source, event.target) == ("CONSULT", "third-party", "ISR", "HAMAS")
    assert set(event.participants) == {"QAT", "EGY", "USA"}


@pytest.mark.parametrize("sentence, timex, expected", [
    ("Blinken bertemu Netanyahu pada Senin.", ("Senin", date(2024, 6, 3), date(2024, 6, 3), "day"),
     (date(2024, 6, 3), date(2024, 6, 3), "day")),
    ("Blinken berbicara dengan Netanyahu sejak Jumat.", ("Jumat", date(2024, 5, 31), date(2024, 5, 31), "day"),
     (date(2024, 5, 31), PUBLISHED, "week")),
    ("Blinken bertemu Netanyahu.", None, (PUBLISHED, PUBLISHED, "unknown")),
    ("Blinken telah bertemu Netanyahu.", None, (None, None, "unknown")),
    # a plan with no date of its own is dated by its statement (the report), never "day"
    ("Blinken akan bertemu Netanyahu.", None, (PUBLISHED, PUBLISHED, "unknown")),
    ("Jika diundang, Blinken akan bertemu Netanyahu.", None, (None, None, "unknown")),
])
def test_events_coder_dates(coder, sentence, timex, expected):
    doc = build(sentence, (timex,) if timex else ())
    (event,) = coder(doc).events
    assert (event.date, event.date_end, event.date_precision) == expected


def test_events_coder_location_and_evidence_offsets(coder):
    text = "Prabowo bertemu dengan Netanyahu di Jakarta."
    (event,) = coder(build(text)).events
    assert event.location == "Jakarta"
    assert text[event.start:event.end].startswith("Prabowo")
