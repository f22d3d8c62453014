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
   document's country mentions, else the home country of the outlet's language.

The sector comes from the role word or the institution whatever level decided
the country. `Decision.confidence` falls with the level.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..document import Document, Mention
from ..resources import Resources
from .coref import INITIALS_AFTER
from .dictionary import STATE_SECTORS, ActorDictionary
from .patterns import alternation

ROLES_FILE = "actors/person_roles.yaml"
INSTITUTIONS_FILE = "actors/institutions.yaml"
NATIONALITY_FILE = "actors/nationality.yaml"
CUES_FILE = "id/entity_cues.yaml"
NON_ACTORS_FILE = "actors/non_actors.yaml"

# Confidence of a local actor by the level that decided its country. Level 1 and 2
# were right on 9 in 10 of a hand-judged Detik sample (docs/quality/actors-sample.md);
# the story and outlet defaults are guesses by design.
CONFIDENCE = {1: 0.9, 2: 0.85, 3: 0.7, 4: 0.5}
# How far before a name its title may start, and how far an apposition may run after it.
PHRASE_REACH = 110
APPOSITION_REACH = 90
NATIONALITY_REACH = 80
# Heads this short are acronyms and must be written in capitals ("PT", "UI", "BIN", "MAN").
_ACRONYM_LENGTH = 3

_LIST_GAP = re.compile(r"\s*(?:,\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+)")
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,8}")
_INITIALS = re.compile(r"[A-Z]{2,4}")
_ACRONYM_AHEAD = re.compile(r"((?:[ \t]+(?:[A-Z][\w-]*|dan|&))*)[ \t]*\(([A-Z][A-Za-z]{1,9})\)")
_DEFINED_AS = re.compile(r"\s*\(\s*[A-Z][A-Za-z&]{1,8}\s*\)")
_SPACE = re.compile(r"\s*")
# Words run together by a broken page ("PantauandetikJatengdi"): no name is written so.
_GLUED = re.compile(r"\w{5,}[a-z][A-Z]\w{3,}")
_PHRASE_TOKEN = re.compile(r"[\w][\w.'’-]*|[(),/&]")


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


class OpenWorld:
    """Decides kind, country and sector of an unknown PER/ORG mention from its context."""

    def __init__(self, resources: Resources, dictionary: ActorDictionary):
        self.dictionary = dictionary
        roles = resources.data(ROLES_FILE)
        self.roles: dict[str, RoleSpec] = {}
        for row in roles["roles"]:
            spec = RoleSpec(row.get("sector"), row.get("country"), bool(row.get("generic")))
            for word in row["words"]:
                self.roles.setdefault(word.lower(), spec)
        self.role_re = re.compile(rf"(?<!\w)(?:{alternation(self.roles)})(?!\w)", re.IGNORECASE)
        self.role_before_re = re.compile(rf"(?<!\w)(?:{alternation(self.roles)})\s+$", re.IGNORECASE)
        self.phrase_words = frozenset(w.lower() for w in roles["phrase_words"])
        self.role_tokens = frozenset(t for word in self.roles for t in word.split())
        links = alternation(roles["apposition_links"])
        self.link_re = re.compile(rf"\s*(?:,\s*)?(?:(?:{links})\s+)+|\s*,\s*", re.IGNORECASE)

        institutions = resources.data(INSTITUTIONS_FILE)
        self.institutions: dict[str, InstitutionSpec] = {}
        for row in institutions["institutions"]:
            spec = InstitutionSpec(row.get("sector"), row.get("country"), bool(row.get("abroad")))
            for head in row["heads"]:
                self.institutions.setdefault(head.lower(), spec)
        self.institution_re = re.compile(rf"(?<![\w-])(?:{alternation(self.institutions)})(?![\w-])", re.IGNORECASE)
        self.tail_heads: dict[str, InstitutionSpec] = {}
        for row in institutions["tail_heads"]:
            for head in row["heads"]:
                self.tail_heads[head.lower()] = InstitutionSpec(row.get("sector"), None)
        self.tail_re = re.compile(rf"(?<![\w-])(?:{alternation(self.tail_heads)})$", re.IGNORECASE)
        self.suffixes = frozenset(s.lower().strip("()") for s in institutions["suffixes"])
        self.suffix_sector = institutions.get("suffix_sector", "BUS")

        nationality = resources.data(NATIONALITY_FILE)
        self.nationality: dict[str, str | None] = {}
        for row in nationality["words"]:
            for word in row["words"]:
                self.nationality[word.lower()] = row.get("country")
        self.nationality_re = re.compile(rf"(?<!\w)(?:{alternation(self.nationality)})(?!\w)", re.IGNORECASE)
        self.marker_re = re.compile(rf"(?<!\w)(?:{alternation(nationality['markers'])})\s+$", re.IGNORECASE)
        self.citizen_re = re.compile(rf"(?<!\w)(?:{alternation(nationality['citizen_markers'])})\s+", re.IGNORECASE)
        self.local_re = re.compile(rf"(?<!\w)(?:{alternation(nationality['local_words'])})(?!\w)", re.IGNORECASE)
        heads = [h.capitalize() for h in resources.data(CUES_FILE)["loc_heads"]]
        non_actors = resources.data(NON_ACTORS_FILE)
        heads += non_actors["place_heads"]
        # Indonesian places: a story that names them is a domestic one (see `story_place`).
        self.indonesian_places = frozenset(non_actors["places"])
        self.admin_re = re.compile(r"(?:Kabupaten|Kota|Provinsi|Kecamatan|Desa|Kelurahan|Kab\.)\s")
        self.place_head_re = re.compile(rf"(?<!\w)(?:{alternation(heads)})\s+$")
        self.initials_re = re.compile(rf"(?<!\w)(?:{alternation(nationality['initials_markers'])})\s+$",
                                      re.IGNORECASE)
        self.story_share = float(nationality["story_share"])
        self.foreign_share = float(nationality["foreign_share"])
        self.language_home: dict[str, str] = dict(nationality["language_home"])

    # -- the document -------------------------------------------------------------------

    def story_place(self, doc: Document, mentions: list[Mention]) -> StoryPlace:
        """The country most of the document's state mentions name, if it has `story_share` of them."""
        counts: Counter[str] = Counter()
        for mention in mentions:
            if mention.type == "LOC" and (mention.text in self.indonesian_places or self.admin_re.match(mention.text)):
                counts["IDN"] += 1  # "Kabupaten Agam", "Semarang": a domestic story names places, not the state
                continue
            entry = self.dictionary.entries.get(mention.actor or "")
            if entry is None or not entry.country:
                continue
            if entry.kind == "country" or (entry.sector in STATE_SECTORS and entry.kind != "person"):
                counts[entry.country] += 1
        home = self.outlet_home(doc)
        country = None
        if counts:
            total = sum(counts.values())
            top, count = counts.most_common(1)[0]
            # The outlet's own country is hardly named: foreign news, whose people are of its place.
            if top != home and count >= 2 and count / total >= self.story_share \
                    and counts.get(home or "", 0) / total < self.foreign_share:
                country = top
        return StoryPlace(country, home)

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
        institution = self._institution(text, mention.start, mention.end)
        if mention.type == "ORG" and institution is None and (
                self.initials_re.search(text, max(0, mention.start - 20), mention.start)
                or self.role_re.match(text, mention.start, mention.end)
                or (_INITIALS.fullmatch(mention.text) and self.role_before_re.search(
                    text, max(0, mention.start - 25), mention.start))):
            return self._person(doc, mention, place, others)  # "berinisial TAS", "JPU Budi", "Bripda AN"
        if mention.type == "ORG" and institution is None and _ACRONYM.fullmatch(mention.text):
            spelled = self._spelled_out(text, mention.text)
            if spelled is not None:
                institution = self._institution(text, *spelled)
        if mention.type == "ORG" or (institution is not None and institution[0] == mention.start):
            return self._organization(doc, mention, institution, place)
        return self._person(doc, mention, place, others)

    def _organization(self, doc, mention, institution, place) -> Decision:
        text = doc.text
        sector, fixed, cue = None, None, ""
        if institution is not None:
            _, head, spec = institution
            sector, fixed, cue = spec.sector, spec.country, head
        else:
            last = text[mention.start:mention.end].split()[-1].strip("()").lower()
            if last in self.suffixes:
                sector, fixed, cue = self.suffix_sector, "IDN", last
        # A country named inside the mention or right after it: "pengadilan militer Amerika Serikat".
        # A country named in the name or right after it ("pengadilan militer | Amerika Serikat").
        named = self._country_in(text, mention.start, min(len(text), mention.end + 30), skip_first=institution,
                                 last=False, places_only=True, before=mention.end + 2)
        if fixed is not None and named is not None and named[2] and not (institution and institution[2].abroad):
            # "Pengadilan militer Kenya": a country named in the name beats the Indonesian default.
            return self._decision("organization", named[0], sector, None, 2, f"institution:{cue}+{named[1]}")
        if fixed is not None:
            return self._decision("organization", fixed, sector, None, 2, f"institution:{cue}")
        if named is not None:
            return self._decision("organization", named[0], sector, None, 2 if cue else 3,
                                  f"institution:{cue}+{named[1]}" if cue else f"named:{named[1]}")
        return self._fallback(doc, mention, place, "organization", sector, None, f"institution:{cue}" if cue else "")

    def _person(self, doc, mention, place, others) -> Decision:
        text = doc.text
        phrase = self._phrase_before(doc, mention, others)
        # A title the entity stage took into the name: "AKP Budi Santoso", "Permaisuri X".
        lead = self.role_re.match(text, mention.start, mention.end)
        if lead is not None and lead.end() < mention.end:
            phrase = (phrase[0] if phrase else mention.start, lead.end())
        found = self._role_in(text, phrase[0], phrase[1]) if phrase else None
        if found is None:
            phrase = self._apposition(doc, mention)
            found = self._role_in(text, phrase[0], phrase[1], first=True) if phrase else None
        if found is not None:
            role_start, role_end, spec = found
            start, end = phrase
            sector = spec.sector
            org = self._organization_in(text, start, end)
            if org is not None and (spec.generic or sector is None):
                sector = org[0] or sector
            role = text[role_start:end].strip(" ,()")
            named = self._country_in(text, start, end)
            if named is not None:
                return self._decision("person", named[0], sector, role, 1, f"title:{named[1]}")
            if org is not None and org[1]:
                return self._decision("person", org[1], sector, role, 1, f"title:{org[2]}")
            if spec.country:
                return self._decision("person", spec.country, sector, role, 1, "title")
            return self._fallback(doc, mention, place, "person", sector, role, "title")
        return self._fallback(doc, mention, place, "person", None, None, "")

    def _fallback(self, doc, mention, place, kind, sector, role, cue) -> Decision:
        text = doc.text
        low = max(0, mention.start - NATIONALITY_REACH)
        high = min(len(text), mention.end + NATIONALITY_REACH)
        for found in self.nationality_re.finditer(text, low, high):
            country = self.nationality[re.sub(r"\s+", " ", found.group().lower())]
            if country:
                return self._decision(kind, country, sector, role, 3, _join(cue, f"nationality:{found.group()}"))
        for match in self.dictionary.match(text, low, high):
            entry = self.dictionary.entries[match.entry_ids[0]]
            if entry.kind == "country" and self.marker_re.search(text, max(0, match.start - 30), match.start):
                return self._decision(kind, entry.country, sector, role, 3, _join(cue, f"nationality:{match.text}"))
        if place.country and self.local_re.search(text, mention.start, high):
            return self._decision(kind, place.country, sector, role, 3, _join(cue, "setempat"))
        country = place.country or place.home
        source = "story" if place.country else "outlet"
        return self._decision(kind, country, sector, role, 4, _join(cue, f"{source}:{country}"))

    @staticmethod
    def _decision(kind, country, sector, role, level, cue) -> Decision:
        return Decision(kind, country, sector, role, level, cue, CONFIDENCE[level])

    # -- is it an actor at all ----------------------------------------------------------

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
        institution = self._institution(text, mention.start, mention.end)
        if institution is not None:
            return False
        if surface[:1].islower() or _GLUED.search(surface):
            return True
        head = self.place_head_re.search(text, max(0, mention.start - 20), mention.start)
        if head is not None:  # "Pasar Tanah Abang", "Jalan X": a place whose name the model took for a person
            return True
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

    @staticmethod
    def _spelled_out(text: str, acronym: str) -> tuple[int, int] | None:
        """(start, end) of the words an acronym is introduced after: "Lembaga Penjamin Simpanan (LPS)"."""
        found = re.search(rf"([^().;,\n]{{3,90}})\(\s*{re.escape(acronym)}\s*\)", text)
        if found is None:
            return None
        words = found.group(1).split()
        # About one word per letter ("cek kesehatan gratis (CKG)"), plus "dan", plus a head
        # word the acronym leaves out ("Kementerian Pekerjaan Umum dan Perumahan Rakyat (PUPR)").
        count = len(acronym) + sum(1 for w in words[-len(acronym) - 2:] if w.lower() in ("dan", "&", "serta")) + 1
        words = words[-count:]
        return max(found.start(1), found.end(1) - len(" ".join(words)) - 1), found.end(1)

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
        # English names put the head last: "Migration Policy Institute".
        found = self.tail_re.search(text[start:end])
        if found is not None and found.start() > 0 and text[start + found.start()].isupper():
            return start, found.group(), self.tail_heads[_key(found.group())]
        return None

    def _country_in(self, text: str, start: int, end: int, skip_first=None, last: bool = True,
                    places_only: bool = False, before: int | None = None):
        """(country, words) of the country-bearing dictionary name in text[start:end] nearest its end.

        People and news outlets ("AFP" in a photo credit) say nothing about the country.
        """
        matches = self.dictionary.match(text, start, end)
        for match in (reversed(matches) if last else matches):
            entry = self.dictionary.entries[match.entry_ids[0]]
            if entry.kind == "person" or not entry.country or entry.sector == "MED":
                continue
            if before is not None and match.start > before:
                continue
            state = entry.kind == "country" or match.mention_type == "GPE" or self.dictionary.family(entry.id)
            if places_only and not state:
                continue
            if skip_first is not None and skip_first[1].upper() == match.text.upper() and match.start == skip_first[0]:
                continue
            return entry.country, match.text, bool(state)
        return None

    def _organization_in(self, text: str, start: int, end: int):
        """(sector, country, words) of the institution a role phrase names: a dictionary body or a head."""
        for match in self.dictionary.match(text, start, end):
            entry = self.dictionary.entries[match.entry_ids[0]]
            if entry.kind in ("organization", "group") and entry.sector:
                return entry.sector, entry.country, match.text
        institution = self._institution(text, start, end)
        if institution is not None:
            spec = institution[2]
            return spec.sector, spec.country, institution[1]
        return None

    def _role_in(self, text: str, start: int, end: int, first: bool = False):
        """(start, end, spec) of the role word nearest the name in text[start:end] (the first, after a name)."""
        hits = list(self.role_re.finditer(text, start, end))
        if not hits:
            return None
        if first and hits[0].start() != start:
            return None
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
                    and not (text[other.start - 1:other.start] == "(" and text[other.end:other.end + 1] == ")"):
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
        stop = re.compile(r"[,.;:\"“”]").search(text, start, high)
        return start, stop.start() if stop else high


def _key(surface: str) -> str:
    return re.sub(r"\s+", " ", surface.lower())


def _join(*parts: str) -> str:
    return "+".join(p for p in parts if p)
