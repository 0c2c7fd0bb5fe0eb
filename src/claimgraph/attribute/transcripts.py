"""Interview transcripts: a paragraph that opens with a speaker label ("DOE: We never …").

The label must name a person: a PERSON mention, or a surname in capitals of a person named in
the document ("PENCE:" after "Mike Pence"); labels such as "READ:" or "Photo:" name no one and
are left alone.
"""

from __future__ import annotations

import logging
import re

from ..model import Mention
from .quotes import paragraphs

log = logging.getLogger(__name__)

LABEL = re.compile(r"[\"“]?(?P<label>[A-Z][\w.’'\- ]{0,40}?)\s?:\s+(?P<rest>\S)")
MIN_WORDS = 3


def transcript_turns(text: str, mentions: list[Mention]) -> list[tuple[tuple[int, int],
                                                                      tuple[int, int]]]:
    """(label span, content span) of every labelled turn."""
    persons = [m for m in mentions if m.type == "PERSON"]
    out = []
    for lo, hi in paragraphs(text):
        m = LABEL.match(text, lo)
        if m is None or m.end("label") > hi:
            continue
        label = (m.start("label"), m.end("label"))
        if not _names_someone(text, label, persons):
            continue
        start = m.start("rest")
        end = hi
        while end > start and text[end - 1] in " \n\t":
            end -= 1
        if len(text[start:end].split()) >= MIN_WORDS:
            out.append((label, (start, end)))
    return out


def _names_someone(text: str, label: tuple[int, int], persons: list[Mention]) -> bool:
    words = text[label[0]:label[1]].split()
    if not words or len(words) > 4:
        return False
    if any(p.start >= label[0] and p.end <= label[1] for p in persons):
        return True
    surnames = {p.text.split()[-1].lower() for p in persons if p.text.split()}
    return words[-1].isupper() and words[-1].lower() in surnames
