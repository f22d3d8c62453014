"""Issue 18: numbers that count nobody on Gaza-talk pages (figure_categories.yaml).

- a run of three or more bare numbers joined only by commas or "dan"/"atau" is a spoken sequence or a
  list of labels, not counts (`sequence_joiners`, `sequence_min`);
- "daftar N item", a screen reader's list widget, is no count (`widget_count`), glued to the next
  word or not;
- body parts are counted things ("dua jari"): category other, never the hostages of the sentence.

Whole pipeline; sentences written for the project.
"""
from __future__ import annotations

import pytest

from linimasa.document import Document
from linimasa.pipeline import build_pipeline


@pytest.fixture(scope="module")
def pipeline():
    return build_pipeline()


def figures(pipeline, text):
    return [(f.value, f.category) for f in pipeline(Document(text=text)).figures]


@pytest.mark.parametrize("text, wanted", [
    ('"Bukan dua dan satu dan tiga dan empat, kami mau semuanya," kata Budi Santoso.', []),
    ("Petugas membacakan nomor 4, 7, 9 dan 12 di depan warga yang antre.", []),
    ("Cerita pilihan daftar 3 itemakhir daftar", []),
    ("Berita lain daftar 5 item", []),
    ("Seorang sandera kehilangan dua jari selama ditahan kelompok itu.", [(2.0, "other")]),
    # a pair is no sequence; counts with cues between them stay
    ("Serangan itu menewaskan 12 orang dan melukai 40 lainnya, menurut petugas.", [(12.0, "killed"), (40.0, "injured")]),
    ("Sebanyak 30 sandera dan 90 tahanan akan dibebaskan pada Sabtu.", [(30.0, "hostages"), (90.0, "detained")]),
])
def test_numbers_that_count_nobody(pipeline, text, wanted):
    assert figures(pipeline, text) == wanted


def test_list_of_people_is_still_counted(pipeline):
    # "daftar" without the widget's "item" after the number: a list of 25 people, counted
    found = figures(pipeline, "Polisi merilis daftar 25 tersangka yang ditangkap dalam operasi itu.")
    assert [v for v, _ in found] == [25.0], found
