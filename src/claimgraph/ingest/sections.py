"""Page sections that follow the article: comment threads and lists of teasers.

Prose inside them must count little when the densest prose block is chosen, or a long comment
thread or a "Related stories" list with one-paragraph summaries would be joined to the story.
"""

from __future__ import annotations

import logging
import re

from .lines import Kind, words

log = logging.getLogger(__name__)

_COMMENTS = re.compile(
    r"^(?:\d+\s+)?(?:comments?|responses?|replies)$|leave a (?:comment|reply)|post a comment"
    r"|add a comment|join the (?:conversation|discussion)|your email address will not",
    re.I,
)
_LIST_REACH = 80  # lines a teaser list can run to
_TEASER_HEADING = re.compile(
    r"^(?:related(?: (?:articles?|stories|posts|news|content|coverage|reading))?|more (?:stories"
    r"|news|from|on|articles|to read)\b.*|(?:most )?(?:popular|read|viewed|shared)(?: now| today"
    r"| stories| articles| news)?|most (?:popular|read|viewed|shared)\b.*|recommended(?: for you"
    r"| stories| articles)?|you (?:may|might) (?:also )?like|trending(?: now| stories)?"
    r"|top stories|latest(?: news| stories| articles)?|editor'?s picks|in brief|\w+ in brief"
    r"|what to read next|read next|don'?t miss|see also)[:.]?$",
    re.I,
)


def damped_lines(texts: list[str], kinds: list[Kind]) -> set[int]:
    """Indices of lines inside a comment thread or a teaser list that follows some prose."""
    damped: set[int] = set()
    seen_prose = False
    for i, (text, kind) in enumerate(zip(texts, kinds, strict=True)):
        if seen_prose and len(text) < 120 and _COMMENTS.search(text):
            return damped | set(range(i, len(texts)))
        if seen_prose and len(words(text)) <= 6 and _TEASER_HEADING.match(text.strip()):
            damped |= _teaser_list(kinds, i)
        seen_prose = seen_prose or kind is Kind.PROSE
    return damped


def _teaser_list(kinds: list[Kind], heading: int) -> set[int]:
    """The lines of a teaser list under a heading: it ends where two paragraphs of prose
    follow each other (the story going on after a box of links)."""
    out: set[int] = set()
    for j in range(heading + 1, min(len(kinds), heading + _LIST_REACH)):
        if kinds[j] is Kind.PROSE and kinds[j - 1] is Kind.PROSE and j - 1 != heading:
            out.discard(j - 1)
            break
        out.add(j)
    return out
