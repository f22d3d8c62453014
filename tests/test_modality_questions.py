"""Modality (issue 18): questions and conditionals are not asserted events.

Sentences written for the project; documents built by hand as in test_triggers_vocabulary.
"""
from __future__ import annotations

import pytest

from linimasa.events.coder import EventCoder
from linimasa.resources import Resources
from tests.test_triggers_vocabulary import build


@pytest.fixture(scope="module")
def coder():
    return EventCoder(Resources())


@pytest.mark.parametrize("sentence, trigger, modality", [
    # questions: a question mark after the trigger, a yes-no question word, "X mana" (which X)
    ("Apakah Israel akan menarik delegasi dari Qatar?", "menarik delegasi", "hypothetical"),
    ("Benarkah KPK menahan tersangka Andi Wirawan?", "menahan tersangka", "hypothetical"),
    ("Mengapa Polres Sukamaju melakukan penangkapan terhadap Dodi Hartono?", "melakukan penangkapan", "hypothetical"),
    ("Hamas belum memutuskan tahanan mana yang bisa dibebaskan Israel.", "dibebaskan", "hypothetical"),
    ("Warga bertanya apakah Bupati Sukamaju akan minta maaf kepada DPRD Sukamaju.", "minta maaf", "hypothetical"),
    ("\"Apakah Hamas menerima rencana itu?\" tanya Rina Kusuma.", "menerima rencana", "hypothetical"),
    # conditionals before the trigger, and after a modal or planned trigger
    ("Jika perundingan gagal, Israel menarik delegasi dari Qatar.", "menarik delegasi", "hypothetical"),
    ("Seandainya Hamas menerima rencana itu, perang bisa berakhir.", "menerima rencana", "hypothetical"),
    ("Hamas siap membebaskan sandera jika Israel menarik pasukan.", "membebaskan sandera", "hypothetical"),
    ("Bupati Sukamaju bersedia minta maaf kepada DPRD Sukamaju apabila terbukti bersalah.", "minta maaf", "hypothetical"),
    # what ought to happen has not; an alleged act is reported, the accusation itself asserted
    ("Mesir seharusnya menarik duta besar dari Israel.", "menarik duta besar", "hypothetical"),
    ("KPK sebaiknya menahan tersangka Andi Wirawan, kata Rina Kusuma.", "menahan tersangka", "hypothetical"),
    ("Qatar menuduh Israel melakukan pengeboman terhadap Hamas.", "melakukan pengeboman", "reported"),
    ("Qatar menuduh Israel melakukan pengeboman terhadap Hamas.", "menuduh", "asserted"),
    ("Dodi Hartono diduga melakukan penangkapan terhadap Rina Kusuma tanpa surat.", "melakukan penangkapan", "reported"),
    # not questions or conditions: "di mana" is "where", colloquial "kalau" after a verb of saying is "that"
    ("Israel menarik delegasi dari Qatar, di mana perundingan berlangsung sejak Senin.", "menarik delegasi", "asserted"),
    ("KPK menahan tersangka Andi Wirawan di Jakarta.", "menahan tersangka", "asserted"),
    ("Rina Kusuma mengatakan kalau Polres Sukamaju melakukan penangkapan terhadap Dodi Hartono.",
     "melakukan penangkapan", "reported"),
    ("Rp 1.500 per kilogram dibayar Dodi Hartono sebelum ia ditahan KPK.", "ditahan", "asserted"),
])
def test_modality_questions_and_conditionals(coder, sentence, trigger, modality):
    events = [e for e in coder(build(sentence)).events if e.trigger.lower() == trigger]
    assert events, f"no event from {trigger!r}"
    assert {e.modality for e in events} == {modality}
