"""Readers: every supported format, and every bad input as an error record."""
from __future__ import annotations

import json
from datetime import date

import pytest

from linimasa.document import Document, document_id
from linimasa.errors import InputError
from linimasa.ingest.readers import ReadOptions, iter_paths, read_all, read_path

ARTICLE = "Internasional\nMesir Tuan Rumah Perundingan Baru\nKairo menjadi tuan rumah perundingan tidak langsung pada Selasa.\n"


def items(tmp_path, name, content: bytes | str, options=ReadOptions()):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return list(read_path(path, options))


@pytest.mark.parametrize("name, content, expected", [
    ("a.txt", ARTICLE, {"text": ARTICLE, "title": None, "published": None}),
    ("a.txt", ARTICLE.replace("\n", "\r\n"), {"text": ARTICLE}),
    ("a.json", json.dumps({"text": ARTICLE, "title": "Judul", "published": "2024-02-06", "source": "Contoh",
                           "url": "https://contoh.example/a", "topik": "gaza"}),
     {"text": ARTICLE, "title": "Judul", "published": date(2024, 2, 6), "source": "Contoh",
      "url": "https://contoh.example/a"}),
    ("a.json", json.dumps({"text": ARTICLE, "published": "2024-02-06T08:30:00+07:00"}),
     {"published": date(2024, 2, 6)}),
])
def test_readers_read_each_format(tmp_path, name, content, expected):
    [doc] = items(tmp_path, name, content)
    assert isinstance(doc, Document)
    for field, value in expected.items():
        assert getattr(doc, field) == value


def test_readers_keep_unknown_json_fields_as_metadata(tmp_path):
    [doc] = items(tmp_path, "a.json", json.dumps({"text": ARTICLE, "topik": "gaza", "id": "x1"}))
    assert doc.meta["topik"] == "gaza" and doc.meta["id"] == "x1"


def test_readers_jsonl_bad_line_is_an_error_and_the_rest_is_read(tmp_path):
    lines = [json.dumps({"text": "Hamas menolak usulan itu."}), "{not json", json.dumps({"judul": "tanpa teks"}),
             "", json.dumps({"text": "Israel menyerang Rafah."})]
    got = items(tmp_path, "b.jsonl", "\n".join(lines))
    kinds = [(type(i).__name__, getattr(i, "code", None), getattr(i, "line", None) or i.meta.get("line")) for i in got]
    assert kinds == [("Document", None, 1), ("InputError", "E203", 2), ("InputError", "E204", 3),
                     ("Document", None, 5)]


def test_readers_csv_column_options(tmp_path):
    content = "judul,isi,tanggal,tautan\nA,Polisi menangkap dua orang.,2025-03-01,https://x.example/1\n"
    options = ReadOptions(text_col="isi", title_col="judul", date_col="tanggal", url_col="tautan")
    [doc] = items(tmp_path, "c.csv", content, options)
    assert (doc.text, doc.title, doc.published, doc.url) == (
        "Polisi menangkap dua orang.", "A", date(2025, 3, 1), "https://x.example/1")


def test_readers_csv_missing_text_column_is_one_error(tmp_path):
    [error] = items(tmp_path, "c.csv", "judul,tanggal\nA,2025-03-01\n")
    assert isinstance(error, InputError) and error.code == "E205" and "text" in error.message


def test_readers_html_uses_trafilatura_text_and_metadata(tmp_path):
    page = """<html><head><title>Qatar Umumkan Jeda Kemanusiaan</title>
    <meta property="article:published_time" content="2023-11-22T09:00:00+07:00">
    <meta property="og:site_name" content="ContohWarta"></head><body>
    <nav>Beranda | Internasional | Olahraga</nav>
    <article><h1>Qatar Umumkan Jeda Kemanusiaan</h1>
    <p>Kementerian Luar Negeri Qatar mengumumkan pada Rabu bahwa Israel dan Hamas menyepakati jeda kemanusiaan selama empat hari.</p>
    <p>Kesepakatan itu dicapai setelah berminggu-minggu perundingan yang dimediasi Qatar, Mesir, dan Amerika Serikat di Doha.</p>
    </article><footer>© 2023 ContohWarta</footer></body></html>"""
    [doc] = items(tmp_path, "p.html", page)
    assert isinstance(doc, Document)
    assert "jeda kemanusiaan selama empat hari" in doc.text
    assert "Beranda" not in doc.text
    assert doc.title == "Qatar Umumkan Jeda Kemanusiaan"
    assert doc.published == date(2023, 11, 22)


@pytest.mark.parametrize("name, content, code", [
    ("empty.txt", b"", "E202"),
    ("blank.txt", b"  \n\n ", "E202"),
    ("binary.txt", bytes(range(256)) * 4, "E209"),
    ("bad.json", b"{\"text\": ", "E203"),
    ("list.json", b"[1, 2]", "E203"),
    ("notext.json", b"{\"title\": \"x\"}", "E204"),
    ("baddate.json", b"{\"text\": \"Ada teks.\", \"published\": \"kemarin\"}", "E207"),
    ("a.pdf", b"%PDF-1.4", "E206"),
])
def test_readers_bad_input_gives_an_error_record(tmp_path, name, content, code):
    [error] = items(tmp_path, name, content)
    assert isinstance(error, InputError)
    assert error.code == code
    assert name in error.message


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_readers_decode_legacy_encodings_and_record_them(tmp_path, encoding):
    text = "Menteri itu berkata: “Kami menolak usulan itu” — ujarnya di Kairo. Café ditutup."
    if encoding == "latin-1":
        text = "Menteri itu berkata bahwa café di Kairo ditutup; harga naik 5°."
    [doc] = items(tmp_path, "old.txt", text.encode(encoding))
    assert doc.text == text
    assert doc.meta["encoding"] != "utf-8"


def test_readers_repair_mojibake(tmp_path):
    original = "Dia menolak ‘syarat’ itu dalam pertemuan di kafé “Nusantara di Kairo."
    garbled = original.encode("utf-8").decode("cp1252")
    [doc] = items(tmp_path, "m.txt", garbled)
    assert doc.text == original


def test_readers_walk_folders_recursively_in_order(tmp_path):
    (tmp_path / "b" / "c").mkdir(parents=True)
    for rel in ("z.txt", "b/a.json", "b/c/d.txt", "b/skip.pdf", "b/.hidden.txt"):
        (tmp_path / rel).write_text("{}" if rel.endswith(".json") else "Teks.", encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in iter_paths([tmp_path])]
    assert found == ["b/a.json", "b/c/d.txt", "z.txt"]


def test_readers_options_override_date_and_source(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    [doc] = list(read_all([tmp_path], ReadOptions(published=date(2024, 1, 2), source="Contoh")))
    assert (doc.published, doc.source) == (date(2024, 1, 2), "Contoh")


@pytest.mark.parametrize("a, b, same", [
    ("Hamas menolak usulan itu.", "Hamas menolak usulan itu.", True),
    ("Hamas menolak usulan itu.", "  hamas  menolak\nusulan itu. ", True),
    ("Hamas menolak usulan itu.", "Hamas menerima usulan itu.", False),
])
def test_document_id_is_a_hash_of_the_normalised_text(a, b, same):
    assert (document_id(a) == document_id(b)) is same
    assert len(document_id(a)) == 16


@pytest.mark.parametrize("column, expected", [
    (["21/10/2025 20:43", "1/2/2025"], [date(2025, 10, 21), date(2025, 2, 1)]),
    (["10/21/2025 20:43", "1/2/2025"], [date(2025, 10, 21), date(2025, 1, 2)]),
    (["4/2/2025", "5/3/2025"], [date(2025, 2, 4), date(2025, 3, 5)]),
    (["2025-10-21", "2025-02-01T07:00:00+07:00"], [date(2025, 10, 21), date(2025, 2, 1)]),
])
def test_readers_csv_numeric_dates_take_their_order_from_the_column(tmp_path, column, expected):
    rows = "\n".join(f"Polisi menangkap {i} orang.,{value}" for i, value in enumerate(column))
    docs = items(tmp_path, "d.csv", "text,published\n" + rows + "\n")
    assert [doc.published for doc in docs] == expected


def test_readers_date_format_option(tmp_path):
    options = ReadOptions(date_format="%d %B %Y")
    [doc] = items(tmp_path, "d.json", json.dumps({"text": "Ada teks.", "published": "07 October 2023"}), options)
    assert doc.published == date(2023, 10, 7)
