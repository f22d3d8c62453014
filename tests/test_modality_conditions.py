"""Modality of conditions, findings and wishes (issue 18), on sentences written for the project.

- "jika", "apabila", "bila" shortly after a verb of finding or knowing mean "that": the clause is
  a finding, not a condition ("terbukti jika X menembak Y");
- a threat's condition is its content: "Jika X tidak membayar, Y mengancam ..." is a threat made;
  a threat inside the condition ("jika X mengancam Y, ...") is hypothetical;
- a wish or hope just before a trigger ("berharap dapat bertemu", "ingin bekerja sama") is no act,
  unless the wished act is a speech act that the wish performs ("ingin meminta maaf").
"""
from __future__ import annotations

import pytest

from linimasa.events.coder import EventCoder
from linimasa.resources import Resources
from tests.test_triggers_vocabulary import build


@pytest.fixture(scope="module")
def coder():
    return EventCoder(Resources())


# (sentence, (type, source, target) of the event, its modality)
CASES = [
    # findings: "jika" = "that"
    ("Majelis hakim menyatakan terbukti jika Dodi Hartono menembak Andi Wirawan.", ("ASSAULT", "DODI", "ANDI"), "reported"),
    ("Polres Sukamaju mengetahui apabila Dodi Hartono menyerang Rina Kusuma malam itu.", ("ASSAULT", "DODI", "RINA"), "reported"),
    ("Penyidik menemukan bila Andi Wirawan menculik Rina Kusuma.", ("ASSAULT", "ANDI", "RINA"), "reported"),
    ("Hakim berpendapat jika Dodi Hartono sengaja menembak Andi Wirawan dari dekat.", ("ASSAULT", "DODI", "ANDI"), "reported"),
    # real conditions stay hypothetical
    ("Jika Dodi Hartono menembak Andi Wirawan, Polres Sukamaju akan bertindak.", ("ASSAULT", "DODI", "ANDI"), "hypothetical"),
    ("Andi Wirawan mengatakan jika Israel menyerang Hamas, Qatar akan marah.", ("ASSAULT", "ISR", "HAMAS"), "hypothetical"),
    # threats whose content is conditional were made
    ("Jika Dodi Hartono tidak membayar, Andi Wirawan mengancam akan melapor.", ("THREATEN", "ANDI", None), "asserted"),
    ("Andi Wirawan mengancam Dodi Hartono jika utangnya tidak dibayar.", ("THREATEN", "ANDI", "DODI"), "asserted"),
    ("Israel mengancam Hamas apabila sandera tidak dibebaskan pekan ini.", ("THREATEN", "ISR", "HAMAS"), "asserted"),
    # a threat inside a condition was not
    ("Jika Andi Wirawan mengancam Dodi Hartono, Polres Sukamaju akan turun tangan.", ("THREATEN", "ANDI", "DODI"), "hypothetical"),
    # wishes
    ("Bupati Sukamaju berharap dapat bertemu dengan Gubernur Nusa Kencana.", ("CONSULT", "BUPATI", "GUBERNUR"), "hypothetical"),
    ("Bupati Sukamaju berharap Kemendagri terus bekerja sama dengan DPRD Sukamaju.", ("COOPERATE", "KEMENDAGRI", "DPRD"), "hypothetical"),
    ("Andi Wirawan ingin bertemu Dodi Hartono sebelum pemilihan.", ("CONSULT", "ANDI", "DODI"), "hypothetical"),
    ("Rina Kusuma berharap Gubernur Nusa Kencana ke depan bisa terus bekerja sama dengan Kemendagri.",
     ("COOPERATE", "GUBERNUR", "KEMENDAGRI"), "hypothetical"),
    # a hope before a comma belongs to its own clause
    ("Berharap dapat bantuan, Warga Sukamaju bertemu dengan Bupati Sukamaju.", ("CONSULT", "WARGA", "BUPATI"), "asserted"),
    ("Rina Kusuma menginginkan Polres Sukamaju menangkap Dodi Hartono.", ("COERCE", "POLRES", "DODI"), "hypothetical"),
    # a wished speech act is performed
    ("Bupati Sukamaju ingin meminta maaf kepada Warga Sukamaju.", ("CONCEDE", "BUPATI", "WARGA"), "asserted"),
    ("Andi Wirawan ingin berterima kasih kepada Kemendagri.", ("SUPPORT", "ANDI", "KEMENDAGRI"), "asserted"),
    # no wish, no condition
    ("Bupati Sukamaju bertemu dengan Gubernur Nusa Kencana di Jakarta.", ("CONSULT", "BUPATI", "GUBERNUR"), "asserted"),
]


@pytest.mark.parametrize("sentence, event, modality", CASES, ids=[c[0][:48] for c in CASES])
def test_modality_conditions(coder, sentence, event, modality):
    found = {(e.type, e.source, e.target): e.modality for e in coder(build(sentence)).events}
    assert event in found, found
    assert found[event] == modality
