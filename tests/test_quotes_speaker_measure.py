"""scripts/quote_speakers.py: a quote counts against the analyser when it has no named speaker
although a person, a body or an earlier speaker was named before it in the article."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = importlib.util.spec_from_file_location("quote_speakers", ROOT / "scripts" / "quote_speakers.py")
quote_speakers = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(quote_speakers)


def quote(start, speaker_text, speaker=None):
    return {"start": start, "end": start + 5, "text": "kutip", "kind": "direct",
            "speaker": speaker, "speaker_text": speaker_text}


def test_quotes_speaker_measure_counts_unnamed_quotes_after_a_name(tmp_path):
    article = {"title": "Rapat desa", "doc_id": "a",
               "mentions": [{"start": 40, "end": 44, "type": "PER"}, {"start": 5, "end": 9, "type": "LOC"}],
               "quotes": [quote(10, None),            # before any name: nobody could tell who speaks
                          quote(50, "Budi"),          # named
                          quote(80, "dia"),           # a bare pronoun after a name: counts
                          quote(120, None),           # no speaker after a name: counts
                          quote(160, "dia", "RUDI")]}  # a pronoun resolved to an actor: named
    lonely = {"title": "Tanpa nama", "doc_id": "b", "mentions": [], "quotes": [quote(10, None)]}
    path = tmp_path / "analysis.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in (article, lonely, {"error": {"code": "E1"}})) + "\n")
    counts, bad = quote_speakers.measure(str(path))
    assert counts == {"documents": 2, "quotes": 6, "none": 3, "pronoun": 1, "against": 2}
    assert [q["start"] for _, q in bad] == [80, 120]
