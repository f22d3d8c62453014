"""Issue 18: numbers on Gaza-talk pages that count nobody or count the wrong people (figure_categories.yaml).

- a label noun right before a number names a thing by its number ("Channel 13", "Tahap 1"): `label_before`;
- "salah satu" is an idiom, not a count: `idiom_before`;
- a bare number opening a line with "." or ")" after it is a list number: `list_marks`;
- the informants of a report ("kata dua pejabat", "menurut tiga sumber") are `other`, never hostages:
  `informant_nouns`, `informant_window`;
- a number before an acting verb counts its agents, not its victims ("300 tahanan ... karena membunuh");
  life sentences are detention cues.
- a run of three or more bare numbers joined only by commas or "dan"/"atau" is a spoken sequence or a
  list of labels, not counts (`sequence_joiners`, `sequence_min`);
- "daftar N item", a screen reader's list widget, is no count (`widget_count`), glued to the next
  word or not;
- body parts are counted things ("dua jari"): category other, never the hostages of the sentence.

Whole pipeline; sentences written for the project (invented names).
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
    ("Stasiun televisi Channel 13 dan Kanal 12 melaporkan kabar itu pada Senin.", []),
    ("Dalam Tahap 1 perjanjian itu, 40 sandera akan dibebaskan, sedangkan fase 2 membahas penarikan pasukan.",
     [(40.0, "hostages")]),
    ("Menurut Pasal 5 rancangan itu, 25 tahanan dibebaskan setiap pekan.", [(25.0, "detained")]),
    ("Warga berkata salah satu syarat itu sulit dipenuhi oleh pemerintah.", []),
    ("Tuntutan itu berisi:\n1. Pembebasan 300 tahanan.\n2) Penarikan pasukan dari kota Harsa.",
     [(300.0, "detained")]),
    ("Menurut tiga sumber, sekitar 90 sandera masih ditahan di kota Harsa.", [(3.0, "other"), (90.0, "hostages")]),
    ("Hamas telah menerima draf itu, kata dua pejabat yang mengetahui perundingan.", [(2.0, "other")]),
    ("Dua sumber mengatakan 15 sandera akan dibebaskan pada Minggu.", [(2.0, "other"), (15.0, "hostages")]),
    ("Dua pejabat tewas dalam serangan di kota Harsa.", [(2.0, "killed")]),
    ("Kelompok itu meminta pembebasan 300 warga yang menjalani hukuman seumur hidup karena membunuh tentara.",
     [(300.0, "detained")]),
    ("Tawaran lama mencakup 140 narapidana dengan hukuman seumur hidup.", [(140.0, "detained")]),
    # a count of sentences is no count of people
    ("Ia menjalani tiga hukuman seumur hidup di penjara kota Harsa.", [(3.0, "other")]),
    # the noun right after the number names what it counts; a part "di antaranya" counts what its whole counts
    ("Serangan itu menewaskan 1.200 orang dan menangkap 250 sandera di kota Harsa.", [(1200.0, "killed"), (250.0, "hostages")]),
    ("Sebanyak 250 sandera dibawa ke kota Harsa dan ditahan di sana, dengan 90 di antaranya masih hidup.",
     [(250.0, "hostages"), (90.0, "hostages")]),
    # an acting verb still governs the number after it
    ("Serangan roket itu menewaskan 12 orang di pasar kota Harsa.", [(12.0, "killed")]),
])
def test_labels_informants_and_agents(pipeline, text, wanted):
    assert figures(pipeline, text) == wanted


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
