"""Which lines of a page dump are the article: headline, body, and everything else dropped."""

from __future__ import annotations

from dataclasses import dataclass

from .clean import Line


@dataclass(frozen=True)
class PageLayout:
    """The headline line (if any) and the body lines of a page dump."""

    title: Line | None
    body: list[Line]


def _is_prose(text: str) -> bool:
    return len(text) >= 40 or text.rstrip().endswith((".", "?", "!", "”", '"', ":"))


def find_layout(raw: str, lines: list[Line]) -> PageLayout:
    """A first cut: the first short unpunctuated line is the headline, prose lines the body."""
    title: Line | None = None
    rest = lines
    if lines:
        first = raw[lines[0][0]:lines[0][1]]
        if len(first) <= 200 and not first.endswith("."):
            title, rest = lines[0], lines[1:]
    body = [ln for ln in rest if _is_prose(raw[ln[0]:ln[1]])]
    return PageLayout(title, body)
