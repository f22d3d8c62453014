"""LIKE patterns from user text: filters are literal (docs/reliability.md)."""
from __future__ import annotations


def like_contains(text: str) -> str:
    """A LIKE pattern matching `text` anywhere, its own %, _ and \\ taken literally (use with ESCAPE '\\').

    docs/reliability.md promises literal filters; `actor=%` matched every event (issue 20).
    """
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
