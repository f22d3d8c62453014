"""runtime.tuned_gc: the collector settings the analysing commands use, and that they are undone."""
from __future__ import annotations

import gc

from linimasa.runtime import OLDER_THRESHOLDS, YOUNG_THRESHOLD, tuned_gc


def test_tuned_gc_sets_and_restores_thresholds_and_unfreezes():
    before = gc.get_threshold()
    with tuned_gc():
        assert gc.get_threshold() == (YOUNG_THRESHOLD, *OLDER_THRESHOLDS)
        assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_tuned_gc_restores_after_an_error():
    before = gc.get_threshold()
    try:
        with tuned_gc():
            raise ValueError("stop")
    except ValueError:
        pass
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_cycles_are_still_collected_inside():
    with tuned_gc():
        class Node:
            pass

        a, b = Node(), Node()
        a.other, b.other = b, a
        del a, b
        assert gc.collect() >= 2
