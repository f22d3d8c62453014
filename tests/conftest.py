"""Shared fixtures: where ../shared is, and one analyzer built once per session."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SAMPLE = ROOT / "data" / "sample"


def needs_shared():
    return pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(),
                              reason="../shared is absent: the seed evaluation is skipped")


@pytest.fixture(scope="session")
def analyzer():
    from linimasa.analysis import Analyzer

    return Analyzer()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "seeds").exists():
        pytest.skip("../shared is absent")
    return SHARED
