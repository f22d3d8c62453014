"""Issue 9: the bad-input matrix, through `linimasa ingest` and `linimasa analyze`.

One folder holds good articles next to every kind of bad input. One real
`linimasa ingest` process (a subprocess, so its memory can be measured) reads
it all; each case then asserts its own record: the error row in
`ingest_errors` naming the input and the reason, or the stored document with
its recorded encoding or note, and that every good document of the same batch
was stored with its sentences. `linimasa analyze` on the same folder must give
the same verdicts as error objects.
"""
from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from linimasa.cli.main import cli
from linimasa.document import document_id
from linimasa.limits import Limits

LINIMASA = str(Path(sys.executable).with_name("linimasa"))

# Good articles, written for these tests.
GOOD = {
    "good/banjir.txt": (
        "Banjir Rendam Ratusan Rumah di Kudus\n"
        "Banjir merendam sekitar 300 rumah di Kabupaten Kudus pada Kamis pagi setelah hujan deras turun "
        "sejak malam. Badan Penanggulangan Bencana Daerah mengirim perahu karet untuk mengevakuasi warga. "
        "Kepala desa setempat mengatakan air mulai surut pada sore hari.\n"),
    "good/pasar.txt": (
        "Pedagang Pasar Minta Harga Sewa Diturunkan\n"
        "Puluhan pedagang Pasar Johar menggelar unjuk rasa di depan kantor wali kota pada Selasa. "
        "Mereka meminta pemerintah kota menurunkan harga sewa kios yang naik dua kali lipat. "
        "Wali kota berjanji akan menemui perwakilan pedagang pekan depan.\n"),
}
GOOD_JSONL_TEXT = ("Petani di Lombok mulai menanam padi setelah hujan pertama turun pekan ini. Dinas pertanian "
                   "membagikan benih gratis kepada 500 petani di tiga kecamatan.")
GOOD_CSV_TEXT = ("Kementerian Kesehatan membuka posko layanan kesehatan di terminal bus selama musim mudik. "
                 "Petugas memeriksa tekanan darah para sopir sebelum berangkat.")
LATIN1_TEXT = ("Kafe di Jalan Braga ditutup sementara\n"
               "Pemilik café itu mengatakan suhu di dapur mencapai 45° sehingga mesin pendingin rusak. "
               "Pengelola berharap café dibuka kembali pekan depan setelah perbaikan selesai.\n")
CP1252_TEXT = ("Warga Menolak Rencana Tambang\n"
               "Warga desa itu menolak rencana tambang pasir — mereka khawatir sungai tercemar. "
               "“Kami tidak mau kehilangan sawah,” kata seorang petani kepada wartawan pada Rabu.\n")
MOJIBAKE_TEXT = ("Menteri Menyebut Proyek Itu “Prioritas”\n"
                 "Menteri perhubungan menyebut pembangunan pelabuhan itu sebagai “prioritas nasional” dalam rapat "
                 "dengan DPR pada Senin. Ia meminta kontraktor mempercepat pekerjaan.\n")
INVALID_UTF8_HEAD = ("Harga Cabai Naik Tajam\n"
                     "Harga cabai rawit di pasar tradisional naik menjadi Rp 90.000 per kilogram — tertinggi tahun ini. "
                     "“Pasokan dari petani berkurang,” kata seorang pedagang. ")
INVALID_UTF8_TAIL = "Pemerintah daerah berencana menggelar operasi pasar pekan depan.\n"
ENGLISH_TEXT = ("Ministers Meet Over Fuel Prices\n"
                "The energy minister met oil company executives on Monday to discuss rising fuel prices. "
                "Opposition lawmakers called the plan unfair and demanded a public hearing before any change. "
                "Analysts expect the decision to be announced next week.\n")
BOILERPLATE_TEXT = ("ADVERTISEMENT\nSCROLL TO CONTINUE WITH CONTENT\nBaca juga: Harga emas turun hari ini\n"
                    "Copyright © 2025 ContohWarta. All rights reserved.\n")
SCRIPT_ARTICLE = (
    "<p>Polisi menangkap dua tersangka pencurian sepeda motor di Bandung pada Senin malam. Kepala kepolisian "
    "sektor setempat mengatakan kedua tersangka sudah lama diincar warga.</p>"
    "<p>Barang bukti berupa dua unit motor dan kunci palsu kini disimpan di kantor polisi.</p>")
HUGE_BYTES = 50 * 1024 * 1024
BIG_LINE_BYTES = 1_000_000


def _html(depth: int) -> str:
    return ("<html><head><title>Polisi Tangkap Pencuri Motor</title><script>var x = '</p>'; alert('jahat')</script>"
            "</head><body>" + "<div>" * depth + "<article><h1>Polisi Tangkap Pencuri Motor</h1>"
            "<script>document.write('<img src=x onerror=alert(1)>')</script>" + SCRIPT_ARTICLE + "</article>"
            + "</div>" * depth + "</body></html>")


def garble(text: str) -> str:
    """UTF-8 text read as cp1252, as a browser shows it: the closing quote becomes 'â€' + U+009D."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode("utf-8"))


def build_folder(root: Path) -> None:
    for rel, text in GOOD.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64)
    with open(root / "huge.txt", "wb") as out:  # one 50 MB line, written in chunks
        chunk = ("kata " * 200_000).encode("ascii")
        for _ in range(HUGE_BYTES // len(chunk) + 1):
            out.write(chunk)
    words = "Pemerintah desa membangun jalan baru untuk warga "  # no sentence end in 1 MB
    (root / "bigline.txt").write_text(words * (BIG_LINE_BYTES // len(words)), encoding="utf-8")
    (root / "latin1.txt").write_bytes(LATIN1_TEXT.encode("latin-1"))
    (root / "cp1252.txt").write_bytes(CP1252_TEXT.encode("cp1252"))
    (root / "mojibake.txt").write_text(garble(MOJIBAKE_TEXT), encoding="utf-8")
    (root / "invalid_utf8.txt").write_bytes(INVALID_UTF8_HEAD.encode("utf-8") + b"\xff\xfe\xc3"
                                            + INVALID_UTF8_TAIL.encode("utf-8"))
    (root / "lines.jsonl").write_text("\n".join([
        json.dumps({"text": GOOD_JSONL_TEXT, "title": "Petani Mulai Tanam Padi", "published": "2025-01-14"}),
        '{"text": "Tanda kutip tidak ditutup, ',
        json.dumps({"judul": "tanpa isi"}),
        "[1, 2, 3]",
    ]) + "\n", encoding="utf-8")
    (root / "nocolumn.csv").write_text("judul,tanggal\nBerita tanpa isi,2025-01-02\n", encoding="utf-8")
    (root / "shortrows.csv").write_text(
        f'title,published,text\nPosko Mudik,2025-03-20,"{GOOD_CSV_TEXT}"\nBaris Pendek,2025-03-21\n',
        encoding="utf-8")
    (root / "script.html").write_text(_html(40), encoding="utf-8")
    (root / "deep.html").write_text(_html(5000), encoding="utf-8")
    (root / "boilerplate.txt").write_text(BOILERPLATE_TEXT, encoding="utf-8")
    (root / "english.txt").write_text(ENGLISH_TEXT, encoding="utf-8")


@pytest.fixture(scope="module")
def matrix(tmp_path_factory):
    """Run one `linimasa ingest` process over the matrix; return its outcome and the database rows."""
    root = tmp_path_factory.mktemp("matrix")
    inputs = root / "in"
    inputs.mkdir()
    build_folder(inputs)
    db = root / "m.duckdb"
    began = time.monotonic()
    proc = subprocess.Popen([LINIMASA, "ingest", "--db", str(db), "in"], cwd=root, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        stdout, stderr = proc.communicate(timeout=240)
    except subprocess.TimeoutExpired:
        proc.kill()
        pytest.fail("linimasa ingest hung on the bad-input matrix")
    seconds = time.monotonic() - began
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    con = duckdb.connect(str(db), read_only=True)
    errors = {(row[0], row[1]): (row[2], row[3]) for row in
              con.execute("SELECT path, line, code, message FROM ingest_errors").fetchall()}
    fields = ("path", "line", "language", "encoding", "notes", "text", "doc_id")
    docs = [dict(zip(fields, row)) for row in con.execute(f"SELECT {', '.join(fields)} FROM documents").fetchall()]
    sentences = dict(con.execute("SELECT doc_id, count(*) FROM sentences GROUP BY doc_id").fetchall())
    counts = {t: con.execute(f"SELECT count(*) FROM {t} WHERE doc_id = ?", [d["doc_id"]]).fetchone()[0]
              for t in ("events", "mentions") for d in docs if d["path"] == "in/english.txt"}
    con.close()
    return {"root": root, "rc": proc.returncode, "stdout": stdout, "stderr": stderr, "seconds": seconds,
            "peak_mib": peak_kib / 1024, "errors": errors, "docs": docs, "sentences": sentences,
            "english_counts": counts}


def _assert_good_stored(matrix):
    stored = {d["doc_id"] for d in matrix["docs"]}
    for rel, text in GOOD.items():
        doc_id = document_id(text)
        assert doc_id in stored, f"good document {rel} was not stored"
        assert matrix["sentences"].get(doc_id, 0) >= 3, f"good document {rel} has no sentences"
    for text in (GOOD_JSONL_TEXT, GOOD_CSV_TEXT):
        assert document_id(text) in stored
        assert matrix["sentences"].get(document_id(text), 0) >= 2


# (path, line) -> (code, words the message must contain)
ERROR_CASES = [
    ("in/empty.txt", 0, "E202", "no text"),
    ("in/binary.txt", 0, "E209", "binary"),
    ("in/huge.txt", 0, "E201", "over the limit"),
    ("in/lines.jsonl", 2, "E203", "not a JSON object"),
    ("in/lines.jsonl", 3, "E204", "'text' field"),
    ("in/lines.jsonl", 4, "E203", "got list"),
    ("in/nocolumn.csv", 0, "E205", "column 'text'"),
    ("in/shortrows.csv", 3, "E204", "'text' field"),
    ("in/deep.html", 0, "E208", "no main text"),
    ("in/boilerplate.txt", 0, "E212", "only boilerplate"),
]


@pytest.mark.parametrize("path, line, code, words", ERROR_CASES, ids=[f"{c[0]}:{c[1]}" for c in ERROR_CASES])
def test_reliability_bad_input_gets_an_error_record_and_the_batch_is_stored(matrix, path, line, code, words):
    assert (path, line) in matrix["errors"], f"no error record for {path}:{line}; have {sorted(matrix['errors'])}"
    got_code, message = matrix["errors"][(path, line)]
    assert got_code == code
    assert path in message and words in message
    assert not any(d["path"] == path and (d["line"] or 0) == line for d in matrix["docs"])
    _assert_good_stored(matrix)


@pytest.mark.parametrize("path, encoding, text", [
    ("in/latin1.txt", "cp1252", LATIN1_TEXT),  # Latin-1 text is also valid cp1252 when it has no C1 bytes
    ("in/cp1252.txt", "cp1252", CP1252_TEXT),
    ("in/mojibake.txt", "utf-8 (mojibake repaired)", MOJIBAKE_TEXT),
])
def test_reliability_legacy_encodings_are_decoded_and_recorded(matrix, path, encoding, text):
    [doc] = [d for d in matrix["docs"] if d["path"] == path]
    assert doc["encoding"] == encoding
    assert doc["text"] == text
    assert doc["language"] == "id"
    assert matrix["sentences"][doc["doc_id"]] >= 2
    _assert_good_stored(matrix)


def test_reliability_invalid_utf8_is_replaced_not_misdetected(matrix):
    [doc] = [d for d in matrix["docs"] if d["path"] == "in/invalid_utf8.txt"]
    assert doc["encoding"] == "utf-8 (3 invalid byte sequence(s) replaced)"
    assert doc["text"] == INVALID_UTF8_HEAD + "\ufffd" * 3 + INVALID_UTF8_TAIL  # accents and quotes intact
    _assert_good_stored(matrix)


def test_reliability_html_scripts_are_dropped_from_the_text(matrix):
    [doc] = [d for d in matrix["docs"] if d["path"] == "in/script.html"]
    assert "Polisi menangkap dua tersangka" in doc["text"]
    assert "alert" not in doc["text"] and "document.write" not in doc["text"] and "<" not in doc["text"]
    _assert_good_stored(matrix)


def test_reliability_non_indonesian_is_reported_and_not_coded(matrix):
    [doc] = [d for d in matrix["docs"] if d["path"] == "in/english.txt"]
    assert doc["language"] == "en"
    assert any(n.startswith("E210") for n in doc["notes"])
    assert matrix["english_counts"] == {"events": 0, "mentions": 0}
    assert "not Indonesian" in matrix["stdout"] and "english.txt" in matrix["stdout"]
    _assert_good_stored(matrix)


def test_reliability_oversized_line_is_cut_with_a_record(matrix):
    [doc] = [d for d in matrix["docs"] if d["path"] == "in/bigline.txt"]
    limits = Limits()
    assert len(doc["text"]) <= limits.max_document_chars
    assert any(n.startswith("E213") and f"over the limit of {limits.max_document_chars:,}" in n for n in doc["notes"])
    assert any(n.startswith("E214") for n in doc["notes"])  # the one long "sentence" was split
    _assert_good_stored(matrix)


def test_reliability_matrix_ingest_is_bounded_and_says_what_failed(matrix):
    assert matrix["rc"] == 1  # some inputs failed
    assert f"{len(ERROR_CASES)} failed" in matrix["stdout"], matrix["stdout"]
    assert matrix["seconds"] < 180
    assert matrix["peak_mib"] < 2048, f"peak memory {matrix['peak_mib']:.0f} MiB with a 50 MB input"


def test_reliability_analyze_gives_the_same_verdicts_as_error_objects(matrix):
    root = matrix["root"] / "in"
    files = [str(root / name) for name in ("empty.txt", "binary.txt", "lines.jsonl", "nocolumn.csv",
                                            "boilerplate.txt", "english.txt", "good/banjir.txt")]
    result = CliRunner().invoke(cli, ["analyze", *files])
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    verdicts = [(r["error"]["code"] if "error" in r else r["language"]) for r in records]
    assert verdicts == ["E202", "E209", "id", "E203", "E204", "E203", "E205", "E212", "en", "id"]
    english = records[8]
    assert english["events"] == [] and any(n.startswith("E210") for n in english["notes"])
    assert records[-1]["sentences"] and records[-1]["doc_id"] == document_id(GOOD["good/banjir.txt"])


def test_reliability_env_limits_are_applied_by_the_cli(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(GOOD["good/banjir.txt"], encoding="utf-8")
    result = CliRunner(env={"LINIMASA_MAX_DOCUMENT_CHARS": "120"}).invoke(cli, ["analyze", str(path)])
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(record["sentences"][-1]["text"]) < 120 and record["sentences"][-1]["end"] <= 120
    assert any(n.startswith("E213") and "over the limit of 120" in n for n in record["notes"])
    assert os.environ.get("LINIMASA_MAX_DOCUMENT_CHARS") is None
