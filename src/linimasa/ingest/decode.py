"""Bytes to text: detect binary input, decode, normalise line ends.

UTF-8 is tried first because nearly all news text is UTF-8; only when it fails
is charset-normalizer asked, and the encoding it found is recorded so a user can
see why an article reads as it does. Mojibake from a double decode ("â€œ") is
repaired where the repair is unambiguous (the garbled sequence re-encodes as
cp1252 and decodes as UTF-8).
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

from ..errors import InputError

# A file whose first 8 KiB hold this share of control bytes (NUL included) is binary.
# A few NUL bytes in text are removed with a note (E218), the same rule as for
# NUL characters in JSON strings and API posts (docs/reliability.md, issue 20).
_SNIFF = 8192
_CONTROL_SHARE = 0.10
_WESTERN = "cp1252"


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    repaired_mojibake: bool = False
    nul_removed: int = 0


# UTF-16 and UTF-32 byte order marks, longest first (the UTF-32 LE mark starts with the
# UTF-16 LE one). The UTF-8 mark needs no branch: the UTF-8 decode below is "utf-8-sig".
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"), (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"), (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)


def _bom(data: bytes) -> tuple[int, str, str] | None:
    """(BOM length, codec, name stored as documents.encoding) when `data` starts with a byte order mark."""
    for mark, codec, name in _BOMS:
        if data.startswith(mark):
            return len(mark), codec, name
    return None


def strip_nul(text: str) -> tuple[str, int]:
    """`text` without NUL characters, and how many there were (the one NUL rule: removed, with a note)."""
    count = text.count("\x00")
    return (text.replace("\x00", ""), count) if count else (text, 0)


def _looks_binary(data: bytes) -> str | None:
    head = data[:_SNIFF]
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    if head and control / len(head) > _CONTROL_SHARE:
        return f"{control / len(head):.0%} of its first bytes are control characters"
    return None


def _cp1252_char(byte: int) -> str:
    """The character a browser shows for `byte` read as cp1252; its five undefined bytes stay C1 controls."""
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


# UTF-8 bytes shown as cp1252: a lead byte (C2-F4) followed by continuation bytes (80-BF).
# The two ranges are disjoint, so each match is one would-be UTF-8 sequence.
_CHAR_BYTE = {_cp1252_char(b): b for b in range(0x80, 0x100)}
_MOJIBAKE = re.compile("[{}][{}]{{1,3}}".format(
    re.escape("".join(_cp1252_char(b) for b in range(0xC2, 0xF5))),
    re.escape("".join(_cp1252_char(b) for b in range(0x80, 0xC0)))))


def _repair_mojibake(text: str) -> tuple[str, bool]:
    """Undo a UTF-8 text decoded as cp1252, one sequence at a time.

    Sequence by sequence rather than the whole text: a page often mixes correct
    accents with garbled quotes, and the closing quote ” garbles to "â€" plus
    the C1 control U+009D, which cp1252 cannot encode back. A sequence that
    does not decode as UTF-8 is left as it was.
    """
    repaired = False

    def fix(match: re.Match) -> str:
        nonlocal repaired
        try:
            fixed = bytes(_CHAR_BYTE[ch] for ch in match.group(0)).decode("utf-8")
        except UnicodeDecodeError:
            return match.group(0)
        repaired = True
        return fixed

    text = _MOJIBAKE.sub(fix, text)
    return text, repaired


def _damaged_utf8(data: bytes) -> tuple[str, int] | None:
    """UTF-8 text with a few invalid sequences (a cut download, a stray byte), decoded with U+FFFD.

    Without this, one bad byte sends the whole file to charset-normalizer,
    which then guesses a legacy code page (cp1125, mac_latin2 seen in tests)
    and garbles every accented letter and curly quote. It counts as damaged
    UTF-8 when it has valid multi-byte sequences and at most twice as many
    invalid ones; legacy text (Latin-1 "é" as one byte) has almost no valid
    multi-byte sequence, since a lone accented byte is never one.
    """
    text = data.decode("utf-8-sig", errors="replace")
    invalid = text.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    valid_multibyte = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    if valid_multibyte and 0 < invalid <= 2 * valid_multibyte:
        return text, invalid
    return None


def decode_bytes(data: bytes, path: str) -> Decoded:
    """Decode `data` read from `path`; raise InputError for binary or undecodable input.

    A byte order mark decides the encoding (a UTF-16 Windows export is half NUL
    bytes, and was refused as binary); NUL characters are then removed and counted.
    """
    bom = _bom(data)
    if bom is not None:
        size, codec, name = bom
        try:
            text = data[size:].decode(codec)
        except UnicodeDecodeError as exc:
            raise InputError("E201", path=path, reason=f"it starts with a {name} byte order mark but is not {name}: {exc.reason}") from None
        text, nul = strip_nul(text)
        return Decoded(text.replace("\r\n", "\n").replace("\r", "\n"), name, nul_removed=nul)
    reason = _looks_binary(data)
    if reason:
        raise InputError("E209", path=path, reason=reason)
    try:
        text = data.decode("utf-8-sig")
        encoding = "utf-8"
    except UnicodeDecodeError:
        damaged = _damaged_utf8(data)
        if damaged is not None:
            text, invalid = damaged
            text, nul = strip_nul(text)
            return Decoded(text.replace("\r\n", "\n").replace("\r", "\n"),
                           f"utf-8 ({invalid} invalid byte sequence(s) replaced)", nul_removed=nul)
        matches = from_bytes(data)
        best = matches.best()
        if best is None:
            raise InputError("E201", path=path, reason="the encoding could not be detected") from None
        if any(_WESTERN in m.could_be_from_charset for m in matches):
            # Legacy Indonesian web text is Windows-1252 in practice. On a short text
            # charset-normalizer ranks code pages that decode the same bytes equally
            # well and may put cp1006 (Urdu) or cp1125 (Cyrillic) first ("café" ->
            # "cafﻠ"); when cp1252 decodes the bytes too, it wins.
            text, encoding = data.decode(_WESTERN), _WESTERN
        else:
            text, encoding = str(best), best.encoding
    text, repaired = _repair_mojibake(text)
    text, nul = strip_nul(text)
    return Decoded(text.replace("\r\n", "\n").replace("\r", "\n"), encoding, repaired, nul)
