"""Bytes to text: detect binary input, decode, normalise line ends.

UTF-8 is tried first because nearly all news text is UTF-8; only when it fails
is charset-normalizer asked, and the encoding it found is recorded so a user can
see why an article reads as it does. Mojibake from a double decode ("â€œ") is
repaired when the repair is unambiguous (the text re-encodes as cp1252 and
decodes as UTF-8).
"""
from __future__ import annotations

from dataclasses import dataclass

from charset_normalizer import from_bytes

from ..errors import InputError

# A file whose first 8 KiB hold a NUL byte or this share of control bytes is binary.
_SNIFF = 8192
_CONTROL_SHARE = 0.10
_WESTERN = "cp1252"
_MOJIBAKE_MARKS = ("â€", "Ã©", "Ã¨", "Ã¢", "â€™", "Ã")


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    repaired_mojibake: bool = False


def _looks_binary(data: bytes) -> str | None:
    head = data[:_SNIFF]
    if b"\x00" in head:
        return "it contains NUL bytes"
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    if head and control / len(head) > _CONTROL_SHARE:
        return f"{control / len(head):.0%} of its first bytes are control characters"
    return None


def _repair_mojibake(text: str) -> tuple[str, bool]:
    if not any(mark in text for mark in _MOJIBAKE_MARKS):
        return text, False
    try:
        fixed = text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text, False
    return fixed, True


def _damaged_utf8(data: bytes) -> tuple[str, int] | None:
    """UTF-8 text with a few invalid sequences (a cut download, a stray byte), decoded with U+FFFD.

    Without this, one bad byte sends the whole file to charset-normalizer,
    which then guesses a legacy code page (cp1125, mac_latin2 seen in tests)
    and garbles every accented letter and curly quote. It counts as damaged
    UTF-8 when valid multi-byte sequences outnumber the invalid ones; legacy
    text (Latin-1 "é" as one byte) has no valid multi-byte sequence at all.
    """
    text = data.decode("utf-8-sig", errors="replace")
    invalid = text.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    valid_multibyte = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    if 0 < invalid < valid_multibyte:
        return text, invalid
    return None


def decode_bytes(data: bytes, path: str) -> Decoded:
    """Decode `data` read from `path`; raise InputError for binary or undecodable input."""
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
            return Decoded(text.replace("\r\n", "\n").replace("\r", "\n"),
                           f"utf-8 ({invalid} invalid byte sequence(s) replaced)")
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
    return Decoded(text.replace("\r\n", "\n").replace("\r", "\n"), encoding, repaired)
