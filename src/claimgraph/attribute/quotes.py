"""Quoted passages in a clean text: paired quote marks, with paragraph continuation.

A quotation opens with a mark that follows a space (or starts a paragraph) and closes with a mark
that is followed by a space or punctuation. Marks are paired per paragraph with a stack, so a
stray mark leaves the other pairs intact and an unmatched one pairs with nothing: nothing ever
runs on over a whole article. An opening mark with no closing one at the end of a paragraph runs
on into the next paragraph when that paragraph opens with a quote mark (the news convention for a
quote over several paragraphs).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

log = logging.getLogger(__name__)

OPENERS = "“„«‹"
CLOSERS = "”»›"
AMBIGUOUS = '"'
PAIRED = ("''", "``")  # typewriter double quotes, two characters wide
DOUBLE = OPENERS + CLOSERS + AMBIGUOUS
MAX_PARAGRAPHS = 12  # a quote carried over more paragraphs than this is treated as unbalanced


@dataclass(frozen=True)
class Quote:
    """A quoted passage: `start`/`end` bound the text inside the marks."""

    start: int
    end: int
    open_at: int  # offset of the opening mark
    close_at: int  # offset of the closing mark

    def words(self, text: str) -> int:
        """How many words the passage holds."""
        return len(text[self.start:self.end].split())


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each paragraph (blocks separated by a blank line)."""
    out: list[tuple[int, int]] = []
    pos = 0
    while pos <= len(text):
        nxt = text.find("\n\n", pos)
        end = len(text) if nxt < 0 else nxt
        if text[pos:end].strip():
            out.append((pos, end))
        if nxt < 0:
            break
        pos = nxt + 2
    return out


def _role(text: str, i: int, lo: int, hi: int, width: int = 1) -> str:
    """'open' or 'close' for the quote mark at i, from the characters around it."""
    ch = text[i] if width == 1 else "`" if text[i] == "`" else '"'
    before = text[i - 1] if i > lo else " "
    after = text[i + width] if i + width < hi else " "
    space_before = before.isspace() or before in "([{—–-/" or before in OPENERS
    space_after = after.isspace() or after in ".,;:!?)]}—–-…" or after in CLOSERS
    if space_before and not space_after:
        return "open"
    if space_after and not space_before:
        return "close"
    if ch in OPENERS or ch == "`":
        return "open"
    if ch in CLOSERS:
        return "close"
    return "close" if space_after else "open"


def _marks(text: str, lo: int, hi: int) -> list[tuple[int, str, int]]:
    """The double quote marks of text[lo:hi] with their role and width: one character, or two
    for the typewriter convention of doubled apostrophes or backticks (''…'', ``…'')."""
    out: list[tuple[int, str, int]] = []
    i = lo
    while i < hi:
        if text[i] in DOUBLE:
            out.append((i, _role(text, i, lo, hi), 1))
        elif text[i] in "'`" and text[i:i + 2] in PAIRED and text[i + 2:i + 3] not in ("'", "`"):
            out.append((i, _role(text, i, lo, hi, 2), 2))
            i += 1
        i += 1
    return out


def _opens_paragraph(text: str, para: tuple[int, int]) -> int | None:
    """The offset of the quote mark that opens a paragraph, if it opens with one."""
    i = para[0]
    while i < para[1] and text[i].isspace():
        i += 1
    opens = text[i] in OPENERS + AMBIGUOUS or text[i:i + 2] in PAIRED
    return i if i < para[1] and opens else None


def find_quotes(text: str) -> list[Quote]:
    """Every outermost quoted passage of `text`, in order."""
    pairs: list[tuple[int, int]] = []
    paras = paragraphs(text)
    carried: int | None = None  # opening mark carried over from an earlier paragraph
    carried_for = 0
    for k, para in enumerate(paras):
        stack: list[int] = [carried] if carried is not None else []
        skip = _opens_paragraph(text, para) if carried is not None else None
        for i, role, width in _marks(text, *para):
            if i == skip:
                continue
            if role == "open":
                stack.append(i)
            elif stack:
                pairs.append((stack.pop(), i + width - 1))
        carried = None
        if stack and k + 1 < len(paras) and carried_for < MAX_PARAGRAPHS \
                and _opens_paragraph(text, paras[k + 1]) is not None:
            carried = stack[0]
            carried_for += 1
        else:
            carried_for = 0
    out = []
    for a, b in _outermost(pairs):
        start = a + (2 if text[a:a + 2] in PAIRED else 1)
        end = b - 1 if b > 0 and text[b - 1:b + 1] == "''" else b
        if end > start:
            out.append(Quote(start, end, a, b))
    return out


def _outermost(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pairs not inside another pair, sorted."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(pairs, key=lambda p: (p[0], -p[1])):
        if out and a < out[-1][1]:
            continue
        out.append((a, b))
    return out


def single_quotes(text: str, taken: list[Quote]) -> list[Quote]:
    """‘…’ passages outside the double-quoted ones (the British convention)."""
    out: list[Quote] = []
    for lo, hi in paragraphs(text):
        start = None
        for i in range(lo, hi):
            ch = text[i]
            if ch == "‘" and (i == lo or text[i - 1].isspace() or text[i - 1] in "(—"):
                start = i
            elif ch == "’" and start is not None:
                after = text[i + 1] if i + 1 < hi else " "
                if after.isalnum():
                    continue  # an apostrophe: don’t, Iran’s
                if not any(q.open_at <= start < q.close_at for q in taken):
                    out.append(Quote(start + 1, i, start, i))
                start = None
    return [q for q in out if q.end - q.start > 1]
