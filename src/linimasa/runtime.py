"""Process settings for long analysis runs: the cyclic garbage collector.

Analysing one article allocates tens of thousands of short-lived objects
(tokens, CRF feature lists, records); reference counting frees them, and they
form no cycles worth collecting. With CPython's default thresholds (700, 10,
10) the cyclic collector nevertheless runs every 700 allocations, and its
older generations walk every long-lived object: the loaded models, the actor
dictionary, the spaCy vocabulary and the feature caches. `tune_gc` moves
everything alive when it is called (after the resources are loaded) into the
permanent generation and runs the youngest collection every 20,000
allocations instead. Cycles are still collected, later.

Measured on the Detik 1,000 (benchmarks/run.py, CPU time per article, pairs
run side by side): see docs/performance.md. The commands that analyse call it
(`analyze` and `ingest` with `tuned_gc` around their loop; `ingest` workers,
`watch` and Spark partitions with `tune_gc`); a program using the library
may do the same after building its `Analyzer`.
"""
from __future__ import annotations

import atexit
import gc
from collections.abc import Iterator
from contextlib import contextmanager

YOUNG_THRESHOLD = 20_000
OLDER_THRESHOLDS = (50, 100)


def tune_gc() -> None:
    """Freeze what is alive now and make the cyclic collector run far less often, for the rest of the process.

    At exit the frozen objects are released and collected, so extension types
    (DuckDB's) are finalised as usual instead of reported as leaked.
    """
    _freeze_and_raise()
    atexit.unregister(_release)
    atexit.register(_release)


@contextmanager
def tuned_gc() -> Iterator[None]:
    """`tune_gc` for the length of a block; the previous thresholds are restored and nothing stays frozen."""
    old = gc.get_threshold()
    _freeze_and_raise()
    try:
        yield
    finally:
        gc.set_threshold(*old)
        gc.unfreeze()


def _freeze_and_raise() -> None:
    gc.collect()
    gc.freeze()
    gc.set_threshold(YOUNG_THRESHOLD, *OLDER_THRESHOLDS)


def _release() -> None:
    gc.unfreeze()
    gc.collect()
