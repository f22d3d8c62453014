"""Issue 18: a page whose first line repeats its lead sentence (no real headline).

When that first line opens a longer paragraph below it, only the repeated sentence is
removed (`repeated-headline` on the prefix); the rest of the paragraph is content. Sentences
written for the project (invented names and places).
"""
import pytest

from linimasa.clean.boilerplate import BoilerplateStage
from linimasa.document import Document
from linimasa.resources import Resources

LEAD = "Kelompok Garuda menyatakan siap mempelajari usulan damai dari Kota Baru pada Senin."
MORE = "Juru bicara kelompok itu, Budi Santoso, mengatakan jawaban akan dikirim pekan depan."
BODY = "Perundingan sebelumnya di Pelabuhan Lama berakhir tanpa hasil setelah dua hari."


@pytest.fixture(scope="module")
def stage():
    return BoilerplateStage(Resources())


def _kept(stage, text):
    doc = stage(Document(text=text))
    spans = sorted(doc.boilerplate, key=lambda b: b.start)
    kept, pos = [], 0
    for b in spans:
        kept.append(text[pos:b.start])
        pos = max(pos, b.end)
    kept.append(text[pos:])
    return " ".join("".join(kept).split()), doc


@pytest.mark.parametrize("rest", [
    MORE,                                                     # capitalised next sentence
    "\"Kami akan menjawab lewat mediator,\" kata Budi Santoso.",  # a quote opening the next sentence
    "2 pejabat kelompok itu akan berangkat ke Pelabuhan Lama.",  # a figure opening it
])
def test_repeated_lead_sentence_only_the_sentence_goes(stage, rest):
    kept, doc = _kept(stage, f"{LEAD}\n{LEAD} {rest}\n\n{BODY}")
    assert kept == f"{LEAD} {rest} {BODY}"
    assert [b.reason for b in doc.boilerplate] == ["repeated-headline"]


def test_repeated_lead_alone_on_its_line_still_goes_whole(stage):
    kept, doc = _kept(stage, f"{LEAD}\n{LEAD}\n\n{MORE}\n{BODY}")
    assert kept == f"{LEAD} {MORE} {BODY}"


def test_headline_without_stop_run_into_caption_goes_whole(stage):
    headline = "Kelompok Garuda Siap Pelajari Usulan Damai"
    line = f"{headline} Warga berkumpul di alun-alun Kota Baru"
    kept, doc = _kept(stage, f"{headline}\n\n{MORE}\n\n{line}\n\n{BODY}")
    assert line not in kept and MORE in kept


def test_lead_sentence_continuing_inside_a_word_is_not_cut(stage):
    # the first line is not a whole-sentence prefix of the paragraph: nothing is removed
    other = "Kelompok Garuda menyatakan siap mempelajari usulan damai dari Kota Baru pada Senin sore ini."
    kept, doc = _kept(stage, f"{LEAD}\n{other} {MORE}\n\n{BODY}")
    assert doc.boilerplate == []
