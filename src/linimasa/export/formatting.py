"""Small display helpers shared by the CLI and the exports."""
from __future__ import annotations

import functools
from typing import Any

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
