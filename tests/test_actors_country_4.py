"""Issue 17, fourth round of the country class: a person's nationality written as a state's name between
a lower-case noun and the name ("antropolog Amerika Nama"), and the state written last in the chain of
bodies and places after "Nama dari" ("dari Centre for X, Y University, Negara").

The sentences are written for these tests; the names in them are invented (the states are real).
Mentions are built as in tests/test_actors_openworld.py.
"""
from __future__ import annotations

import pytest

from tests.test_actors_openworld import P, make_doc, resolver  # noqa: F401  (the resolver fixture)


# text, mentions (the first is judged), country, a word the cue holds
CASES = [
    # a state's name between a role noun and the name: the person's nationality
    ("Desa itu pernah diteliti antropolog Amerika Paul Reeder pada 1950-an.", P("Paul Reeder"), "USA", "Amerika"),
    ("Lagu itu dinyanyikan ulang bintang pop Kanada Tom Greer di panggung.", P("Tom Greer"), "CAN", "Kanada"),
    ("Antropolog Jepang Kenji Morita menulis buku tentang pasar itu.", P("Kenji Morita"), "JPN", "Jepang"),
    # the state last in a chain of bodies and places after "dari"
    ("Hal serupa disampaikan Prof Dan Kerwin dari Centre for Water and Soil, Northbay University, Kanada, "
     "dalam seminar itu.", P("Dan Kerwin"), "CAN", "Kanada"),
    ("Menurut Lena Moss dari Institute of Coastal Studies, Belanda, pantai itu terus mundur.", P("Lena Moss"),
     "NLD", "Belanda"),
]


@pytest.mark.parametrize("text, names, country, cue", CASES)
def test_country_evidence_round_4(resolver, text, names, country, cue):
    doc = resolver(make_doc(resolver, text, names))
    mention = next(m for m in doc.mentions if m.text == names[0][0])
    assert mention.actor is not None
    actor = doc.actors[mention.actor]
    assert actor.country == country, actor
    assert cue in actor.cue, actor


# the same rules leave these alone (the outlet's country, or the nearer cue)
KEEP = [
    # a state the person played against is no nationality
    ("Usai melawan Jepang Rudi Hartawan mengaku lelah.", P("Rudi Hartawan"), "IDN"),
    # a place after a preposition is where the person is, not whose
    ("Setelah kunjungan ke Jepang Andi Lubis kembali bekerja.", P("Andi Lubis"), "IDN"),
    # a chain broken by another person's "dari" gives the first person only their own body's place
    ("Hal itu dikatakan Dani Kurnia dari Polres Bogor, Andi Lubis dari KBRI Tokyo, Jepang.",
     P("Dani Kurnia") + P("Andi Lubis"), "IDN"),
]


@pytest.mark.parametrize("text, names, country", KEEP)
def test_country_evidence_round_4_leaves_these(resolver, text, names, country):
    doc = resolver(make_doc(resolver, text, names))
    mention = next(m for m in doc.mentions if m.text == names[0][0])
    assert mention.actor is not None
    assert doc.actors[mention.actor].country == country, doc.actors[mention.actor]


# boundary: "Kepala <body> (<acronym>) <holder>": what follows the bracket joins the body's name only when
# it is a place (or a parent body); a first name the entity model typed as a place is the title's holder
@pytest.mark.parametrize("text, names, actor_id", [
    ("Data itu berasal dari Kepala Badan Riset Pangan (BRP) Marlina Sari Dewi.",
     (("Badan Riset Pangan", "ORG"), ("Marlina", "LOC")), "local:badan_riset_pangan"),
    ("Data itu berasal dari Kepala Dinas Pekerjaan Umum (DPU) Kabupaten Sleman.",
     (("Dinas Pekerjaan Umum", "ORG"), ("Kabupaten Sleman", "LOC")), "local:dinas_pekerjaan_umum_kabupaten_sleman"),
    ("Data itu berasal dari Kepala Dinas Pekerjaan Umum (DPU) Sleman, Budi.",
     (("Dinas Pekerjaan Umum", "ORG"), ("Sleman", "LOC")), "local:dinas_pekerjaan_umum_sleman"),
])
def test_a_titled_body_takes_a_place_not_its_holder_after_the_bracket(resolver, text, names, actor_id):
    doc = resolver(make_doc(resolver, text, names))
    mention = next(m for m in doc.mentions if m.text == names[0][0])
    assert mention.actor == actor_id


# boundary: an ORG span of the model that took its official's first name, the PER span right after it the rest
from linimasa.language.entities import NonActors, _first_name_before_person  # noqa: E402
from linimasa.resources import load_data  # noqa: E402

_LEADS = tuple(tuple(lead.split()) for lead in load_data("id/entity_cues.yaml")["person_name_leads"])
_NON_ACTORS = NonActors(load_data("actors/non_actors.yaml"))


def _at(text: str, *spans: tuple[str, str]) -> list[tuple[int, int, str, str]]:
    out = []
    for surface, kind in spans:
        start = text.index(surface)
        out.append((start, start + len(surface), kind, "model"))
    return out


@pytest.mark.parametrize("text, spans, bodies, expected", [
    # an acronym after another word, then the given name
    ("Ketua Serikat Buruh SBKT Darsono Adi Wiranto hadir.", [("Serikat Buruh SBKT Darsono", "ORG"),
                                                             ("Adi Wiranto", "PER")], [],
     [("Serikat Buruh SBKT", "ORG"), ("Darsono Adi Wiranto", "PER")]),
    # a dictionary name, then two given names
    ("Kata Direktur Kementerian Dalam Negeri Wa Rini Sitepu kemarin.",
     [("Kementerian Dalam Negeri Wa Rini", "ORG"), ("Sitepu", "PER")], ["Kementerian Dalam Negeri"],
     [("Kementerian Dalam Negeri", "ORG"), ("Wa Rini Sitepu", "PER")]),
    # a place after the body's head, then a Balinese name lead
    ("Kasi Humas Polres Badung I Made Rangga menjelaskan.", [("Polres Badung I Made", "ORG"), ("Rangga", "PER")],
     [], [("Polres Badung", "ORG"), ("I Made Rangga", "PER")]),
    # these stay: a legal form alone, a lone acronym (a board of the body after it), a place, a word the document
    # writes in capitals, the body written whole elsewhere in the document
    ("Produk itu dibuat PT Sinar Kembang Jaya di Bekasi.", [("PT Sinar", "ORG"), ("Kembang Jaya", "PER")], [],
     [("PT Sinar", "ORG"), ("Kembang Jaya", "PER")]),
    ("Ketua BPP Hapsi Darmo Sitepu hadir.", [("BPP Hapsi", "ORG"), ("Darmo Sitepu", "PER")], [],
     [("BPP Hapsi", "ORG"), ("Darmo Sitepu", "PER")]),
    ("Kepala Dinas Kesehatan KKP Sleman Darmo Sitepu hadir.", [("Dinas Kesehatan KKP Sleman", "ORG"),
                                                              ("Darmo Sitepu", "PER")], [],
     [("Dinas Kesehatan KKP Sleman", "ORG"), ("Darmo Sitepu", "PER")]),
    ("Direktur PT BKS Lestindo Darmo Sitepu ditahan. PT BKS Lestindo membantah.",
     [("PT BKS Lestindo", "ORG"), ("Darmo Sitepu", "PER")], [],
     [("PT BKS Lestindo", "ORG"), ("Darmo Sitepu", "PER")]),
])
def test_first_name_glued_to_a_body_goes_back_to_the_person(text, spans, bodies, expected):
    dictionary = [(text.index(b), text.index(b) + len(b), "ORG") for b in bodies]
    out = _first_name_before_person(text, _at(text, *spans), dictionary, frozenset(), _NON_ACTORS,
                                    frozenset(), _LEADS)
    assert [(text[s:e], k) for s, e, k, _ in out] == expected


# boundary: an English body's head glued to the span before it, its name going on after "for"/"of"
from linimasa.language.entities import _english_body_glued  # noqa: E402


@pytest.mark.parametrize("text, spans, expected", [
    ("Kata Kepala Departemen Riset Pangan Centre for Food and Rural Studies (CFRS) Indra kemarin.",
     [("Departemen Riset Pangan Centre", "ORG"), ("Indra", "PER")],
     [("Departemen Riset Pangan", "ORG"), ("Centre for Food and Rural Studies", "ORG"), ("Indra", "PER")]),
    # a title's word before the head is no body: only the English body stays
    ("Direktur Eksekutif Institute of Marine and Coastal Economics (IMCE) Darmo menilai.",
     [("Eksekutif Institute", "PER"), ("Darmo", "PER")],
     [("Institute of Marine and Coastal Economics", "ORG"), ("Darmo", "PER")]),
    # no bracketed acronym after the run: nothing changes
    ("Ia memimpin Lembaga Kajian Institute for the people of Sukamaju.",
     [("Lembaga Kajian Institute", "ORG")], [("Lembaga Kajian Institute", "ORG")]),
])
def test_english_head_glued_to_the_span_before_goes_to_its_own_body(text, spans, expected):
    out = _english_body_glued(text, _at(text, *spans))
    assert [(text[s:e], k) for s, e, k, _ in out] == expected


def test_english_body_with_its_head_first_is_an_actor(resolver):
    # "Centre for X Studies (CXS)": the head first, before "for"/"of", names a body like a head last
    text = "Peneliti Centre for Food and Rural Studies (CFRS) merilis kajian baru."
    name = "Centre for Food and Rural Studies"
    doc = resolver(make_doc(resolver, text, ((name, "ORG"),)))
    mention = next(m for m in doc.mentions if m.text == name)
    assert mention.actor is not None
    assert doc.actors[mention.actor].kind == "organization"
