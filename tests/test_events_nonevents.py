"""Non-content carries no events (issue 18): links, subheads, captions and repeated headlines.

Texts written for the project.
"""
from __future__ import annotations

from datetime import date

import pytest

from linimasa.document import Document
from linimasa.events.nonevents import reads_as_headline

TEXT = """Israel Tarik Delegasi dari Doha

Israel menarik delegasi dari Qatar pada Senin (3/3/2025) setelah perundingan dengan Hamas buntu.

Ukraina Siap Bertemu Rusia di Istanbul

KUNJUNGAN KERJA MENLU - Qatar bertemu Mesir di Kairo, Senin (3/3/2025).

Hamas mengecam langkah Israel itu. Qatar bertemu Mesir di Kairo pada Senin untuk membahas perundingan.
"""


@pytest.mark.parametrize("line, headline", [
    ("Ukraina Siap Bertemu Rusia di Istanbul", True),
    ("Harga Cabai Naik Lagi Jelang Lebaran", True),
    ("Lestarikan Budaya Pangan Lokal", True),
    ("Israel menarik delegasi dari Qatar pada Senin.", False),  # a sentence ends with a stop
    ("Menurut Kepala Dinas Pertanian Sukamaju Andi Wirawan", True),
    ("warga desa menanam padi di lahan baru yang dibuka tahun ini", False),  # not Title Case
    ("Populer", False),  # one word: a widget label, judged by the boilerplate stage
])
def test_nonevents_reads_as_headline(line, headline):
    assert reads_as_headline(line) is headline


def test_nonevents_link_and_caption_repeat_code_nothing(analyzer):
    doc = analyzer.analyze(Document(text=TEXT, published=date(2025, 3, 4)))
    lines = {s.index: s.text for s in doc.sentences}
    coded = [(e.type, e.source, e.target, lines[e.sentence]) for e in doc.events]
    # the surviving link and the caption that the body repeats carry no events
    assert not [c for c in coded if c[3].startswith(("Ukraina", "Qatar bertemu Mesir di Kairo, Senin"))]
    # the body's own events stay, once each
    assert [c[:3] for c in coded if c[:3] == ("CONSULT", "QAT", "EGY")] == [("CONSULT", "QAT", "EGY")]
    # the recall is coded once; the venue it is recalled from is no target (triggers.yaml: a delegation's "dari")
    assert [c[:2] for c in coded if c[0] == "SANCTION"] == [("SANCTION", "ISR")]
    assert ("SANCTION", "ISR", "QAT") not in {c[:3] for c in coded}


def test_nonevents_caption_fact_not_in_body_is_kept(analyzer):
    text = ("Israel Tarik Delegasi dari Doha\n\nKUNJUNGAN KERJA MENLU - Qatar bertemu Mesir di Kairo, Senin (3/3/2025).\n\n"
            "Israel menarik delegasi dari Qatar pada Senin setelah perundingan dengan Hamas buntu.\n")
    doc = analyzer.analyze(Document(text=text, published=date(2025, 3, 4)))
    assert ("CONSULT", "QAT", "EGY") in {(e.type, e.source, e.target) for e in doc.events}
