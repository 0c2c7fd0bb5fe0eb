"""Page metadata from a page dump: outlet, publication date, byline authors."""

from __future__ import annotations

import re
from typing import Any

from ..model import Meta
from .clean import Line

_ISO = re.compile(r"\b(?:date\s+)?(\d{4})-(\d{2})-(\d{2})\b")


def find_meta(raw: str, title: Line | None, body: list[Line], hints: dict[str, Any]) -> Meta:
    """Metadata of a page: the reader's hints first, then what the page text shows."""
    published = _iso_date(hints.get("published")) or _page_date(raw)
    authors = hints.get("authors") or []
    return Meta(
        title=hints.get("title") or (raw[title[0]:title[1]] if title else None),
        outlet=hints.get("outlet"),
        published=published,
        authors=tuple(str(a) for a in authors),
        url=hints.get("url"),
        title_span=title,
    )


def _iso_date(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value.strip())
    if not m:
        return None
    return "-".join(g for g in m.groups() if g)


def _page_date(raw: str) -> str | None:
    m = _ISO.search(raw[:300])
    return "-".join(m.groups()) if m else None
