"""Issue 17: name boundaries of local actors (glued words, ranks, a body run into its official's name).

The sentences are written for these tests; the names in them are invented.
"""
from __future__ import annotations

import re

import pytest

from linimasa.document import Document, Sentence, Token
from linimasa.language.entities import (NonActors, _name_after_body, _rank_gives_first_name, _region_off_name,
                                        rank_lead_re, region_title_re)
from linimasa.language.tokens import TokenStage, Unglue
from linimasa.resources import Resources, load_data
from tests.test_actors_openworld import make_doc, resolver  # noqa: F401  (the resolver fixture)


@pytest.fixture(scope="module")
def unglue() -> Unglue:
    return Unglue.from_resources(Resources())


def _words(unglue: Unglue, text: str) -> list[str]:
    tokens = [Token(0, m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", text)]
    out = unglue(text, tokens)
    assert all(text[t.start:t.end] == t.text for t in out)  # offsets stay exact
    return [t.text for t in out]


@pytest.mark.parametrize("text, expected", [
    # a listed word on the left of a case join: a reporting verb, a preposition, a sentence adverb
    ("Hal itu dilansirKantor Berita Sukamaju.", ["Hal", "itu", "dilansir", "Kantor", "Berita", "Sukamaju."]),
    ("Ucapan itu disampaikan kataBudi Wirawan.", ["Ucapan", "itu", "disampaikan", "kata", "Budi", "Wirawan."]),
    ("Jadwal dirilis. RencananyaDarmo Sitepu tampil.", ["Jadwal", "dirilis.", "Rencananya", "Darmo", "Sitepu", "tampil."]),
    # a listed word on the right: a title run into the name before it
    ("Ketua Ani WulandariSekretaris Dodi Sitepu", ["Ketua", "Ani", "Wulandari", "Sekretaris", "Dodi", "Sitepu"]),
    ("NamaBerikut tercatat.", ["Nama", "Berikut", "tercatat."]),
    # two names run together, each written alone elsewhere in the text
    ("Rika Santoso hadir. RikaSantoso lalu pulang.", ["Rika", "Santoso", "hadir.", "Rika", "Santoso", "lalu", "pulang."]),
    # a lower-case word glued to the end of a name that the text also writes alone
    ("Pembalap Jorge Martono juara. Martonobelum pulih.", ["Pembalap", "Jorge", "Martono", "juara.", "Martono",
                                                         "belum", "pulih."]),
    ("Darmo Sitepu datang. Darmoakan kembali.", ["Darmo", "Sitepu", "datang.", "Darmo", "akan", "kembali."]),
    # a lower-case noun run into a name that the text also writes alone
    ("Video itu diunggah pengusahaDarmo kemarin. Darmo menolak.", ["Video", "itu", "diunggah", "pengusaha", "Darmo",
                                                                 "kemarin.", "Darmo", "menolak."]),
])
def test_glued_words_are_split(unglue, text, expected):
    assert _words(unglue, text) == expected


@pytest.mark.parametrize("text", [
    # names and brands with an inner capital stay whole
    "Aplikasi YouTube dan WhatsApp dipakai; iPhone dan DeepSeek juga.",
    "Restoran McKenzie buka di Sukamaju; PlayStation laris.",
    "Partai NasDem dan KiTa menggelar acara; detikNews memberitakan.",
    # a news portal's edition stays one word even where the region stands alone in the text
    "Warga Sukamaju protes, kata sumber detikSukamaju.",
    # acronyms after a lower-case letter are no words: "lIA"
    "Kode lIA tertulis.",
    # particles written attached are no glued words
    "Adapun hasilnya baik. Meskipun hujan, acara jalan.",
    # a glued tail only when the rest is a word of the text: "Pandan" is no "Pan" + "dan"
    "Pan Wirawan menanam Pandan.",
    # the tail needs a rest of four letters or more, and the rest must stand alone in the text
    "Sudan dan Abdullah hadir.",
])
def test_real_names_are_not_split(unglue, text):
    assert _words(unglue, text) == text.split()


def test_token_stage_splits_glued_words_with_exact_offsets():
    resources = Resources()
    text = "Pembalap Jorge Martono menang. Jorge Martonobelum pulih."
    doc = Document(text=text, language="id")
    doc.sentences = [Sentence(0, 0, 30, text[:30]), Sentence(1, 31, len(text), text[31:])]
    doc = TokenStage(resources)(doc)
    words = [t.text for t in doc.tokens]
    assert "Martonobelum" not in words
    assert words[-4:] == ["Martono", "belum", "pulih", "."]
    assert all(text[t.start:t.end] == t.text for t in doc.tokens)


RANKS = frozenset(load_data("id/entity_cues.yaml")["ranks"])
CORPS = frozenset(load_data("id/entity_cues.yaml")["rank_corps"])


def _spans(text: str, *names: tuple[str, str]) -> list[tuple[int, int, str, str]]:
    return [(text.index(name), text.index(name) + len(name), kind, "model") for name, kind in names]


@pytest.mark.parametrize("text, spans, expected", [
    # a first name left between a rank and the model's span opens the name
    ("Kapolsek Sukamaju Kompol Darmo Wicaksono Putra menjelaskan kronologi.", [("Wicaksono Putra", "PER")],
     [("Darmo Wicaksono Putra", "PER")]),
    ("Kata Dandim Sukamaju Letkol Anton Budi Rahardjo kemarin.", [("Rahardjo", "PER")],
     [("Anton Budi Rahardjo", "PER")]),
    # a corps abbreviation after the rank is no part of the name
    ("Hakim ketua Kolonel Kum Darmo Sitepu membacakan putusan.", [("Kum Darmo Sitepu", "PER")],
     [("Darmo Sitepu", "PER")]),
    ("Didampingi Dandim Kolonel Inf Anton Rahardjo, wali kota meninjau.", [("Anton Rahardjo", "PER")],
     [("Anton Rahardjo", "PER")]),
    # an office before a rank and the name is no person
    ('"Aman," kata Kapolrestabes Sukamaju Kombes Darmo Sitepu saat paparan.',
     [("Kapolrestabes Sukamaju", "PER"), ("Darmo Sitepu", "PER")], [("Darmo Sitepu", "PER")]),
    # no rank before the span: nothing changes
    ("Kata Ketua Panitia Darmo Sitepu kemarin.", [("Darmo Sitepu", "PER")], [("Darmo Sitepu", "PER")]),
])
def test_rank_gives_the_first_name_back(text, spans, expected):
    out = _rank_gives_first_name(text, _spans(text, *spans), rank_lead_re(RANKS), RANKS, CORPS)
    assert [(text[s:e], k) for s, e, k, _ in out] == expected


NON_ACTORS = NonActors(load_data("actors/non_actors.yaml"))


@pytest.mark.parametrize("text, org, bodies, expected", [
    # a known body (its acronym last) run into its official's name
    ("Jubir KPK Asri Guntara Rahman menjelaskan kasus itu.", "KPK Asri Guntara Rahman", ["KPK"],
     [("KPK", "ORG"), ("Asri Guntara Rahman", "PER")]),
    ("Kabid Humas Puspen Kejagung RI Iwan Datuk menambahkan.", "Humas Puspen Kejagung RI Iwan Datuk",
     ["Kejagung RI"], [("Humas Puspen Kejagung RI", "ORG"), ("Iwan Datuk", "PER")]),
    # not a name: a place, a cue word, an English body word, a common noun written in lower case elsewhere
    ("Ketua DPRD Kota Sukamaju hadir.", "DPRD Kota Sukamaju", ["DPRD"], [("DPRD Kota Sukamaju", "ORG")]),
    ("Rapat ASEAN Petroleum Agreement digelar.", "ASEAN Petroleum Agreement", ["ASEAN"],
     [("ASEAN Petroleum Agreement", "ORG")]),
    ("Peserta BPJS Penerima Bantuan bertambah. Jumlah penerima bantuan naik.", "BPJS Penerima Bantuan", ["BPJS"],
     [("BPJS Penerima Bantuan", "ORG")]),
])
def test_body_run_into_its_officials_name_is_split(text, org, bodies, expected):
    dictionary = [(text.index(b), text.index(b) + len(b), "ORG") for b in bodies]
    cued = frozenset(m.start() for m in re.finditer(r"(?<!\w)(?:Kota|Ketua|Kabid)(?!\w)", text))
    english = frozenset({"petroleum", "agreement"})
    out = _name_after_body(text, _spans(text, (org, "ORG")), dictionary, cued, NON_ACTORS, english)
    assert [(text[s:e], k) for s, e, k, _ in out] == expected


def test_province_after_a_bracketed_acronym_is_not_the_name():
    text = '"Berat," ujar Kepala Badan Pendapatan Daerah (Bapenda) NTB Fathur Rahmanto, Rabu.'
    title_re = region_title_re(load_data("actors/person_roles.yaml")["region_titles"])
    places = frozenset(load_data("actors/non_actors.yaml").get("places", ()))
    out = _region_off_name(text, _spans(text, ("NTB Fathur Rahmanto", "PER")), title_re, places)
    assert [text[s:e] for s, e, _, _ in out] == ["Fathur Rahmanto"]


def test_org_span_opening_with_a_name_lead_joins_the_person_after_it():
    from linimasa.language.entities import _person_in_org
    leads = tuple(tuple(lead.split()) for lead in load_data("id/entity_cues.yaml")["person_name_leads"])
    text = "Direktur BPJS Sukamaju, M. Darmo Sitepu Wirawan mengatakan program berjalan."
    out = _person_in_org(text, _spans(text, ("M. Darmo", "ORG"), ("Sitepu Wirawan", "PER")), leads)
    assert [(text[s:e], k) for s, e, k, _ in out] == [("M. Darmo Sitepu Wirawan", "PER")]


@pytest.mark.parametrize("text, name, country", [
    # an English-named body whose name goes on with its country's name, or with "asal" and it
    ("Kata Hasan Sayed, pengusaha dari Blue River Coffee Beans Mesir, menyambut baik tawaran itu.",
     "Blue River Coffee", "EGY"),
    ("Pembeli memesan dari Harbor Research asal Jerman sejak pagi.", "Harbor Research", "DEU"),
    # a domestic body lead opening the span itself ("lembaga survei X" taken whole) keeps the outlet's country
    ("Survei itu dirilis Lembaga survei Harbor Research pekan lalu.", "Lembaga survei Harbor Research", "IDN"),
    # no country after the name: no country from English words alone
    ("Laporan Harbor Research menyebut pasar tumbuh di Mesir.", "Harbor Research", None),
])
def test_english_named_body_takes_the_country_written_after_its_name(resolver, text, name, country):  # noqa: F811
    doc = resolver(make_doc(resolver, text, ((name, "ORG"),)))
    mention = next(m for m in doc.mentions if m.text == name)
    assert doc.actors[mention.actor].country == country


@pytest.mark.parametrize("text, expected", [
    # a listed word run into a lower-case outlet or common noun that has a case join of its own
    ("Hal itu disampaikan kepadaportalSukamaju kemarin.", ["Hal", "itu", "disampaikan", "kepada", "portalSukamaju",
                                                          "kemarin."]),
    ("Kabar itu dilansirportalWarta pagi ini.", ["Kabar", "itu", "dilansir", "portalWarta", "pagi", "ini."]),
    # no split where the rest begins with a suffix: "lapor" + "annya" is one word
    ("Dalam laporannyaThe Herald menulis.", ["Dalam", "laporannyaThe", "Herald", "menulis."]),
])
def test_listed_word_opening_a_lower_case_part_is_split(unglue, text, expected):
    assert _words(unglue, text) == expected


def test_span_is_cut_where_a_listed_word_was_glued_to_the_name():
    from linimasa.language.entities import _cut_at_glue
    text = "Ketua: Darmo Sitepu WirawanSekretaris: Ani Lestari"
    tokens = [Token(0, m.start(), m.end(), m.group()) for m in re.finditer(r"[^\W\d_]+|[^\w\s]", text)]
    tokens = Unglue.from_resources(Resources())(text, tokens)
    words = frozenset({"sekretaris", "kepada"})
    out = _cut_at_glue(text, _spans(text, ("Darmo Sitepu WirawanSekretaris", "PER")), tokens, words)
    assert [text[s:e] for s, e, _, _ in out] == ["Darmo Sitepu Wirawan"]


@pytest.mark.parametrize("text, org, person, expected", [
    # the region of the body named right before the person's span
    ("Ketua Partai Sukamaju Sumut Iskandar Halim mendesak polisi.", "Partai Sukamaju", "Sumut Iskandar Halim",
     "Iskandar Halim"),
    ("Staf Kantor Agama Bandar Lampung Azhari Nasution menjelaskan.", "Kantor Agama", "Lampung Azhari Nasution",
     "Azhari Nasution"),
    # no region: the name stays whole
    ("Ketua Partai Sukamaju Budi Santoso hadir.", "Partai Sukamaju", "Budi Santoso", "Budi Santoso"),
    # a regency's name that is also a given name stays with the name after a body
    ("Ketua Partai Sukamaju Bima Santoso hadir.", "Partai Sukamaju", "Bima Santoso", "Bima Santoso"),
])
def test_region_of_the_body_before_is_not_the_name(text, org, person, expected):
    title_re = region_title_re(load_data("actors/person_roles.yaml")["region_titles"])
    places = frozenset(load_data("actors/non_actors.yaml").get("places", ()))
    out = _region_off_name(text, _spans(text, (org, "ORG"), (person, "PER")), title_re, places)
    assert [text[s:e] for s, e, k, _ in out if k == "PER"] == [expected]
