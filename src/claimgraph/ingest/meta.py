"""Page metadata from a page dump: headline, outlet, publication date, byline authors.

Reader hints (HTML meta tags, JSONL fields) win; otherwise the page text is read around the
headline: the lines between the top of the page and the body (the article header), the
dateline of the first body line, a crawler's "date YYYY-MM-DD" prefix and copyright lines.
Dates in the story itself are never taken for the page date.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..model import Meta
from . import byline
from .boilerplate import split_title_suffix
from .clean import Line, raw_lines
from .dates import crawler_date, find_dates, strip_crawler_prefix
from .lines import Kind, classify, is_caption, is_dateline

log = logging.getLogger(__name__)

_HEADER_WINDOW = 6  # lines above the body read as its header when no headline is found
_PUBLISHED = re.compile(r"\b(?:published|posted|first published|on)\b", re.I)
_UPDATED = re.compile(r"\b(?:updated|modified|edited)\b", re.I)


@dataclass(frozen=True)
class _Page:
    """The page split around its body: header lines (above the body) and the lead line."""

    texts: list[str]
    header: list[int]
    lead: str
    start: int  # index of the first body line (len(texts) when there is no body)
    title: str | None


def find_meta(raw: str, title: Line | None, body: list[Line], hints: dict[str, Any]) -> Meta:
    """Metadata of a page: the reader's hints first, then what the page text shows."""
    page = _page(raw, title, body)
    title_text, suffix = (split_title_suffix(page.title, page.texts) if page.title
                          else (None, None))
    authors = hints.get("authors") or find_authors(page)
    return Meta(
        title=hints.get("title") or title_text,
        outlet=hints.get("outlet") or suffix or find_outlet(page, title_text, authors),
        published=_iso_date(hints.get("published")) or find_published(page),
        authors=tuple(str(a) for a in authors),
        url=hints.get("url"),
        title_span=title,
    )


def _page(raw: str, title: Line | None, body: list[Line]) -> _Page:
    lines = raw_lines(raw)
    texts = [raw[s:e] for s, e in lines]
    start = lines.index(body[0]) if body and body[0] in lines else len(lines)
    first = max(0, start - _HEADER_WINDOW)
    if title in lines:
        first = max(0, lines.index(title) - 2)
    header = [i for i in range(first, start) if lines[i] != title]
    lead = texts[start] if start < len(texts) else ""
    title_text = strip_crawler_prefix(raw[title[0]:title[1]]) if title else None
    return _Page(texts, header, lead, start, title_text)


def find_published(page: _Page) -> str | None:
    """The page's own date: a header date line, the lead's dateline, or a crawler prefix."""
    dated = [i for i in page.header if is_dateline(page.texts[i]) and find_dates(page.texts[i])
             and not byline.copyright_outlet(page.texts[i])]
    if dated:
        preferred = [i for i in dated if _PUBLISHED.search(page.texts[i])
                     and not _UPDATED.search(page.texts[i])]
        line = page.texts[preferred[0] if preferred else dated[-1]]
        return find_dates(line)[0].iso
    lead_dates = [d for d in find_dates(page.lead[:160]) if _in_dateline(page.lead, d.start)]
    if lead_dates:
        return lead_dates[0].iso
    return crawler_date(page.texts[0]) if page.texts else None


def _in_dateline(lead: str, pos: int) -> bool:
    """Whether a date at `pos` sits in the lead's dateline: in parentheses or before a dash."""
    before = lead[:pos]
    return before.count("(") > before.count(")") or bool(
        re.match(r"^[^.!?]{0,40}$", before) and re.search(r"[-–—]", lead[pos:pos + 40]))


def find_authors(page: _Page) -> list[str]:
    """Byline names from the article header."""
    for i in page.header:
        names = byline.byline_authors(page.texts[i])
        if names:
            return names
    for i in page.header:
        name = byline.standalone_name(page.texts[i])
        if name and _next_to_date(page, i):
            return [name]
    return []


def _next_to_date(page: _Page, i: int) -> bool:
    """Whether header line i carries a date itself or stands beside a date line."""
    if find_dates(page.texts[i]):
        return True
    near = [j for j in (i - 1, i + 1) if j in page.header]
    return any(classify(page.texts[j]) is Kind.DATELINE and find_dates(page.texts[j])
               for j in near)


def find_outlet(page: _Page, title: str | None, authors: Iterable[str]) -> str | None:
    """The publisher's name: headline suffix, dateline, desk byline or copyright line."""
    found = _suffix_outlet(page, title) or byline.dateline_outlet(page.lead)
    found = found or next(filter(None, (byline.paren_outlet(page.texts[i])
                                        for i in page.header)), None)
    found = found or next(filter(None, (byline.desk_outlet(a) for a in authors)), None)
    return found or _copyright_outlet(page)


def _copyright_outlet(page: _Page) -> str | None:
    """The holder named by a copyright line of the footer (bottom up) or of the header;
    the story and photo captions are left out."""
    order = list(range(len(page.texts) - 1, page.start, -1)) + list(range(page.start))
    for i in order:
        name = byline.copyright_outlet(page.texts[i])
        if name and not is_caption(page.texts[i]):
            return name
    return None


def _suffix_outlet(page: _Page, title: str | None) -> str | None:
    """The suffix of a header line that repeats the headline: "Headline | Outlet"."""
    if not title:
        return None
    for i in [0, *page.header]:
        if i < len(page.texts) and page.texts[i].startswith(title):
            head, suffix = split_title_suffix(page.texts[i], page.texts)
            if suffix and head == title:
                return suffix
    return None


def _iso_date(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value.strip())
    if not m:
        return None
    return "-".join(g for g in m.groups() if g)
