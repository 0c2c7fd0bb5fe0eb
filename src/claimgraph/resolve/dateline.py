"""Datelines: the place (and agency) in capitals that opens a news paragraph ("OSLO —",
"BERLIN, March 3 (Agency) -", "OSLO, May 2. /AGENCY/."). The place is where the story was
filed, not an actor: it is a place mention, never a speaker, and no statement's content starts
with it."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

log = logging.getLogger(__name__)

_WORD = r"[A-Z][A-Z'’.\-]*[A-Z.]"
_DATELINE = re.compile(
    rf"(?P<place>{_WORD}(?:[ \t]+{_WORD}){{0,3}})"  # OSLO, NEW YORK, ST. PETERSBURG
    r"(?P<extra>,[ \t]*[^\n—–()]{1,40}?)?"  # , Norway / , March 3
    r"[ \t]*(?:\([^)\n]{1,80}\)[ \t]*(?:—|–|--?)?|—|–|--?"  # (Agency) and/or a dash
    r"|/[A-Za-z][^/\n]{0,40}/\.?)"  # or a wire's /AGENCY/.
    r"[ \t]*")


@dataclass(frozen=True)
class Dateline:
    """One dateline: the place's bounds and the end of the whole dateline."""

    start: int
    place_end: int
    end: int


def dateline_at(text: str, pos: int) -> Dateline | None:
    """The dateline that starts a paragraph (or line) at `pos`, if any."""
    if pos > 0 and text[pos - 1] != "\n":
        return None
    m = _DATELINE.match(text, pos)
    if m is None:
        return None
    if sum(ch.isalpha() for ch in m.group("place")) < 3 or m.end() >= len(text):
        return None
    if not text[m.end()].isupper() and text[m.end()] not in "\"“‘'":
        return None  # the story's first sentence follows
    return Dateline(m.start(), m.end("place"), m.end())


def datelines(text: str) -> list[Dateline]:
    """Every dateline of a text, in order."""
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    return [d for d in (dateline_at(text, s) for s in starts) if d is not None]


def skip_dateline(text: str, a: int) -> int:
    """The start of a span moved past a dateline it begins with."""
    found = dateline_at(text, a)
    return found.end if found is not None else a
