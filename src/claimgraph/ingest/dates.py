"""Calendar dates written in page text: "Mar 8, 2013", "20th October, 2022", "2022-10-05".

Every match becomes ISO 8601 at the precision the text gives (YYYY-MM-DD or YYYY-MM).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

log = logging.getLogger(__name__)

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (r"(?P<{g}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
          r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY = r"(?P<{g}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{g}>(?:19|20)\d\d)"

_PATTERNS = [
    re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)(?!\d)"),
    re.compile(r"\b" + _MONTH.format(g="mn") + r"\s+" + _DAY.format(g="d") + r",?\s+"
               + _YEAR.format(g="y") + r"\b", re.I),
    re.compile(r"\b" + _DAY.format(g="d") + r"\s+(?:of\s+)?" + _MONTH.format(g="mn")
               + r",?\s+" + _YEAR.format(g="y") + r"\b", re.I),
    re.compile(r"\b" + _MONTH.format(g="mn") + r",?\s+" + _YEAR.format(g="y") + r"\b", re.I),
]
_TIME = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}\b)?", re.I)
_CRAWL = re.compile(r"^date\s+(\d{4}-\d{2}-\d{2})\b")


@dataclass(frozen=True)
class DateMatch:
    """A date found in a text: ISO value and its (start, end) in that text."""

    iso: str
    start: int
    end: int


def find_dates(text: str) -> list[DateMatch]:
    """Every calendar date in `text` (with a year), in text order, overlaps removed."""
    found: list[DateMatch] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            iso = _to_iso(m)
            if iso and not any(_overlaps(m.span(), (f.start, f.end)) for f in found):
                found.append(DateMatch(iso, m.start(), m.end()))
    return sorted(found, key=lambda f: f.start)


def strip_dates(text: str) -> str:
    """The text with its dates and clock times removed (for reading bylines)."""
    for f in reversed(find_dates(text)):
        text = text[:f.start] + " " + text[f.end:]
    return _TIME.sub(" ", text)


def crawler_date(first_line: str) -> str | None:
    """The date of a crawler prefix such as "date 2022-10-05" opening a dump."""
    m = _CRAWL.match(first_line)
    if not m:
        return None
    dates = find_dates(m.group(1))
    return dates[0].iso if dates else None


def strip_crawler_prefix(line: str) -> str:
    """The line without a crawler's leading "date YYYY-MM-DD"."""
    m = _CRAWL.match(line)
    return line[m.end():].strip() if m else line


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _to_iso(m: re.Match[str]) -> str | None:
    groups = m.groupdict()
    year = int(groups["y"])
    month = _MONTHS[groups["mn"][:3].lower()] if groups.get("mn") else int(groups["m"])
    if not 1 <= month <= 12:
        return None
    if groups.get("d") is None:
        return f"{year:04d}-{month:02d}"
    day = int(groups["d"])
    if not 1 <= day <= 31:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"
