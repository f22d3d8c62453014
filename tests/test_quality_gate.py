"""The seed quality gate: no pinned score may drop (see quality/baseline.json)."""
from __future__ import annotations

import subprocess
import sys

import pytest

from .conftest import ROOT, needs_shared


@needs_shared()
def test_quality_gate_no_pinned_seed_score_drops():
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "quality_gate.py"), "--check", "--report"],
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout + done.stderr
