"""Every actor entry is well formed, and the matcher obeys its case and boundary rules."""
from __future__ import annotations

from collections import defaultdict
from datetime import date

import pycountry
import pytest

from linimasa.actors.dictionary import ActorDictionary
from linimasa.document import ACTOR_KINDS, MENTION_TYPES
from linimasa.resources import load_data

# Codes outside ISO 3166-1 alpha-3 that the dictionary uses: Kosovo.
EXTRA_CODES = {"XKX"}
SECTORS = {"GOV", "MIL", "REB", "SPY", "IGO", "MED", "LEG", "JUD", "POL", "PTY", "BUS", "CVL", "COP", "NGO", "REL"}


@pytest.fixture(scope="module")
def dictionary() -> ActorDictionary:
    return ActorDictionary.load()


def _valid_country(code):
    return code is None or code in EXTRA_CODES or pycountry.countries.get(alpha_3=code) is not None


def test_dictionary_has_at_least_600_entries(dictionary):
    assert len(dictionary.entries) >= 600


def test_every_entry_is_well_formed(dictionary):
    problems = []
    for entry in dictionary.entries.values():
        if entry.kind not in ACTOR_KINDS:
            problems.append(f"{entry.id}: kind {entry.kind}")
        if entry.mention_type not in MENTION_TYPES:
            problems.append(f"{entry.id}: mention_type {entry.mention_type}")
        if not _valid_country(entry.country):
            problems.append(f"{entry.id}: country {entry.country}")
        if entry.sector is not None and entry.sector not in SECTORS:
            problems.append(f"{entry.id}: sector {entry.sector}")
        if entry.wikidata is not None and not (entry.wikidata.startswith("Q") and entry.wikidata[1:].isdigit()):
            problems.append(f"{entry.id}: wikidata {entry.wikidata}")
        if not entry.aliases:
            problems.append(f"{entry.id}: no aliases")
        for role in entry.roles:
            if not role.title:
                problems.append(f"{entry.id}: role without title")
            if not _valid_country(role.country):
                problems.append(f"{entry.id}: role country {role.country}")
            if role.sector is not None and role.sector not in SECTORS:
                problems.append(f"{entry.id}: role sector {role.sector}")
            for day in (role.start, role.end):
                if day is not None and not isinstance(day, date):
                    problems.append(f"{entry.id}: {day!r} is not a date")
            if role.start and role.end and role.start > role.end:
                problems.append(f"{entry.id}: {role.title} starts after it ends")
            if role.organization and "." in role.organization and role.organization not in dictionary.entries:
                problems.append(f"{entry.id}: unknown organization {role.organization}")
    assert problems == []


def test_every_state_is_present(dictionary):
    overrides = load_data("actors/states_overrides.yaml")
    codes = list(overrides["un_members"]) + list(overrides["others"])
    assert len(overrides["un_members"]) == 193
    for code in codes:
        for suffix in ("", ".GOV", ".MIL", ".MFA"):
            assert code + suffix in dictionary.entries


def test_no_alias_is_shared_unless_kind_dates_or_country_separate(dictionary):
    owners = defaultdict(set)
    for entry in dictionary.entries.values():
        for alias in entry.aliases + entry.metonyms:
            owners[alias.lower()].add(entry.id)

    def separated(a, b):
        ea, eb = dictionary.entries[a], dictionary.entries[b]
        if ea.kind != eb.kind:
            return True
        if ea.kind == "organization" and ea.country and eb.country and ea.country != eb.country:
            return True  # the story's place decides ("Partai Demokrat" in a US or an Indonesian story)
        return bool(ea.roles and eb.roles) and all(
            (ra.end and rb.start and ra.end < rb.start) or (rb.end and ra.start and rb.end < ra.start)
            for ra in ea.roles for rb in eb.roles)

    clashes = [(alias, sorted(ids)) for alias, ids in owners.items() if len(ids) > 1
               and not all(separated(a, b) for a in ids for b in ids if a < b)]
    assert clashes == []


@pytest.mark.parametrize("text, expected", [
    ("Konflik Israel-Hamas belum berakhir.", [("Israel", "ISR"), ("Hamas", "PSE.HAMAS")]),
    ("Menurut dia, as roda itu patah.", []),
    ("Pejabat AS tiba di Kairo.", [("AS", "USA"), ("Kairo", "EGY.GOV")]),
    ("Di antara mereka ada wartawan Antara.", [("Antara", "MED.ANTARA")]),
    ("Kunjungan PBB ke Jalur Gaza ditunda.", [("PBB", "IGO.UN")]),
    ("Juru bicara Gedung Putih berbicara.", [("Gedung Putih", "USA.WH")]),
    ("Ketua Umum PDI-P hadir bersama Ma’ruf Amin.", [("PDI-P", "IDN.PDIP"), ("Ma’ruf Amin", "P.maruf_amin")]),
    ("Warga Palestinalebih dulu mengungsi.", []),
    ("Gedung\nPutih", []),
])
def test_match_finds_aliases_on_word_boundaries(dictionary, text, expected):
    assert [(m.text, m.entry_ids[0]) for m in dictionary.match(text)] == expected


def test_match_offsets_point_into_the_text(dictionary):
    text = "Sejak pagi, Menlu Retno Marsudi bertemu Dewan Keamanan PBB."
    for match in dictionary.match(text, 5, len(text)):
        assert text[match.start:match.end] == match.text
    assert [m.entry_ids for m in dictionary.match(text)] == [("P.retno_marsudi",), ("IGO.UNSC",)]


@pytest.mark.parametrize("surface, expected", [
    ("AS", ("USA",)), ("as", ()), ("PBB", ("IGO.UN",)), ("hamas", ("PSE.HAMAS",)),
    ("Tiongkok", ("CHN",)), ("Korsel", ("KOR",)), ("Teheran", ("IRN.GOV",)), ("Kremlin", ("RUS.GOV",)),
])
def test_lookup_case_rules(dictionary, surface, expected):
    assert dictionary.lookup(surface) == expected


@pytest.mark.parametrize("entry_id, day, title", [
    ("P.donald_trump", date(2024, 6, 7), None),
    ("P.donald_trump", date(2024, 12, 1), "Presiden terpilih"),
    ("P.donald_trump", date(2025, 5, 11), "Presiden"),
    ("P.israel_katz", date(2024, 6, 1), "Menteri Luar Negeri"),
    ("P.israel_katz", date(2024, 12, 1), "Menteri Pertahanan"),
    ("P.abbas_kamel", date(2024, 11, 1), None),
    ("P.hassan_rashad", date(2024, 11, 1), "Kepala Badan Intelijen Umum"),
])
def test_role_on_respects_dates(dictionary, entry_id, day, title):
    role = dictionary.role_on(entry_id, day)
    assert (role.title if role else None) == title


def test_search_is_fuzzy(dictionary):
    assert dictionary.search("Blinkin")[0].id == "P.antony_blinken"
