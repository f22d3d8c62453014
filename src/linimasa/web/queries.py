"""What the web API reads: thin, parameterised queries over the store and the corpus tables.

Every value from a request reaches SQL as a bound parameter. The story views
reuse `linimasa.corpus.timeline` (merged events, figure series, quote feed), so
the web page shows what `linimasa timeline --story` prints.
"""
from __future__ import annotations

from datetime import date
from typing import Any

import duckdb

from ..corpus.timeline import figure_series, merged_timeline, quote_feed
from ..document import QUAD_CLASS
from ..export.formatting import event_type_labels, family_of, type_name
from ..store import corpus as tables
from ..store.db import Store
from ..store.places import with_merged_places, with_report_places

SNIPPET_CHARS = 80
# Modalities a merged event can be filtered by: each report's own modality, and
# "irrealis" for an event no report asserts as having happened.
EVENT_MODALITIES = ("asserted", "planned", "expected", "hypothetical", "reported", "irrealis")
# The per-report fields /api/events returns, from SQL (`reports`) or from web/snapshot.py.
REPORT_FIELDS = ("doc_id", "idx", "type", "mode", "source", "source_name", "source_country", "target",
                 "target_name", "target_country", "participants", "date", "date_end", "date_precision",
                 "sort_date", "location", "modality", "sentence", "trigger", "start_char", "end_char",
                 "evidence", "confidence", "doc_title", "doc_source", "doc_url")


def _like(text: str) -> str:
    """A LIKE pattern matching `text` anywhere, its own % and _ taken literally (ESCAPE '\\')."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def has_corpus(con: duckdb.DuckDBPyConnection) -> bool:
    return tables.has_corpus(con)


KEY_ACTORS = 5
LATEST_EVENTS = 3


def stories(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Stories, largest first: labels (ID and EN), span, outlets, key actors and latest merged events.

    `id` repeats `story_id`; `documents` counts copies too. Three queries for
    the whole list, not one per story, so the list stays fast on large corpora."""
    found = tables.stories(con) if has_corpus(con) else []
    if not found:
        return found
    extra = _story_extras(con, None)
    for row in found:
        _add_extras(row, extra)
    return found


def story(con: duckdb.DuckDBPyConnection, story_id: int) -> dict[str, Any] | None:
    """One story as in stories(), with its documents and why each belongs to it."""
    if not has_corpus(con):
        return None
    found = tables.stories(con, story_id)
    if not found:
        return None
    row = found[0]
    _add_extras(row, _story_extras(con, story_id))
    # `documents` is the count in the list and the documents themselves here; the count stays as document_count.
    row["document_count"] = row["documents"]
    docs = tables.story_members(con, story_id)
    names = actor_names(con, [a for d in docs for a in (d["shared_actors"] or [])])
    titles = {d["doc_id"]: d["title"] for d in docs}
    first = min(docs, key=lambda d: d["seq"])["doc_id"] if docs else None
    row["documents"] = [{
        "doc_id": d["doc_id"], "title": d["title"], "outlet": d["outlet"], "url": d["url"],
        "published": d["published"], "date": d["doc_date"], "duplicate_kind": d["duplicate_kind"], "canonical_id": d["canonical_id"],
        "reason": _reason(d, names, titles, first=d["doc_id"] == first)} for d in docs]
    return row


def _story_extras(con: duckdb.DuckDBPyConnection, story_id: int | None) -> dict[str, dict[int, Any]]:
    where = "WHERE story_id = ?" if story_id is not None else ""
    params = [story_id] if story_id is not None else []
    outlets: dict[int, list[str]] = {}
    for sid, outlet in con.execute(f"""
            SELECT story_id, outlet FROM corpus_documents {where} {'AND' if where else 'WHERE'} outlet IS NOT NULL
            GROUP BY story_id, outlet ORDER BY story_id, count(*) DESC, outlet""", params).fetchall():
        outlets.setdefault(sid, []).append(outlet)
    actors: dict[int, list[dict[str, str]]] = {}
    for sid, actor_id, name in con.execute(f"""
            SELECT story_id, actor_id, name FROM (
                SELECT sa.story_id, sa.actor_id, coalesce(a.name, sa.actor_id) AS name,
                       row_number() OVER (PARTITION BY sa.story_id
                                          ORDER BY sa.docs DESC, sa.mentions DESC, sa.actor_id) AS rank
                FROM story_actors sa LEFT JOIN actors a USING (actor_id)
                {where.replace('story_id', 'sa.story_id')})
            WHERE rank <= {KEY_ACTORS} ORDER BY story_id, rank""", params).fetchall():
        actors.setdefault(sid, []).append({"id": actor_id, "name": name})
    latest: dict[int, list[dict[str, Any]]] = {}
    for row in tables.rows(con, f"""
            SELECT * FROM (
                SELECT s.story_id, me.event_id AS id, coalesce(me.date, me.span_start, me.first_reported) AS date,
                       me.precision AS date_precision, me.type, sa.name AS source_name, ta.name AS target_name,
                       row_number() OVER (PARTITION BY s.story_id ORDER BY
                           coalesce(me.date, me.span_start, me.first_reported) DESC NULLS LAST, me.event_id) AS rank
                FROM (SELECT DISTINCT c.story_id, m.event_id FROM merged_event_members m
                      JOIN corpus_documents c USING (doc_id) {where.replace('story_id', 'c.story_id')}) s
                JOIN merged_events me USING (event_id)
                LEFT JOIN actors sa ON sa.actor_id = me.source LEFT JOIN actors ta ON ta.actor_id = me.target)
            WHERE rank <= {LATEST_EVENTS} ORDER BY story_id, rank""", params):
        sid = row.pop("story_id")
        row.pop("rank")
        row["summary"] = _event_summary(row)
        latest.setdefault(sid, []).append(row)
    return {"outlets": outlets, "actors": actors, "latest": latest}


def _add_extras(row: dict[str, Any], extra: dict[str, dict[int, Any]]) -> None:
    row["id"] = row["story_id"]
    row["actors"] = list(row["actors"] or [])
    row["outlets"] = extra["outlets"].get(row["story_id"], [])
    row["key_actors"] = extra["actors"].get(row["story_id"], [])
    row["latest_events"] = extra["latest"].get(row["story_id"], [])


def _event_summary(event: dict[str, Any]) -> str:
    """'Hamas → kesepakatan → Israel': who, what (the type's name, resources/id/event_type_labels.yaml, as the
    CLI and the exports say it; story_labels.yaml holds the plural phrases of story slugs), whom."""
    what = type_name(event["type"]) if event["type"] else ""
    return " → ".join(part for part in (event["source_name"], what, event["target_name"]) if part)


def _reason(doc: dict[str, Any], names: dict[str, str], titles: dict[str, str], *, first: bool = True) -> dict[str, Any]:
    """Why a document is in its story, with names for the shared actors and a sentence saying it. A document
    that started a thread but is not the story's first started a thread that a later document merged in."""
    kind = doc["kind"] or "started"
    shared = [{"id": a, "name": names.get(a, a)} for a in (doc["shared_actors"] or [])]
    reason = {"kind": kind, "score": doc["score"], "matched_doc": doc["matched_doc"],
              "matched_title": titles.get(doc["matched_doc"]), "cosine": doc["cosine"],
              "centroid_cosine": doc["centroid_cosine"], "shared_actors": shared,
              "shared_events": list(doc["shared_events"] or []), "shared_terms": list(doc["shared_terms"] or []),
              "gap_days": doc["gap_days"], "follows": doc["follows"]}
    if kind == "copy":
        text = f"copy of {doc['matched_doc']}" + (f" (similarity {doc['score']:.2f})" if doc["score"] else "")
    elif kind == "joined":
        parts = [f"joined through \"{reason['matched_title'] or doc['matched_doc']}\" "
                 f"(score {doc['score']:.2f}, embedding cosine {doc['cosine']:.2f})"]
        if shared:
            parts.append("shared actors: " + ", ".join(a["name"] for a in shared[:5]))
        if reason["shared_events"]:
            parts.append(f"{len(reason['shared_events'])} shared event(s)")
        if reason["shared_terms"]:
            parts.append("shared terms: " + ", ".join(reason["shared_terms"]))
        if doc["gap_days"]:
            parts.append(f"{doc['gap_days']} days apart")
        text = "; ".join(parts)
    elif kind == "split":
        text = f"started a thread: it matched story {doc['follows']} but drifted from it"
    else:
        text = "started a thread: no earlier story matched"
    if kind in ("started", "split"):
        text += "; this is where the story begins" if first else "; a later document joined that thread to this story"
    reason["text"] = text
    return reason


def _with_quad(row: dict[str, Any]) -> dict[str, Any]:
    row["quad_class"] = QUAD_CLASS.get(row["type"])
    return row


def report_row(r: dict[str, Any]) -> dict[str, Any]:
    """One row of store.events() as /api/events returns it: REPORT_FIELDS, participants a list, its quad class."""
    return _with_quad({k: (list(r[k]) if k == "participants" and r[k] is not None else r[k])
                       for k in REPORT_FIELDS})


def _has_modality(row: dict[str, Any], modality: str) -> bool:
    if modality == "irrealis":
        return row["modality"] == "irrealis"
    return any(s["modality"] == modality for source in row["sources"] for s in source["sentences"])


def timeline(con: duckdb.DuckDBPyConnection, *, story: int | None = None, actor: str | None = None,
             type: str | None = None, date_from: date | None = None, date_to: date | None = None,
             modality: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """Merged events in date order with their supporting sources, each with its PLOVER quad class and
    `place` (where most of its reports say it happened, store/places.py; null for none)."""
    if not has_corpus(con):
        return []
    found = merged_timeline(con, story=story, actor=actor, type=type, date_from=date_from, date_to=date_to,
                            limit=None if modality else limit)
    if modality:
        found = [row for row in found if _has_modality(row, modality)][:limit]
    return with_merged_places(con, [_with_quad(row) for row in found])


def event(con: duckdb.DuckDBPyConnection, event_id: str) -> dict[str, Any] | None:
    """One merged event; narrowed by its source and type first so the corpus query stays small."""
    if not has_corpus(con):
        return None
    head = con.execute("SELECT source, type FROM merged_events WHERE event_id = ?", [event_id]).fetchone()
    if head is None:
        return None
    found = merged_timeline(con, actor=head[0], type=head[1]) if head[0] else merged_timeline(con, type=head[1])
    row = next((row for row in found if row["event_id"] == event_id), None)
    return None if row is None else with_merged_places(con, [_with_quad(row)])[0]


def reports(store: Store, *, story: int | None = None, actor: str | None = None, type: str | None = None,
            date_from: date | None = None, date_to: date | None = None, modality: str | None = None,
            limit: int | None = None) -> list[dict[str, Any]]:
    """Per-document events (one row per report) with the same filters as the timeline, each with its `place`."""
    rows = store.events(actor=actor, type=type, date_from=date_from, date_to=date_to)
    if story is not None:
        members = set(tables.story_documents(store.con, story)) if has_corpus(store.con) else set()
        rows = [r for r in rows if r["doc_id"] in members]
    if modality:
        rows = [r for r in rows if r["modality"] == modality]
    rows = rows[:limit] if limit else rows
    return with_report_places(store.con, [report_row(r) for r in rows])


def family_members(con: duckdb.DuckDBPyConnection, q: str) -> list[str]:
    """The ids of every state family that `q` names: `q` is the id, name or an alias seen in the documents of
    a family member ("USA", "Gedung Putih", "AS"), case-insensitive. Empty when it names none."""
    from ..export.network import actor_families

    families = actor_families(con)
    if not families:
        return []
    wanted = q.strip().lower()
    named = {r[0] for r in con.execute("""
        SELECT actor_id FROM actors WHERE lower(actor_id) = ? OR lower(name) = ?
        UNION SELECT actor_id FROM document_actors
        WHERE list_contains(list_transform(aliases, lambda x: lower(x)), ?)""", [wanted, wanted, wanted]).fetchall()}
    heads = {families[actor_id] for actor_id in named if actor_id in families}
    return sorted(actor_id for actor_id, family in families.items() if family in heads)


def actor_names(con: duckdb.DuckDBPyConnection, actor_ids: list[str]) -> dict[str, str]:
    """Actor id -> its stored name, for the ids given that have one."""
    return {actor_id: name for actor_id, name in con.execute(
        "SELECT actor_id, name FROM actors WHERE actor_id IN (SELECT unnest(?)) AND name IS NOT NULL",
        [sorted(set(actor_ids))]).fetchall()}


def actors(con: duckdb.DuckDBPyConnection, *, story: int | None = None, q: str | None = None,
           limit: int = 200) -> list[dict[str, Any]]:
    """Actors with how many merged events they take part in (0 when only mentioned), most active first.

    `q` also finds the whole family of a state it names: "AS" finds Gedung Putih and the other parts of USA.
    `family` and `family_name` say which state family an actor is part of (null for none)."""
    params: list[Any] = []
    scope = "TRUE"
    if story is not None:
        scope = ("event_id IN (SELECT m.event_id FROM merged_event_members m JOIN corpus_documents c"
                 " USING (doc_id) WHERE c.story_id = ?)")
        params.append(story)
    counts = f"""
        SELECT actor, count(*) AS events FROM (
            SELECT source AS actor, event_id FROM merged_events WHERE source IS NOT NULL AND {scope}
            UNION SELECT target AS actor, event_id FROM merged_events WHERE target IS NOT NULL AND {scope})
        GROUP BY actor""" if has_corpus(con) else "SELECT NULL::VARCHAR AS actor, 0 AS events WHERE FALSE"
    params = params * 2 if story is not None else []
    where = ["TRUE"]
    if story is not None:
        where.append("(c.events > 0 OR a.actor_id IN (SELECT actor_id FROM story_actors WHERE story_id = ?))")
        params.append(story)
    if q:
        where.append("(a.name ILIKE ? ESCAPE '\\' OR a.actor_id ILIKE ? ESCAPE '\\'"
                     " OR list_contains(?::VARCHAR[], a.actor_id))")
        params.extend([_like(q), _like(q), family_members(con, q)])
    params.append(limit)
    found = tables.rows(con, f"""
        SELECT a.actor_id, a.name, a.kind, a.country, a.sector, a.wikidata, coalesce(c.events, 0) AS events
        FROM actors a LEFT JOIN ({counts}) c ON c.actor = a.actor_id
        WHERE {' AND '.join(where)}
        ORDER BY events DESC, a.name, a.actor_id LIMIT ?""", params)
    family = family_of(con) if found else {}
    for row in found:
        row["family"], row["family_name"] = family.get(row["actor_id"], (None, None))
    return found


def quotes(store: Store, *, story: int | None = None, speaker: str | None = None) -> list[dict[str, Any]]:
    """Quotes grouped by speaker, most quoted first; a story's feed merges copies of one quote."""
    if story is not None:
        feed = quote_feed(store.con, story) if has_corpus(store.con) else []
    else:
        groups: dict[str, dict[str, Any]] = {}
        for row in store.quotes():
            who = row["speaker"] or row["speaker_text"] or "?"
            group = groups.setdefault(who, {"speaker": row["speaker"],
                                            "speaker_name": row["speaker_name"] or row["speaker_text"], "quotes": []})
            group["quotes"].append({"date": row["date"], "kind": row["kind"], "text": " ".join(row["text"].split()),
                                    "sources": [{"doc_id": row["doc_id"], "outlet": row["doc_source"],
                                                 "title": row["doc_title"], "start": row["start_char"],
                                                 "end": row["end_char"]}]})
        feed = sorted(groups.values(), key=lambda s: (-len(s["quotes"]), s["speaker_name"] or ""))
    if speaker:
        wanted = speaker.casefold()
        feed = [s for s in feed if s["speaker"] == speaker or wanted in (s["speaker_name"] or "").casefold()]
    return feed


def figures(con: duckdb.DuckDBPyConnection, *, story: int | None = None,
            category: str | None = None) -> list[dict[str, Any]]:
    """A figure series (e.g. the death toll) over time with its sources; every story's when none is named."""
    if not has_corpus(con):
        return []
    if story is None:  # every story's series in one query (issue 19: 699 stories took 2 s one by one)
        series = figure_series(con, None, category)
    else:
        series = [{**entry, "story": story} for entry in figure_series(con, story, category)]
    return sorted(series, key=lambda e: (e["as_of"] or date.max, e["value"]))


def documents(con: duckdb.DuckDBPyConnection, *, story: int | None = None, limit: int = 100,
              offset: int = 0) -> list[dict[str, Any]]:
    params: list[Any] = []
    sql = """
        SELECT d.doc_id, d.title, d.published, coalesce(d.outlet, d.source) AS outlet, d.url, length(d.text) AS chars,
               (SELECT count(*) FROM events e WHERE e.doc_id = d.doc_id) AS events
        FROM documents d"""
    if story is not None:
        if not has_corpus(con):
            return []
        sql += " WHERE d.doc_id IN (SELECT doc_id FROM corpus_documents WHERE story_id = ?)"
        params.append(story)
    sql += " ORDER BY d.published NULLS LAST, d.doc_id LIMIT ? OFFSET ?"
    return tables.rows(con, sql, params + [limit, offset])


def document(con: duckdb.DuckDBPyConnection, doc_id: str) -> dict[str, Any] | None:
    """A document's text with the spans to highlight: each event's sentence and words, quotes, figures, names."""
    found = tables.rows(con, """
        SELECT doc_id, title, published, coalesce(outlet, source) AS outlet, url, language, text
        FROM documents WHERE doc_id = ?""", [doc_id])
    if not found:
        return None
    doc = found[0]
    doc["events"] = _quad_rows(tables.rows(con, """
        SELECT e.idx, e.type, e.mode, e.modality, e.source, e.target, e.trigger, e.start_char AS start,
               e.end_char AS "end", s.start_char AS sentence_start, s.end_char AS sentence_end, e.negated
        FROM events e LEFT JOIN sentences s ON s.doc_id = e.doc_id AND s.idx = e.sentence
        WHERE e.doc_id = ? ORDER BY e.idx""", [doc_id]))
    doc["quotes"] = tables.rows(con, """
        SELECT q.idx, q.start_char AS start, q.end_char AS "end", q.kind, q.speaker,
               coalesce(a.name, q.speaker_text) AS speaker_name
        FROM quotes q LEFT JOIN actors a ON a.actor_id = q.speaker WHERE q.doc_id = ? ORDER BY q.idx""", [doc_id])
    doc["figures"] = tables.rows(con, """
        SELECT idx, start_char AS start, end_char AS "end", category, value, qualifier
        FROM figures WHERE doc_id = ? ORDER BY idx""", [doc_id])
    doc["mentions"] = tables.rows(con, """
        SELECT m.idx, m.start_char AS start, m.end_char AS "end", m.type, m.actor_id, a.name AS actor_name
        FROM mentions m LEFT JOIN actors a USING (actor_id) WHERE m.doc_id = ? ORDER BY m.idx""", [doc_id])
    return doc


def _quad_rows(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for row in found:
        row["quad_class"] = QUAD_CLASS.get(row["type"])
    return found


def _snippet(text: str, needle: str) -> str:
    at = text.casefold().find(needle.casefold())
    if at < 0:
        return text[: 2 * SNIPPET_CHARS]
    start = max(0, at - SNIPPET_CHARS)
    end = min(len(text), at + len(needle) + SNIPPET_CHARS)
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")


def search(con: duckdb.DuckDBPyConnection, q: str, *, limit: int = 20) -> dict[str, list[dict[str, Any]]]:
    """Documents (title or text), actors (name or id) and events (evidence) containing `q`."""
    pattern = _like(q)
    docs = tables.rows(con, """
        SELECT doc_id, title, published, coalesce(outlet, source) AS outlet, text FROM documents
        WHERE title ILIKE ? ESCAPE '\\' OR text ILIKE ? ESCAPE '\\'
        ORDER BY published NULLS LAST, doc_id LIMIT ?""", [pattern, pattern, limit])
    for row in docs:
        row["snippet"] = _snippet(row.pop("text"), q)
    found_actors = actors(con, q=q, limit=limit)
    found_events = tables.rows(con, """
        SELECT e.doc_id, e.idx, e.type, e.date, e.date_precision, e.evidence, e.start_char, e.end_char,
               mm.event_id
        FROM events e
        LEFT JOIN merged_event_members mm ON mm.doc_id = e.doc_id AND mm.idx = e.idx
        WHERE e.evidence ILIKE ? ESCAPE '\\' AND NOT e.negated
        ORDER BY e.date NULLS LAST, e.doc_id, e.idx LIMIT ?""", [pattern, limit]) if has_corpus(con) else \
        tables.rows(con, """
        SELECT doc_id, idx, type, date, date_precision, evidence, start_char, end_char, NULL AS event_id
        FROM events WHERE evidence ILIKE ? ESCAPE '\\' AND NOT negated
        ORDER BY date NULLS LAST, doc_id, idx LIMIT ?""", [pattern, limit])
    return {"documents": docs, "actors": found_actors, "events": _quad_rows(found_events)}


def health(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", "events")}
    counts["stories"] = con.execute("SELECT count(*) FROM stories").fetchone()[0] if has_corpus(con) else 0
    return counts


def vocabulary() -> dict[str, Any]:
    """Names and verbs of the PLOVER types and quad classes, for the web app; one source with the CLI."""
    labels = event_type_labels()
    types = {code: {"quad_class": quad,
                    "name": {"id": words.get("name_id", code), "en": words.get("name_en", code)},
                    "verb": {"id": words.get("id", code), "en": words.get("en_past", words.get("en", code))}}
             for code, quad in QUAD_CLASS.items() for words in [labels["types"].get(code, {})]}
    quads = {quad: {"id": words["id"], "en": words["en"]} for quad, words in labels["quad_classes"].items()}
    return {"types": types, "quad_classes": quads}
