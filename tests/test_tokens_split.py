"""Tokens: the tokenizer's exceptions and the stage's offsets."""
import pytest

from linimasa.clean.boilerplate import BoilerplateStage
from linimasa.clean.headline import HeadlineStage
from linimasa.document import Document
from linimasa.language.segment import SentenceStage
from linimasa.language.tokens import TokenStage, make_nlp
from linimasa.resources import Resources


@pytest.fixture(scope="module")
def nlp():
    return make_nlp()


@pytest.mark.parametrize("text, tokens", [
    ("Rapat digelar Selasa, (4/2/2025) siang.", ["Rapat", "digelar", "Selasa", ",", "(", "4/2/2025", ")", "siang", "."]),
    ("Sidang dibuka Senin (20/10).", ["Sidang", "dibuka", "Senin", "(", "20/10", ")", "."]),
    ("Konflik Israel-Hamas berlanjut.", ["Konflik", "Israel", "-", "Hamas", "berlanjut", "."]),
    ("Pembicaraan AS-Hamas jarang terjadi.", ["Pembicaraan", "AS", "-", "Hamas", "jarang", "terjadi", "."]),
    ("Ada tanda-tanda di masing-masing desa.", ["Ada", "tanda-tanda", "di", "masing-masing", "desa", "."]),
    ("Rumah-rumah warga pro-Israel itu.", ["Rumah-rumah", "warga", "pro-Israel", "itu", "."]),
    ("Juara ke-3 bebas COVID-19.", ["Juara", "ke-3", "bebas", "COVID-19", "."]),
    ("Warga Gaza-nya mengungsi.", ["Warga", "Gaza", "-nya", "mengungsi", "."]),
    ("Harga 1.200 naik 1,3 juta.", ["Harga", "1.200", "naik", "1,3", "juta", "."]),
])
def test_tokenizer(nlp, text, tokens):
    assert [t.text for t in nlp.tokenizer(text)] == tokens


def test_stage_offsets_point_into_text():
    resources = Resources()
    stages = [BoilerplateStage(resources), HeadlineStage(resources), SentenceStage(resources), TokenStage(resources)]
    text = "Judul Berita tentang Rapat Desa Hari Ini\n\nRapat  dimulai pagi. Warga Israel-Hamas hadir (4/2/2025).\nEditor: Ani"
    doc = Document(text=text)
    for stage in stages:
        doc = stage(doc)
    assert [(t.sentence, t.text) for t in doc.tokens] == [
        (0, "Rapat"), (0, "dimulai"), (0, "pagi"), (0, "."),
        (1, "Warga"), (1, "Israel"), (1, "-"), (1, "Hamas"), (1, "hadir"), (1, "("), (1, "4/2/2025"), (1, ")"), (1, "."),
    ]
    assert all(text[t.start:t.end] == t.text for t in doc.tokens)
