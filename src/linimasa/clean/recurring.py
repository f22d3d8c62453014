"""Corpus evidence for boilerplate: lines that recur across many articles of one outlet.

Page furniture that no rule foresaw ("SCROLL TO CONTINUE WITH CONTENT", a
newsletter prompt, a fixed disclaimer) shows itself by repetition: the same
short line in many different articles of the same outlet. `RecurringLines`
counts, per outlet, in how many documents each normalised line occurs, and
keeps those above a threshold. The boilerplate stage consults an instance
passed as `Resources.options["recurring_lines"]`.

Calibration (re-run `learn` and look at `lines()` after changing a constant):
on the 1,000 Detik articles of /work/shared/corpora/detik-2025 (one outlet),
lines found in 10 documents or more are all page furniture ("SCROLL TO
CONTINUE WITH CONTENT" in 985, "ADVERTISEMENT" in 42, a live-show prompt in
11). Below that the corpus holds follow-up and re-published stories: 14 lines
recur in 5-9 documents and 127 in 3-4, nearly all of them quotes and
paragraphs shared by related articles, which must stay. Hence the threshold is
the larger of `min_documents` (5, for small corpora) and `min_share` (1%) of
the outlet's documents. Lines longer than `max_chars` are paragraphs and are
never counted.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

_SPACE = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+")

# Calibrated on Detik 2025 (see module docstring).
MIN_DOCUMENTS = 5
MIN_SHARE = 0.01
MAX_CHARS = 200


def normalise_line(line: str) -> str:
    """NFKC, case-folded, whitespace collapsed, digit runs as '0' ("Halaman 2" == "Halaman 3")."""
    line = unicodedata.normalize("NFKC", line)
    return _DIGITS.sub("0", _SPACE.sub(" ", line).strip().casefold())


@dataclass
class RecurringLines:
    """Per outlet, the normalised lines found in at least `threshold(outlet)` documents."""

    min_documents: int = MIN_DOCUMENTS
    min_share: float = MIN_SHARE
    max_chars: int = MAX_CHARS
    # outlet -> normalised line -> number of documents it occurs in
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    documents: dict[str, int] = field(default_factory=dict)

    @classmethod
    def learn(cls, corpus: Iterable[tuple[str | None, str]], **settings) -> "RecurringLines":
        """Count lines over `corpus`, an iterable of (outlet, text)."""
        model = cls(**settings)
        for outlet, text in corpus:
            model.add(outlet, text)
        return model

    def add(self, outlet: str | None, text: str) -> None:
        key = outlet or ""
        seen = {normalise_line(line) for line in text.split("\n") if 0 < len(line.strip()) <= self.max_chars}
        seen.discard("")
        counter = self.counts.setdefault(key, {})
        for line in seen:
            counter[line] = counter.get(line, 0) + 1
        self.documents[key] = self.documents.get(key, 0) + 1

    def threshold(self, outlet: str | None) -> int:
        return max(self.min_documents, int(self.min_share * self.documents.get(outlet or "", 0) + 0.999))

    def lines(self, outlet: str | None = None) -> list[tuple[str, int]]:
        """Recurring lines of `outlet` with their document counts, most frequent first."""
        key = outlet or ""
        limit = self.threshold(key)
        found = [(line, n) for line, n in self.counts.get(key, {}).items() if n >= limit]
        return sorted(found, key=lambda item: (-item[1], item[0]))

    def is_recurring(self, outlet: str | None, line: str) -> bool:
        """True if `line` recurs for `outlet`; an unknown outlet is looked up in all outlets pooled."""
        if len(line.strip()) > self.max_chars:
            return False
        norm = normalise_line(line)
        keys = [outlet or ""] if (outlet or "") in self.counts else list(self.counts)
        return any(self.counts[k].get(norm, 0) >= self.threshold(k) for k in keys)

    def pruned(self) -> "RecurringLines":
        """A copy that keeps only the recurring lines (what is worth saving)."""
        kept = {key: dict(self.lines(key)) for key in self.counts}
        return RecurringLines(self.min_documents, self.min_share, self.max_chars, kept, dict(self.documents))

    def to_json(self) -> str:
        return json.dumps({
            "min_documents": self.min_documents, "min_share": self.min_share, "max_chars": self.max_chars,
            "documents": self.documents, "counts": self.pruned().counts,
        }, ensure_ascii=False, indent=1, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> "RecurringLines":
        data = json.loads(text)
        return cls(data["min_documents"], data["min_share"], data["max_chars"],
                   {k: dict(v) for k, v in data["counts"].items()}, dict(data["documents"]))

    def save(self, path: Path) -> None:
        Path(path).write_text(self.to_json(), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> "RecurringLines":
        return cls.from_json(Path(path).read_text(encoding="utf-8"))

    def summary(self) -> Counter:
        """Outlet -> number of recurring lines."""
        return Counter({key: len(self.lines(key)) for key in self.counts})
