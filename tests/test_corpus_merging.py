"""Event merging: same type, matching actors, compatible dates; transitive but bounded."""
from __future__ import annotations

from datetime import date

import pytest

from linimasa.corpus.merging import ActorRef, EventMerger, Report, actors_match

HAMAS = ActorRef("PSE.HAMAS", "PSE")
ISR = ActorRef("ISR", "ISR", generic=True)
ISR_MIL = ActorRef("ISR.MIL", "ISR")
USA_GOV = ActorRef("USA.GOV", "USA")
EGY = ActorRef("EGY", "EGY", generic=True)


def report(doc: str, day: date | None, precision: str = "day", *, type: str = "ASSAULT", source=HAMAS,
           target=ISR, end: date | None = None, modality: str = "asserted", doc_date: date | None = None,
           outlet: str | None = None, idx: int = 0) -> Report:
    return Report(doc, idx, type, source, target, day, end, precision if day else "unknown", modality=modality,
                  doc_date=doc_date or day, outlet=outlet or doc, canonical_id=doc, seq=int(doc[1:]))


@pytest.mark.parametrize("a, b, merged", [
    # same day, same actors
    (report("d1", date(2023, 10, 7)), report("d2", date(2023, 10, 7)), True),
    # a day apart: reports disagree by a day near midnight
    (report("d1", date(2023, 10, 7)), report("d2", date(2023, 10, 8)), True),
    # three days apart at day precision: two events
    (report("d1", date(2023, 10, 7)), report("d2", date(2023, 10, 10)), False),
    # a day inside a month-precise report
    (report("d1", date(2024, 5, 7)), report("d2", date(2024, 5, 1), "month", end=date(2024, 5, 31)), True),
    # a day a month away from a month-precise report
    (report("d1", date(2024, 7, 7)), report("d2", date(2024, 5, 1), "month", end=date(2024, 5, 31)), False),
    # a week-precise report five days off
    (report("d1", date(2024, 2, 6)), report("d2", date(2024, 2, 1), "week", end=date(2024, 2, 7)), True),
    # other type
    (report("d1", date(2023, 10, 7)), report("d2", date(2023, 10, 7), type="THREATEN"), False),
    # the country matches one of its organisations: ISR against ISR.MIL
    (report("d1", date(2023, 10, 9), source=ISR_MIL, target=HAMAS),
     report("d2", date(2023, 10, 9), source=ISR, target=HAMAS), True),
    # two different specific actors of other countries
    (report("d1", date(2023, 10, 9), source=USA_GOV), report("d2", date(2023, 10, 9), source=EGY), False),
    # planned against asserted: not the same record
    (report("d1", date(2024, 2, 13)), report("d2", date(2024, 2, 13), modality="planned"), False),
    # undated reports published the same day
    (report("d1", None, doc_date=date(2024, 1, 3)), report("d2", None, doc_date=date(2024, 1, 3)), True),
])
def test_corpus_merging_pairs(a, b, merged):
    merger = EventMerger()
    first, second = merger.add(a), merger.add(b)
    assert (first is second) == merged


def test_corpus_merging_keeps_best_precision_earliest_report_and_outlets():
    merger = EventMerger()
    merger.add(report("d1", date(2024, 5, 1), "month", end=date(2024, 5, 31), doc_date=date(2024, 5, 3),
                      outlet="KabarContoh.id"))
    event = merger.add(report("d2", date(2024, 5, 7), doc_date=date(2024, 5, 8), outlet="ContohWarta.id"))
    merger.add(report("d3", date(2024, 5, 7), doc_date=date(2024, 5, 9), outlet="contohwarta.id"))
    summary = event.summary()
    assert (summary["date"], summary["precision"]) == (date(2024, 5, 7), "day")
    assert (summary["first_reported"], summary["first_doc_id"]) == (date(2024, 5, 3), "d1")
    assert (summary["support"], summary["outlets"]) == (3, 2)


def test_corpus_merging_is_transitive_but_bounded():
    merger = EventMerger()
    # a daily chain: each report is a day from the previous one, but the span may not pass three days
    events = {merger.add(report(f"d{i}", date(2024, 1, 1 + i))).id for i in range(8)}
    assert len(events - merger.removed) >= 2
    for event in merger.by_id.values():
        start, end, _ = event.span()
        assert (end - start).days <= 3


def test_corpus_merging_bridges_two_events():
    merger = EventMerger()
    # month-precise and a day far apart in one month are separate until a report bridges them
    a = merger.add(report("d1", date(2024, 3, 1)))
    b = merger.add(report("d2", date(2024, 3, 3)))
    assert a is not b
    c = merger.add(report("d3", date(2024, 3, 2)))
    assert c.id in merger.by_id and len(merger.by_id) == 1 and len(c.members) == 3


def test_corpus_merging_copy_attaches_only_to_its_original():
    merger = EventMerger()
    original = merger.add(report("d1", date(2023, 10, 7)))
    other = merger.add(report("d2", date(2023, 11, 24), type="RETREAT"))
    assert merger.attach(report("d3", date(2023, 11, 24), type="RETREAT"), {original.id}) is None
    assert merger.attach(report("d3", date(2023, 10, 7)), {original.id}) is original
    assert len(other.members) == 1


@pytest.mark.parametrize("a, b, expected", [
    (HAMAS, HAMAS, True), (ISR, ISR_MIL, True), (ISR_MIL, ActorRef("ISR.GOV", "ISR"), False),
    (None, None, True), (None, HAMAS, False),
])
def test_corpus_merging_actor_match(a, b, expected):
    assert actors_match(a, b) is expected
