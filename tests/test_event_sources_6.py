"""Issue 18, wrong source (sixth pass): officials of no named country in a sentence set in a meeting of an
intergovernmental body ("Dalam pertemuan IMF, para menteri ... menyepakati") are the body's members, not the
host country's government nor the story country's (igo.yaml forum_words, events/groups.py `_forum`). A
country's own cabinet meeting keeps its government.

Names, places and sentences are invented.
"""
from __future__ import annotations

from datetime import date

import pytest

from linimasa.document import Document
from linimasa.pipeline import build_pipeline


@pytest.fixture(scope="module")
def pipeline():
    return build_pipeline()


def sources(pipeline, text, kind):
    doc = pipeline(Document(text=text, published=date(2025, 10, 20)))
    return [e.source for e in doc.events if e.type == kind]


@pytest.mark.parametrize("text, kind, source", [
    ("Pertemuan tahunan itu digelar di Washington, Amerika Serikat. Presiden AS Donald Trump tidak hadir. "
     "Dalam pertemuan IMF, para menteri dari negara anggota menyepakati rencana aksi utang.",
     "AGREE", "IGO.IMF"),
    ("Forum itu berlangsung di Jenewa, Swiss. Dalam forum WHO, para pejabat kesehatan menyepakati rencana "
     "penanganan wabah.", "AGREE", "IGO.WHO"),
    # no intergovernmental meeting: the country's own government
    ("Pemerintah Malaysia menggelar rapat kabinet. Para menteri menyepakati anggaran baru.", "AGREE", "MYS.GOV"),
])
def test_officials_at_an_igo_meeting(pipeline, text, kind, source):
    assert source in sources(pipeline, text, kind)


@pytest.mark.parametrize("text, kind, role, actor", [
    # the capital as an actor in a story of its own governor: the provincial government
    ("Gubernur DKI Jakarta Pramono Anung membuka forum kerja sama daerah. \"Jakarta sangat senang bisa bekerja "
     "sama dengan semua kepala daerah,\" kata Pramono.", "COOPERATE", "source", "IDN.PEMPROV.DKI"),
    # no regional government or head named: the national government, as before
    ("Presiden Prabowo Subianto menerima tamu negara. Jakarta menandatangani kerja sama dengan Tokyo.",
     "AGREE", "source", "IDN.GOV"),
])
def test_capital_as_its_region(pipeline, text, kind, role, actor):
    doc = pipeline(Document(text=text, published=date(2025, 10, 20)))
    assert actor in [getattr(e, role) for e in doc.events if e.type == kind]
