"""Readers: files and folders to `Document`s, one error record per bad input.

Each reader yields `Document` or `InputError` items, so one broken file or line
never stops a batch. Folders are walked recursively in sorted order, which makes
ingest order (and so the "earliest copy" of a duplicate) reproducible.

Supported: .txt (the headline stage finds the title), .json (one document
object), .jsonl (one per line), .csv (column options), .html/.htm (trafilatura).
"""
from __future__ import annotations

import csv
import io
import json
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from ..document import Document
from ..errors import InputError
from ..isolation import READ, item_error, safe_text
from ..limits import Limits, note, truncate_document
from .decode import decode_bytes, strip_nul

log = logging.getLogger(__name__)

SUFFIXES = (".txt", ".json", ".jsonl", ".csv", ".html", ".htm")
DOCUMENT_FIELDS = ("text", "title", "published", "source", "url", "id")
# Inputs past this size are refused before decoding; see linimasa.limits and docs/reliability.md.
DEFAULT_MAX_BYTES = Limits().max_file_bytes


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to read inputs. CSV column names default to the document fields."""

    text_col: str = "text"
    title_col: str | None = "title"
    date_col: str | None = "published"
    url_col: str | None = "url"
    source_col: str | None = "source"
    date_format: str | None = None  # strptime format of input dates, e.g. "%m/%d/%Y %H:%M"
    published: date | None = None  # overrides any date read from the input
    source: str | None = None  # names the outlet of every input
    max_bytes: int = field(default_factory=lambda: Limits.from_env().max_file_bytes)
    max_chars: int = field(default_factory=lambda: Limits.from_env().max_document_chars)  # longer texts are cut (E213 note)


Item = Document | InputError


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named, and supported files under folders named, recursively and sorted."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUFFIXES and not child.name.startswith("."):
                    yield child
        else:
            yield path


# "21/10/2025", "10/21/2025 20:43", "21-10-2025": day, month and year with a separator.
_NUMERIC_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T].*)?$")


def numeric_date_order(values: Iterable[str]) -> str:
    """"DMY" or "MDY" for a column of numeric dates, from the values that settle it.

    A first number over 12 can only be a day, a second over 12 only a day. When
    no value settles it, Indonesian usage (day first) decides.
    """
    for value in values:
        match = _NUMERIC_DATE.match(str(value or "").strip())
        if match:
            first, second = int(match.group(1)), int(match.group(2))
            if first > 12 >= second:
                return "DMY"
            if second > 12 >= first:
                return "MDY"
    return "DMY"


def parse_date(value, path: str, *, date_format: str | None = None, order: str = "DMY") -> date | None:
    """A date from ISO text, a `date_format` (strptime), or a numeric D/M/Y or M/D/Y date."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if date_format:
        try:
            return datetime.strptime(text, date_format).date()
        except ValueError:
            raise InputError("E207", path=path, value=text) from None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    match = _NUMERIC_DATE.match(text)
    if match:
        first, second, year = (int(g) for g in match.groups())
        day, month = (first, second) if order == "DMY" else (second, first)
        try:
            return date(year, month, day)
        except ValueError:
            pass
    raise InputError("E207", path=path, value=text)


def _text_field(obj: dict, name: str, location: str) -> str | None:
    """A document field that is text: numbers are written as text ("title": 2025), objects and lists refused (E217)."""
    value = obj.get(name)
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float, date)) and not isinstance(value, bool):
        return str(value)
    raise InputError("E217", path=location, field=name, kind=f"a JSON {type(value).__name__}")


def _clean_strings(doc: Document) -> None:
    """The one NUL rule (docs/reliability.md): NUL characters are removed from text and title, with an E218 note.

    Lone surrogates ("\\ud800" in JSON) cannot be stored as UTF-8 and become U+FFFD.
    """
    removed = doc.meta.pop("nul_removed", 0)
    doc.text, count = strip_nul(doc.text)
    removed += count
    if doc.title:
        doc.title, count = strip_nul(doc.title)
        removed += count
    for name in ("text", "title", "source", "url"):
        value = getattr(doc, name)
        if value:
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                setattr(doc, name, value.encode("utf-8", "surrogatepass").decode("utf-8", "replace"))
    if removed:
        doc.notes.append(note("E218", path=doc.path or "-", count=removed))


def _finish(doc: Document, options: ReadOptions) -> Document:
    _clean_strings(doc)
    if options.published is not None:
        doc.published = options.published
    if options.source:
        doc.source = options.source
    if not doc.text.strip():
        raise InputError("E202", path=doc.path, line=doc.meta.get("line"))
    return truncate_document(doc, options.max_chars)


def document_from_object(obj, path: str, options: ReadOptions, line: int | None = None,
                         date_order: str = "DMY") -> Document:
    """A contract document object (`text` required) to a Document; unknown fields become metadata."""
    if not isinstance(obj, dict):
        raise InputError("E203", path=path, line=line, reason=f"got {type(obj).__name__}")
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputError("E204", path=path, line=line, fields=", ".join(sorted(obj)) or "no fields")
    meta = {k: v for k, v in obj.items() if k not in DOCUMENT_FIELDS}
    if obj.get("id") is not None:
        meta["id"] = obj["id"]
    if line is not None:
        meta["line"] = line
    location = f"{path}:{line}" if line is not None else path
    doc = Document(
        text=text.replace("\r\n", "\n"),
        title=_text_field(obj, "title", location),
        published=parse_date(obj.get("published"), location, date_format=options.date_format, order=date_order),
        source=_text_field(obj, "source", location),
        url=_text_field(obj, "url", location),
        path=path,
        meta=meta,
    )
    return _finish(doc, options)


def _name(path: Path) -> str:
    """The path as stored and shown: a name that is not UTF-8 (bytes escaped by the OS layer) gets `\\xNN` escapes."""
    return safe_text(path)


def _read_text(path: Path, options: ReadOptions, nul: dict | None = None) -> tuple[str, str]:
    """The decoded text and its encoding; the number of NUL bytes removed goes to `nul["nul_removed"]`."""
    size = path.stat().st_size
    if size > options.max_bytes:
        raise InputError("E201", path=_name(path), reason=f"it is {size:,} bytes, over the limit of {options.max_bytes:,}")
    decoded = decode_bytes(path.read_bytes(), _name(path))
    if nul is not None and decoded.nul_removed:
        nul["nul_removed"] = decoded.nul_removed
    # The repair changes the text, so it is recorded with the encoding (documents.encoding).
    return decoded.text, decoded.encoding + (" (mojibake repaired)" if decoded.repaired_mojibake else "")


def read_txt(path: Path, options: ReadOptions) -> Iterator[Item]:
    meta: dict = {}
    text, encoding = _read_text(path, options, meta)
    doc = Document(text=text, path=_name(path), meta={"encoding": encoding, **meta})
    yield _finish(doc, options)


def read_json(path: Path, options: ReadOptions) -> Iterator[Item]:
    meta: dict = {}
    text, encoding = _read_text(path, options, meta)
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError("E203", path=_name(path), line=exc.lineno, reason=exc.msg) from exc
    doc = document_from_object(obj, _name(path), options)
    doc.meta.setdefault("encoding", encoding)
    if meta:
        doc.notes.append(note("E218", path=doc.path, count=meta["nul_removed"]))
    yield doc


def read_jsonl(path: Path, options: ReadOptions) -> Iterator[Item]:
    text, _ = _read_text(path, options)  # NUL bytes between records carry no text: removed silently
    for number, raw in enumerate(text.split("\n"), start=1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
            yield document_from_object(obj, _name(path), options, line=number)
        except json.JSONDecodeError as exc:
            yield InputError("E203", path=_name(path), line=number, reason=exc.msg)
        except InputError as exc:
            yield exc
        except Exception as exc:  # noqa: BLE001 - one line's failure is that line's error (linimasa.isolation)
            yield item_error(exc, path=path, line=number, stage=READ)


def read_csv(path: Path, options: ReadOptions) -> Iterator[Item]:
    text, _ = _read_text(path, options)
    csv.field_size_limit(options.max_bytes)
    reader = csv.DictReader(io.StringIO(text))
    header = reader.fieldnames or []
    if options.text_col not in header:
        raise InputError("E205", path=_name(path), column=options.text_col, header=", ".join(header) or "empty")
    columns = {
        "text": options.text_col, "title": options.title_col, "published": options.date_col,
        "url": options.url_col, "source": options.source_col,
    }
    rows = list(reader)
    order = numeric_date_order(row.get(options.date_col) for row in rows) if options.date_col in header else "DMY"
    for number, row in enumerate(rows, start=2):
        obj = {field: row.get(column) for field, column in columns.items() if column and column in row}
        obj.update({k: v for k, v in row.items() if k not in columns.values() and k is not None})
        try:
            yield document_from_object(obj, _name(path), options, line=number, date_order=order)
        except InputError as exc:
            yield exc
        except Exception as exc:  # noqa: BLE001 - one row's failure is that row's error (linimasa.isolation)
            yield item_error(exc, path=path, line=number, stage=READ)


def read_html(path: Path, options: ReadOptions) -> Iterator[Item]:
    import trafilatura

    meta: dict = {}
    html, encoding = _read_text(path, options, meta)
    result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, favor_precision=True)
    extracted = result.as_dict() if result is not None else None
    if not extracted or not (extracted.get("text") or "").strip():
        raise InputError("E208", path=_name(path))
    doc = Document(
        text=extracted["text"],
        title=extracted.get("title") or None,
        published=parse_date(extracted.get("date"), _name(path)),
        source=extracted.get("sitename") or None,
        url=extracted.get("url") or None,
        path=_name(path),
        meta={"encoding": encoding, "author": extracted.get("author"), "format": "html", **meta},
    )
    yield _finish(doc, options)


READERS = {
    ".txt": read_txt, ".json": read_json, ".jsonl": read_jsonl, ".csv": read_csv,
    ".html": read_html, ".htm": read_html,
}


def read_path(path: Path, options: ReadOptions = ReadOptions()) -> Iterator[Item]:
    """Documents from one file; errors become `InputError` items, never exceptions."""
    reader = READERS.get(path.suffix.lower())
    try:
        if reader is None:
            raise InputError("E206", path=_name(path), suffix=path.suffix or "(none)")
        if not path.exists():
            raise InputError("E201", path=_name(path), reason="no such file")
        yield from reader(path, options)
    except InputError as exc:
        yield item_error(exc, path=path, stage=READ)
    except (OSError, UnicodeError, ValueError, csv.Error) as exc:
        yield InputError("E201", path=_name(path), reason=f"{type(exc).__name__}: {exc}")
    except Exception as exc:  # noqa: BLE001 - the per-item boundary (linimasa.isolation): the batch goes on
        yield item_error(exc, path=path, stage=READ)


def read_stdin(data: bytes, options: ReadOptions = ReadOptions()) -> Iterator[Item]:
    try:
        if len(data) > options.max_bytes:
            raise InputError("E201", path="-", reason=f"it is {len(data):,} bytes, over the limit of {options.max_bytes:,}")
        decoded = decode_bytes(data, "-")
        meta = {"encoding": decoded.encoding, **({"nul_removed": decoded.nul_removed} if decoded.nul_removed else {})}
        yield _finish(Document(text=decoded.text, path="-", meta=meta), options)
    except Exception as exc:  # noqa: BLE001 - InputError or any other: the item's error (linimasa.isolation)
        yield item_error(exc, path="-", stage=READ)


def read_all(paths: Iterable[str | Path], options: ReadOptions = ReadOptions()) -> Iterator[Item]:
    for path in iter_paths(paths):
        yield from read_path(path, options)
