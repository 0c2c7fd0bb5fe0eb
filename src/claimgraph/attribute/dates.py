"""Dates a statement names, resolved to ISO 8601 against the publication date when relative."""

from __future__ import annotations

import datetime as dt
import logging
import re

log = logging.getLogger(__name__)

MONTH_NAMES = ("january february march april may june july august september october november "
               "december")
MONTHS = {m: i + 1 for i, m in enumerate(MONTH_NAMES.split(" "))}
WEEKDAYS = {d: i for i, d in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}


def resolve(phrase: str, published: str | None = None) -> str | None:
    """ "in 2013" -> 2013, "on March 3, 2014" -> 2014-03-03; with a publication date also
    "on Monday", "yesterday", "last week", "last month", "last year", "in March"."""
    absolute = _absolute(phrase)
    if absolute or not published:
        return absolute
    pub = _parse_iso(published)
    return _relative(phrase.lower(), pub) if pub else None


def _absolute(phrase: str) -> str | None:
    low = phrase.lower()
    year = re.search(r"\b(1[89]\d\d|20\d\d)\b", low)
    if not year:
        return None
    month = _month(low)
    if month is None:
        return year.group(1)
    day = re.search(r"\b([0-3]?\d)(?:st|nd|rd|th)?\b(?!\d)", low.replace(year.group(1), ""))
    if day and 1 <= int(day.group(1)) <= 31:
        return f"{year.group(1)}-{month:02d}-{int(day.group(1)):02d}"
    return f"{year.group(1)}-{month:02d}"


def _month(low: str) -> int | None:
    return next((n for m, n in MONTHS.items() if re.search(rf"\b{m[:3]}", low)), None)


def _parse_iso(value: str) -> dt.date | None:
    parts = value.split("-")
    try:
        nums = [int(p) for p in parts[:3]] + [1] * (3 - len(parts[:3]))
        return dt.date(nums[0], nums[1], nums[2])
    except (ValueError, IndexError):
        return None


def _relative(low: str, pub: dt.date) -> str | None:
    """A date relative to the publication date, at the precision the phrase gives."""
    if "yesterday" in low:
        return (pub - dt.timedelta(days=1)).isoformat()
    if "today" in low or "this morning" in low:
        return pub.isoformat()
    day = next((i for d, i in WEEKDAYS.items() if d in low), None)
    if day is not None:  # the latest such weekday on or before the publication date
        return (pub - dt.timedelta(days=(pub.weekday() - day) % 7)).isoformat()
    if "last year" in low:
        return str(pub.year - 1)
    if "this year" in low:
        return str(pub.year)
    if "last month" in low:
        first = pub.replace(day=1) - dt.timedelta(days=1)
        return f"{first.year}-{first.month:02d}"
    if "last week" in low:
        return (pub - dt.timedelta(days=7)).isoformat()[:7]
    month = _month(low)
    if month is not None:
        year = pub.year if month <= pub.month else pub.year - 1
        return f"{year}-{month:02d}"
    return None
