"""The stage registry refuses unknown stages and unmet requirements."""
from __future__ import annotations

import pytest

from linimasa.errors import PipelineError
from linimasa.pipeline import build_pipeline, default_order, registered


def test_pipeline_default_order_names_registered_stages():
    specs = registered()
    assert default_order() and all(name in specs for name in default_order())


def test_pipeline_every_stage_declares_what_it_adds():
    for spec in registered().values():
        assert spec.adds, spec.name
        assert spec.factory.__doc__, f"stage {spec.name} needs a docstring listing what it adds"


@pytest.mark.parametrize("order, code", [
    (["no-such-stage"], "E101"),
    (["events"], "E102"),
    (["sentences", "boilerplate"], "E102"),
])
def test_pipeline_refuses_bad_orders(order, code):
    with pytest.raises(PipelineError) as caught:
        build_pipeline(order=order)
    assert caught.value.code == code


def test_pipeline_default_order_builds():
    pipeline = build_pipeline()
    assert pipeline.names == default_order()
