"""The sample corpus (data/sample) ingested once per test session, for the web, export and browser tests.

Not a test module: `test_web_*`, `test_export_*` and `test_browser_*` import
`sample_db` and call it from a fixture; the first call builds the database,
later calls (any module) reuse it.
"""
from __future__ import annotations

import functools
import shutil
import tempfile
from pathlib import Path

from linimasa.batch import ingest
from linimasa.ingest.readers import iter_paths
from linimasa.store.db import Store

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample"


@functools.lru_cache(maxsize=1)
def _built(analyzer) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="linimasa-web-"))
    path = folder / "sample.duckdb"
    with Store(path) as store:
        ingest(list(iter_paths([SAMPLE])), store, analyzer=analyzer)
    return path


def sample_db(tmp_path_factory, analyzer, name: str = "sample.duckdb") -> Path:
    """A private copy of the sample database (so a test that writes cannot change another's).

    `analyzer` is the session's (conftest.py), so the pipeline is built once.
    """
    copy = tmp_path_factory.mktemp("db") / name
    shutil.copyfile(_built(analyzer), copy)
    return copy
