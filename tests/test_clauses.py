"""Clause analysis on its own: predicates with subject, object and agent, one sentence each.

Sentences, names and places are invented for the project. Each document is built by
hand (sentence and resolved mentions), so the table pins the analysis independently of
tagging and actor resolution. Predicates are handed in as the coder hands in triggers:
a word of the sentence with its form (active, passive or noun).
"""
from __future__ import annotations

import re

import pytest

from tests.documents import longest_names, one_sentence
from linimasa.document import Actor, Document, Mention, Token
from linimasa.events.arguments import build_view
from linimasa.events.clauses import PredicateHint
from linimasa.events.coder import EventCoder
from linimasa.resources import Resources

ACTORS = {
    "ARK": ("Arkadia", "GPE"), "BOR": ("Borealis", "GPE"), "TARA": ("Tarakota", "GPE"),
    "FRONT": ("Front Merah", "ORG"), "MILISI": ("Milisi Serigala", "ORG"), "POL": ("polisi", "ORG"),
    "DEWAN": ("Dewan Kota", "ORG"), "KPK": ("KPK", "ORG"), "BUDI": ("Budi Santoso", "PER"),
    "SITI": ("Siti Rahma", "PER"), "WARGA": ("warga Borealis", "NORP"), "MHS": ("Mahasiswa", "NORP"),
    "BURUH": ("buruh", "NORP"),
}
NAMES = {name: actor for actor, (name, _) in ACTORS.items()}
# A capital named for its government: the mention's words are none of the actor's names.
ACTORS["BOR.GOV"] = ("Pemerintah Borealis", "GPE")
NAMES["Kota Biru"] = "BOR.GOV"
# A document-local actor made from a stray part of a name, as the resolver may make one.
ACTORS["local:wijaya"] = ("Wijaya", "PER")
NAMES["Wijaya"] = "local:wijaya"
# The target prepositions most trigger rules allow (triggers.yaml default_target_preps).
ALLOWED = frozenset({"dengan", "ke", "terhadap", "kepada", "atas", "antara", "melawan"})


def build(text: str) -> Document:
    doc = one_sentence(text)
    for found, name in longest_names(text, NAMES, re.IGNORECASE):
        actor = NAMES[name]
        doc.mentions.append(Mention(0, found.start(), found.end(), found.group(), ACTORS[actor][1], actor))
    doc.actors = {m.actor: Actor(m.actor, ACTORS[m.actor][0], "group", "XXX", None, local=m.actor.startswith("local:"))
                  for m in doc.mentions}
    return doc


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder(Resources.default())


def analyse(coder: EventCoder, text: str, predicates: list[tuple[str, str]], tokens: list[Token] = ()):
    doc = build(text)
    view = build_view(doc.sentences[0], doc.mentions, doc.actors, coder.grammar)
    low = text.lower()
    hints = []
    for word, form in predicates:
        start = low.index(word)
        hints.append(PredicateHint(start, start + len(word), form, possessive=word.endswith("nya")))
    return coder.clauses.analyse(view, hints, tokens)


def ids(args) -> set[str]:
    return {a.actor for a in args}


S = set  # brevity in the table below
# (sentence, [(predicate, form, subject, acted on (object, actor inside the object, pronoun), agent)])
CASES = [
    # plain clauses
    ("Arkadia menyerang Borealis pada Selasa.", [("menyerang", "active", {"ARK"}, {"BOR"}, S())]),
    ("Siti Rahma bertemu dengan Budi Santoso di Tarakota.", [("bertemu dengan", "active", {"SITI"}, {"BUDI"}, S())]),
    ("KPK memeriksa Budi Santoso dan Siti Rahma pada Senin.",
     [("memeriksa", "active", {"KPK"}, {"BUDI", "SITI"}, S())]),
    ("Mahasiswa dan buruh berunjuk rasa di depan kantor Dewan Kota.",
     [("berunjuk rasa", "active", {"MHS", "BURUH"}, S(), S())]),
    ("Dalam pertemuan itu, Siti Rahma mendukung Borealis.", [("mendukung", "active", {"SITI"}, {"BOR"}, S())]),
    ("Menurut polisi, Budi Santoso menyerahkan diri.", [("menyerahkan", "active", {"BUDI"}, S(), S())]),
    # the actor after an agent noun is what the agent did it to, not the subject (clauses.yaml agent_nouns)
    ("Budi Santoso penculik dua anggota Front Merah ditangkap polisi.", [("ditangkap", "passive", {"BUDI"}, S(), {"POL"})]),
    ("Siti Rahma, pembunuh tiga warga Borealis, menyerahkan diri.", [("menyerahkan", "active", {"SITI"}, S(), S())]),
    # serial and coordinated verbs share the first verb's subject
    ("Front Merah menyerang Borealis, menewaskan 30 orang dan menyandera 12 warga.",
     [("menyerang", "active", {"FRONT"}, {"BOR"}, S()), ("menewaskan", "active", {"FRONT"}, S(), S()),
      ("menyandera", "active", {"FRONT"}, S(), S())]),
    ("Arkadia mengecam Borealis dan menyerukan gencatan senjata.",
     [("mengecam", "active", {"ARK"}, {"BOR"}, S()), ("menyerukan", "active", {"ARK"}, S(), S())]),
    ("Polisi menangkap Budi Santoso lalu menyita dua mobil.",
     [("menangkap", "active", {"POL"}, {"BUDI"}, S()), ("menyita", "active", {"POL"}, S(), S())]),
    ("Arkadia dan Borealis sepakat memperpanjang gencatan senjata.",
     [("sepakat", "active", {"ARK", "BOR"}, S(), S()), ("memperpanjang", "active", {"ARK", "BOR"}, S(), S())]),
    ("Arkadia menolak untuk menarik pasukan.", [("menolak", "active", {"ARK"}, S(), S()),
                                               ("menarik", "active", {"ARK"}, S(), S())]),
    ("Siti Rahma dipecat oleh Front Merah dan dilaporkan ke polisi.",
     [("dipecat", "passive", {"SITI"}, S(), {"FRONT"}), ("dilaporkan", "passive", {"SITI"}, {"POL"}, S())]),
    ("Arkadia memuji Borealis, sementara Front Merah mengecam langkah itu.",
     [("memuji", "active", {"ARK"}, {"BOR"}, S()), ("mengecam", "active", {"FRONT"}, S(), S())]),
    # a new subject after the object: control, reported clauses
    ("Arkadia mendesak Borealis untuk menyerang Front Merah.",
     [("mendesak", "active", {"ARK"}, {"BOR"}, S()), ("menyerang", "active", {"BOR"}, {"FRONT"}, S())]),
    ("Arkadia meminta Dewan Kota membatalkan perjanjian itu.",
     [("meminta", "active", {"ARK"}, {"DEWAN"}, S()), ("membatalkan", "active", {"DEWAN"}, S(), S())]),
    ("Budi Santoso mengatakan Siti Rahma menolak tawaran itu.",
     [("mengatakan", "active", {"BUDI"}, {"SITI"}, S()), ("menolak", "active", {"SITI"}, S(), S())]),
    # relative clauses: the head acts in the main clause
    ("Milisi Serigala yang didukung Arkadia itu membunuh dua polisi.",
     [("didukung", "passive", {"MILISI"}, S(), {"ARK"}), ("membunuh", "active", {"MILISI"}, {"POL"}, S())]),
    ("Kelompok yang didukung Arkadia itu menyerang Tarakota.",
     [("didukung", "passive", S(), S(), {"ARK"}), ("menyerang", "active", S(), {"TARA"}, S())]),
    ("Front Merah yang menguasai Tarakota menolak usulan Arkadia.",
     [("menguasai", "active", {"FRONT"}, {"TARA"}, S()), ("menolak", "active", {"FRONT"}, {"ARK"}, S())]),
    ("Budi Santoso, yang memimpin Front Merah, menolak tuduhan itu.",
     [("memimpin", "active", {"BUDI"}, {"FRONT"}, S()), ("menolak", "active", {"BUDI"}, S(), S())]),
    # ... but a noun that is no apposition, or a comma, ends what "yang" can reach
    ("Mengutip Front Merah, pelanggan yang menelepon kembali dikenai denda.",
     [("menelepon", "active", S(), S(), S())]),
    ("Kepada para menteri yang hadir, Budi Santoso meminta laporan.", [("meminta", "active", {"BUDI"}, S(), S())]),
    # a new subject no actor names after a comma takes no one's subject
    ("Arkadia menaikkan tarif, maka perusahaan akan menuntut ganti rugi.",
     [("menaikkan", "active", {"ARK"}, S(), S()), ("menuntut", "active", S(), S(), S())]),
    ("Budi Santoso menyatakan, dirinya tidak pernah meminta dana itu.",
     [("menyatakan", "active", {"BUDI"}, S(), S()), ("meminta", "active", {"BUDI"}, S(), S())]),
    ("Seperti diketahui, juru bicara Front Merah, Ahmad, sempat bertemu dengan polisi.",
     [("bertemu dengan", "active", {"FRONT"}, {"POL"}, S())]),
    # an actor named inside the object
    ("Borealis menolak kondisi yang diterapkan Front Merah.", [("menolak", "active", {"BOR"}, {"FRONT"}, S())]),
    ("Borealis menerima usulan yang diajukan oleh Arkadia.", [("menerima", "active", {"BOR"}, {"ARK"}, S())]),
    # members or envoys "dari" a body: the body is the object, not an origin (clauses.yaml members_of)
    ("Budi Santoso mengecam pendukungnya dari Front Merah.", [("mengecam", "active", {"BUDI"}, {"FRONT"}, S())]),
    ("Siti Rahma bertemu delegasi dari Arkadia di Tarakota.", [("bertemu", "active", {"SITI"}, {"ARK"}, S())]),
    # passives: the subject is acted on, the agent acts
    ("Budi Santoso ditangkap polisi di Tarakota.", [("ditangkap", "passive", {"BUDI"}, S(), {"POL"})]),
    ("Usulan itu ditolak oleh Borealis pada Selasa.", [("ditolak", "passive", S(), S(), {"BOR"})]),
    ("Tarakota diserang oleh Front Merah.", [("diserang", "passive", {"TARA"}, S(), {"FRONT"})]),
    # subordinate clauses without a subject of their own
    ("Saat mengunjungi Borealis, Budi Santoso mengecam Front Merah.",
     [("mengunjungi", "active", {"BUDI"}, {"BOR"}, S()), ("mengecam", "active", {"BUDI"}, {"FRONT"}, S())]),
    ("Mahasiswa ditangkap polisi saat berunjuk rasa.",
     [("ditangkap", "passive", {"MHS"}, S(), {"POL"}), ("berunjuk rasa", "active", {"MHS"}, S(), S())]),
    ("Budi Santoso berbicara kepada wartawan setelah menggelar pertemuan dengan Siti Rahma, termasuk Dewan Kota.",
     [("pertemuan", "noun", {"BUDI"}, {"SITI"}, S())]),
    ("Sejak Front Merah menculik Budi Santoso, Arkadia menolak berunding.",
     [("menculik", "active", {"FRONT"}, {"BUDI"}, S()), ("menolak", "active", {"ARK"}, S(), S()),
      ("berunding", "active", {"ARK"}, S(), S())]),
    ("Arkadia dikecam, namun Ahmad Yani berjanji membantu.", [("berjanji", "active", S(), S(), S())]),
    ("Budi Santoso pulang setelah seharian bertemu dengan Siti Rahma.",
     [("bertemu dengan", "active", {"BUDI"}, {"SITI"}, S())]),
    ("Arkadia menyerang Tarakota meski sudah menyepakati gencatan senjata.",
     [("menyepakati", "active", {"ARK"}, S(), S())]),
    ("Arkadia memberi waktu kepada kelompok itu untuk menerima atau menolak usulan.",
     [("memberi", "active", {"ARK"}, S(), S()), ("menolak", "active", S(), S(), S())]),
    ("Front Merah menyampaikan tanggapan terhadap rencana Arkadia, setelah Borealis mengumumkan batas waktu, "
     "dan menyatakan siap membebaskan sandera.",
     [("mengumumkan", "active", {"BOR"}, S(), S()), ("membebaskan", "active", {"FRONT"}, S(), S())]),
    # a capital named for its government is a place after "di" or as a genitive, an actor elsewhere
    ("Serangan Arkadia di Kota Biru menewaskan lima orang.",
     [("serangan", "noun", {"ARK"}, S(), S()), ("menewaskan", "active", {"ARK"}, S(), S())]),
    ("Serangan Kota Biru itu mengejutkan Arkadia.", [("serangan", "noun", S(), S(), S())]),
    ("Arkadia mengebom Kota Biru pada Senin.", [("mengebom", "active", {"ARK"}, {"BOR.GOV"}, S())]),
    # a noun with no actor of its own after a temporal subordinator
    ("Siti Rahma tiba di Tarakota setelah kunjungan ke Arkadia dan Borealis.",
     [("kunjungan", "noun", S(), {"ARK", "BOR"}, S())]),
    # a title and a name are one noun phrase, headed by the name; lists join such phrases
    ("Budi Santoso dan Menteri Borealis Siti Rahma menandatangani perjanjian.",
     [("menandatangani", "active", {"BUDI", "SITI"}, S(), S())]),
    ("Arkadia mendesak Menteri Luar Negeri Borealis Siti Rahma untuk mundur.",
     [("mendesak", "active", {"ARK"}, {"SITI"}, S())]),
    ("Presiden Budi Santoso Wijaya mengecam Arkadia.", [("mengecam", "active", {"BUDI"}, {"ARK"}, S())]),
    # object pronouns refer back to a group named before
    ("Warga Borealis ditahan sejak Front Merah menculik mereka.",
     [("menculik", "active", {"FRONT"}, {"WARGA"}, S())]),
    # nominal predicates
    ("Serangan Arkadia terhadap Borealis menewaskan puluhan orang.",
     [("serangan", "noun", {"ARK"}, {"BOR"}, S()), ("menewaskan", "active", {"ARK"}, S(), S())]),
    ("Arkadia melancarkan serangan terhadap Borealis.", [("serangan", "noun", {"ARK"}, {"BOR"}, S())]),
    ("Pembicaraan antara Arkadia dan Borealis berlangsung di Tarakota.",
     [("pembicaraan", "noun", {"ARK"}, {"BOR"}, S())]),
    ("Serangan yang dilakukan Front Merah terhadap Borealis memicu perang.",
     [("serangan", "noun", {"FRONT"}, {"BOR"}, S())]),
    ("Pemboman Arkadia di Tarakota menewaskan lebih dari 40 warga Borealis.",
     [("pemboman", "noun", {"ARK"}, S(), S()), ("menewaskan", "active", {"ARK"}, {"WARGA"}, S())]),
    ("Front Merah mengakui serangannya ke Tarakota gagal.", [("serangannya", "noun", {"FRONT"}, {"TARA"}, S())]),
]


def _case_id(case) -> str:
    return case[0][:50]


@pytest.mark.parametrize("sentence, predicates", CASES, ids=[_case_id(c) for c in CASES])
def test_clauses_roles_per_predicate(coder, sentence, predicates):
    analysis = analyse(coder, sentence, [(word, form) for word, form, *_ in predicates])
    assert len(analysis.predicates) == len(predicates)
    for frame, (word, _, subject, acted_on, agent) in zip(analysis.predicates, predicates):
        got_acted_on = frame.object(ALLOWED) or frame.inner_agent or frame.pronoun_object
        assert (word, ids(frame.subject), ids(got_acted_on), ids(frame.agent)) == (word, subject, acted_on, agent)


def test_clauses_table_is_large_enough():
    assert len(CASES) >= 30


@pytest.mark.parametrize("sentence, expected", [
    ("Siti Rahma tiba di Tarakota setelah kunjungan ke Arkadia.", {"SITI"}),
    ("Setelah kunjungan ke Arkadia, Siti Rahma tiba di Tarakota.", {"SITI"}),
    ("Siti Rahma tiba di Tarakota untuk kunjungan ke Arkadia.", set()),
    ("Dalam kunjungan itu, Siti Rahma menemui Budi Santoso.", set()),
])
def test_clauses_noun_takes_the_main_subject_after_a_subordinator(coder, sentence, expected):
    (frame,) = analyse(coder, sentence, [("kunjungan", "noun")]).predicates
    assert ids(frame.subject) == set() and ids(frame.context_subject) == expected


def test_clauses_condition_names_whom_a_threat_is_for(coder):
    (frame,) = analyse(coder, "Arkadia mengancam akan menyerang apabila Borealis tidak mundur.",
                       [("mengancam", "active")]).predicates
    assert ids(frame.subject) == {"ARK"} and ids(frame.condition_subject) == {"BOR"}


def test_clauses_verbs_come_from_tags_when_the_document_has_them(coder):
    text = "Arkadia memuji Borealis, menyerang Tarakota."
    # Without tags "memuji" is a verb by its form, so "menyerang" shares its subject;
    # tagged as a noun it is no predicate, and the actor before "menyerang" is its subject.
    untagged = analyse(coder, text, [("menyerang", "active")])
    assert ids(untagged.predicates[0].subject) == {"ARK"}
    tags = {"Arkadia": "NNP", "memuji": "NN", "Borealis": "NNP", ",": "SYM", "menyerang": "VB",
            "Tarakota": "NNP", ".": "SYM"}
    tokens = [Token(0, m.start(), m.end(), m.group(), tags[m.group()]) for m in re.finditer(r"\w+|[,.]", text)]
    tagged = analyse(coder, text, [("menyerang", "active")], tokens)
    assert ids(tagged.predicates[0].subject) == {"BOR"}


@pytest.mark.parametrize("text, tags, expected", [
    # a noun after the comma is a subject no actor names: the verb shares no subject
    ("Arkadia menaikkan tarif, lalu perusahaan menuntut ganti rugi.",
     {"menaikkan": "VB", "lalu": "CC", "perusahaan": "NN", "menuntut": "VB"}, set()),
    # a time word the tagger calls a noun is no subject
    ("Arkadia menaikkan tarif, lalu seharian menuntut ganti rugi.",
     {"menaikkan": "VB", "lalu": "CC", "seharian": "NN", "menuntut": "VB"}, {"ARK"}),
    # after a reporting verb, a name no actor resolves is the subject of what is reported, not the reporter
    ("Arkadia mengatakan Wirasena menuntut ganti rugi.", {"mengatakan": "VB", "menuntut": "VB"}, set()),
    # a pronoun or the reporter's own body ("-nya") is the reporter's side: the subject is shared
    ("Arkadia mengatakan mereka menuntut ganti rugi.", {"mengatakan": "VB", "mereka": "PR", "menuntut": "VB"}, {"ARK"}),
    ("Arkadia menyatakan pemerintahnya menuntut ganti rugi.", {"menyatakan": "VB", "menuntut": "VB"}, {"ARK"}),
    # a coordinated second verb of the reporter ("menyampaikan keberatan dan menuntut") keeps its subject
    ("Arkadia menyampaikan keberatan dan menuntut ganti rugi.",
     {"menyampaikan": "VB", "keberatan": "NN", "dan": "CC", "menuntut": "VB"}, {"ARK"}),
])
def test_clauses_tagged_nouns_name_a_new_subject(coder, text, tags, expected):
    tokens = [Token(0, m.start(), m.end(), m.group(), tags.get(m.group(), "NNP" if m.group()[0].isupper() else "NN"))
              for m in re.finditer(r"\w+|[,.]", text)]
    (frame,) = analyse(coder, text, [("menuntut", "active")], tokens).predicates
    assert ids(frame.subject) == expected


def test_clauses_predicate_at_its_start(coder):
    analysis = analyse(coder, "Arkadia menyerang Borealis.", [("menyerang", "active")])
    assert analysis.at(len("Arkadia ")) is analysis.predicates[0]
    assert analysis.at(0) is None


@pytest.mark.parametrize("sentence, expected", [
    # the subject of an "agar/supaya/untuk" complement is whom a request is addressed to
    ("Budi Santoso meminta agar semua anggota Dewan Kota mulai menghemat anggaran.", {"DEWAN"}),
    ("Siti Rahma mengimbau supaya Mahasiswa dan buruh tetap menjaga ketertiban.", {"MHS", "BURUH"}),
    ("Arkadia meminta agar Borealis segera menarik pasukan.", {"BOR"}),
    # no actor opens the complement: the actor after its verb is no addressee
    ("Budi Santoso meminta agar segera menghentikan serangan terhadap Tarakota.", set()),
    # an actor in a prepositional phrase of the complement is no subject of its verb
    ("Siti Rahma meminta agar di Tarakota dibangun sekolah.", set()),
    # a passive complement verb: its subject is acted on, not addressed
    ("Budi Santoso meminta agar Front Merah dibubarkan.", set()),
])
def test_clauses_request_is_addressed_to_the_complement_subject(coder, sentence, expected):
    word = "meminta" if "meminta" in sentence else "mengimbau"
    (frame,) = analyse(coder, sentence, [(word, "active")]).predicates
    assert frame.object(ALLOWED) == () and ids(frame.addressee) == expected


def test_clauses_direct_object_leaves_no_addressee(coder):
    (frame,) = analyse(coder, "Arkadia meminta Borealis agar Front Merah mundur.", [("meminta", "active")]).predicates
    assert ids(frame.object(ALLOWED)) == {"BOR"} and frame.addressee == ()


@pytest.mark.parametrize("sentence, expected", [
    # "apresiasi atas perundingan yang ditengahi X": the actor of the preposition's object
    ("Front Merah mengucapkan apresiasi atas perundingan yang ditengahi Arkadia dan Borealis.", {"ARK", "BOR"}),
    ("Siti Rahma berterima kasih atas bantuan yang diberikan oleh Dewan Kota.", {"DEWAN"}),
    # a place after "di" is where, not whose
    ("Front Merah mengucapkan apresiasi di wilayah yang dikuasai Arkadia.", set()),
    # a long object is still described when "oleh" names the relative clause's agent ...
    ("Front Merah mengucapkan apresiasi atas percepatan penyusunan aturan tentang jam kerja yang saat ini tengah dibahas oleh Dewan Kota.", {"DEWAN"}),
    # ... but not without "oleh"
    ("Front Merah mengucapkan apresiasi atas percepatan penyusunan aturan tentang jam kerja yang tengah dibahas Dewan Kota.", set()),
])
def test_clauses_actor_inside_a_prepositional_object(coder, sentence, expected):
    word = "mengucapkan apresiasi" if "apresiasi" in sentence else "berterima kasih"
    (frame,) = analyse(coder, sentence, [(word, "active")]).predicates
    assert ids(frame.inner_agent) == expected


@pytest.mark.parametrize("sentence, subject, other", [
    ("Kemarin digelar pertemuan antara Siti Rahma dan Budi Santoso.", {"SITI"}, {"BUDI"}),
    # a title (with "mantan") between the conjunction and the second member
    ("Kemarin digelar pertemuan antara Siti Rahma dan mantan Menteri Tarakota Budi Santoso.", {"SITI"}, {"BUDI"}),
    ("Kemarin digelar pertemuan antara Siti Rahma dan Presiden Borealis Budi Santoso.", {"SITI"}, {"BUDI"}),
])
def test_clauses_antara_lists_members_behind_titles(coder, sentence, subject, other):
    (frame,) = analyse(coder, sentence, [("pertemuan", "noun")]).predicates
    assert (frame.how, ids(frame.subject), ids(frame.object(ALLOWED))) == ("antara", subject, other)


FACING = ALLOWED | {"di depan", "di luar"}


@pytest.mark.parametrize("sentence, expected", [
    # a protest in front of or outside a body's building is directed at it
    ("Buruh berunjuk rasa di depan gedung Dewan Kota pada Senin.", {"DEWAN"}),
    ("Mahasiswa berunjuk rasa di luar kantor KPK.", {"KPK"}),
    # "di" alone sets a place
    ("Buruh berunjuk rasa di Tarakota.", set()),
])
def test_clauses_facing_preposition_names_whom_a_place_faces(coder, sentence, expected):
    (frame,) = analyse(coder, sentence, [("berunjuk rasa", "active")]).predicates
    assert ids(frame.object(FACING)) == expected
    assert frame.object(ALLOWED) == ()  # only a rule that allows "di depan"/"di luar" takes it


@pytest.mark.parametrize("sentence, predicates, expected", [
    # whom the content verb's act is with is whom the request is addressed to
    ("Siti Rahma meminta bertemu dengan Budi Santoso.", [("meminta", "active"), ("bertemu dengan", "active")], {"BUDI"}),
    ("Siti Rahma meminta untuk berbicara kepada Budi Santoso.", [("meminta", "active")], {"BUDI"}),
    # after "akan", the content verb's direct object is whom a threat concerns
    ("Arkadia mengancam akan menyerang Borealis.", [("mengancam", "active"), ("menyerang", "active")], {"BOR"}),
    # a request to act on someone is addressed to someone else
    ("Siti Rahma meminta untuk membebaskan Budi Santoso.", [("meminta", "active")], set()),
    # a verb far from the predicate opens no content of it
    ("Siti Rahma meminta waktu sebelum menemui Budi Santoso.", [("meminta", "active")], set()),
])
def test_clauses_content_verb_names_the_addressee(coder, sentence, predicates, expected):
    frame = analyse(coder, sentence, predicates).predicates[0]
    assert frame.object(ALLOWED) == () and ids(frame.addressee) == expected


@pytest.mark.parametrize("sentence, word, expected", [
    # a description closed by a determiner refers back to the one actor of its kind named before
    ("Setelah Budi Santoso mundur, Arkadia mengancam akan mengusir politikus itu.", "mengancam", {"BUDI"}),
    ("Setelah Borealis menembakkan rudal, Arkadia mengecam negara tersebut.", "mengecam", {"BOR"}),
    # two candidates: ambiguous, no target
    ("Budi Santoso dan Siti Rahma hadir, lalu Arkadia mengancam akan mengusir politikus itu.", "mengancam", set()),
    # the subject is never its own object
    ("Budi Santoso mengancam akan mengusir politikus itu.", "mengancam", set()),
    # no determiner: a new, unnamed party
    ("Setelah Budi Santoso mundur, Arkadia mengecam seorang politikus muda.", "mengecam", set()),
])
def test_clauses_description_refers_back_to_one_actor(coder, sentence, word, expected):
    (frame,) = analyse(coder, sentence, [(word, "active")]).predicates
    assert ids(frame.pronoun_object) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the meeting's subject is the invitee; the inviter is whom it meets
    ("Siti Rahma mengajak Budi Santoso bertemu di Tarakota.", {"SITI"}),
    ("Arkadia mengundang Borealis bertemu pekan depan.", {"ARK"}),
    # no inviting verb: no partner
    ("Siti Rahma melihat Budi Santoso bertemu di Tarakota.", set()),
    # a word between the invitee and the meeting: not read
    ("Siti Rahma mengajak Budi Santoso segera bertemu.", set()),
])
def test_clauses_invitation_names_the_meeting_partner(coder, sentence, expected):
    frame = analyse(coder, sentence, [("bertemu", "active")]).predicates[0]
    assert frame.object(ALLOWED) == () and ids(frame.addressee) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a recipient phrase that opens the sentence names whom the request addresses
    ("Kepada Dewan Kota, Siti Rahma meminta agar anggaran dibuka.", {"DEWAN"}),
    # a time phrase is no recipient, and a fronted phrase closes at its comma: Siti is the subject
    ("Pada Senin, Siti Rahma meminta agar anggaran dibuka.", set()),
])
def test_clauses_fronted_recipient_is_the_addressee(coder, sentence, expected):
    (frame,) = analyse(coder, sentence, [("meminta", "active")]).predicates
    assert ids(frame.subject) == {"SITI"} and ids(frame.addressee) == expected


def test_clauses_title_with_a_preposition_governs_nothing(coder):
    # "Dalam" inside a capitalised title is no preposition: the name after it is the subject
    (frame,) = analyse(coder, "Menteri Dalam Negeri, Budi Santoso, menemui Siti Rahma.", [("menemui", "active")]).predicates
    assert ids(frame.subject) == {"BUDI"} and ids(frame.object(ALLOWED)) == {"SITI"}
