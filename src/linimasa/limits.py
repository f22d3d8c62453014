"""Size limits: no input may make one document cost unbounded time or memory.

A monitoring system reads whatever the web serves: a scraper bug can hand it a
50 MB line, a table flattened into one 100,000-character "sentence", or a page
naming thousands of people. Each limit below bounds one of those, and input
past a limit is cut with a record of the cut in `Document.notes` (stored in
`documents.notes`, written in the `notes` field of `linimasa analyze`), never
silently.

| limit | default | where it acts | what happens |
|---|---|---|---|
| `max_file_bytes` | 20 MiB | readers, before decoding | the file is refused: E201 |
| `max_document_chars` | 100,000 | readers (`_finish`) and `Analyzer` | text cut at a line or word break: E213 note |
| `max_sentence_chars` | 2,500 | after the `sentences` stage | the sentence is split into pieces: E214 note |
| `max_mentions` | 2,000 | after the `entities` stage | later mentions are dropped: E215 note |

Calibration (re-measure after changing a default, see docs/reliability.md):
on the 1,000 Detik 2025 articles the longest text is 17,734 characters, the
longest sentence the segmenter gives 2,267 and the most mentions in one
article 171, so no real article is cut (no E212-E215 note on any of them).
The document limit sits five times above real news. The sentence limit sits
just above the longest real sentence because the event coder and the figures
stage cost more than linear time within a sentence: on adversarial sentences
("warga menolak" repeated, "1,5 1,5 ...") 2,500 characters take up to 2.4 s
and 5,000 up to 10 s (tests/test_regex_backtracking.py, docs/reliability.md). Each limit can be set per run with an environment variable
(`LINIMASA_MAX_FILE_BYTES`, `LINIMASA_MAX_DOCUMENT_CHARS`,
`LINIMASA_MAX_SENTENCE_CHARS`, `LINIMASA_MAX_MENTIONS`) or in code with
`Analyzer(limits=Limits(...))` and `ReadOptions(max_bytes=..., max_chars=...)`.
"""
from __future__ import annotations

import dataclasses
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass

from .document import Document, Sentence
from .errors import MESSAGES

log = logging.getLogger(__name__)

ENV_PREFIX = "LINIMASA_"
# A cut looks back this share of the limit for a line break or space, so a word
# is not split unless the text has no break near the limit at all.
_BREAK_WINDOW = 0.2


@dataclass(frozen=True, slots=True)
class Limits:
    """Maximum sizes; see the module docstring for what each one bounds."""

    max_file_bytes: int = 20 * 1024 * 1024
    max_document_chars: int = 100_000
    max_sentence_chars: int = 2_500
    max_mentions: int = 2_000

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> "Limits":
        """Defaults, overridden by `LINIMASA_MAX_*` variables (positive integers)."""
        environ = os.environ if environ is None else environ
        values = {}
        for f in dataclasses.fields(cls):
            raw = environ.get(ENV_PREFIX + f.name.upper())
            if raw is None:
                continue
            try:
                value = int(raw.replace("_", ""))
            except ValueError:
                value = 0
            if value <= 0:
                log.warning("ignoring %s%s=%r: not a positive integer", ENV_PREFIX, f.name.upper(), raw)
                continue
            values[f.name] = value
        return cls(**values)


def note(code: str, **values) -> str:
    """A `Document.notes` entry: 'E213: <message>', in the style of the E210 language note."""
    return f"{code}: " + MESSAGES[code].format(**values)


def cut_point(text: str, start: int, limit: int) -> int:
    """Where to cut `text[start:]` to at most `limit` characters: after a line break or space near the limit."""
    end = start + limit
    if end >= len(text):
        return len(text)
    floor = end - int(limit * _BREAK_WINDOW)
    for breaker in ("\n", " "):
        at = text.rfind(breaker, max(start, floor), end)
        if at > start:
            return at + 1
    return end


def truncate_document(doc: Document, max_chars: int) -> Document:
    """Cut `doc.text` to at most `max_chars` characters, recording the cut in `doc.notes`.

    Runs before any stage, so every offset points into the kept text. The
    document id is the hash of the kept text: a rerun of the same input cuts it
    the same way and finds it stored.
    """
    size = len(doc.text)
    if size <= max_chars:
        return doc
    kept = cut_point(doc.text, 0, max_chars)
    doc.text = doc.text[:kept]
    doc.notes.append(note("E213", path=doc.path or "-", size=size, limit=max_chars, kept=kept))
    log.warning("%s: text of %d characters cut to %d", doc.path, size, kept)
    return doc


def split_long_sentences(doc: Document, max_chars: int) -> Document:
    """Split every sentence longer than `max_chars` into pieces of at most that size, renumbering all."""
    if all(s.end - s.start <= max_chars for s in doc.sentences):
        return doc
    text, out, long_ones = doc.text, [], 0
    for sentence in doc.sentences:
        if sentence.end - sentence.start <= max_chars:
            out.append(dataclasses.replace(sentence, index=len(out)))
            continue
        long_ones += 1
        pos = sentence.start
        while pos < sentence.end:
            end = min(cut_point(text, pos, max_chars), sentence.end)
            start, stop = pos, end
            while start < stop and text[start].isspace():
                start += 1
            while stop > start and text[stop - 1].isspace():
                stop -= 1
            if start < stop:
                out.append(Sentence(len(out), start, stop, text[start:stop]))
            pos = end
    doc.sentences = out
    doc.notes.append(note("E214", count=long_ones, limit=max_chars))
    return doc


def cap_mentions(doc: Document, max_mentions: int) -> Document:
    """Keep the first `max_mentions` mentions in text order, recording how many were dropped."""
    if len(doc.mentions) <= max_mentions:
        return doc
    found = len(doc.mentions)
    doc.mentions = sorted(doc.mentions, key=lambda m: (m.start, m.end))[:max_mentions]
    doc.notes.append(note("E215", found=found, limit=max_mentions))
    return doc


class _Bounded:
    """A stage followed by a limit check; keeps the stage's name for timings and errors."""

    def __init__(self, stage, check, limit: int):
        self.stage, self.check, self.limit = stage, check, limit
        self.stage_name = getattr(stage, "stage_name", type(stage).__name__)

    def __call__(self, doc: Document) -> Document:
        return self.check(self.stage(doc), self.limit)


# The stage after which each per-document limit is enforced, so that the
# stages that follow never see more than the limit allows.
_AFTER_STAGE = {"sentences": ("max_sentence_chars", split_long_sentences),
                "entities": ("max_mentions", cap_mentions)}


def bound_pipeline(pipeline, limits: Limits):
    """Wrap the stages of a built `Pipeline` that produce sentences and mentions with their limits."""
    for i, name in enumerate(pipeline.names):
        if name in _AFTER_STAGE and not isinstance(pipeline.stages[i], _Bounded):
            field_name, check = _AFTER_STAGE[name]
            pipeline.stages[i] = _Bounded(pipeline.stages[i], check, getattr(limits, field_name))
    return pipeline
