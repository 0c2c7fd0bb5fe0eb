"""Bytes to text, robustly: UTF-8 first (as Python's text mode reads it), then a detected
charset."""

from __future__ import annotations

import charset_normalizer

from ..errors import IngestError


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not text: NUL bytes or many control characters near the start."""
    head = data[:8192]
    if b"\x00" in head:
        # UTF-16/32 text has NULs too; a BOM says it is text
        return not head.startswith((b"\xff\xfe", b"\xfe\xff"))
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > max(8, len(head) // 20)


def decode_bytes(data: bytes, source: str) -> str:
    """Decode a file's bytes; newlines as text mode reads them, a leading BOM dropped."""
    if not data.strip():
        raise IngestError(source, "empty file")
    if looks_binary(data):
        raise IngestError(source, "binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = charset_normalizer.from_bytes(data).best()
        if best is None:
            raise IngestError(
                source, "undecodable bytes (not UTF-8, no charset detected)"
            ) from None
        text = str(best)
        if text.startswith("\ufeff"):
            text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise IngestError(source, "no text after decoding")
    return text
