"""Small display helpers shared by the CLI and the exports."""
from __future__ import annotations

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
        from ..actors.dictionary import ActorDictionary

        entries = ActorDictionary.load().entries
        names.update({head: entries[head].name for head in missing if head in entries})
    return {actor_id: (head, names.get(head) or head) for actor_id, head in families.items()}
