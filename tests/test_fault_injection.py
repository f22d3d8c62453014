"""Fault injection (issue 20): one item that fails anywhere never costs the other items of a batch.

Each reader, each pipeline stage and the store are made to raise an arbitrary
exception (ImportError, UnicodeDecodeError, MemoryError, KeyError, ...) for
ONE input among good ones. Every good input must be stored every time, and the
bad one reported with its path, the stage and a short reason. All texts are
invented for these tests.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import linimasa.batch as batch_module
from linimasa.batch import ingest
from linimasa.ingest import readers
from linimasa.store.db import Store
from linimasa.web.ingest import ingest_objects

GOOD = {
    "alpha.txt": "Bupati Rantau Sejahtera meresmikan pasar baru di Kecamatan Lembah Hijau pada Senin.\n\n"
                 "Warga menyambut pasar itu dengan gembira, kata Camat Budi Santosa.",
    "beta.json": json.dumps({"title": "Nelayan Teluk Damai menolak tambang pasir",
                             "text": "Ratusan nelayan Teluk Damai berunjuk rasa di depan kantor bupati pada Selasa. "
                                     "Mereka menolak rencana tambang pasir laut di perairan desa."}),
    "gamma.csv": "title,text\nSekolah baru dibuka,\"Pemerintah Kabupaten Sungai Jernih membuka sekolah dasar baru "
                 "pada Rabu. Kepala dinas pendidikan Siti Rahayu mengatakan sekolah itu menampung 300 murid.\"\n",
}
BAD_TEXT = "Polisi Kota Bukit Angin menangkap dua pencuri sepeda motor pada Kamis malam di Jalan Kenanga."
BAD_FILES = {
    ".txt": BAD_TEXT,
    ".json": json.dumps({"text": BAD_TEXT}),
    ".jsonl": json.dumps({"text": BAD_TEXT}) + "\n",
    ".csv": "text\n\"" + BAD_TEXT + "\"\n",
    ".html": f"<html><head><title>Pencurian</title></head><body><article><p>{BAD_TEXT}</p>"
             f"<p>Kapolsek Ahmad Fauzi mengatakan kedua pelaku sudah ditahan.</p></article></body></html>",
}
BAD_FILES[".htm"] = BAD_FILES[".html"]


def _exceptions() -> list[BaseException]:
    return [
        ImportError("lxml.html.clean module is now a separate project lxml_html_clean"),
        UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"),
        UnicodeEncodeError("utf-8", "\udcff", 0, 1, "surrogates not allowed"),
        MemoryError(),
        KeyError("title"),
        RecursionError("maximum recursion depth exceeded"),
        TypeError("expected str, got int"),
    ]


EXCEPTIONS = _exceptions()
IDS = [type(e).__name__ for e in EXCEPTIONS]


def _corpus(folder: Path, bad_suffix: str | None = ".txt") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in GOOD.items():
        (folder / name).write_text(text, encoding="utf-8")
    if bad_suffix:
        (folder / f"zz_bad{bad_suffix}").write_text(BAD_FILES[bad_suffix], encoding="utf-8")
    return folder


def _stored_paths(store: Store) -> set[str]:
    return {Path(row[0]).name for row in store.con.execute("SELECT path FROM documents").fetchall()}


def _in_corpus(store: Store) -> set[str]:
    return {Path(row[0]).name for row in store.con.execute(
        "SELECT d.path FROM documents d JOIN corpus_documents c USING (doc_id)").fetchall()}


def _run(tmp_path: Path, analyzer, bad_suffix: str = ".txt"):
    folder = _corpus(tmp_path / "in", bad_suffix)
    with Store(tmp_path / "db.duckdb") as store:
        summary = ingest([folder], store, analyzer=analyzer)
        stored, in_corpus = _stored_paths(store), _in_corpus(store)
        errors = store.errors()
    return summary, stored, in_corpus, errors


def _assert_isolated(summary, stored, in_corpus, errors, stage: str, exc: BaseException, bad_suffix: str = ".txt"):
    assert set(GOOD) <= stored, f"a good input was lost: stored {sorted(stored)}"
    assert set(GOOD) <= in_corpus
    assert len(summary.failed) == 1, [e.message for e in summary.failed]
    error = summary.failed[0]
    assert Path(error.path).name == f"zz_bad{bad_suffix}"
    assert error.values.get("stage") == stage
    assert type(exc).__name__ in error.message
    assert any(Path(e["path"]).name == f"zz_bad{bad_suffix}" for e in errors), "the error was not recorded"


# Every exception through the .txt reader; ImportError, MemoryError and KeyError through the others.
READER_CASES = [(suffix, exc) for suffix in sorted(readers.READERS) for exc in EXCEPTIONS
                if suffix == ".txt" or type(exc) in (ImportError, MemoryError, KeyError)]


@pytest.mark.parametrize("suffix, exc", READER_CASES, ids=[f"{s}-{type(e).__name__}" for s, e in READER_CASES])
def test_each_reader_raising_for_one_file(tmp_path, analyzer, monkeypatch, suffix, exc):
    original = readers.READERS[suffix]

    def failing(path, options):
        if path.name.startswith("zz_bad"):
            raise exc
        return original(path, options)

    monkeypatch.setitem(readers.READERS, suffix, failing)
    summary, stored, in_corpus, errors = _run(tmp_path, analyzer, suffix)
    assert "zz_bad" + suffix not in stored
    if isinstance(exc, UnicodeError):  # a decoding failure keeps its older, more precise E201 message
        assert summary.failed[0].code == "E201"
        assert set(GOOD) <= stored and len(summary.failed) == 1
        return
    assert summary.failed[0].code == "E216"
    _assert_isolated(summary, stored, in_corpus, errors, "read", exc, suffix)


def test_each_stage_raising_for_one_document(tmp_path, analyzer, monkeypatch):
    """Every stage of the pipeline fails in turn (each with another exception) for the one bad document."""
    pipeline = analyzer.pipeline
    assert len(pipeline.stages) >= 10
    for index, name in enumerate(pipeline.names):
        exc = EXCEPTIONS[index % len(EXCEPTIONS)]
        original = pipeline.stages[index]

        def failing(doc, _original=original, _exc=exc):
            if (doc.path or "").endswith("zz_bad.txt"):
                raise _exc
            return _original(doc)

        with monkeypatch.context() as patch:
            patch.setattr(pipeline, "stages", [*pipeline.stages[:index], failing, *pipeline.stages[index + 1:]])
            summary, stored, in_corpus, errors = _run(tmp_path / name, analyzer)
        assert set(GOOD) <= stored, f"stage {name}: a good input was lost"
        assert set(GOOD) <= in_corpus
        assert [Path(e.path).name for e in summary.failed] == ["zz_bad.txt"], f"stage {name}"
        error = summary.failed[0]
        assert error.code == "E211" and error.values["stage"].startswith(name), (name, error.message)
        assert type(exc).__name__ in error.message
        assert errors and Path(errors[0]["path"]).name == "zz_bad.txt"


@pytest.mark.parametrize("exc", EXCEPTIONS, ids=IDS)
def test_store_raising_for_one_document(tmp_path, analyzer, monkeypatch, exc):
    original = Store._insert_batch

    def failing(self, docs):
        if any((d.path or "").endswith("zz_bad.txt") for d in docs):
            raise exc
        return original(self, docs)

    monkeypatch.setattr(Store, "_insert_batch", failing)
    summary, stored, in_corpus, errors = _run(tmp_path, analyzer)
    assert "zz_bad.txt" not in stored
    assert summary.new == len(GOOD)
    _assert_isolated(summary, stored, in_corpus, errors, "store", exc)


@pytest.mark.parametrize("exc", EXCEPTIONS[:4], ids=IDS[:4])
def test_corpus_update_raising_for_one_document(tmp_path, analyzer, monkeypatch, exc):
    original = batch_module.update_corpus
    bad_ids: set[str] = set()

    def failing(store, doc_ids, **kwargs):
        if not bad_ids:
            bad_ids.update(r[0] for r in store.con.execute(
                "SELECT doc_id FROM documents WHERE path LIKE '%zz_bad.txt'").fetchall())
        if bad_ids & set(doc_ids):
            raise exc
        return original(store, doc_ids, **kwargs)

    monkeypatch.setattr(batch_module, "update_corpus", failing)
    summary, stored, in_corpus, errors = _run(tmp_path, analyzer)
    assert "zz_bad.txt" in stored and "zz_bad.txt" not in in_corpus  # the next ingest finishes it
    _assert_isolated(summary, stored, in_corpus, errors, "corpus", exc)


def test_file_name_that_is_not_utf8(tmp_path, analyzer):
    """A name with byte 0xFF (Linux allows any bytes) was a UnicodeEncodeError in the store that lost the batch."""
    folder = _corpus(tmp_path / "in", None)
    bad = os.path.join(os.fsencode(folder), b"berita_\xff\xfe.txt")
    with open(bad, "wb") as handle:
        handle.write(BAD_TEXT.encode("utf-8"))
    with Store(tmp_path / "db.duckdb") as store:
        summary = ingest([folder], store, analyzer=analyzer)
        stored = _stored_paths(store)
        in_corpus = _in_corpus(store)
    assert summary.failed == []
    assert set(GOOD) <= stored and set(GOOD) <= in_corpus
    assert "berita_\\xff\\xfe.txt" in stored  # the undecodable bytes are shown escaped


@pytest.mark.parametrize("title, expected", [(2025, "2025"), (3.5, "3.5"), ("Judul biasa", "Judul biasa")])
def test_json_title_that_is_a_number_is_text(tmp_path, analyzer, title, expected):
    folder = _corpus(tmp_path / "in", None)
    (folder / "angka.json").write_text(json.dumps({"title": title, "text": BAD_TEXT}), encoding="utf-8")
    with Store(tmp_path / "db.duckdb") as store:
        summary = ingest([folder], store, analyzer=analyzer)
        titles = dict(store.con.execute("SELECT path, title FROM documents").fetchall())
    assert summary.failed == []
    assert {Path(p).name: t for p, t in titles.items()}["angka.json"] == expected


def test_json_title_that_is_an_object_is_reported_clearly(tmp_path, analyzer):
    folder = _corpus(tmp_path / "in", None)
    (folder / "objek.json").write_text(json.dumps({"title": {"id": 1}, "text": BAD_TEXT}), encoding="utf-8")
    with Store(tmp_path / "db.duckdb") as store:
        summary = ingest([folder], store, analyzer=analyzer)
        stored = _stored_paths(store)
    assert set(GOOD) <= stored
    assert [e.code for e in summary.failed] == ["E217"]
    assert "'title'" in summary.failed[0].message and "please report" not in summary.failed[0].message


@pytest.mark.parametrize("exc", EXCEPTIONS[:5], ids=IDS[:5])
def test_api_post_with_one_document_the_store_refuses(tmp_path, analyzer, monkeypatch, exc):
    """The web API's POST: the bad object is an error entry, the others are stored."""
    original = Store._insert_batch

    def failing(self, docs):
        if any("Bukit Angin" in d.text for d in docs):
            raise exc
        return original(self, docs)

    monkeypatch.setattr(Store, "_insert_batch", failing)
    objects = [{"text": GOOD["alpha.txt"]}, {"text": BAD_TEXT, "title": 7},
               json.loads(GOOD["beta.json"]), {"text": "x", "title": ["daftar"]}]
    with Store(tmp_path / "db.duckdb") as store:
        results = ingest_objects(objects, store, analyzer)
        count = store.con.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert [r.status for r in results] == ["new", "error", "new", "error"]
    assert type(exc).__name__ in results[1].message and "store" in results[1].message
    assert results[3].code == "E217"
    assert count == 2


@pytest.mark.parametrize("exc", EXCEPTIONS[:5], ids=IDS[:5])
def test_cli_analyze_goes_on_after_one_failing_input(tmp_path, monkeypatch, exc):
    """`linimasa analyze`: the .html reader fails (as without lxml_html_clean); the other files are written."""
    from click.testing import CliRunner

    from linimasa.cli.main import cli

    original = readers.READERS[".html"]

    def failing(path, options):
        if path.name.startswith("zz_bad"):
            raise exc
        return original(path, options)

    monkeypatch.setitem(readers.READERS, ".html", failing)
    folder = _corpus(tmp_path / "in", ".html")
    run = CliRunner().invoke(cli, ["analyze", str(folder)])
    records = [json.loads(line) for line in run.stdout.splitlines() if line.startswith("{")]
    assert run.exit_code == 1  # an input failed
    assert len(records) == len(GOOD) + 1
    errors = [r for r in records if "error" in r]
    assert len(errors) == 1 and "zz_bad.html" in errors[0]["path"]
    expected = "E201" if isinstance(exc, UnicodeError) else "E216"  # a decoding failure keeps its E201
    assert errors[0]["error"]["code"] == expected and type(exc).__name__ in errors[0]["error"]["message"]
