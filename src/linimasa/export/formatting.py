"""Small display helpers shared by the CLI and the exports."""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the CLI's analyze path never opens a database: keep duckdb out of its start-up
    import duckdb


def event_date(row: dict[str, Any]) -> str:
    """An event's date as shown to people: a span where there is one, the precision when coarse.

    An undated event shows the date of its document with a tilde.
    """
    day, end, precision = row.get("date"), row.get("date_end"), row.get("date_precision")
    if not day:
        fallback = row.get("sort_date")
        return f"~{fallback.isoformat()}" if fallback else "undated"
    text = day.isoformat()
    if end and end != day:
        text += f"..{end.isoformat()}"
    if precision and precision != "day":
        text += f" ({precision})"
    return text


def support_text(row: dict[str, Any]) -> str:
    """How many documents and outlets report a merged event: "3 docs, 1 outlet"."""
    docs, outlets = row["support"], row["outlets"]
    return f"{docs} doc" + ("s" if docs != 1 else "") + f", {outlets} outlet" + ("s" if outlets != 1 else "")


@functools.lru_cache(maxsize=None)
def _dictionary_name(actor_id: str) -> str | None:
    """The built-in dictionary's name for a state (loaded once per process: about 50 ms)."""
    return _builtin_names().get(actor_id)


@functools.lru_cache(maxsize=1)
def _builtin_names() -> dict[str, str]:
    from ..actors.dictionary import ActorDictionary

    return {key: entry.name for key, entry in ActorDictionary.load().entries.items()}


def family_of(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[str, str]]:
    """Actor id -> (family id, family name) for every stored actor that is part of a state family:
    "USA.WH" -> ("USA", "Amerika Serikat"). Which actors belong is `export.network.actor_families`' one
    decision; the name is the state's as stored, or the dictionary's when the state itself was never
    named in the documents, so people read a name, not a code."""
    from .network import actor_families

    families = actor_families(con)
    if not families:
        return {}
    names = dict(con.execute("SELECT actor_id, name FROM actors WHERE actor_id IN (SELECT unnest(?))",
                             [sorted(set(families.values()))]).fetchall())
    missing = {head for head in families.values() if not names.get(head)}
    if missing:
        names.update({head: name for head in missing if (name := _dictionary_name(head))})
    return {actor_id: (head, names.get(head) or head) for actor_id, head in families.items()}


def actor_details(con: duckdb.DuckDBPyConnection, actor_ids: list[str]) -> dict[str, dict[str, Any]]:
    """Actor id -> its stored kind, sector and Wikidata id, for the exports that describe actors."""
    if not actor_ids:
        return {}
    found = con.execute("SELECT actor_id, kind, sector, wikidata FROM actors WHERE actor_id IN (SELECT unnest(?))",
                        [sorted(set(actor_ids))]).fetchall()
    return {actor_id: {"kind": kind, "sector": sector, "wikidata": wikidata}
            for actor_id, kind, sector, wikidata in found}


def member_facts(con: duckdb.DuckDBPyConnection, event_ids: list[str]) -> dict[str, dict[str, Any]]:
    """Event id -> what its reports say beyond the merged row: `location` (the place most reports
    name, ties to the first), `modalities` (every report's modality) and `mentions` (how many
    sentences report it, copies included: GDELT's NumMentions, never below the documents)."""
    if not event_ids:
        return {}
    found = con.execute("""
        SELECT m.event_id, list(e.location ORDER BY m.doc_id, m.idx) FILTER (WHERE e.location IS NOT NULL),
               list(DISTINCT e.modality), count(*)
        FROM merged_event_members m JOIN events e ON e.doc_id = m.doc_id AND e.idx = m.idx
        WHERE m.event_id IN (SELECT unnest(?))
        GROUP BY m.event_id""", [event_ids]).fetchall()
    facts = {}
    for event_id, places, modalities, mentions in found:
        places = places or []
        location = max(dict.fromkeys(places), key=places.count) if places else None
        facts[event_id] = {"location": location, "modalities": sorted(m for m in modalities if m),
                           "mentions": mentions}
    return facts


@functools.lru_cache(maxsize=1)
def _labels() -> dict[str, Any]:
    from ..resources import load_data

    return load_data("id/event_type_labels.yaml")


def event_type_labels() -> dict[str, Any]:
    """resources/id/event_type_labels.yaml as read: the names and verbs of the PLOVER types and quad classes."""
    return _labels()


def type_verb(event_type: str, language: str = "id") -> str:
    """The verb phrase for a PLOVER type ("menyerang"), the code itself for a type with none."""
    return _labels()["types"].get(event_type, {}).get(language, event_type)


def type_name(event_type: str, language: str = "id") -> str:
    """The name of a PLOVER type as a noun ("serangan"), the code for a type with none."""
    return _labels()["types"].get(event_type, {}).get(f"name_{language}", event_type)


def quad_name(quad_class: str | None, language: str = "id") -> str:
    """A quad class in words ("konflik material")."""
    return _labels()["quad_classes"].get(quad_class or "", {}).get(language, quad_class or "?")


UNNAMED = {"id": "(pihak tak disebut)", "en": "(unnamed)"}


def who_what_whom(source: str | None, event_type: str, target: str | None, language: str = "id") -> str:
    """"Hamas menyerang Israel": the actor's name, the type's verb and the recipient's name, in words."""
    verb = type_verb(event_type, language)
    if not target:
        head, _, last = verb.rpartition(" ")
        verb = head if head and last in _labels()["prepositions"][language] else verb
    text = f"{source or UNNAMED[language]} {verb}"
    return f"{text} {target}" if target else text


# second-level labels under which a country's domains are registered: news.kompas.co.id is kompas.co.id
_SECOND_LEVEL = frozenset({"co", "com", "ac", "go", "or", "net", "org", "web", "my", "sch", "gov", "edu", "ne"})


def site_name(url: str | None) -> str | None:
    """The site an article is on, as people name an outlet: "https://finance.detik.com/x" -> "detik.com",
    "https://news.kompas.co.id/x" -> "kompas.co.id"; None without a URL."""
    from urllib.parse import urlsplit

    host = urlsplit(url).hostname if url else None
    if not host:
        return None
    labels = host.split(".")
    keep = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2 else 2
    return ".".join(labels[-keep:])
