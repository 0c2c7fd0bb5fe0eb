"""Which lines of a page dump are the article: headline, body, and everything else dropped.

The body is the densest block of prose (a maximum-sum run of line scores: prose counts for,
menus, share bars, captions and teasers against), widened over the headline-like lines and
bulleted summaries that sit right above it; the headline is then chosen among the lines above
the body by how headlines look (several words, no closing full stop, often Title Case, often
followed by a date or byline).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from .clean import Line
from .dates import strip_crawler_prefix
from .lines import Kind, classify, glued_words, title_case_ratio, words
from .sections import damped_lines

log = logging.getLogger(__name__)

_PENALTY = {
    Kind.HEAD: -0.5, Kind.LIST: -0.2, Kind.SHORT: -0.7, Kind.DATELINE: -1.0,
    Kind.CAPTION: -1.0, Kind.TEASER: -1.5, Kind.BOILER: -3.0,
}
_CLOSERS = "\"”’'»)]"
_SEPARATOR = re.compile(r"\s+[|–—-]\s+|\s+::\s+")
_TITLE_WINDOW = 20


@dataclass(frozen=True)
class PageLayout:
    """The headline line (if any) and the body lines of a page dump."""

    title: Line | None
    body: list[Line]


def find_layout(raw: str, lines: list[Line]) -> PageLayout:
    """The headline and the main-content lines of a plain-text page dump."""
    texts = [raw[s:e] for s, e in lines]
    if texts:
        texts[0] = strip_crawler_prefix(texts[0]) or texts[0]
    kinds = [classify(t) for t in texts]
    block = _densest_block(texts, kinds)
    if block is None:
        return PageLayout(None, [])
    lo, hi = block
    lo = _past_header_lines(kinds, lo, hi)
    start = _peel_headings(texts, kinds, _walk_back(texts, kinds, lo), hi)
    end = _tail_end(texts, kinds, hi)
    title = pick_title(texts, kinds, start)
    body = [lines[i] for i in range(start, end + 1) if not _inner_furniture(texts[i], kinds[i])]
    return PageLayout(lines[title] if title is not None else None, body)


def line_score(text: str, kind: Kind) -> float:
    """What a line adds to a block: prose by its length, furniture a fixed penalty."""
    if kind is Kind.PROSE:
        return 1.0 + min(len(text), 600) / 200
    return _PENALTY[kind]


def _densest_block(texts: list[str], kinds: list[Kind]) -> tuple[int, int] | None:
    """The run of lines with the highest total score (Kadane); prose in a comment thread or
    a teaser list counts little, so it cannot outweigh or join the article."""
    damped = damped_lines(texts, kinds)
    best, best_span = 0.0, None
    total, lo = 0.0, 0
    for i, (text, kind) in enumerate(zip(texts, kinds, strict=True)):
        score = line_score(text, kind)
        if score > 0 and i in damped:
            score *= 0.2
        if total <= 0:
            total, lo = 0.0, i
        total += score
        if total > best:
            best, best_span = total, (lo, i)
    return best_span


def _past_header_lines(kinds: list[Kind], lo: int, hi: int) -> int:
    """Start after a byline or date line found among the first lines of the block: what is
    above it is the article header (a headline or standfirst ending in a full stop)."""
    cut = max((j for j in range(lo, min(lo + 3, hi)) if kinds[j] is Kind.DATELINE), default=None)
    if cut is None:
        return lo
    return next((j for j in range(cut + 1, hi + 1) if kinds[j] is Kind.PROSE), hi)


def _walk_back(texts: list[str], kinds: list[Kind], lo: int) -> int:
    """Widen the block upwards over headline-like lines and bulleted summaries; stop at the
    first piece of furniture or at a line that repeats the lead (a standfirst)."""
    start = lo
    while start > 0 and kinds[start - 1] in (Kind.HEAD, Kind.LIST):
        if _repeats_later(texts, start - 1):
            break
        start -= 1
    return start


def _peel_headings(texts: list[str], kinds: list[Kind], start: int, hi: int) -> int:
    """Move the start past headline-like lines: a body opens with prose or a list."""
    while start < hi and (kinds[start] is Kind.HEAD
                          or _headline_shaped(texts[start], kinds[start])):
        start += 1
    return start


def _headline_shaped(text: str, kind: Kind) -> bool:
    """A short line ending in ?, ! or a quote mark (not a full stop): a headline above the
    story, not the story's first paragraph."""
    return kind is Kind.PROSE and len(text) < 120 and not text.rstrip(_CLOSERS).endswith(".")


def _repeats_later(texts: list[str], i: int) -> bool:
    """Whether line i is part of a longer later line (a standfirst that echoes the lead)."""
    text = texts[i]
    return len(text) >= 25 and any(text in later and text != later for later in texts[i + 1:])


def _tail_end(texts: list[str], kinds: list[Kind], hi: int) -> int:
    """Widen the end over a list that the story introduces with a colon, and over a truncated
    last line of the page that follows the body directly."""
    intro = hi if texts[hi].endswith(":") else hi + 1
    if intro == hi + 1 and not (intro < len(texts) and texts[intro].endswith(":")
                                and kinds[intro] is not Kind.BOILER):
        intro = -1
    if intro >= 0 and intro + 1 < len(texts) and kinds[intro + 1] is Kind.LIST:
        hi = intro + 1
        while hi + 1 < len(texts) and kinds[hi + 1] is Kind.LIST:
            hi += 1
    last = len(texts) - 1
    if hi == last - 1 and kinds[last] not in (Kind.BOILER, Kind.TEASER, Kind.CAPTION):
        return last
    return hi


def _inner_furniture(text: str, kind: Kind) -> bool:
    """A short share/advert/subscribe line inside the body, left out of the text."""
    return kind is Kind.BOILER and len(words(text)) <= 6


def pick_title(texts: list[str], kinds: list[Kind], start: int) -> int | None:
    """The index of the headline among the lines just above the body, or None."""
    window = range(max(0, start - _TITLE_WINDOW), start)
    scored = [(_title_score(texts, kinds, i, start), i) for i in window
              if _title_candidate(texts, kinds, i, start)]
    if not scored:
        return None
    best, index = max(scored)
    return index if best > 0 else None


def _title_candidate(texts: list[str], kinds: list[Kind], i: int, start: int) -> bool:
    """Headline-like lines; a sentence with a full stop only when a byline or date follows."""
    text, kind = texts[i], kinds[i]
    if kind is Kind.HEAD:
        return len(text) <= 300
    if kind is not Kind.PROSE or len(text) > 200:
        return False
    return not text.endswith(".") or (len(text) <= 150 and _dateline_follows(kinds, i, start))


def _dateline_follows(kinds: list[Kind], i: int, start: int) -> bool:
    return any(kinds[j] is Kind.DATELINE for j in range(i + 1, min(i + 4, start)))


def _title_score(texts: list[str], kinds: list[Kind], i: int, start: int) -> float:
    """How much line i looks like the page's headline."""
    text = texts[i]
    n = len(words(text))
    score = 0.05 * min(n, 12) - 0.03 * max(0, n - 16) + 0.6 * title_case_ratio(text)
    if i == 0 or kinds[i - 1] not in (Kind.HEAD, Kind.PROSE):
        score += 0.25  # the headline comes before a standfirst, not after it
    score -= 0.12 * sum(kinds[j] in (Kind.HEAD, Kind.PROSE, Kind.LIST) for j in range(i + 1, start))
    if _dateline_follows(kinds, i, start):
        score += 1.0
    if text.endswith("."):
        score -= 0.5
    if _in_menu(kinds, i):
        score -= 0.5
    if _repeats_later(texts, i):
        score -= 1.5
    if text in texts[max(0, i - _TITLE_WINDOW):i]:
        score -= 0.6
    if glued_words(text) >= 2:
        score -= 1.0
    if _has_suffix_of_other(text, texts, start):
        score -= 0.8
    return score


def _in_menu(kinds: list[Kind], i: int) -> bool:
    """Whether line i sits between menu items (short lines or furniture on both sides)."""
    menu = (Kind.SHORT, Kind.BOILER)
    return 0 < i < len(kinds) - 1 and kinds[i - 1] in menu and kinds[i + 1] in menu


def _has_suffix_of_other(text: str, texts: list[str], start: int) -> bool:
    """Whether the line is another header line plus a " | Outlet" style suffix."""
    parts = _SEPARATOR.split(text)
    if len(parts) < 2:
        return False
    head = text[: text.rfind(parts[-1])].rstrip(" |–—-:")
    return any(t == head for t in texts[max(0, start - _TITLE_WINDOW):start])


def split_title_suffix(text: str, page: list[str] | None = None) -> tuple[str, str | None]:
    """A headline and its site suffix: "Headline | Outlet" -> ("Headline", "Outlet").

    A dash separates a suffix only when the page prints the bare headline or the suffix
    elsewhere too (a dash is common inside headlines themselves)."""
    parts = _SEPARATOR.split(text)
    if len(parts) < 2:
        return text, None
    suffix = parts[-1].strip()
    head = text[: text.rfind(parts[-1])].rstrip(" |–—-:").strip()
    if not (1 <= len(words(suffix)) <= 5 and len(words(head)) >= 3 and suffix[:1].isupper()):
        return text, None
    if "|" in text[len(head):] or "::" in text[len(head):]:
        return head, suffix
    others = [t for t in page or [] if t != text]
    if any(t == head or (suffix in t and t != text) for t in others):
        return head, suffix
    return text, None
