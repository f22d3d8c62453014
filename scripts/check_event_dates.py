"""Check that no event is dated after the last day its document can have been written.

Reads `linimasa analyze` output (JSON Lines) and lists every asserted or reported
event whose `date` or `date_end` lies after the document's latest possible date:
`published` when the document has one, else the end of its `published_window`.
Planned, expected and hypothetical events may lie ahead and are not checked.
Exit status 1 when any event breaks the rule (issue 18).

Usage (from the repository root):

    linimasa analyze ../shared/seeds/*.txt | python scripts/check_event_dates.py
    python ../shared/eval/score.py ...   # (score.py runs analyze itself; pipe analyze here)
    for f in ../shared/eval/dev/*-*[0-9].json; do linimasa analyze "$f"; done \\
        | python scripts/check_event_dates.py
"""
from __future__ import annotations

import json
import sys

FUTURE_MODALITIES = {"planned", "expected", "hypothetical"}


def latest_date(analysis: dict) -> str | None:
    if analysis.get("published"):
        return analysis["published"]
    window = analysis.get("published_window") or {}
    return window.get("latest")


def late_events(analysis: dict) -> list[dict]:
    """Events of one analysis dated after the document's latest possible date."""
    latest = latest_date(analysis)
    if latest is None:
        return []
    return [event for event in analysis.get("events") or []
            if event.get("modality") not in FUTURE_MODALITIES
            and any(day and day > latest for day in (event.get("date"), event.get("date_end")))]


def main(lines) -> int:
    documents = failures = events = 0
    for line in lines:
        line = line.strip()
        if not line.startswith("{"):
            continue
        analysis = json.loads(line)
        if "error" in analysis:
            continue
        documents += 1
        events += len(analysis.get("events") or [])
        for event in late_events(analysis):
            failures += 1
            sys.stdout.write(f"{analysis.get('doc_id')} latest {latest_date(analysis)}: {event['type']} "
                             f"{event.get('date')}..{event.get('date_end')} {event.get('trigger')!r}\n")
    sys.stdout.write(f"{documents} documents, {events} events, {failures} dated after the document's latest date\n")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.stdin))
