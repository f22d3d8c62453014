"""The quality gate: no pinned score of the seeds or the development set may drop (see quality/baseline.json)."""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import pytest

from .conftest import ROOT, SHARED, needs_shared


@pytest.fixture(scope="module")
def gate():
    spec = importlib.util.spec_from_file_location("quality_gate", ROOT / "scripts" / "quality_gate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop(spec.name, None)


@needs_shared()
def test_quality_gate_no_pinned_score_drops():
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "quality_gate.py"), "--check", "--report"],
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout + done.stderr
    for run in ("seeds/with published", "seeds/no published", "detik-dev/with published", "gaza-dev/with published"):
        assert run in done.stdout


def test_quality_gate_baseline_pins_the_dev_set_too():
    pinned = json.loads((ROOT / "quality" / "baseline.json").read_text())["scores"]
    for key in ("with_published/events/precision", "no_published/published_window/median_width_days",
                "detik-dev/with_published/events/recall", "gaza-dev/with_published/figures/precision"):
        assert key in pinned


def test_quality_gate_skips_without_shared(gate, tmp_path, capsys):
    assert gate.main(["--check", "--shared", str(tmp_path)]) == 0
    assert "skipped" in capsys.readouterr().out


@pytest.mark.parametrize("current, dropped", [
    ({"gaza-dev/with_published/events/recall": 0.5, "no_published/published_window/median_width_days": 30.0}, []),
    ({"gaza-dev/with_published/events/recall": 0.4, "no_published/published_window/median_width_days": 30.0},
     ["gaza-dev/with_published/events/recall"]),
    ({"gaza-dev/with_published/events/recall": 0.6, "no_published/published_window/median_width_days": 31.0},
     ["no_published/published_window/median_width_days"]),
    ({"no_published/published_window/median_width_days": 30.0}, ["gaza-dev/with_published/events/recall"]),
])
def test_quality_gate_drops(gate, current, dropped):
    pinned = {"gaza-dev/with_published/events/recall": 0.5, "no_published/published_window/median_width_days": 30.0}
    assert [line.split(":")[0] for line in gate.drops(current, pinned)] == dropped


def test_quality_gate_keys_keep_seed_names_and_prefix_dev(gate):
    row = {"precision": 0.5, "recall": 0.25, "f1": 0.33}
    flat = gate.flatten({"seeds/no_published": {"events": row}, "detik-dev/with_published": {"events": row}})
    assert flat == {"no_published/events/precision": 0.5, "no_published/events/recall": 0.25,
                    "detik-dev/with_published/events/precision": 0.5, "detik-dev/with_published/events/recall": 0.25}
    assert {gate._prefix(k) for k in flat} == {"", "detik-dev/"}


@needs_shared()
@pytest.mark.parametrize("path, published", [
    (SHARED / "eval" / "dev" / "gaza-02.json", "2024-02-08"),
    (SHARED / "eval" / "dev" / "detik-93.json", None),
])
def test_quality_gate_in_process_analysis_is_the_commands(gate, path, published):
    if not path.exists():
        pytest.skip(f"{path} is absent")
    command = gate.linimasa_command().split()
    done = subprocess.run([*command, *(["--published", published] if published else []), str(path)],
                          capture_output=True, text=True, timeout=300)
    from_command = json.loads(done.stdout.splitlines()[0])
    assert gate.InProcessScorer(SHARED).analysis("in-process", path, published) == from_command
