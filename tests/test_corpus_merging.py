"""Event merging: same type, matching actors, comparable dates and evidence that says the same thing;
transitive but bounded. Every sentence here was written for these tests; names and places are invented."""
from __future__ import annotations

from datetime import date

import pytest

from linimasa.corpus.merging import ActorRef, EventMerger, Report, actors_match

HAMAS = ActorRef("PSE.HAMAS", "PSE")
ISR = ActorRef("ISR", "ISR", generic=True)
ISR_MIL = ActorRef("ISR.MIL", "ISR")
USA_GOV = ActorRef("USA.GOV", "USA")
EGY = ActorRef("EGY", "EGY", generic=True)


ATTACK = "Pasukan Hamas menyerang pos militer Israel di perbatasan selatan dan menewaskan tiga penjaga."


def report(doc: str, day: date | None, precision: str = "day", *, type: str = "ASSAULT", source=HAMAS,
           target=ISR, end: date | None = None, modality: str = "asserted", doc_date: date | None = None,
           outlet: str | None = None, idx: int = 0, evidence: str = ATTACK, location: str | None = None,
           dated_by_text: bool | None = None, doc_date_known: bool = True, known=frozenset()) -> Report:
    return Report(doc, idx, type, source, target, day, end, precision if day else "unknown", modality=modality,
                  doc_date=doc_date or day, outlet=outlet or doc, canonical_id=doc, seq=int(doc[1:]),
                  evidence=evidence, location=location, dated_by_text=dated_by_text,
                  doc_date_known=doc_date_known, known_words=frozenset(known))


@pytest.mark.parametrize("a, b, merged", [
    # same day, same actors
    (report("d1", date(2023, 10, 7)), report("d2", date(2023, 10, 7)), True),
    # a day apart: reports disagree by a day near midnight
    (report("d1", date(2023, 10, 7)), report("d2", date(2023, 10, 8)), True),
    # three days apart at day precision: two events
    (report("d1", date(2023, 10, 7)), report("d2", date(2023, 10, 10)), False),
    # a day inside a month-precise report: not comparable, "Mei lalu" may be any act of that month
    (report("d1", date(2024, 5, 7)), report("d2", date(2024, 5, 1), "month", end=date(2024, 5, 31)), False),
    # a week-precise report inside a month-precise one
    (report("d1", date(2024, 5, 6), "week", end=date(2024, 5, 12)),
     report("d2", date(2024, 5, 1), "month", end=date(2024, 5, 31)), True),
    # a year-dated act against one dated by its report that year: not comparable
    (report("d1", date(2025, 1, 1), "year", end=date(2025, 12, 31)), report("d2", None, doc_date=date(2025, 10, 21)),
     False),
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
    # a week-precise report ("pekan ini") published before the day-precise ones
    merger.add(report("d1", date(2024, 5, 6), "week", end=date(2024, 5, 12), doc_date=date(2024, 5, 3),
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


PUPUK = "Menteri Rahardjo meminta para kepala daerah mempercepat penyaluran pupuk bersubsidi kepada petani."
VOLI = "Menteri Rahardjo meminta pelatih tim nasional bola voli memperbaiki pola latihan menjelang turnamen."
RAHARDJO = ActorRef("P.rahardjo", "IDN")


@pytest.mark.parametrize("first, second, merged", [
    # issue 18: one minister asking for two things in one week is two events
    (PUPUK, VOLI, False),
    # the same request, rewritten by another outlet
    (PUPUK, "Rahardjo meminta kepala daerah agar penyaluran pupuk subsidi ke petani dipercepat.", True),
    (VOLI, "Pelatih timnas bola voli diminta Menteri Rahardjo memperbaiki pola latihan menjelang turnamen.", True),
    # two police cases of one day share only the words of arresting
    ("Polres Sukamaju menangkap dua tersangka pencurian kabel listrik di gudang Desa Cibening.",
     "Polres Sukamaju menangkap seorang pengedar sabu di terminal bus Kecamatan Lebakwangi.", False),
    ("Polres Sukamaju menangkap dua tersangka pencurian kabel listrik di gudang Desa Cibening.",
     "Dua tersangka pencurian kabel listrik di gudang Desa Cibening ditangkap Polres Sukamaju.", True),
])
def test_corpus_merging_issue18_same_type_and_source_in_one_week_need_the_same_evidence(first, second, merged):
    merger = EventMerger()
    known = {"menteri", "rahardjo", "polres", "sukamaju", "meminta", "diminta", "menangkap", "ditangkap"}
    a = merger.add(report("d1", None, type="REQUEST", source=RAHARDJO, target=None, evidence=first,
                          doc_date=date(2025, 3, 3), known=known))
    b = merger.add(report("d2", None, type="REQUEST", source=RAHARDJO, target=None, evidence=second,
                          doc_date=date(2025, 3, 4), known=known))
    assert (a is b) == merged


ACCEPT = "Hamas menyatakan menerima usulan gencatan senjata yang disampaikan para mediator."


def test_corpus_merging_issue18_window_dated_report_never_joins_a_dated_event():
    """Issue 18: an acceptance dated in March and one reported on an undated page in August are two events."""
    merger = EventMerger()
    march = merger.add(report("d1", date(2025, 3, 14), type="AGREE", source=HAMAS, target=None, evidence=ACCEPT))
    # the coder gave the undated page's report its inferred publication window
    august = merger.add(report("d2", date(2025, 3, 1), "month", end=date(2025, 8, 31), type="AGREE", source=HAMAS,
                               target=None, evidence=ACCEPT, dated_by_text=False, doc_date_known=False,
                               doc_date=date(2025, 8, 31)))
    assert march is not august
    assert august.members[0].interval is None


def test_corpus_merging_report_dated_by_its_publication_day_joins_the_same_act():
    merger = EventMerger()
    dated = merger.add(report("d1", date(2025, 3, 14), type="AGREE", source=HAMAS, target=None, evidence=ACCEPT))
    same = merger.add(report("d2", date(2025, 3, 15), "day", type="AGREE", source=HAMAS, target=None,
                             evidence=ACCEPT, dated_by_text=False, doc_date=date(2025, 3, 15)))
    assert same is dated
    assert same.members[1].interval == (date(2025, 3, 15), date(2025, 3, 15), "unknown")


RECALLED = "Perang pecah setelah serbuan kelompok itu ke wilayah Israel pada 7 Oktober yang menelan banyak korban."


@pytest.mark.parametrize("source, published, merged", [
    # two pages written a year later recall the attack by its day, in unlike sentences
    (HAMAS, date(2024, 10, 7), True),
    # without a named source the words must agree
    (None, date(2024, 10, 7), False),
    # the day's news: one actor's acts on one day are told apart by what the sentences say
    (HAMAS, date(2023, 10, 8), False),
])
def test_corpus_merging_an_act_recalled_by_its_day_is_one_act(source, published, merged):
    merger = EventMerger()
    a = merger.add(report("d1", date(2023, 10, 7), source=source, target=None, evidence=ATTACK, doc_date=published))
    # one page names the target, the other leaves it unnamed; with no source neither names a target
    b = merger.add(report("d2", date(2023, 10, 7), source=source, target=ISR if source else None, evidence=RECALLED,
                          doc_date=published))
    assert (a is b) == merged


def test_corpus_merging_named_places_must_agree():
    merger = EventMerger()
    a = merger.add(report("d1", date(2024, 4, 2), location="Kota Sukamaju"))
    assert merger.add(report("d2", date(2024, 4, 2), location="Lebakwangi")) is not a
    assert merger.add(report("d3", date(2024, 4, 2), location="Sukamaju")) is a
