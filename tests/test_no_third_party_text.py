"""The project quotes no third-party article text.

The seed articles, the 30 development articles and the Detik corpus under ../shared are other people's
copyrighted text, lent for evaluation only. A rule, test sentence or doc example copied from them would
also be a rule fitted to one sentence. This test looks for any run of EIGHT consecutive words of those
texts in the project's code, data, tests and docs, and fails with the file and the words it found.
"""
from __future__ import annotations

import csv
import json
import re
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT, SHARED

N = 8
WORD = re.compile(r"\w+", re.UNICODE)
PROJECT_DIRS = ("src", "tests", "docs", "scripts", "benchmarks", "data")
SUFFIXES = {".py", ".yaml", ".yml", ".md", ".json", ".txt", ".html", ".jsonl", ".js", ".csv"}
# the bundled sample corpus is written by the project; tests/fixtures may hold feed XML with words only
SKIP = {ROOT / "tests" / "test_no_third_party_text.py"}
# Names are facts, not text: an organisation's full name may be eight words long and belongs in the
# actor dictionary. Each entry says which name it is; any eight-word run inside one is allowed.
ALLOWED = {
    "badan bantuan dan pekerjaan pbb untuk pengungsi palestina",  # UNRWA's Indonesian name, igo.yaml
    "menteri pendayagunaan aparatur negara dan reformasi birokrasi panrb",  # a minister's official title
    "affiliate edu tiktok shop by tokopedia celestine astinissa indraswari",  # a name as the program printed it
}


def _words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def _grams(words: list[str]):
    return (" ".join(words[i:i + N]) for i in range(len(words) - N + 1))


def _third_party_texts():
    for path in sorted((SHARED / "seeds").glob("*")):
        if path.is_file():
            yield path.name, path.read_text(encoding="utf-8", errors="replace")
    for path in sorted((SHARED / "eval" / "dev").glob("*.json")):
        if path.name.endswith(".gold.json"):
            continue
        record = json.loads(path.read_text(encoding="utf-8"))
        yield path.name, f"{record.get('title') or ''}\n{record.get('text') or ''}"
    corpus = SHARED / "corpora" / "detik-2025" / "data_berita.csv"
    if corpus.exists():
        csv.field_size_limit(10**8)
        with corpus.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                yield f"detik-{row.get('id')}", f"{row.get('judul') or ''}\n{row.get('isi_berita') or ''}"


def _project_files():
    """The project's own files: tracked or new, never what git ignores (benchmark work files, venvs)."""
    try:
        listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", *PROJECT_DIRS], cwd=ROOT,
                                capture_output=True, text=True, check=True).stdout.splitlines()
        paths = [ROOT / line for line in listed]
    except (OSError, subprocess.CalledProcessError):  # not a git checkout: walk the folders
        paths = [path for folder in PROJECT_DIRS if (ROOT / folder).exists() for path in (ROOT / folder).rglob("*")]
    for path in paths:
        if path.is_file() and path.suffix in SUFFIXES and path not in SKIP and "results" not in path.parts:
            yield path


@pytest.mark.skipif(not (SHARED / "seeds").exists(), reason="../shared is absent")
def test_no_eight_word_run_of_third_party_text():
    grams: dict[str, str] = {}
    for name, text in _third_party_texts():
        for gram in _grams(_words(text)):
            grams.setdefault(gram, name)
    found = []
    for path in _project_files():
        words = _words(path.read_text(encoding="utf-8", errors="replace"))
        last = -N
        for i, gram in enumerate(_grams(words)):
            if gram in grams and not any(gram in name for name in ALLOWED) and i >= last + N:
                found.append(f"{path.relative_to(ROOT)}: '{gram}' (from {grams[gram]})")
                last = i
    assert not found, "third-party text copied into the project:\n" + "\n".join(found)
