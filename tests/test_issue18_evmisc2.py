"""Issue 18, classes other than dates of the tenth and eleventh rounds (seeds 2081, 2083 on b800c51).

- modality: a possibility left open ("tidak menutup kemungkinan ...", "membuka peluang ...") is hypothetical,
  not expected.

Sentences written for the project; names and places are invented.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.test_timexes_event_dates import code, stages  # noqa: F401  (fixture)

FRI = date(2024, 6, 7)

# (text, event type, source, expected modality)
MODALITY = [
    ("Qatar tidak menutup kemungkinan menerima tawaran Israel.", "AGREE", "QAT", "hypothetical"),
    ("Qatar membuka peluang bekerja sama dengan Israel.", "COOPERATE", "QAT", "hypothetical"),
    # an expectation stays expected
    ("Qatar diperkirakan menerima tawaran Israel.", "AGREE", "QAT", "expected"),
    ("Qatar kemungkinan menerima tawaran Israel.", "AGREE", "QAT", "expected"),
]


@pytest.mark.parametrize("text,kind,source,expected", MODALITY)
def test_open_possibility_is_hypothetical(stages, text, kind, source, expected):  # noqa: F811
    doc = code(stages, text, FRI)
    found = [e.modality for e in doc.events if e.type == kind and e.source == source]
    assert found, [(e.type, e.source, e.trigger) for e in doc.events]
    assert found[0] == expected
