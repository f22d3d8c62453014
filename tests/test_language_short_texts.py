"""Language identification on one-sentence news (issue 22): briefs, captions, alerts, headlines.

The texts in tests/data/language_short_texts.tsv were written for the project. None of the
Indonesian ones may be skipped as foreign; the English, Malay and Javanese ones get their code.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from linimasa.analysis import Analyzer
from linimasa.cli.main import cli
from linimasa.document import Document
from linimasa.pipeline import build_pipeline
from linimasa.resources import Resources

DATA = Path(__file__).parent / "data" / "language_short_texts.tsv"


def _rows() -> list[tuple[str, str]]:
    rows = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            language, text = line.split("\t", 1)
            rows.append((language, text))
    return rows


ROWS = _rows()


@pytest.fixture(scope="module")
def front():
    """The stages up to and including `language`, as the pipeline runs them."""
    return build_pipeline(Resources.default(), ["boilerplate", "headline", "language"])


def test_the_table_has_the_issue_22_counts():
    counts = {code: sum(1 for language, _ in ROWS if language == code) for code in ("id", "en", "ms", "jv")}
    assert counts["id"] >= 200 and counts["en"] >= 20 and counts["ms"] >= 20 and counts["jv"] >= 20


@pytest.mark.parametrize("language, text", ROWS, ids=[f"{lang}-{i}" for i, (lang, _) in enumerate(ROWS)])
def test_short_text_language(front, language, text):
    doc = front(Document(text=text))
    assert doc.language == language


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer(Resources.default())


def test_malay_is_analysed_with_a_note(analyzer):
    doc = analyzer.analyze(Document(text="Polis menahan tiga lelaki selepas rompakan di sebuah kedai emas pada Khamis."))
    assert doc.language == "ms"
    assert any(n.startswith("E219") for n in doc.notes)
    assert doc.sentences and doc.mentions is not None and doc.tokens


def test_indonesian_short_text_is_analysed_without_a_note(analyzer):
    doc = analyzer.analyze(Document(text="Polisi menangkap Budi Santoso di Kota Sukamaju."))
    assert doc.language == "id" and doc.notes == []
    assert any(m.text == "Budi Santoso" for m in doc.mentions)


def test_one_sentence_brief_with_a_credit_keeps_its_entities(analyzer):
    doc = analyzer.analyze(Document(text="Polisi menangkap Budi Santoso di Kota Sukamaju.\n(ant/abc)"))
    assert doc.title is None and len(doc.sentences) == 1
    assert {m.text for m in doc.mentions} >= {"Budi Santoso"}


@pytest.mark.parametrize("text, language", [
    ("The harbour authority closed the port after the storm damaged two piers.", "en"),
    ("Udan deres wiwit wingi sore, warga padha ngungsi menyang balai desa.", "jv"),
])
def test_foreign_text_is_reported_not_dropped(text, language):
    result = CliRunner().invoke(cli, ["analyze", "-"], input=text)
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["language"] == language
    assert any(n.startswith("E210") and f"'{language}'" in n for n in record["notes"])
    assert record["events"] == [] and record["mentions"] == []


def test_ingest_lists_foreign_documents_and_codes_malay(tmp_path):
    (tmp_path / "id.txt").write_text("Polisi menangkap dua pelaku pencurian di Pasar Baru pada Senin.\n", encoding="utf-8")
    (tmp_path / "ms.txt").write_text("Polis menahan tiga lelaki selepas rompakan di sebuah kedai emas pada Khamis.\n",
                                     encoding="utf-8")
    (tmp_path / "en.txt").write_text("The harbour authority closed the port after the storm damaged two piers.\n",
                                     encoding="utf-8")
    result = CliRunner().invoke(cli, ["ingest", "--db", str(tmp_path / "x.db"), str(tmp_path)])
    assert result.exit_code == 0, result.output
    reported = [line for line in result.output.splitlines() if "not Indonesian" in line]
    assert len(reported) == 1 and reported[0].endswith("en.txt")
