"""Modality of acts that are asked for, preconditions and prohibitions (issue 18, fourth and fifth rounds).

What someone is asked or urged to do is the content of a request, not an act done; an act in a
"sebelum"/"setelah" clause that depends on an obligation or a plan has not been done either; what must
not happen ("jangan sampai ...") and what will happen "nanti" are not reported acts.

Sentences written for the project; names and places are invented. Documents go through the real
`timexes` stage and the event coder (helpers from test_timexes_event_dates).
"""
from __future__ import annotations

from datetime import date

import pytest

from linimasa.document import Document
from tests.test_timexes_event_dates import code, stages  # noqa: F401  (fixture)

FRI = date(2024, 6, 7)

# (text, event type, source, expected modality)
CASES = [
    # the support asked for is not given
    ("Qatar meminta warga Hamas mendoakan dan mendukung Israel.", "SUPPORT", "HAMAS", "hypothetical"),
    ("Qatar mengajak Hamas bekerja sama dengan Israel.", "COOPERATE", "HAMAS", "hypothetical"),
    # ... the request itself is made
    ("Qatar meminta warga Hamas mendoakan dan mendukung Israel.", "REQUEST", "QAT", "asserted"),
    # ... an apology is no request, and the promise coordinated with it is made
    ("Qatar meminta maaf serta berjanji kepada Israel meninjau ulang aturan itu.", "AGREE", "QAT", "asserted"),
    # ... the main verb's second act after its object is done
    ("Qatar meminta bertemu dengan Hamas dan sepakat dengan Israel.", "AGREE", "QAT", "asserted"),
    # ... a cause that drove people to act is no request
    ("Krisis itu mendorong warga Hamas menyerang Israel.", "ASSAULT", "HAMAS", "asserted"),
    # ... an act after a comma is another act, and so is one after a verb of sequence
    ("Qatar meminta keterangan, Israel kemudian mendukung Hamas.", "SUPPORT", "ISR", "asserted"),
    # a precondition of an obligation or a plan is not done
    ("Hamas perlu diperiksa kesehatannya sebelum ditahan Israel.", "COERCE", "ISR", "hypothetical"),
    ("Qatar akan mengirim bantuan setelah Israel membebaskan Hamas.", "RETREAT", "ISR", "planned"),
    # ... but a told sequence keeps it asserted
    ("Hamas diperiksa sebelum ditahan Israel.", "COERCE", "ISR", "asserted"),
    # what must not happen, and what happens later, are not reported acts
    ("\"Tahun ini jangan sampai terjadi serangan Israel lagi,\" kata Qatar.", "ASSAULT", "ISR", "hypothetical"),
    ("Tahun ini terjadi serangan Israel lagi.", "ASSAULT", "ISR", "asserted"),
    ("Israel nanti bekerja sama dengan Qatar.", "COOPERATE", "ISR", "planned"),
    ("Israel sudah bersiap menjatuhkan sanksi kepada Hamas.", "SANCTION", "ISR", "planned"),
    ("Israel berkomitmen berkolaborasi dengan Qatar.", "COOPERATE", "ISR", "planned"),
]


@pytest.mark.parametrize("text,kind,source,expected", CASES)
def test_modality_of_requested_and_conditioned_acts(stages, text, kind, source, expected):  # noqa: F811
    doc = code(stages, text, FRI)
    found = [e.modality for e in doc.events if e.type == kind and e.source == source]
    assert found, [(e.type, e.source, e.trigger) for e in doc.events]
    assert found[0] == expected


def test_nanti_names_no_day_of_a_plan(stages):  # noqa: F811
    doc = code(stages, "\"Israel nanti bekerja sama dengan Qatar,\" kata Hamas.", FRI)
    found = [(e.modality, e.date_precision) for e in doc.events if e.type == "COOPERATE"]
    assert found and found[0][0] == "planned" and found[0][1] != "day", found


# a speaker's "X harus ..." about the body the speaker leads explains its duty, no call on it; about another
# body it is a call
DEONTIC = [
    ("Ketua KPU Rudi Pranata memberi keterangan. \"Kami menyesuaikan aturan itu karena KPU juga harus "
     "mematuhi undang-undang,\" kata Rudi Pranata.", False),
    ("Ketua KPU Rudi Pranata memberi keterangan. \"Qatar juga harus mematuhi undang-undang,\" kata Rudi Pranata.",
     True),
]


@pytest.mark.parametrize("text,called", DEONTIC)
def test_deontic_reason_is_no_call(analyzer, text, called):
    doc = analyzer.analyze(Document(text=text, published=FRI))
    requests = [e for e in doc.events if e.rule.startswith("REQUEST.deontic")]
    assert bool(requests) == called, [(e.type, e.rule, e.source, e.target) for e in doc.events]
