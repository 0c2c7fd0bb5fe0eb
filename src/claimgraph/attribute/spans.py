"""Content spans: trimmed to the contract's convention and typed direct, indirect or mixed."""

from __future__ import annotations

import bisect
import logging

from ..resolve.dateline import skip_dateline
from .quotes import DOUBLE, Quote

log = logging.getLogger(__name__)

EDGE = " \t\n,;:—–-…"
MARKS = DOUBLE + "‘’'"
DANGLING = (" and", " but", " or", " while")  # a conjunction the next report begins with


def trim(text: str, a: int, b: int) -> tuple[int, int]:
    """Drop edge white space and punctuation, a leading "that", a final full stop."""
    for _ in range(3):
        while a < b and text[a] in EDGE:
            a += 1
        while b > a and (text[b - 1] in EDGE or text[b - 1] == "." and not _abbreviation(text, b)):
            b -= 1
        if text[a:a + 5].lower() == "that " and b - a > 5:
            a += 5
        for word in DANGLING:
            if text[a:b].lower().endswith(word) and b - a > len(word) + 2:
                b -= len(word)
    return a, b


def _abbreviation(text: str, end: int) -> bool:
    """Whether the full stop before `end` closes an abbreviation ("U.S.", "Jr.")."""
    return end >= 3 and text[end - 3] == "." and text[end - 2].isupper()


def strip_marks(text: str, a: int, b: int) -> tuple[int, int]:
    """Drop the quote marks around a span when it opens and closes with one."""
    while b - a > 2 and text[a] in MARKS and text[b - 1] in MARKS:
        a, b = trim(text, a + 1, b - 1)
    return a, b


class QuoteIndex:
    """Quotes of a document, searchable by position."""

    def __init__(self, quotes: list[Quote]) -> None:
        self.quotes = quotes
        self.opens = [q.open_at for q in quotes]

    def overlapping(self, a: int, b: int) -> list[Quote]:
        """Quotes whose marks overlap [a, b)."""
        i = bisect.bisect_left(self.opens, b)
        out = []
        while i > 0:
            i -= 1
            q = self.quotes[i]
            if q.close_at + 1 <= a:
                if q.open_at < a - 20000:
                    break
                continue
            out.append(q)
        return out[::-1]

    def inside(self, pos: int) -> Quote | None:
        """The quote whose text holds the offset `pos`."""
        i = bisect.bisect_right(self.opens, pos) - 1
        if i >= 0 and self.quotes[i].start <= pos < self.quotes[i].end:
            return self.quotes[i]
        return None


def shape(text: str, a: int, b: int, quotes: QuoteIndex,
          cue_at: int) -> tuple[int, int, str] | None:
    """The final content span of [a, b) and its kind, snapped to a quote it lies in (unless the
    cue itself is quoted: then the statement is nested in someone's quote); a dateline that
    opens the paragraph ("OSLO —") is not content."""
    a, b = trim(text, skip_dateline(text, a), b)
    if b - a < 2:
        return None
    inner = strip_marks(text, a, b)
    over = [q for q in quotes.overlapping(*inner) if not q.start <= cue_at < q.end]
    if not over:
        return inner[0], inner[1], "indirect"
    first = over[0]
    if len(over) == 1 and first.open_at <= inner[0] and inner[1] <= first.close_at + 1:
        qa, qb = trim_quote(text, first)
        return qa, qb, "direct"
    a, b = inner
    if text[a] in MARKS and any(q.open_at == a for q in over):
        covering = [q for q in over if q.open_at >= a]
        if covering and covering[-1].close_at + 1 >= b and len(covering) == 1:
            qa, qb = trim_quote(text, covering[0])
            return qa, qb, "direct"
    return a, b, "mixed"


def trim_quote(text: str, q: Quote) -> tuple[int, int]:
    """A quote's text without a trailing comma or edge white space."""
    a, b = q.start, q.end
    while a < b and text[a].isspace():
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:"):
        b -= 1
    return a, b
