"""Stage "actors": resolve every mention to an actor, and add mentions for role nouns.

Resolution runs in this order; each step only sees what earlier steps left open:

1. Exact and alias match, longest first: the mention's text (or the longest alias
   inside it) is looked up in the actor dictionary. When an alias names several
   entries, the one whose role holds on the document date, then the one whose
   mention type agrees, wins.
2. Title and appositive inference: "Koordinator Timur Tengah Gedung Putih Brett
   McGurk", "Menteri Luar Negeri AS X", "X, direktur badan intelijen luar negeri
   Mossad," give a person missing from the dictionary a country, sector and role;
   such a person becomes a document-local actor (`local:<slug>`, `local=True`).
3. Short-name coreference within the document: "Barnea" after "David Barnea".
4. Group and role nouns, added as mentions with origin "coref" where the entities
   stage left no mention: "kelompok tersebut" (the group last in focus), "para
   pejabat AS" (USA.GOV), "pemerintahan Biden" / "kantor Netanyahu" (the
   government of that person's country), "diplomat tersebut" (the diplomat last in
   focus), "Presiden AS" / "Menlu AS" / a bare "Presiden" with a country in focus
   (whoever holds that title on the document date).
5. Date-aware roles: only a role that holds on `doc.anchor_date` is used; "mantan"
   ("former") picks the most recent holder before the date, and the longer title
   "Presiden terpilih" the president-elect.

Adds: `actors` (dict id -> Actor with the role held on the document date) and
`mentions[].actor` (the id, or None); appends Mention records with origin "coref".
"""
from __future__ import annotations

import bisect
import dataclasses
import logging
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from ..document import Actor, Document, Mention
from ..pipeline import register
from ..resources import Resources
from . import coref
from .dictionary import STATE_SECTORS, ActorDictionary, AliasMatch
from .openworld import _NAME_THEN_ACRONYM, CONFIDENCE, Decision, OpenWorld, gazetteer
from .patterns import alternation as _alternation
from .patterns import slug as _slug

log = logging.getLogger(__name__)

ROLES_FILE = "actors/roles.yaml"
# How far before a name a title may stand ("Koordinator Timur Tengah Gedung Putih
# Brett McGurk" is 40 characters from title to name); set from the seed articles.
TITLE_REACH = 70
# Mention types that name actors; MISC (vehicles, programmes: see non_actors.yaml), LOC and dates do not.
RESOLVED_TYPES = frozenset({"PER", "ORG", "GPE", "NORP"})
# Words allowed between a title and the name besides actor names: "Utusan Khusus AS untuk Timur Tengah".
_FILLER = re.compile(r"(?:[\s,]|\b(?:untuk|urusan|dari|di|senior|baru|yang|saat\s+ini|Timur\s+Tengah)\b)*")

_SPACES = re.compile(r"[ \t]+")
_NAME_AHEAD = re.compile(r"[ \t]+[A-Z][a-z]")
_COMMA = re.compile(r"\s*,\s*")
_CLAUSE_END = re.compile(r"[,.;]")


@dataclass(frozen=True, slots=True)
class TitleSpec:
    title: str
    sector: str | None
    organization: str | None
    generic: bool
    diplomatic: bool


@register("actors", requires=("sentences", "mentions"), adds=("actors", "mentions.actor"))
class ActorResolver:
    """Resolve mentions to actors (see the module docstring for the order of steps)."""

    def __init__(self, resources: Resources):
        self.dictionary: ActorDictionary = resources.actor_dictionary
        data = resources.data(ROLES_FILE)
        self.titles: dict[str, TitleSpec] = {}
        for raw in data["titles"]:
            spec = TitleSpec(raw["title"], raw.get("sector"), raw.get("organization"),
                             bool(raw.get("generic")), bool(raw.get("diplomatic")))
            for alias in raw["aliases"]:
                self.titles[alias] = spec
                # A sentence-initial title is capitalised: "Juru bicara" as well as "juru bicara".
                self.titles.setdefault(alias[:1].upper() + alias[1:], spec)
        # Titles are matched with the case written in the data: "PM" but not "pm".
        self.title_re = re.compile(rf"(?<!\w)(?:{_alternation(self.titles)})(?!\w)")
        self.former_re = re.compile(rf"(?<!\w)(?:{_alternation(data['former_markers'])})\s+$")
        self.official_re = re.compile(rf"(?<!\w)(?:{_alternation(data['official_nouns'])})\s+", re.IGNORECASE)
        self.government_re = re.compile(rf"(?<!\w)(?:{_alternation(data['government_heads'])})\s+$")
        self.group_re = re.compile(rf"(?<!\w)(?:{_alternation(data['group_anaphora'])})(?!\w)")
        determiners = _alternation(data["anaphora_determiners"])
        self.diplomat_re = re.compile(
            rf"(?<!\w)(?:{_alternation(data['diplomat_anaphora_heads'])})((?:\s+\w+){{0,3}}?)\s+(?:{determiners})(?!\w)")
        self.diplomatic_titles = {s.title for s in self.titles.values() if s.diplomatic}
        self.open_world = OpenWorld(resources, self.dictionary)
        self.person_initials = coref.PersonInitials(resources.data("actors/person_roles.yaml")["initials"])
        self.capital_regions = [(frozenset(c["names"]), c["government"], c["region"])
                                for c in data.get("capital_regions", ())]
        self.capital_place_re = re.compile(rf"(?<!\w)(?:{_alternation(data.get('capital_place_words', ()))})\s+$",
                                           re.IGNORECASE)
        self.bare_titles = coref.BareTitles(resources.data("actors/person_roles.yaml")["bare_titles"])

    # -- entry point ---------------------------------------------------------------

    def __call__(self, doc: Document) -> Document:
        day = doc.anchor_date
        state = _State(day)
        mentions = sorted(doc.mentions, key=lambda m: (m.start, m.end))
        # Step 1: the dictionary, mention by mention.
        first = [dataclasses.replace(m, actor=self._dictionary_actor(doc, m, state)) for m in mentions]
        # Steps 2-3: names the dictionary does not know, read with the whole document.
        resolved = self._open_world(doc, first, state)
        resolved.extend(self._coref_mentions(doc, state, resolved))
        resolved = self._bare_title_mentions(doc, state, resolved)
        resolved = self._capital_regions(doc, state, resolved)
        resolved = self._citizen_mentions(doc, resolved)
        resolved.extend(self._pronoun_mentions(doc, resolved, state))
        resolved.sort(key=lambda m: (m.start, m.end))
        doc.mentions = resolved
        doc.actors = self._actors(resolved, state)
        return doc

    # -- step 1: the dictionary --------------------------------------------------------------

    def _dictionary_actor(self, doc: Document, mention: Mention, state: "_State") -> str | None:
        if mention.type not in RESOLVED_TYPES:
            return None
        ids = self.dictionary.lookup(mention.text)
        if not ids:
            inner = self.dictionary.match(doc.text, mention.start, mention.end)
            # An alias inside a longer mention names it only when it is the mention's head
            # ("Kementerian Kesehatan Gaza" yes, but not "Hamas" inside "juru bicara Hamas X").
            if inner and mention.type != "PER":
                best = max(inner, key=lambda m: m.end - m.start)
                if not self._institution_overrides(doc.text, mention, best) \
                        and not self._body_of_another_state(doc.text, mention, best, inner):
                    ids = best.entry_ids
            elif inner and mention.type == "PER":
                people = [m for m in inner if any(self._kind(i) == "person" for i in m.entry_ids)]
                ids = people[-1].entry_ids if people else ()
        if ids and mention.type == "ORG" and self._short_named_otherwise(doc.text, mention, ids[0]):
            return None
        if ids:
            if len(ids) > 1:
                state.ambiguous[(mention.start, mention.end)] = ids
            return self._choose(ids, state.day, mention.type)
        return None

    def _short_named_otherwise(self, text: str, mention: Mention, entry_id: str) -> bool:
        """Whether a state body's name is short-named "(ABC)" right after it with letters none of that
        state's bodies bears: "Kementerian Perindustrian dan Teknologi Informasi (MIIT)" and "Imigrasi dan
        Bea Cukai (ICE)" are another state's bodies named in Indonesian (the open world reads them)."""
        entry = self.dictionary.entries[entry_id]
        if entry.sector not in STATE_SECTORS or not entry.country or text.find("(", mention.end,
                                                                              mention.end + 3) == -1:
            return False
        found = _NAME_THEN_ACRONYM.match(text, mention.end, mention.end + 12)
        initials = "".join(w[0] for w in mention.text.split() if w[:1].isupper())
        if found is None or found.group(1).endswith(initials):
            return False  # "Bantuan Likuiditas Bank Indonesia (BLBI)": a longer name ending in the body's
        return self.open_world._other_acronym(text, mention.start, mention.end, entry.country, mention.text)

    def _body_of_another_state(self, text: str, mention: Mention, best: AliasMatch, inner: list[AliasMatch]) -> bool:
        """Whether a home body's alias inside a mention is followed by another state's name that ends the
        mention: "Kementerian Kebudayaan | Prancis" is France's ministry, not Indonesia's (the open world
        reads it from the head and the country)."""
        entry = self.dictionary.entries[best.entry_ids[0]]
        if entry.kind == "country" or not entry.country:
            return False
        for match in inner:
            if match.start < best.end or text[match.end:mention.end].strip():
                continue
            if text[best.end:match.start].strip() and (
                    _NAME_REST.fullmatch(text, best.end, match.start) is None
                    or any(best.end <= other.start < match.start for other in inner)):
                # (not "Pemerintah Indonesia dan Australia": two states' bodies); the rest of a longer
                # ministry name may come between: "Kementerian Perindustrian | dan Teknologi Informasi | China"
                continue
            other = self.dictionary.entries[match.entry_ids[0]]
            if other.kind == "country" and other.country and other.country != entry.country:
                return True
        return False

    def _institution_overrides(self, text: str, mention: Mention, inner: AliasMatch) -> bool:
        """An institution head at the mention's start beats a place named inside it.

        "KBRI Canberra" is Indonesia's embassy and "Universitas Indonesia" a
        university, not the country; "Komisi II DPR RI" stays the DPR.
        """
        institution = self.open_world._institution(text, mention.start, mention.end)
        if institution is None:
            return False
        entry = self.dictionary.entries[inner.entry_ids[0]]
        if len(institution) > 3 and entry.kind == "country" and inner.end < mention.end:
            return True  # "Japan X Foundation": an English body named after its country, not the country
        if institution[0] != mention.start or inner.start == mention.start:
            return False
        return institution[2].country is not None or entry.kind == "country" or inner.mention_type == "GPE"

    # -- steps 2-3: open-world actors and coreference -----------------------------------------

    def _open_world(self, doc: Document, first: list[Mention], state: "_State") -> list[Mention]:
        text = doc.text
        persons = {m.actor: self.dictionary.entries[m.actor].name for m in first
                   if m.actor and self._kind(m.actor) == "person"}
        names = coref.full_names(first, {name: actor_id for actor_id, name in persons.items()})
        codes = coref.initials(text, first)
        first, coded = self._person_initials(doc, first, codes, state)
        place = self.open_world.story_place(doc, first)
        titles = {i for i, m in enumerate(first) if m.type == "PER" and m.actor is None
                  and self.open_world.title_only(text, m)}
        # "Kajati Sukamaju, Budi": a title and its region, the holder named right after it
        titles |= {i for i, m in enumerate(first) if m.type == "PER" and m.actor is None and i not in titles
                   and self.open_world.title_of_region(text, m) and self._titled_person(text, first, i) is not None}
        people = [m for i, m in enumerate(first) if m.type == "PER" and i not in titles]
        # A name the document also writes as a place ("di Gaza", "Kota X") is that place, not an actor; but a
        # person the entity model typed LOC once among more PER/ORG mentions, never after "di"/"ke"/"dari", is
        # still a person (a LOC typing by the model alone is outvoted).
        as_place = Counter(m.text for m in first if m.type in ("LOC", "GPE") and m.actor is None)
        as_actor = Counter(m.text for m in first if m.type in ("PER", "ORG"))
        written = {m.text for m in first if m.type in ("LOC", "GPE") and m.actor is None
                   and self.open_world.written_as_place(text, m)}
        places = {name for name, count in as_place.items() if count >= as_actor[name] or name in written}
        # ... and so is the name after an administrative head ("Kecamatan X" makes a bare "X" a place).
        places |= {m.text.split(None, 1)[1] for m in first if m.type in ("LOC", "GPE")
                   and self.open_world.admin_re.match(m.text) and " " in m.text}
        out: list[Mention] = []
        deferred: list[int] = []
        if state.ambiguous:
            # "Partai Demokrat": the party of the country the passage is set in, else the story's
            first = [dataclasses.replace(m, actor=self._choose(state.ambiguous[(m.start, m.end)], state.day, m.type,
                                                               place.local(m.sentence)))
                     if (m.start, m.end) in state.ambiguous else m for m in first]
        appositions: list[tuple[int, int]] = []
        for index, mention in enumerate(first):
            intro = codes.get(mention.text)
            if intro is not None and intro is not mention and intro.start < mention.start:
                deferred.append(len(out))
                out.append(mention)
                continue
            if index in coded:  # "tersangka AS": a person of the story, whatever the dictionary reads
                out.append(dataclasses.replace(mention, actor=self._local_actor(doc, mention, names, place, people,
                                                                                 state)))
                continue
            if mention.type == "LOC" and mention.actor is None and self.open_world.legislature(text, mention, place):
                # "di Kongres" in a story on the United States: the legislature, not a place.
                mention = dataclasses.replace(mention, type="ORG")
            if mention.type not in ("PER", "ORG") or mention.actor is not None or (
                    mention.text in places and self.open_world._institution(text, mention.start, mention.end) is None):
                out.append(mention)
                continue
            citizens = self.open_world.nationality.get(_key(mention.text))
            if citizens in self.dictionary.entries:  # "WNI": the citizens of a state are coded as the state
                out.append(dataclasses.replace(mention, actor=citizens))
                continue
            before = first[index - 1] if index > 0 and first[index - 1].sentence == mention.sentence else None
            after = first[index + 1] if index + 1 < len(first) and first[index + 1].sentence == mention.sentence else None
            if self.open_world.place_in_list(doc, mention, before, after, people):
                out.append(dataclasses.replace(mention, type="LOC"))  # "Bone, Wajo": a place typed PER
                continue
            if self.open_world.known_place(doc, mention, people) is not None:
                out.append(dataclasses.replace(mention, type="LOC"))  # "Dieng", "Sydney": a gazetteer place
                continue
            if self.open_world.not_an_actor(doc, mention, before, after):
                out.append(mention)
                continue
            expanded = mention.type == "PER" and coref.expand(mention, names) is not None
            thing = self.open_world.thing(doc, mention, people, expanded)
            if thing == "MISC" and index in titles and self.open_world.field(text, mention) \
                    and self._titled_person(text, first, index) is not None:
                thing = None  # "Kepala Seksi X | , Nama": a field in a title that runs into its holder's name
            if thing == "MISC":  # a title, a dish, a common word: no actor, and no PER/ORG either
                out.append(dataclasses.replace(mention, type="MISC"))
                continue
            if thing is not None:
                mention = dataclasses.replace(mention, type=thing)
            if index in titles:
                named = self._titled_person(text, first, index)
                if named is not None:
                    # "Kasatreskrim Polres X, AKP Budi": the title is the person named right after it.
                    appositions.append((len(out), named))
            actor_id = self._local_actor(doc, mention, names, place, people, state)
            out.append(dataclasses.replace(mention, actor=actor_id))
        for position, named in appositions:
            actor_id = out[named].actor
            if actor_id is not None and out[position].actor != actor_id:
                out[position] = dataclasses.replace(out[position], actor=actor_id)
        # Initials go to the person introduced with them, once that person is resolved.
        actor_at = {(m.start, m.end): m.actor for m in out}
        for index in deferred:
            intro = codes[out[index].text]
            out[index] = dataclasses.replace(out[index], type="PER", actor=actor_at.get((intro.start, intro.end)))
        out.extend(self._initials_mentions(doc, out, codes, actor_at))
        return out

    def _person_initials(self, doc, first, codes, state) -> tuple[list[Mention], set[int]]:
        """Mentions of initials that stand for a person (see coref.PersonInitials) made PER with no actor
        yet, uses the entities stage left unmarked added; and the indices of those mentions."""
        def body(code: str) -> bool:
            return any(self._kind(i) != "country" for i in self.dictionary.lookup(code))

        def state_of(code: str) -> str | None:
            ids = self.dictionary.lookup(code)
            return ids[0] if ids and self._kind(ids[0]) == "country" else None

        spans = self.person_initials.spans(doc.text, first, codes, body, state_of)
        if not spans:
            return first, set()
        out = []
        for mention in first:
            if (mention.start, mention.end) in spans:
                state.ambiguous.pop((mention.start, mention.end), None)
                mention = dataclasses.replace(mention, type="PER", actor=None)
            out.append(mention)
        for start, end in spans:
            sentence = doc.sentence_at(start)
            if sentence is not None and not any(m.start < end and start < m.end for m in first):
                out.append(Mention(sentence.index, start, end, doc.text[start:end], "PER", origin="coref"))
        out.sort(key=lambda m: (m.start, m.end))
        return out, {i for i, m in enumerate(out) if (m.start, m.end) in spans}

    def _titled_person(self, text: str, first: list[Mention], index: int) -> int | None:
        """The index of the PER mention a title mention runs into, past the bodies and places it names.

        "Kepala Seksi Intelijen | Kejari X | , Budi": the title, its office and then the name.
        """
        mention = first[index]
        for position in range(index + 1, min(len(first), index + 4)):
            after = first[position]
            if after.sentence != mention.sentence:
                return None
            gap = text[first[position - 1].end:after.start].strip(" \t,")
            if gap and not self.open_world.role_re.fullmatch(gap):
                return None
            if after.type == "PER":
                return position
            if after.type not in ("ORG", "GPE", "LOC"):
                return None
        return None

    def _local_actor(self, doc, mention, names, place, people, state) -> str | None:
        """The id of a document-local actor for an unknown PER/ORG mention (created on first use)."""
        canonical = mention.text
        if mention.type == "PER":
            full = coref.expand(mention, names)
            if full is not None:
                if full.actor is not None:
                    return full.actor
                canonical = full.text
        canonical = " ".join(canonical.split())
        if mention.type == "ORG":  # "Dinas X (DPU) Kabupaten Y": the generic words and the body's own qualifier
            canonical = self.open_world.qualified_name(doc, mention, canonical)
        actor_id = f"local:{_slug(canonical)}"
        if not _slug(canonical):
            return None
        decision = self._decide(doc, mention, place, people)
        if decision is None:
            return None
        known = state.local.get(actor_id)
        if known is None or decision.level < (known.evidence or 5):
            aliases = tuple(dict.fromkeys([canonical, *(known.aliases if known else ()), mention.text]))
            state.local[actor_id] = Actor(
                id=actor_id, name=canonical, kind=decision.kind, country=decision.country, sector=decision.sector,
                aliases=aliases, role=decision.role, wikidata=None, local=True,
                family=_family(decision.kind, decision.country, decision.sector),
                evidence=decision.level, cue=decision.cue, confidence=decision.confidence)
        elif mention.text not in known.aliases:
            state.local[actor_id] = dataclasses.replace(known, aliases=(*known.aliases, mention.text))
        return actor_id

    def _decide(self, doc, mention, place, people) -> Decision | None:
        if mention.type == "PER":
            # Titles the dictionary tracks ("Koordinator Timur Tengah Gedung Putih X") come first:
            # they name the office as the dictionary's dated roles do.
            inferred = self._infer_from_title(doc, mention, place.local(mention.sentence) if place else None)
            if inferred is not None:
                title, country, sector, _ = inferred
                # An IGO office has no country; a national one of the same name ("Sekretaris Jenderal
                # Kementerian X") is not the IGO's: leave it to the open-world reading of the title.
                if country is not None and sector != "IGO":
                    return Decision("person", country, sector, title, 1, "title", CONFIDENCE[1])
        return self.open_world.decide(doc, mention, place, people)

    def _initials_mentions(self, doc, mentions, codes, actor_at) -> list[Mention]:
        """Mentions for initials standing alone that the entities stage left unmarked ("Saudara ISW")."""
        if not codes:
            return []
        taken = [(m.start, m.end) for m in mentions]
        pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(c) for c in codes) + r")(?![\w-])")
        added = []
        for found in pattern.finditer(doc.text):
            intro = codes[found.group()]
            actor_id = actor_at.get((intro.start, intro.end))
            if actor_id is None or found.start() < intro.end or any(s < found.end() and found.start() < e for s, e in taken):
                continue
            sentence = doc.sentence_at(found.start())
            if sentence is None:
                continue
            added.append(Mention(sentence.index, found.start(), found.end(), found.group(), "PER",
                                 actor=actor_id, origin="coref"))
        return added

    def _citizen_mentions(self, doc: Document, mentions: list[Mention]) -> list[Mention]:
        """"WNI" and "warga negara Indonesia" -> the country, as the citizens of a state are coded.

        A country mention inside "warga negara X" is widened to the whole phrase.
        """
        text, world = doc.text, self.open_world
        by_start = {m.start: m for m in mentions}
        out = list(mentions)
        added: list[Mention] = []
        for found in world.citizen_re.finditer(text):
            country_mention = by_start.get(found.end())
            if country_mention is None or country_mention.type not in ("GPE", "NORP") or not country_mention.actor:
                continue
            entry = self.dictionary.entries.get(country_mention.actor)
            if entry is None or entry.kind != "country":
                continue
            out.remove(country_mention)
            added.append(dataclasses.replace(country_mention, start=found.start(), text=text[found.start():country_mention.end]))
        taken = [(m.start, m.end) for m in out + added]
        for found in world.nationality_re.finditer(text):
            country = world.nationality.get(_key(found.group()))
            if not country or country not in self.dictionary.entries:
                continue
            if any(s < found.end() and found.start() < e for s, e in taken):
                continue
            sentence = doc.sentence_at(found.start())
            if sentence is not None:
                added.append(Mention(sentence.index, found.start(), found.end(), found.group(), "NORP",
                                     actor=country, origin="coref"))
        return out + added

    def _pronoun_mentions(self, doc, mentions, state) -> list[Mention]:
        """"ia", "dia", "beliau" -> the one person named in this or the previous sentence."""
        def is_person(actor_id: str) -> bool:
            local = state.local.get(actor_id)
            return local.kind == "person" if local is not None else self._kind(actor_id) == "person"

        taken = [(m.start, m.end) for m in mentions]
        return [Mention(index, start, end, doc.text[start:end], "PER", actor=actor_id, origin="coref")
                for index, start, end, actor_id in coref.pronoun_antecedents(doc.text, doc.sentences, mentions,
                                                                             is_person)
                if not any(s <= start and end <= e for s, e in taken)]

    def _kind(self, entry_id: str) -> str | None:
        entry = self.dictionary.entries.get(entry_id)
        return entry.kind if entry else None

    def _choose(self, ids: tuple[str, ...], day: date | None, mention_type: str, country: str | None = None) -> str:
        """The entry an ambiguous alias names: one in office on the day, of the mention's type, of the story's country."""
        if len(ids) == 1:
            return ids[0]

        def score(entry_id: str) -> tuple[int, int, int]:
            entry = self.dictionary.entries[entry_id]
            holds = self.dictionary.role_on(entry_id, day) is not None
            return (0 if holds else 1, 0 if entry.mention_type == mention_type else 1,
                    0 if country is None or entry.country == country else 1)

        return min(ids, key=score)

    def _infer_from_title(self, doc: Document, mention: Mention, story_country: str | None = None):
        """(title, country, sector, organization) from a title before the name or an appositive after it."""
        sentence = doc.sentences[mention.sentence] if 0 <= mention.sentence < len(doc.sentences) else None
        if sentence is None or not sentence.start <= mention.start < sentence.end:
            sentence = doc.sentence_at(mention.start)
        low = sentence.start if sentence else max(0, mention.start - TITLE_REACH)
        high = sentence.end if sentence else min(len(doc.text), mention.end + 120)
        # Before: the nearest title whose gap to the name holds only actor names and fillers.
        window_start = max(low, mention.start - TITLE_REACH)
        for found in reversed(list(self.title_re.finditer(doc.text, window_start, mention.start))):
            between = self.dictionary.match(doc.text, found.end(), mention.start)
            if not self._only_names_between(doc.text, found.end(), mention.start, between):
                continue
            return self._title_attributes(found.group(), between, story_country)
        # After: "X, direktur badan intelijen luar negeri Mossad,"
        after = _COMMA.match(doc.text, mention.end, high)
        if after is not None:
            found = self.title_re.match(doc.text, after.end(), high)
            if found is not None:
                stop = _CLAUSE_END.search(doc.text, found.end(), high)
                clause_end = stop.start() if stop else high
                # "X, Menteri Y dikutip Antara": a cited source or a reporting verb ends the title
                cited = self.open_world.apposition_stop_re.search(doc.text, found.end(), clause_end)
                clause_end = cited.start() if cited else clause_end
                between = self.dictionary.match(doc.text, found.end(), clause_end)
                return self._title_attributes(found.group(), between, story_country)
        return None

    def _only_names_between(self, text: str, start: int, end: int, matches: list[AliasMatch]) -> bool:
        pos = start
        for match in matches:
            if not _FILLER.fullmatch(text, pos, match.start):
                return False
            pos = match.end
        return _FILLER.fullmatch(text, pos, end) is not None

    def _title_attributes(self, surface: str, between: list[AliasMatch], story_country: str | None = None):
        spec = self.titles.get(surface) or next(s for a, s in self.titles.items() if a.lower() == surface.lower())
        country, sector, organization = None, spec.sector, spec.organization
        for match in between:
            # an alias of several entries ("Partai Demokrat": Indonesia's or the US party) names the story's
            entry = self.dictionary.entries[self._choose(match.entry_ids, None, "ORG", story_country)]
            if country is None and entry.country:
                country = entry.country
            if entry.kind in ("organization", "group") and organization is None:
                organization = entry.id
                if entry.sector and (spec.generic or spec.organization is None) and entry.sector != "GOV":
                    sector = entry.sector
        if spec.organization and country is None:
            country = self.dictionary.entries[spec.organization].country
        title = spec.title
        if spec.generic and organization:
            title = f"{spec.title} {self.dictionary.entries[organization].name}"
        return title, country, sector, organization

    # -- step 4: role nouns, group nouns, government nouns ------------------------------

    def _coref_mentions(self, doc: Document, state: "_State", named: list[Mention]) -> list[Mention]:
        text = doc.text
        covered = [(m.start, m.end) for m in named]
        added: list[Mention] = []

        def free(start: int, end: int) -> bool:
            return not any(s <= start and end <= e for s, e in covered)

        def add(sentence_index: int, start: int, end: int, kind: str, actor_id: str | None) -> None:
            if actor_id is None or not free(start, end):
                return
            added.append(Mention(sentence_index, start, end, text[start:end], kind, actor=actor_id, origin="coref"))
            covered.append((start, end))

        by_sentence: dict[int, list[Mention]] = {}
        for mention in named:
            by_sentence.setdefault(mention.sentence, []).append(mention)
        # Each pattern runs once over the whole text; hits are then handed to their sentence.
        starts = [sentence.start for sentence in doc.sentences]
        hits: dict[tuple[str, int], list[re.Match]] = {}
        for name, pattern in (("title", self.title_re), ("official", self.official_re),
                              ("group", self.group_re), ("diplomat", self.diplomat_re)):
            for found in pattern.finditer(text):
                index = bisect.bisect_right(starts, found.start()) - 1
                if index >= 0 and found.start() < doc.sentences[index].end:
                    hits.setdefault((name, index), []).append(found)
        for position, sentence in enumerate(doc.sentences):
            names = [m for m in by_sentence.get(sentence.index, ()) if sentence.start <= m.start < sentence.end]
            sentence_hits = {name: hits.get((name, position), []) for name in ("title", "official", "group", "diplomat")}
            looks_back = sentence_hits["title"] or sentence_hits["group"] or sentence_hits["diplomat"]
            so_far = sorted(named + added, key=lambda m: m.start) if looks_back else []
            for start, end, kind, actor_id in self._sentence_references(doc, sentence, names, so_far, state,
                                                                         sentence_hits):
                add(sentence.index, start, end, kind, actor_id)
        return added

    def _sentence_references(self, doc, sentence, names, so_far, state, hits):
        text, day = doc.text, state.day
        s0, s1 = sentence.start, sentence.end
        starts = {m.start: m for m in names}
        out = []
        # "Presiden AS", "Menlu AS", "mantan Presiden Israel", bare "Presiden".
        for found in hits["title"]:
            spec = self.titles[found.group()]
            rest = _SPACES.match(text, found.end(), s1)
            nxt = rest.end() if rest else found.end()
            following = self.dictionary.match(text, nxt, min(s1, nxt + 40))
            country, end = None, found.end()
            if following and following[0].start == nxt:
                entry = self.dictionary.entries[following[0].entry_ids[0]]
                if entry.kind == "country" or entry.id.endswith(".GOV"):
                    country, end = entry.country, following[0].end
            after = _SPACES.match(text, end, s1)
            name_at = after.end() if after else end
            if name_at in starts and starts[name_at].type == "PER":
                continue  # a title before a name: the name is the mention
            if _NAME_AHEAD.match(text, end, s1) and name_at not in starts:
                continue  # a name the entities stage did not mark: do not guess
            named_country = country
            if spec.generic and named_country is None:
                continue
            former = self.former_re.search(text, max(s0, found.start() - 10), found.start()) is not None
            if country is None and spec.organization:
                country = self.dictionary.entries[spec.organization].country
            if country is None:
                if not found.group()[:1].isupper():
                    continue
                country = self._country_in_focus(so_far, found.start())
                if country is None:
                    continue
                # a bare office names the state the document named earlier with that office ("Perdana Menteri
                # Israel X", then "Kantor Perdana Menteri") rather than a country in focus from an earlier sentence
                if self._country_in_focus([m for m in so_far if m.start >= s0], found.start()) is None:
                    country = self._title_country(so_far, found.start(), spec.title, day, state) or country
            holders = [] if spec.generic else (self.dictionary.former_holders(spec.title, country, day) if former
                                               else self.dictionary.holders(spec.title, country, day))
            office = None if former or named_country is not None else \
                self.government_re.search(text, max(s0, found.start() - 14), found.start())
            if holders and office is not None and f"{country}.GOV" in self.dictionary.entries:
                # "Kantor Perdana Menteri", "kabinet Presiden": the office is that state's government
                out.append((office.start(), end, "ORG", f"{country}.GOV"))
            elif holders:
                out.append((found.start(), end, "PER", holders[0]))
            elif named_country is not None and not former:
                # "Duta Besar Amerika Serikat" with no name and no holder the dictionary knows: an
                # official of that state, coded as its government (or armed forces), as PETRARCH does.
                body = f"{named_country}.{'MIL' if spec.sector == 'MIL' else 'GOV'}"
                if body in self.dictionary.entries:
                    out.append((found.start(), end, "PER", body))
        # "para pejabat AS" -> USA.GOV
        for found in hits["official"]:
            following = self.dictionary.match(text, found.end(), min(s1, found.end() + 40))
            if following and following[0].start == found.end():
                entry = self.dictionary.entries[following[0].entry_ids[0]]
                if entry.kind == "country" and f"{entry.country}.GOV" in self.dictionary.entries:
                    out.append((found.start(), following[0].end, "ORG", f"{entry.country}.GOV"))
        # "pemerintahan Biden", "kantor Netanyahu" -> the person's government
        for mention in names:
            if mention.type != "PER":
                continue
            head = self.government_re.search(text, max(s0, mention.start - 14), mention.start)
            if head is None:
                continue
            country = self._country_of(mention.actor, state)
            if head and country and f"{country}.GOV" in self.dictionary.entries:
                out.append((head.start(), mention.end, "ORG", f"{country}.GOV"))
        # "kelompok tersebut" -> the group last in focus
        for found in hits["group"]:
            group = self._last(so_far, found.start(), lambda a: self._kind(a) == "group")
            out.append((found.start(), found.end(), "ORG", group))
        # "diplomat AS teratas tersebut" -> the diplomat last in focus
        for found in hits["diplomat"]:
            inner = self.dictionary.match(text, found.start(1), found.end(1))
            country = self.dictionary.entries[inner[0].entry_ids[0]].country if inner else None
            person = self._last(so_far, found.start(), lambda a: self._is_diplomat(a, day, country, state))
            out.append((found.start(), found.end(), "PER", person))
        return out

    def _bare_title_mentions(self, doc: Document, state: "_State", mentions: list[Mention]) -> list[Mention]:
        """`mentions` with a title that has no name after it ("menemui Bupati") made the one person named with it
        (coref.BareTitles); a body's name inside such a title ("ketua | DPRD") gives way to it."""
        holders: dict[str, str] = {}
        for mention in mentions:
            if mention.type != "PER" or mention.actor is None or mention.actor in holders:
                continue
            if mention.actor in state.local:
                local = state.local[mention.actor]
                if local.name in gazetteer() or self.bare_titles.office(local.name) is not None:
                    continue  # a region or a title read as a name ("Bupati | Sukamaju"): no holder
                role = local.role
            else:
                held = self.dictionary.role_on(mention.actor, state.day)
                role = held.title if held is not None else None
            if role:
                holders[mention.actor] = role
        if not holders:
            return mentions
        spans = self.bare_titles.spans(doc.text, holders)
        if not spans:
            return mentions
        starts = [sentence.start for sentence in doc.sentences]
        added: list[Mention] = []
        dropped: set[int] = set()
        for start, end, actor_id in spans:
            overlapping = [i for i, m in enumerate(mentions) if m.start < end and start < m.end]
            if any(mentions[i].start < start or mentions[i].end > end or mentions[i].type == "PER"
                   for i in overlapping):
                continue  # part of a longer mention ("Kantor Bupati Sukamaju") or a person already there
            index = bisect.bisect_right(starts, start) - 1
            if index < 0 or start >= doc.sentences[index].end:
                continue
            dropped.update(overlapping)
            added.append(Mention(doc.sentences[index].index, start, end, doc.text[start:end], "PER",
                                 actor=actor_id, origin="coref"))
        if not added:
            return mentions
        return [m for i, m in enumerate(mentions) if i not in dropped] + added

    def _capital_regions(self, doc: Document, state: "_State", mentions: list[Mention]) -> list[Mention]:
        """A capital that is also a region ("Jakarta") named as an actor in a document that names the region's
        government or its head is the region's government, not the state's (roles.yaml capital_regions)."""
        for names, government, region in self.capital_regions:
            if not any(m.actor == government and m.text in names for m in mentions):
                continue
            if not any(m.actor == region or (m.actor and self._organization_of(m.actor, state) == region)
                       for m in mentions):
                continue
            mentions = [dataclasses.replace(m, actor=region)
                        if m.actor == government and m.text in names
                        and self.capital_place_re.search(doc.text, max(0, m.start - 12), m.start) is None else m
                        for m in mentions]
        return mentions

    def _organization_of(self, actor_id: str, state: "_State") -> str | None:
        """The body a person's dictionary role belongs to on the document date, or None."""
        if actor_id in state.local:
            return None
        held = self.dictionary.role_on(actor_id, state.day)
        return held.organization if held is not None else None

    def _country_of(self, actor_id: str | None, state: "_State") -> str | None:
        if actor_id is None:
            return None
        if actor_id in state.local:
            return state.local[actor_id].country
        entry = self.dictionary.entries.get(actor_id)
        return entry.country if entry else None

    def _title_country(self, mentions: list[Mention], position: int, title: str, day: date | None,
                       state: "_State") -> str | None:
        """The country of the nearest mention before `position` of someone holding `title`."""
        def holder_country(actor_id: str | None) -> str | None:
            if actor_id is None:
                return None
            if actor_id in state.local:
                actor = state.local[actor_id]
                return actor.country if actor.role and actor.role.startswith(title) else None
            role = self.dictionary.role_on(actor_id, day)
            return role.country if role is not None and role.title == title else None

        for mention in reversed(mentions):
            if mention.end <= position:
                country = holder_country(mention.actor)
                if country:
                    return country
        return None

    def _country_in_focus(self, mentions: list[Mention], position: int) -> str | None:
        for mention in reversed(mentions):
            if mention.end <= position and mention.actor and self._kind(mention.actor) == "country":
                return self.dictionary.entries[mention.actor].country
        return None

    @staticmethod
    def _last(mentions: list[Mention], position: int, accept) -> str | None:
        for mention in reversed(mentions):
            if mention.end <= position and mention.actor and accept(mention.actor):
                return mention.actor
        return None

    def _is_diplomat(self, actor_id: str, day: date | None, country: str | None, state: "_State") -> bool:
        if actor_id in state.local:
            actor = state.local[actor_id]
            return (country is None or actor.country == country) and any(
                actor.role and actor.role.startswith(t) for t in self.diplomatic_titles)
        role = self.dictionary.role_on(actor_id, day)
        return role is not None and role.title in self.diplomatic_titles and (country is None or role.country == country)

    # -- actors of the document -----------------------------------------------------------

    def _actors(self, mentions: list[Mention], state: "_State") -> dict[str, Actor]:
        actors: dict[str, Actor] = {}
        for mention in mentions:
            actor_id = mention.actor
            if actor_id is None or actor_id in actors:
                continue
            if actor_id in state.local:
                actors[actor_id] = state.local[actor_id]
            elif actor_id in self.dictionary.entries:
                actor = self.dictionary.actor(actor_id, state.day)
                actors[actor_id] = dataclasses.replace(actor, family=self.dictionary.family(actor_id))
        return actors


# The capitalised rest of a body's name between a home alias and a state's name ("dan Teknologi Informasi",
# ", Perdagangan dan Industri").
_NAME_REST = re.compile(r"(?<!\s)(?:,|\s++(?:dan|&|[A-Z][\w-]*+))*\s++[A-Z][\w-]*+\s+")  # possessive: linear on space runs


def _key(surface: str) -> str:
    return " ".join(surface.lower().split())


def _family(kind: str, country: str | None, sector: str | None) -> str | None:
    """A local organisation of a state's sectors belongs to that state's family ("Kedutaan Besar AS": USA)."""
    if kind == "organization" and country and sector in STATE_SECTORS:
        return country
    return None


class _State:
    """What one document's resolution has seen so far: its date, people named, local actors."""

    __slots__ = ("day", "local", "ambiguous")

    def __init__(self, day: date | None):
        self.day = day
        self.local: dict[str, Actor] = {}
        self.ambiguous: dict[tuple[int, int], tuple[str, ...]] = {}  # mention span -> the entries its alias names
