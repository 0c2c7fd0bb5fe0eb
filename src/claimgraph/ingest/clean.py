"""Main-content detection for page dumps: the clean text is a view on the raw text.

The clean text is made of whole raw lines joined by blank lines; `segments` maps each piece
back to the raw text, so a span found in the clean text is stored as raw offsets.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

Line = tuple[int, int]  # (start, end) in the raw text, stripped of surrounding white space


@dataclass(frozen=True)
class CleanView:
    """The kept lines of a raw text, joined; maps clean offsets back to raw offsets."""

    text: str
    segments: list[tuple[int, int, int]] = field(default_factory=list)  # (clean, raw, length)
    title_span: Line | None = None

    def to_raw(self, offset: int, end: bool = False) -> int:
        """The raw offset of a clean offset (an `end` offset maps to the end of its piece)."""
        if not self.segments:
            return offset
        starts = [s[0] for s in self.segments]
        i = bisect.bisect_right(starts, offset - 1 if end else offset) - 1
        i = max(0, i)
        clean, raw, length = self.segments[i]
        return raw + min(max(offset - clean, 0), length)

    def span_to_raw(self, start: int, end: int) -> tuple[int, int]:
        """A clean span as a raw span."""
        return self.to_raw(start), self.to_raw(end, end=True)


def raw_lines(raw: str) -> list[Line]:
    """Every non-blank line of the raw text, as stripped (start, end) offsets."""
    out: list[Line] = []
    pos = 0
    for line in raw.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            out.append((pos + lead, pos + lead + len(stripped)))
        pos += len(line) + 1
    return out


def view_of(raw: str, lines: list[Line], title_span: Line | None = None) -> CleanView:
    """The clean view made of the given raw lines, in order, joined by blank lines."""
    parts: list[str] = []
    segments: list[tuple[int, int, int]] = []
    pos = 0
    for start, end in lines:
        if parts:
            parts.append("\n\n")
            pos += 2
        segments.append((pos, start, end - start))
        parts.append(raw[start:end])
        pos += end - start
    return CleanView("".join(parts), segments, title_span)
