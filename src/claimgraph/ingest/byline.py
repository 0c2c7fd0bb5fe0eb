"""Who wrote a page and who published it, read from the lines around the headline.

Authors come from bylines ("By A and B", "A, B | date") and from a name standing alone next to
the date line; the outlet from a headline suffix ("Headline | Outlet"), a dateline ("CITY
(Outlet) —", "/Outlet/."), a copyright line ("© 2024 Outlet") or a desk byline ("by Outlet news
desk").
"""

from __future__ import annotations

import logging
import re

from .dates import find_dates, strip_dates
from .lines import words

log = logging.getLogger(__name__)

_BY = re.compile(r"(?:^|\s|(?<=[a-z]))[Bb]y:?\s+(?P<names>[A-Z].*)$")
_NAME_TOKEN = re.compile(r"^(?:[A-Z][\w'’.-]*|de|da|di|van|von|der|den|del|la|le|al|bin|ibn)$")
_NOT_NAME = re.compile(
    r"\b(news|journal|times|post|press|media|agency|staff|desk|team|editor|editorial|daily|radio"
    r"|tv|network|online|magazine|report|review|weekly|group|service|home|menu|search|share"
    r"|subscribe|read|min|more|live|latest|video|photo|newsletter|support|about|contact)\b",
    re.I,
)
_DESK = re.compile(
    r"^(?P<outlet>.+?)\s+(?:news\s*desk|newsroom|staff|editorial (?:team|board|staff)"
    r"|web desk|digital desk|desk)$",
    re.I,
)
_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&)\s*")
_COPYRIGHT = re.compile(r"(?:©|\(c\)|\bcopyright\b|\ball rights reserved\b)", re.I)
_COMPANY = re.compile(
    r"(?:,?\s+(?:inc|llc|ltd|limited|plc|gmbh|s\.?a|corp(?:oration)?)\.?)+$|^(?:provided )?by\s+",
    re.I,
)
_CITY = r"[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][\w.'’-]*){0,3}\s*"
_DATELINE_PAREN = re.compile(r"^(?:" + _CITY + r")?\((?P<x>[^()]{2,80})\)(?=\s*[-–—:]|\s*$)")
_DATELINE_WIRE = re.compile(r"^" + _CITY + r"\((?P<x>[^()]{2,80}(?:/|\d{4})[^()]*)\)")
_DATELINE_SLASH = re.compile(r"^[A-Z]{2,}[^/]{0,60}?/(?P<x>[A-Z][\w .&-]{1,30})/\.?")
_GLUED_LEAD = re.compile(r"^(?P<x>[A-Z][\w-]{2,30})\.(?=[A-Z][a-z])")
_INFORMS = re.compile(r",\s+(?P<x>[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3}) informs\.")
_HONORIFIC = re.compile(r"^(?:mr|mrs|ms|dr|st|prof|gen|col|sen|rep|gov|lt|sgt)$", re.I)


def byline_authors(text: str) -> list[str]:
    """The names of a byline line, or [] when the line is not a byline."""
    rest = strip_dates(text).strip(" |·,-–—")
    m = _BY.search(rest)
    if not m or len(words(rest[: m.start()])) > 3:
        return []
    names = [n for n in (_clean_name(p) for p in _SPLIT.split(m.group("names"))) if n]
    return names[:1] + [n for n in names[1:] if len(n.split()) > 1 and not _NOT_NAME.search(n)]


def desk_outlet(author: str) -> str | None:
    """The outlet of a desk byline: "The Daily Bugle news desk" -> "The Daily Bugle"."""
    m = _DESK.match(author)
    return m.group("outlet").strip() if m and len(words(m.group("outlet"))) <= 5 else None


def standalone_name(text: str) -> str | None:
    """A line (dates removed) that is nothing but a person's name: "Ana Lind"."""
    rest = strip_dates(text).strip(" |·,-–—")
    tokens = rest.split()
    if not 2 <= len(tokens) <= 4 or _NOT_NAME.search(rest):
        return None
    if all(_NAME_TOKEN.match(t) for t in tokens) and tokens[0][0].isupper():
        return rest
    return None


def _clean_name(part: str) -> str | None:
    part = re.split(r"\s+[|–—-]\s+|\s{2,}", part.strip())[0].strip(" .,:;")
    part = re.sub(r"^(?:and|&)\s+", "", part)
    if not part or any(ch.isdigit() for ch in part) or len(part.split()) > 7:
        return None
    return part if part[0].isupper() else None


def copyright_outlet(text: str) -> str | None:
    """The holder of a copyright line: "© 2024 Harbour Courier. All rights reserved." """
    if not _COPYRIGHT.search(text) or len(words(text)) > 14:
        return None
    name = _COPYRIGHT.sub(" ", text)
    name = re.sub(r"\b(?:19|20)\d\d\b(?:\s*[-–]\s*(?:19|20)?\d\d)?", " ", name)
    name = re.split(r"[.|]\s", name)[0]
    name = re.sub(r"\s+", " ", name).strip(" .,-–—|")
    name = _COMPANY.sub("", name).strip(" .,-–—|")
    n = len(words(name))
    return name if 1 <= n <= 5 and name[0].isupper() else None


def dateline_outlet(lead: str) -> str | None:
    """The outlet named in the dateline of the first body line, if any."""
    for pattern in (_DATELINE_PAREN, _DATELINE_WIRE, _DATELINE_SLASH, _GLUED_LEAD):
        m = pattern.match(lead)
        if m:
            name = _first_source(m.group("x"))
            if name and not _HONORIFIC.match(name):
                return name
    m = _INFORMS.search(lead[:600])
    return m.group("x") if m else None


def paren_outlet(text: str) -> str | None:
    """A header line that is only a name in parentheses: "(Harbour Courier)"."""
    m = re.fullmatch(r"\((?P<x>[^()]{2,60})\)", text.strip())
    return _first_source(m.group("x")) if m else None


def _first_source(inner: str) -> str | None:
    """"Outlet / Agency - 20th October, 2022" -> "Outlet"."""
    inner = strip_dates(inner) if find_dates(inner) else inner
    name = re.split(r"\s*(?:/|,|;|\s[-–—]\s|\s[-–—]$)\s*", inner.strip())[0].strip(" .-–—")
    n = len(words(name))
    if not 1 <= n <= 5 or not name[:1].isupper() or name.isupper() and n > 2:
        return None
    return name
