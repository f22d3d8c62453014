"""Byte order marks and the one NUL rule (issue 20), on the readers, the CLI and the web API.

The rule (docs/reliability.md): NUL characters are removed from the text and
the title, and the document gets an E218 note saying how many; the rest of the
document is analysed and stored. A file is refused as binary (E209) only when
over 10% of its first 8 KiB are control bytes. All texts are invented.
"""
from __future__ import annotations

import codecs
import json

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from linimasa.cli.main import cli

from linimasa.ingest.decode import decode_bytes
from linimasa.ingest.readers import ReadOptions, read_path, read_stdin
from linimasa.web.app import create_app

from .web_sample import sample_db

TEXT = ("Wali Kota Lembah Sari, Andi Kurniawan, meresmikan kafé “Rumah Kopi” di Jalan Melati pada Senin.\n"
        "Menurut Andi, kafé itu mempekerjakan 25 warga.")


@pytest.mark.parametrize("codec, bom, name", [
    ("utf-8", codecs.BOM_UTF8, "utf-8"),
    ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16"),
    ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16"),
    ("utf-32-le", codecs.BOM_UTF32_LE, "utf-32"),
    ("utf-32-be", codecs.BOM_UTF32_BE, "utf-32"),
])
def test_byte_order_marks_decide_the_encoding(tmp_path, codec, bom, name):
    data = bom + TEXT.replace("\n", "\r\n").encode(codec)
    decoded = decode_bytes(data, "x.txt")
    assert decoded.text == TEXT and decoded.encoding == name and decoded.nul_removed == 0
    path = tmp_path / "windows.txt"
    path.write_bytes(data)
    [doc] = list(read_path(path, ReadOptions()))
    assert not hasattr(doc, "code"), doc
    assert doc.text == TEXT and doc.meta["encoding"] == name and doc.notes == []


def test_utf16_bom_json_and_csv(tmp_path):
    (tmp_path / "a.json").write_bytes(codecs.BOM_UTF16_LE + json.dumps({"title": "Kafé", "text": TEXT},
                                                                        ensure_ascii=False).encode("utf-16-le"))
    (tmp_path / "b.csv").write_bytes(codecs.BOM_UTF16_LE + ("title,text\nKafé,\"" + TEXT + "\"\n").encode("utf-16-le"))
    docs = [d for name in ("a.json", "b.csv") for d in read_path(tmp_path / name, ReadOptions())]
    assert [(d.title, d.text) for d in docs] == [("Kafé", TEXT), ("Kafé", TEXT)]


def test_a_bom_on_text_that_does_not_decode_is_an_error_not_garbage():
    with pytest.raises(Exception) as info:
        decode_bytes(codecs.BOM_UTF16_LE + b"abc", "odd.txt")  # an odd number of bytes after the mark
    assert getattr(info.value, "code", None) == "E201" and "utf-16" in str(info.value)


@pytest.mark.parametrize("where", ["head", "tail"])
def test_nul_bytes_in_a_file_are_removed_with_a_note(tmp_path, where):
    """Before: a NUL in the first 8 KiB refused the article (E209); a later one was stored in the text."""
    padding = "Paragraf pengisi tentang pasar desa. " * (300 if where == "tail" else 0)
    raw = (TEXT[:20] + "\x00\x00" + TEXT[20:] + "\n" + padding + "Akhir\x00 berita.").encode("utf-8")
    path = tmp_path / "nul.txt"
    path.write_bytes(raw)
    [doc] = list(read_path(path, ReadOptions()))
    assert not hasattr(doc, "code"), doc
    assert "\x00" not in doc.text and doc.text.startswith(TEXT) and doc.text.endswith("Akhir berita.")
    assert doc.notes == [f"E218: {path}: 3 NUL character(s) were removed from the text."]


def test_nul_in_json_strings_and_stdin(tmp_path):
    path = tmp_path / "nul.jsonl"
    path.write_text(json.dumps({"title": "Judul\u0000 berita", "text": TEXT + "\u0000"}) + "\n", encoding="utf-8")
    [doc] = list(read_path(path, ReadOptions()))
    assert doc.title == "Judul berita" and doc.text == TEXT
    assert [n[:5] for n in doc.notes] == ["E218:"] and "2 NUL" in doc.notes[0]
    [doc] = list(read_stdin(TEXT.encode() + b"\x00", ReadOptions()))
    assert doc.text == TEXT and "1 NUL" in doc.notes[0]


def test_binary_files_are_still_refused(tmp_path):
    path = tmp_path / "gambar.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64)
    [error] = list(read_path(path, ReadOptions()))
    assert error.code == "E209"


def test_cli_analyze_applies_the_nul_rule(tmp_path):
    path = tmp_path / "nul.txt"
    path.write_bytes(TEXT.encode("utf-8").replace(b"Senin", b"Sen\x00in"))
    run = CliRunner().invoke(cli, ["analyze", "--published", "2025-03-03", str(path)])
    assert run.exit_code == 0, run.output
    [record] = [json.loads(line) for line in run.stdout.splitlines() if line.startswith("{")]
    text = " ".join(sentence["text"] for sentence in record["sentences"])
    assert "\x00" not in json.dumps(record) and "Senin" in text
    assert any(n.startswith("E218:") and "1 NUL" in n for n in record["notes"])


def test_api_post_applies_the_nul_rule(tmp_path_factory, analyzer):
    app = create_app(sample_db(tmp_path_factory, analyzer, "nul.duckdb"), allow_ingest=True, token="uji-nul",
                     analyzer=analyzer)
    body = {"documents": [{"title": "Kafé\u0000 baru", "text": TEXT.replace("Senin", "Sen\u0000in")}]}
    with TestClient(app) as client:
        response = client.post("/api/documents", json=body, headers={"Authorization": "Bearer uji-nul"})
        assert response.status_code == 200, response.text
        [result] = response.json()["results"]
        assert result["status"] == "new"
        stored = client.get(f"/api/documents/{result['doc_id']}").json()
        [notes] = app.state.database.store.con.execute(
            "SELECT notes FROM documents WHERE doc_id = ?", [result["doc_id"]]).fetchone()
    app.state.database.store.close()
    assert stored["title"] == "Kafé baru" and "\x00" not in stored["text"] and "Senin" in stored["text"]
    assert any(n.startswith("E218:") and "2 NUL" in n for n in notes), notes
