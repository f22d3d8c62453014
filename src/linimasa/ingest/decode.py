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


def decode_bytes(data: bytes, path: str) -> Decoded:
    """Decode `data` read from `path`; raise InputError for binary or undecodable input."""
    reason = _looks_binary(data)
    if reason:
        raise InputError("E209", path=path, reason=reason)
    try:
        text = data.decode("utf-8-sig")
        encoding = "utf-8"
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        if best is None:
            raise InputError("E201", path=path, reason="the encoding could not be detected") from None
        text = str(best)
        encoding = best.encoding
    text, repaired = _repair_mojibake(text)
    return Decoded(text.replace("\r\n", "\n").replace("\r", "\n"), encoding, repaired)
