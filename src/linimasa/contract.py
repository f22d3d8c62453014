"""The `linimasa.analysis/1` JSON shape (../shared/CONTRACT.md), at the edge only.

`to_contract` turns an analysed Document into the output object; nothing inside
the pipeline passes these dicts around. Fields are only ever added, never
renamed or removed: the evaluation tools read this shape.
"""
from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from .document import Document, Event
from .errors import InputError, LinimasaError

SCHEMA = "linimasa.analysis/1"


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def event_object(event: Event) -> dict[str, Any]:
    return {
        "type": event.type,
        "mode": event.mode,
        "source": event.source,
        "target": event.target,
        "participants": list(event.participants),
        "date": _iso(event.date),
        "date_end": _iso(event.date_end),
        "date_precision": event.date_precision,
        "time": event.time,
        "location": event.location,
        "place": None if event.place is None else dataclasses.asdict(event.place),
        "modality": event.modality,
        "negated": event.negated,
        "sentence": event.sentence,
        "trigger": event.trigger,
        "evidence": {"start": event.start, "end": event.end},
        "confidence": round(event.confidence, 3),
        "rule": event.rule,
    }


def to_contract(doc: Document) -> dict[str, Any]:
    window = doc.published_window
    return {
        "schema": SCHEMA,
        "doc_id": doc.doc_id,
        "title": doc.title,
        "source": doc.source or doc.outlet,
        "url": doc.url,
        "published": _iso(doc.published),
        "published_window": ({"earliest": _iso(window.earliest), "latest": _iso(window.latest),
                              "evidence": list(window.evidence)} if window and doc.published is None else None),
        "language": doc.language or "id",
        "boilerplate": [{"start": b.start, "end": b.end, "text": b.text, "reason": b.reason} for b in doc.boilerplate],
        "sentences": [{"index": s.index, "start": s.start, "end": s.end, "text": s.text} for s in doc.sentences],
        "mentions": [{"sentence": m.sentence, "start": m.start, "end": m.end, "text": m.text, "type": m.type,
                      "actor": m.actor} for m in doc.mentions],
        "actors": {a.id: {"name": a.name, "aliases": list(a.aliases), "kind": a.kind, "country": a.country,
                          "sector": a.sector, "role": a.role, "wikidata": a.wikidata, "family": a.family,
                          "local": a.local, "evidence": a.evidence, "cue": a.cue, "confidence": a.confidence}
                   for a in doc.actors.values()},
        "events": [event_object(e) for e in doc.events],
        "quotes": [{"sentence": q.sentence, "start": q.start, "end": q.end, "text": q.text, "kind": q.kind,
                    "speaker": q.speaker, "speaker_text": q.speaker_text, "addressee": q.addressee}
                   for q in doc.quotes],
        "figures": [{"sentence": f.sentence, "start": f.start, "end": f.end, "text": f.text, "value": f.value,
                     "value_max": f.value_max, "qualifier": f.qualifier, "category": f.category,
                     "subject": f.subject, "attributed_to": f.attributed_to, "as_of": _iso(f.as_of)}
                    for f in doc.figures],
        "timexes": [{"sentence": t.sentence, "start": t.start, "end": t.end, "text": t.text,
                     "value": _iso(t.value), "value_end": _iso(t.value_end), "precision": t.precision,
                     "time": t.time}
                    for t in doc.timexes],
        "outlet": doc.outlet,
        "notes": list(doc.notes),
        "meta": {k: v for k, v in doc.meta.items() if isinstance(v, (str, int, float, bool)) or v is None},
    }


def error_object(error: LinimasaError, path: str | None = None, line: int | None = None) -> dict[str, Any]:
    """The per-input error object: `{"error": {...}, "path": ..., "line": ...}`."""
    if isinstance(error, InputError):
        path = error.path if error.path is not None else path
        line = error.line if error.line is not None else line
    return {"error": {"code": error.code, "message": error.message}, "path": path, "line": line}
