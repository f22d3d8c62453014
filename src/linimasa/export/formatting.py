"""Small display helpers shared by the CLI and the exports."""
from __future__ import annotations

from typing import Any


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
