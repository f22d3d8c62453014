"""The actor dictionary: entries read from `resources/actors/*.yaml`, and a fast alias matcher.

Every data file with an `entries:` list contributes entries; user files passed as
`extra` extend the built-in set and replace built-in entries with the same id.

Matching works on tokens (`\\w+` runs and single punctuation marks), so aliases
only match on word boundaries, and a hyphen compound ("Israel-Hamas") yields both
parts. Case rules:

- a token written in capitals in the alias ("AS", "PBB", "CIA") must be written in
  capitals in the text: "as" (the English word) never matches "AS";
- other tokens match whatever their case;
- a one-word alias that starts with a capital ("Antara", "Tempo") must start with a
  capital in the text too, because many outlet names are common words.

The index maps each alias's first token to the aliases that start with it, longest
first, so a 3,000-character article is matched with one dictionary lookup per token.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ..document import MENTION_TYPES, Actor, Role
from ..errors import ResourceError
from ..resources import RESOURCE_ROOT, load_data

log = logging.getLogger(__name__)

ACTOR_DIR = "actors"
MENTION_TYPE_OF_KIND = {"person": "PER", "country": "GPE", "organization": "ORG", "group": "ORG"}
# Role sectors ranked for choosing one role when several hold on a day: the office
# a person is reported in, not the party post they also hold.
SECTOR_RANK = {"GOV": 0, "MIL": 0, "SPY": 0, "IGO": 0, "JUD": 1, "LEG": 1, "COP": 1, "REB": 1, "REL": 2, "PTY": 3}
# Sectors of a state's own bodies: they belong to its family (see `family`).
STATE_SECTORS = frozenset({"GOV", "MIL", "SPY", "LEG", "JUD", "COP"})
_TOKEN = re.compile(r"\w+|[^\w\s]")
_WORD = re.compile(r"\w+")  # aliases start with a word character
_NEXT_TOKEN = re.compile(r"[ \t\u00a0]{0,3}(\w+|[^\w\s])")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One dictionary entry: a person, organization, country or group with dated roles."""

    id: str
    name: str
    kind: str
    country: str | None
    sector: str | None
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    roles: tuple[Role, ...] = ()
    mention_type: str = "ORG"
    metonyms: tuple[str, ...] = ()  # names of a place that stand for this actor (a capital for a government)


@dataclass(frozen=True, slots=True)
class AliasMatch:
    """An alias found in a text: offsets into that text and the entries it names."""

    start: int
    end: int
    text: str
    entry_ids: tuple[str, ...]
    mention_type: str


@dataclass(slots=True)
class _Alias:
    keys: tuple[str, ...]
    variants: list[tuple[tuple[str, ...], tuple[bool, ...]]]  # original tokens, which must match case exactly
    entry_ids: list[str]
    mention_type: str
    needs_capital: bool
    word_end: bool = False  # the last key ends in a word character: the alias must end at a word boundary
    # lower-case next tokens that make the alias another body's name ("DPD II Golkar" is a party board)
    not_before: frozenset[str] = frozenset()


# What may separate the tokens of one alias: up to three of these, never a line break.
_ALIAS_GAP = " \t\u00a0"


def _alias_end(keys: tuple[str, ...], word_end: bool, low: str, start: int, end: int) -> int | None:
    r"""Where the alias of `keys` written at low[start:end] ends, or None.

    As the pattern `key1[ \t\u00a0]{0,3}key2...(?!\w)` matched at `start` would say: a key is never
    whitespace, so taking the gap greedily is the only way to go on. Compiling that pattern for each
    alias on its first occurrence cost more than all its matches (over a thousand aliases a day).
    """
    pos, end = start, min(end, len(low))
    for i, key in enumerate(keys):
        if i:
            stop = min(pos + 3, end)
            while pos < stop and low[pos] in _ALIAS_GAP:
                pos += 1
        if not low.startswith(key, pos, end):
            return None
        pos += len(key)
    if word_end and pos < end and (low[pos].isalnum() or low[pos] == "_"):
        return None  # what `(?!\w)` refuses
    return pos


def _normalise_apostrophes(text: str) -> str:
    if "’" in text or "‘" in text or "`" in text:
        return text.replace("’", "'").replace("‘", "'").replace("`", "'")
    return text


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(_normalise_apostrophes(text))


def _is_strict(token: str) -> bool:
    """A token in capitals (acronym) must keep its case: 'AS' is not 'as'."""
    return any(c.isalpha() for c in token) and not any(c.islower() for c in token) and len(token) > 1


def _as_date(value: Any, where: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise ResourceError("E152", name=where, reason=f"'{value}' is not an ISO date") from exc


def _parse_role(raw: dict, where: str) -> Role:
    return Role(
        title=str(raw["title"]),
        organization=raw.get("organization"),
        country=raw.get("country"),
        sector=raw.get("sector"),
        start=_as_date(raw.get("start"), where),
        end=_as_date(raw.get("end"), where),
    )


def parse_entry(raw: dict, where: str) -> ActorEntry:
    """Build an entry from its YAML mapping; raises ResourceError E152 on a malformed one."""
    missing = [key for key in ("id", "name", "kind") if not raw.get(key)]
    if missing:
        raise ResourceError("E152", name=where, reason=f"entry {raw.get('id')!r} lacks {', '.join(missing)}")
    kind = raw["kind"]
    mention_type = raw.get("mention_type") or MENTION_TYPE_OF_KIND.get(kind, "ORG")
    if mention_type not in MENTION_TYPES:
        raise ResourceError("E152", name=where, reason=f"entry {raw['id']}: unknown mention_type {mention_type}")
    aliases = [str(a) for a in (raw.get("aliases") or [])]
    if raw["name"] not in aliases:
        aliases.insert(0, str(raw["name"]))
    seen: set[str] = set()
    unique = tuple(a for a in aliases if not (a in seen or seen.add(a)))
    return ActorEntry(
        id=str(raw["id"]),
        name=str(raw["name"]),
        kind=kind,
        country=raw.get("country"),
        sector=raw.get("sector"),
        aliases=unique,
        wikidata=raw.get("wikidata"),
        roles=tuple(_parse_role(r, where) for r in (raw.get("roles") or [])),
        mention_type=mention_type,
        metonyms=tuple(str(m) for m in (raw.get("metonyms") or [])),
    )


def builtin_files() -> list[str]:
    """Names (relative to resources/) of the built-in actor files that hold entries."""
    return [f"{ACTOR_DIR}/{p.name}" for p in sorted((RESOURCE_ROOT / ACTOR_DIR).glob("*.yaml"))]


class ActorDictionary:
    """Entries by id, an alias index for exact lookup and for matching in running text."""

    def __init__(self, entries: dict[str, ActorEntry], not_before: dict[str, list[str]] | None = None):
        self.entries = entries
        self._by_keys: dict[tuple[str, ...], _Alias] = {}
        for entry in entries.values():
            for alias in entry.aliases:
                self._add(alias, entry.id, entry.mention_type)
            for alias in entry.metonyms:
                self._add(alias, entry.id, "GPE")
        for alias, words in (not_before or {}).items():
            record = self._by_keys.get(tuple(t.lower() for t in _tokens(alias)))
            if record is not None:
                record.not_before = record.not_before | frozenset(str(w).lower() for w in words)
        # Aliases of two tokens or more are found through their first two tokens, so a
        # common first word ("pemerintah", "pasukan") does not try 200 countries.
        self._single: dict[str, _Alias] = {}
        self._pairs: dict[tuple[str, str], list[_Alias]] = {}
        for keys, record in self._by_keys.items():
            if len(keys) == 1:
                self._single[keys[0]] = record
            else:
                self._pairs.setdefault(keys[:2], []).append(record)
        for candidates in self._pairs.values():
            candidates.sort(key=lambda a: -len(a.keys))
        self._multi_first = frozenset(k[0] for k in self._pairs)
        self._first = self._multi_first | frozenset(self._single)
        self._search_choices: list[tuple[str, str]] | None = None
        self._by_title: dict[str, list[tuple[str, Role]]] | None = None
        self._last_lowered: tuple[str, str] | None = None

    @classmethod
    def load(cls, extra: tuple[Path, ...] = ()) -> "ActorDictionary":
        """Load the built-in files, then `extra` user files (which replace entries by id)."""
        entries: dict[str, ActorEntry] = {}
        not_before: dict[str, list[str]] = {}
        sources = [(name, load_data(name)) for name in builtin_files()]
        sources += [(str(path), load_data(Path(path).name, root=Path(path).parent)) for path in extra]
        for name, data in sources:
            for alias, words in (data.get("alias_not_before") or {}).items():
                not_before.setdefault(str(alias), []).extend(words or [])
            raw_entries = data.get("entries")
            if raw_entries is None:
                continue
            if not isinstance(raw_entries, list):
                raise ResourceError("E152", name=name, reason="'entries' must be a list")
            for raw in raw_entries:
                entry = parse_entry(raw, name)
                entries[entry.id] = entry
        log.debug("actor dictionary: %d entries", len(entries))
        return cls(entries, not_before)

    def _add(self, alias: str, entry_id: str, mention_type: str) -> None:
        tokens = _tokens(alias)
        if not tokens:
            return
        keys = tuple(t.lower() for t in tokens)
        record = self._by_keys.get(keys)
        if record is None:
            record = _Alias(keys, [], [], mention_type, needs_capital=True,
                            word_end=keys[-1][-1:].isalnum() or keys[-1][-1:] == "_")
            self._by_keys[keys] = record
        variant = (tuple(tokens), tuple(_is_strict(t) for t in tokens))
        if variant not in record.variants:
            record.variants.append(variant)
        # One lower-case spelling of a one-word alias ("kumparan") lifts the capital rule.
        if len(tokens) > 1 or not tokens[0][:1].isupper():
            record.needs_capital = False
        if entry_id not in record.entry_ids:
            record.entry_ids.append(entry_id)

    # -- lookup ---------------------------------------------------------------------

    def lookup(self, surface: str) -> tuple[str, ...]:
        """Entry ids whose alias is exactly `surface` (acronyms case-sensitive, names not)."""
        tokens = _tokens(surface)
        record = self._by_keys.get(tuple(t.lower() for t in tokens))
        if record is None or not self._variant_fits(record, tokens):
            return ()
        return tuple(record.entry_ids)

    @staticmethod
    def _variant_fits(record: _Alias, tokens: list[str]) -> bool:
        for original, strict in record.variants:
            if all(not s or o == t for o, s, t in zip(original, strict, tokens)):
                return True
        return False

    def _lowered(self, text: str) -> str:
        """`text` lower-cased with apostrophes normalised, offsets kept; the last text's is kept.

        Stages call `match` once per sentence and per mention, each time with the
        whole document's text: lower-casing it anew was most of the call.
        """
        last = self._last_lowered
        if last is not None and last[0] is text:
            return last[1]
        low = _normalise_apostrophes(text.lower())
        if len(low) != len(text):  # a character whose lower case is longer ("İ"): keep offsets exact
            low = _normalise_apostrophes("".join(c.lower()[:1] for c in text))
        self._last_lowered = (text, low)  # one tuple: a reader in another thread sees both or neither
        return low

    def match(self, text: str, start: int = 0, end: int | None = None) -> list[AliasMatch]:
        """Every alias in text[start:end], longest first at each position, non-overlapping, in order."""
        end = len(text) if end is None else end
        low = self._lowered(text)
        first = self._first
        out: list[AliasMatch] = []
        resume = start
        for token in _WORD.finditer(low, start, end):
            key = token.group()
            if key not in first:
                continue
            s = token.start()
            if s < resume:
                continue
            for record in self._candidates(low, key, token.end(), end):
                e = self._end_of(record, low, token.end(), s, end)
                if e is None:
                    continue
                if record.needs_capital and not text[s].isupper():
                    continue
                if not self._variant_fits(record, _tokens(text[s:e])):
                    continue
                if record.not_before:
                    following = _NEXT_TOKEN.match(low, e, end)
                    if following is not None and following.group(1) in record.not_before:
                        continue
                if record.mention_type == "PER" and len(record.keys) > 1:
                    e = self._extend_person(text, low, s, e, end, record.entry_ids)
                out.append(AliasMatch(s, e, text[s:e], tuple(record.entry_ids), record.mention_type))
                resume = e
                break
        return out

    def _candidates(self, low: str, key: str, key_end: int, end: int) -> list[_Alias]:
        """Aliases that may start with the token `key`, longest first."""
        candidates: list[_Alias] = []
        if key in self._multi_first:
            following = _NEXT_TOKEN.match(low, key_end, end)
            if following is not None:
                candidates = self._pairs.get((key, following.group(1)), [])
        one = self._single.get(key)
        if one is not None:
            candidates = [*candidates, one]
        return candidates

    @staticmethod
    def _end_of(record: _Alias, low: str, key_end: int, start: int, end: int) -> int | None:
        if len(record.keys) == 1:
            return key_end
        return _alias_end(record.keys, record.word_end, low, start, end)

    def _extend_person(self, text: str, low: str, start: int, stop: int, end: int, entry_ids: list[str]) -> int:
        """Where a person's alias ends once a longer alias of the same person overlapping it is taken in.

        "Presiden Prabowo" is an alias and so is "Prabowo Subianto": in "Presiden
        Prabowo Subianto" the match runs to the end, so "Subianto" is never left over
        as a separate, unknown person.
        """
        wanted = set(entry_ids)
        for token in _WORD.finditer(low, start + 1, stop):
            if token.start() == start or not text[token.start()].isupper():
                continue
            for record in self._candidates(low, token.group(), token.end(), end):
                if not wanted & set(record.entry_ids):
                    continue
                e = self._end_of(record, low, token.end(), token.start(), end)
                if e is not None and e > stop and self._variant_fits(record, _tokens(text[token.start():e])):
                    stop = e
        return stop

    # -- roles and actors -------------------------------------------------------------

    def role_on(self, entry_id: str, day: date | None) -> Role | None:
        """The role `entry_id` holds on `day` (None: an ongoing role); the main office if several."""
        entry = self.entries.get(entry_id)
        if entry is None:
            return None
        holding = [r for r in entry.roles if r.holds_on(day)]
        if not holding:
            return None
        return min(holding, key=lambda r: (SECTOR_RANK.get(r.sector or "", 2), -(r.start or date.min).toordinal()))

    def last_role_before(self, entry_id: str, day: date | None) -> Role | None:
        """The most recent role that ended before `day` (for "mantan ...")."""
        entry = self.entries.get(entry_id)
        if entry is None:
            return None
        ended = [r for r in entry.roles if r.end is not None and (day is None or r.end < day)]
        return max(ended, key=lambda r: r.end, default=None)

    def actor(self, entry_id: str, day: date | None, *, role_text: str | None = None) -> Actor:
        """The document-level Actor for an entry: country and sector of the role held on `day`.

        A person whose dated roles all lie outside `day` keeps the entry's country but
        no sector: Netanyahu is ISR GOV only while in office.
        """
        entry = self.entries[entry_id]
        role = self.role_on(entry_id, day)
        country, sector = entry.country, entry.sector
        if role is not None:
            country = role.country or country
            sector = role.sector or sector
        elif entry.kind == "person" and entry.roles and any(r.start is not None for r in entry.roles):
            sector = None
        return Actor(
            id=entry.id, name=entry.name, kind=entry.kind, country=country, sector=sector,
            aliases=entry.aliases, role=role_text if role_text is not None else (role.title if role else None),
            wikidata=entry.wikidata,
        )

    def family(self, entry_id: str) -> str | None:
        """The state an entry is part of: the state itself, and its government, armed forces, ministries,
        capital and other state bodies ("USA", "USA.GOV", "USA.WH" -> "USA"); None for people, parties,
        groups and bodies of no state."""
        entry = self.entries.get(entry_id)
        if entry is None or not entry.country:
            return None
        if entry.kind == "country":
            return entry.country
        head = entry_id.split(".", 1)[0]
        if entry.kind == "organization" and head == entry.country and entry.sector in STATE_SECTORS:
            return entry.country
        return None

    def family_members(self, country: str) -> list[ActorEntry]:
        """Every entry of a state's family, the state first."""
        members = [e for e in self.entries.values() if self.family(e.id) == country]
        return sorted(members, key=lambda e: (e.kind != "country", e.id))

    def holders(self, title: str, country: str | None, day: date | None) -> list[str]:
        """Ids of the people holding `title` (in `country`, if given) on `day`."""
        if self._by_title is None:
            self._by_title = {}
            for entry in self.entries.values():
                for role in entry.roles:
                    self._by_title.setdefault(role.title, []).append((entry.id, role))
        out: list[str] = []
        for entry_id, role in self._by_title.get(title, ()):
            if (country is None or role.country == country) and role.holds_on(day) and entry_id not in out:
                out.append(entry_id)
        return out

    def former_holders(self, title: str, country: str | None, day: date | None) -> list[str]:
        """People who held `title` before `day`, most recent first."""
        found = []
        for entry in self.entries.values():
            for role in entry.roles:
                if (role.title == title and (country is None or role.country == country)
                        and role.end is not None and (day is None or role.end < day)):
                    found.append((role.end, entry.id))
        return [entry_id for _, entry_id in sorted(found, reverse=True)]

    def search(self, name: str, limit: int = 20) -> list[ActorEntry]:
        """Entries whose name or an alias is close to `name` (rapidfuzz WRatio, best first)."""
        from rapidfuzz import fuzz, process

        if self._search_choices is None:
            self._search_choices = [(alias, entry.id) for entry in self.entries.values() for alias in entry.aliases]
        results = process.extract(name, [c[0] for c in self._search_choices], scorer=fuzz.WRatio,
                                  limit=limit * 4, score_cutoff=60)
        out, seen = [], set()
        for _, _, index in results:
            entry_id = self._search_choices[index][1]
            if entry_id not in seen:
                seen.add(entry_id)
                out.append(self.entries[entry_id])
        return out[:limit]
