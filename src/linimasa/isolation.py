"""The per-item boundary: any exception while one input is read, analysed or stored becomes that input's error.

"One broken file never stops a batch" held only for the failures someone had
thought of (issue 20: an ImportError from trafilatura, a UnicodeEncodeError
from a file name that is not UTF-8, a TypeError from a numeric title each lost
the whole batch). Every batch path (`linimasa ingest` and `analyze`, the
parallel ingest, the web API's POST) turns an exception raised for one item
into an `InputError` with the item's path, the stage (read, analyse, store,
corpus) and a short reason, records it, and goes on with the next item.
`tests/test_fault_injection.py` makes each reader, each stage and the store
raise for one item among good ones.
"""
from __future__ import annotations

import logging

from .errors import InputError

log = logging.getLogger(__name__)

READ, ANALYSE, STORE, CORPUS = "read", "analyse", "store", "corpus"
_REASON_CHARS = 200


def safe_text(value: object) -> str:
    """`value` as text that encodes as UTF-8: undecodable file-name bytes (surrogate escapes) become `\\xNN`."""
    text = str(value)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a lone surrogate that is no escaped byte (e.g. "\ud800" in JSON)
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def short_reason(exc: BaseException) -> str:
    text = safe_text(f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__)
    text = " ".join(text.split())
    return text if len(text) <= _REASON_CHARS else text[:_REASON_CHARS - 1] + "…"


def item_error(exc: BaseException, *, path: object, line: int | None = None, stage: str) -> InputError:
    """The error record of one input: `exc` itself when it already is one (with a safe path), else E216."""
    if isinstance(exc, InputError):
        if exc.path is not None and safe_text(exc.path) != exc.path:
            return InputError(exc.code, **{**exc.values, "path": safe_text(exc.path)})
        return exc
    where = safe_text(path if path is not None else "-")
    log.warning("%s failed in stage %s", where, stage, exc_info=exc)
    return InputError("E216", path=where, line=line, stage=stage, reason=short_reason(exc))
