"""Every data file under resources/ loads and states where its content comes from."""
from __future__ import annotations

import pytest

from linimasa.resources import RESOURCE_ROOT, load_data, resource_files

FILES = [path.relative_to(RESOURCE_ROOT).as_posix() for path in resource_files()]


def test_resources_there_are_data_files():
    assert len(FILES) >= 20


@pytest.mark.parametrize("name", FILES)
def test_resources_file_has_a_provenance_header(name):
    data = load_data(name)
    assert isinstance(data["about"], str) and data["about"].strip()
    assert isinstance(data["source"], str) and data["source"].strip()
    known = data.get("known_issues")
    assert known is None or isinstance(known, (list, str))
    assert len(data) > 2, f"{name} has a header and no content"


def test_resources_event_confidence_covers_every_plover_type():
    from linimasa.document import EVENT_TYPES

    types = load_data("id/event_confidence.yaml")["types"]
    assert set(types) == set(EVENT_TYPES)
    for row in types.values():
        assert 0 < row["rate"] < 1 and row["right"] <= row["judged"]
