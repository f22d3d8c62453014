"""The entities stage: merge precedence, cue rules and the stage on short sentences."""

import pytest

from linimasa.actors.dictionary import AliasMatch
from linimasa.document import Document, Sentence
from linimasa.language.entities import EntityStage, NonActors, _give_back_names, _merge, _office_before_rank, _person_in_org, _tidy_spans
from linimasa.language.tagger import Tagger
from linimasa.language.tokens import TokenStage
from linimasa.resources import Resources, load_data

MODEL, STRONG, WEAK = 3, 2, 1


@pytest.mark.parametrize("dictionary, candidates, expected", [
    # the dictionary keeps its type on an equal span
    ([(0, 5, "GPE")], [(0, 5, "LOC", "model", MODEL)], [(0, 5, "GPE", "dictionary")]),
    # a candidate inside or across a dictionary match is dropped
    ([(0, 10, "ORG")], [(0, 5, "LOC", "model", MODEL), (8, 14, "PER", "cue", STRONG)],
     [(0, 10, "ORG", "dictionary")]),
    # a longer ORG around a dictionary country replaces it
    ([(17, 19, "GPE")], [(0, 19, "ORG", "model", MODEL)], [(0, 19, "ORG", "model")]),
    # a PER run together with a country is the model's mistake: both dictionary names stay
    ([(0, 2, "GPE"), (3, 17, "PER")], [(0, 17, "PER", "model", MODEL)],
     [(0, 2, "GPE", "dictionary"), (3, 17, "PER", "dictionary")]),
    # the model goes before cues, even a longer cue span
    ([], [(0, 30, "ORG", "cue", STRONG), (20, 30, "PER", "model", MODEL)], [(20, 30, "PER", "model")]),
    # cues fill gaps the model leaves
    ([], [(0, 5, "PER", "model", MODEL), (10, 15, "LOC", "cue", WEAK)],
     [(0, 5, "PER", "model"), (10, 15, "LOC", "cue")]),
])
def test_merge_precedence(dictionary, candidates, expected):
    assert _merge(dictionary, candidates) == expected



class FakeDictionary:
    """The ActorDictionary.match API over a fixed alias table, to test the merge independently of its data."""

    def __init__(self, aliases):
        self.aliases = aliases

    def match(self, text, start=0, end=None):
        end = len(text) if end is None else end
        found = []
        for alias, kind in self.aliases.items():
            at = text.find(alias, start, end)
            if at >= 0:
                found.append(AliasMatch(at, at + len(alias), alias, ("x",), kind))
        return sorted(found, key=lambda m: m.start)


def build(resources):
    return (TokenStage(resources), Tagger(resources), EntityStage(resources))


def analyse(stages, text):
    doc = Document(text=text)
    doc.sentences = [Sentence(0, 0, len(text), text)]
    for stage in stages:
        doc = stage(doc)
    return [(m.sentence, m.start, m.end, m.text, m.type, m.origin, m.actor) for m in doc.mentions]


@pytest.fixture(scope="module")
def fake_resources():
    resources = Resources()
    resources.__dict__["actor_dictionary"] = FakeDictionary({"AS": "GPE", "Teguh Wibisono": "PER"})
    return build(resources)


@pytest.mark.parametrize("text, expected", [
    # titles and offices stay outside the person's name
    ("Menteri Luar Negeri AS Teguh Wibisono tiba kemarin.",
     [(0, 20, 22, "AS", "GPE", "dictionary", None),
      (0, 23, 37, "Teguh Wibisono", "PER", "dictionary", None)]),
    # no dictionary entry: a lower-case place head gives only the name
    ("Hujan deras mengguyur kota Tasikmalaya sejak pagi.",
     [(0, 27, 38, "Tasikmalaya", "LOC", "cue", None)]),
    # a sentence with no name has no mention
    ("Harga cabai naik lagi minggu ini.", []),
])
def test_stage_with_fake_dictionary(fake_resources, text, expected):
    assert analyse(fake_resources, text) == expected


@pytest.fixture(scope="module")
def real_resources():
    return build(Resources.default())


@pytest.mark.parametrize("text, expected", [
    ("Menteri Luar Negeri AS Antony Blinken tiba di Kairo.",
     [(0, 20, 22, "AS", "GPE", "dictionary", None),
      (0, 23, 37, "Antony Blinken", "PER", "dictionary", None),
      (0, 46, 51, "Kairo", "GPE", "dictionary", None)]),
    ("Juru bicara Kementerian Luar Negeri Indonesia mengatakan bantuan dikirim ke Gaza.",
     [(0, 12, 45, "Kementerian Luar Negeri Indonesia", "ORG", "dictionary", None),
      (0, 76, 80, "Gaza", "LOC", "model", None)]),
])
@pytest.mark.slow  # loading the full actor dictionary takes seconds
def test_stage_with_actor_dictionary(real_resources, text, expected):
    assert analyse(real_resources, text) == expected


def _span(text: str, words: str, kind: str, origin: str = "model") -> tuple[int, int, str, str]:
    start = text.index(words)
    return start, start + len(words), kind, origin


# Issue 17, seventh round: an ORG span that took the first word of the person named right after it.
@pytest.mark.parametrize("text, org, person, dictionary, expected_org, expected_person", [
    # a rank inside the body's span: the body ends before it, the name starts after it
    ("Kapolsek Lembahsari AKP Darma Wijaya Kusuma hadir.", "Kapolsek Lembahsari AKP Darma", "Wijaya Kusuma", [],
     "Kapolsek Lembahsari", "Darma Wijaya Kusuma"),
    ("Polres Sukamaju Iptu | Rendra", "Polres Sukamaju Iptu", "Rendra", [], "Polres Sukamaju", "Rendra"),
    # a dictionary body and one more capitalised word: the word is the person's
    ("Ketua DPP Gerindra Hendrawan Sutopo Wiryo berpidato.", "Gerindra Hendrawan", "Sutopo Wiryo", ["Gerindra"],
     "Gerindra", "Hendrawan Sutopo Wiryo"),
    # counter-tests: a listed place or an acronym after the body stays with it
    ("Kepala Polda Jateng Budi Santoso datang.", "Polda Jateng", "Budi Santoso", ["Polda"],
     "Polda Jateng", "Budi Santoso"),
    ("Direktur KPK RI Sari Ayu datang.", "KPK RI", "Sari Ayu", ["KPK"], "KPK RI", "Sari Ayu"),
    ("Ketua DPRD Jember Rina Wulandari hadir.", "DPRD Jember", "Rina Wulandari", ["DPRD"], "DPRD Jember",
     "Rina Wulandari"),
])
def test_org_span_gives_back_the_first_word_of_the_next_name(text, org, person, dictionary, expected_org,
                                                            expected_person):
    text = text.replace(" | ", " ")
    org_span, person_span = _span(text, org.replace(" | ", " "), "ORG"), _span(text, person, "PER")
    matches = [(text.index(d), text.index(d) + len(d), "ORG") for d in dictionary]
    out = _give_back_names(text, [org_span, person_span], matches,
                           frozenset(load_data("id/entity_cues.yaml")["ranks"]),
                           NonActors(load_data("actors/non_actors.yaml")))
    assert [text[s:e] for s, e, _, _ in out] == [expected_org, expected_person]
    assert [k for _, _, k, _ in out] == ["ORG", "PER"]


def test_org_span_with_a_rank_and_a_name_and_no_person_after_is_split():
    text = "Kata Kasat Reskrim Polres Sukamaju AKP Darmo Wicaksono, Selasa."
    org = _span(text, "Polres Sukamaju AKP Darmo Wicaksono", "ORG")
    out = _give_back_names(text, [org], [], frozenset(load_data("id/entity_cues.yaml")["ranks"]),
                           NonActors(load_data("actors/non_actors.yaml")))
    assert [(text[s:e], k) for s, e, k, _ in out] == [("Polres Sukamaju", "ORG"), ("Darmo Wicaksono", "PER")]


def _spans(text: str, *names: tuple[str, str]) -> list[tuple[int, int, str, str]]:
    return [(text.index(name), text.index(name) + len(name), kind, "model") for name, kind in names]


@pytest.mark.parametrize("text, name, kind, expected", [
    # a bracket opened and not closed ends the span; one closed and not opened starts it after the bracket
    ("Dinas Perhubungan (Dishub) Sukamaju menertibkan truk.", "Dinas Perhubungan (Dishub", "ORG", "Dinas Perhubungan"),
    ("Staf KBRI) Kotabesar membantu warga.", "KBRI) Kotabesar", "ORG", "Kotabesar"),
    # a caption's label glued to the name after it
    ("Foto: CEOSukaRacing Massimo Rinaldi tersenyum.", "CEOSukaRacing Massimo Rinaldi", "PER", "Massimo Rinaldi"),
    # a caption's number glued to a person's last word
    ("Menteri Wirya Santosa6.", "Wirya Santosa6", "PER", "Wirya Santosa"),
    # a headline's verb ends a body's name
    ("Bank Sukamaju Indonesia Raih Mandat Pertama", "Bank Sukamaju Indonesia Raih Mandat Pertama", "ORG",
     "Bank Sukamaju Indonesia"),
    # one join inside a word is a name
    ("Kata Budi DeGeneres Santoso kemarin.", "Budi DeGeneres Santoso", "PER", "Budi DeGeneres Santoso"),
    ("Kata Robert McDonald Smith kemarin.", "Robert McDonald Smith", "PER", "Robert McDonald Smith"),
])
def test_tidy_spans_trims_brackets_glued_words_and_numbers(text, name, kind, expected):
    verbs = frozenset(load_data("id/entity_cues.yaml")["headline_verbs"])
    (start, end, _, _), = _tidy_spans(text, _spans(text, (name, kind)), verbs)
    assert text[start:end] == expected


@pytest.mark.parametrize("text, name, expected", [
    ("Kapolres Metro Sukamaju Kombes Darmanto mengatakan.", "Metro Sukamaju Kombes Darmanto", "Darmanto"),
    ("Menteri Kebudayaan Wirya Santosa hadir.", "Kebudayaan Wirya Santosa", "Wirya Santosa"),
    # a name with no rank and no portfolio stays whole
    ("Menteri Andi Wirya Santosa hadir.", "Andi Wirya Santosa", "Andi Wirya Santosa"),
])
def test_office_words_between_a_title_and_a_name_go_back_to_the_title(text, name, expected):
    ranks = frozenset(load_data("id/entity_cues.yaml")["ranks"])
    portfolios = tuple(sorted((p + " " for p in load_data("actors/non_actors.yaml")["portfolios"]), key=lambda p: -len(p)))
    spans = _spans(text, (name, "PER"))
    (start, end, _, _), = _office_before_rank(text, spans, ranks, frozenset({spans[0][0]}), portfolios)
    assert text[start:end] == expected


def test_org_span_ending_in_its_place_gives_the_next_word_to_the_name():
    text = "Dana mengalir ke Kepala Dinas PUPR Kabupaten Sukamaju Elpo Yanto Harsono kemarin."
    org, person = "Dinas PUPR Kabupaten Sukamaju Elpo", "Yanto Harsono"
    spans = [(text.index(org), text.index(org) + len(org), "ORG", "model"),
             (text.index(person), text.index(person) + len(person), "PER", "model")]
    out = _give_back_names(text, spans, [], frozenset(), NonActors(load_data("actors/non_actors.yaml")))
    assert [text[s:e] for s, e, _, _ in out] == ["Dinas PUPR Kabupaten Sukamaju", "Elpo Yanto Harsono"]


@pytest.mark.parametrize("text, org, expected", [
    ("Kata Ketua Unit Komunikasi Universitas Sukamaju Ni Nyoman Sari Dewi kemarin.",
     "Unit Komunikasi Universitas Sukamaju Ni Nyoman Sari Dewi", ["Unit Komunikasi Universitas Sukamaju", "Ni Nyoman Sari Dewi"]),
    ("Usul itu dari Ketua DEMA UIN Sukamaju M Iqbal Santoso kemarin.", "DEMA UIN Sukamaju M Iqbal Santoso",
     ["DEMA UIN Sukamaju", "M Iqbal Santoso"]),
    # a lead with fewer than two words after it, or an acronym after it, stays in the body's name
    ("Ia kuliah di Universitas Muhammadiyah Sukamaju sejak lama.", "Universitas Muhammadiyah Sukamaju",
     ["Universitas Muhammadiyah Sukamaju"]),
    ("Ia bekerja di Yayasan Sukamaju M RS kemarin.", "Yayasan Sukamaju M RS", ["Yayasan Sukamaju M RS"]),
])
def test_org_span_run_into_a_name_lead_is_split(text, org, expected):
    leads = tuple(tuple(lead.split()) for lead in load_data("id/entity_cues.yaml")["person_name_leads"])
    out = _person_in_org(text, [(text.index(org), text.index(org) + len(org), "ORG", "model")], leads)
    assert [text[s:e] for s, e, _, _ in out] == expected
