"""Headline stage: the title and its span."""
import pytest

from linimasa.clean.boilerplate import BoilerplateStage
from linimasa.clean.headline import HeadlineStage
from linimasa.document import Document
from linimasa.resources import Resources

LEAD = "Pemerintah kota membuka dua taman baru bagi warga pada akhir pekan ini, kata wali kota kepada wartawan."


@pytest.fixture(scope="module")
def stages():
    resources = Resources()
    return BoilerplateStage(resources), HeadlineStage(resources)


def run(stages, text, **fields):
    doc = Document(text=text, **fields)
    for stage in stages:
        doc = stage(doc)
    return doc


@pytest.mark.parametrize("text, title", [
    (f"Kota Buka Dua Taman Baru untuk Warga\n\n{LEAD}", "Kota Buka Dua Taman Baru untuk Warga"),
    (f"  Kota Buka Dua Taman Baru untuk Warga  \n{LEAD}", "Kota Buka Dua Taman Baru untuk Warga"),
    (f"Lingkungan\n\nKota Buka Dua Taman Baru untuk Warga\n\n{LEAD}", "Kota Buka Dua Taman Baru untuk Warga"),
    (f"Editor: Rina\nKota Buka Dua Taman Baru untuk Warga\n{LEAD}", "Kota Buka Dua Taman Baru untuk Warga"),
    (f"Taman Baru Dibuka\n\n{LEAD}", "Taman Baru Dibuka"),
    (f"{LEAD}\nWarga menyambut baik rencana itu.", None),
    ("Taman dibuka. Warga datang sejak pagi untuk melihat bunga yang baru ditanam.", None),
    # issue 22: the only content line is the content, whatever boilerplate follows it
    ("Polisi menangkap Budi Santoso di Kota Sukamaju.\n(ant/abc)", None),
    ("Polisi menangkap Budi Santoso di Kota Sukamaju.\nBaca juga: Harga cabai naik lagi", None),
    ("Dua taman baru dibuka di Kota Sukamaju.\n\nFoto: Dok. Pemkot", None),
    ("Kota Buka Dua Taman Baru untuk Warga\n\nBaca juga: Harga cabai naik lagi", None),
])
def test_title_from_text(stages, text, title):
    doc = run(stages, text)
    assert doc.title == title
    if title is None:
        assert doc.title_span is None
    else:
        assert doc.text[doc.title_span[0]:doc.title_span[1]] == title


def test_given_title_is_kept_and_located(stages):
    text = f"Kota Buka Dua Taman Baru untuk Warga\n{LEAD}"
    doc = run(stages, text, title="kota buka dua taman  baru untuk warga ")
    assert doc.title == "kota buka dua taman  baru untuk warga"
    assert doc.title_span == (0, len("Kota Buka Dua Taman Baru untuk Warga"))


def test_given_title_absent_from_text(stages):
    doc = run(stages, LEAD, title="Dua Taman Baru")
    assert doc.title == "Dua Taman Baru"
    assert doc.title_span is None
