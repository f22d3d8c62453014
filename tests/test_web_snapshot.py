"""The in-memory timeline/events snapshot answers every filter exactly as the SQL queries do."""
from __future__ import annotations

import json

import pytest

from linimasa.store.db import Store
from linimasa.web import queries
from linimasa.web.cache import DataVersion
from linimasa.web.snapshot import Snapshot, Snapshots

from .web_sample import sample_db


@pytest.fixture(scope="module")
def opened(tmp_path_factory, analyzer):
    store = Store(sample_db(tmp_path_factory, analyzer, "snapshot.duckdb"), read_only=True)
    yield store, Snapshots(DataVersion(), None).get(store)
    store.close()


def _same(a, b) -> bool:
    return json.dumps(a, default=str, sort_keys=True) == json.dumps(b, default=str, sort_keys=True)


def _filters(snap: Snapshot) -> list[dict]:
    stories = sorted(snap.story_documents)
    names = sorted({r["source_name"] for r in snap.reports if r["source_name"]})
    ids = sorted({r["source"] for r in snap.reports if r["source"]})
    types = sorted({r["type"] for r in snap.reports})
    dates = sorted({r["date"] for r in snap.reports if r["date"]})
    cases = [{}, {"limit": 1}, {"story": 999_999}, {"actor": "tidak-ada-nama-ini"}, {"type": "assault"}]
    cases += [{"story": s} for s in stories] + [{"story": s, "limit": 2} for s in stories]
    cases += [{"actor": n} for n in names[:10]] + [{"actor": n.lower()[1:5]} for n in names[:10]]
    cases += [{"actor": i} for i in ids[:10]] + [{"type": t} for t in types]
    cases += [{"date_from": d} for d in dates[::3]] + [{"date_to": d} for d in dates[::3]]
    cases += [{"date_from": a, "date_to": b} for a, b in zip(dates[::4], dates[2::4])]
    cases += [{"modality": m} for m in queries.EVENT_MODALITIES] + [{"modality": "asserted", "limit": 2}]
    return cases


def test_web_snapshot_timeline_and_events_equal_the_sql_for_every_filter(opened):
    store, snap = opened
    assert snap.merged and snap.reports  # the sample has a corpus: the comparison is not of empty lists
    for case in _filters(snap):
        assert _same(snap.timeline(**case), queries.timeline(store.con, **case)), case
        assert _same(snap.events(**case), queries.reports(store, **case)), case


def test_web_snapshot_event_by_id_equals_the_sql(opened):
    store, snap = opened
    for row in snap.merged:
        assert _same(snap.event(row["event_id"]), queries.event(store.con, row["event_id"]))
    assert snap.event("0" * 16) is None and queries.event(store.con, "0" * 16) is None


@pytest.mark.parametrize("actor, handled", [(None, True), ("Hamas", True), ("50%", False), ("a_b", False),
                                            ("a\\b", False)])
def test_web_snapshot_leaves_like_wildcards_to_sql(actor, handled):
    assert Snapshot.handles(actor) is handled


def test_web_snapshot_json_is_what_fastapi_would_write(opened):
    from fastapi.encoders import jsonable_encoder
    from fastapi.responses import JSONResponse

    _, snap = opened
    for rows in (snap.timeline(), snap.events(), snap.timeline(limit=1), snap.events(limit=2), []):
        assert snap.encode(rows) == JSONResponse(jsonable_encoder(rows)).body
        assert snap.encode(rows) == snap.encode(rows)  # the second time from the per-row memo
    assert snap.encode(snap.merged[0]) == JSONResponse(jsonable_encoder(snap.merged[0])).body
