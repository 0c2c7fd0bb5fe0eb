"""When and where a statement was made: the cue's time phrase and its medium."""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from .lexicon import words

if TYPE_CHECKING:
    from spacy.tokens import Token

log = logging.getLogger(__name__)

MEDIA_NOUNS = words("""
interview statement memoir memoirs letter speech post tweet article book briefing conference
op-ed column broadcast programme program show podcast video message report testimony hearing
essay blog editorial note communique communiqué
""")

MONTH_NAMES = ("january february march april may june july august september october november "
               "december")
MONTHS = {m: i + 1 for i, m in enumerate(MONTH_NAMES.split(" "))}


def medium_of(cue: Token) -> str | None:
    """ "in an interview", "in his memoirs", "told a TV station": the channel of a statement."""
    for child in cue.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "on", "during", "at"):
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None and (obj.lower_ in MEDIA_NOUNS or obj.lemma_.lower() in MEDIA_NOUNS):
                return _text(child)
    if cue.lemma_.lower() == "tell":
        obj = next((c for c in cue.children if c.dep_ in ("dobj", "dative")), None)
        if obj is not None and obj.pos_ in ("PROPN", "NOUN"):
            return f"{cue.text} {_text(obj)}"
    return None


def _text(tok: Token) -> str:
    doc = tok.doc
    return doc[tok.left_edge.i:tok.right_edge.i + 1].text


def when_of(cue: Token) -> str | None:
    """An absolute date the text gives for the cue ("in 2013", "on March 3, 2014"), as ISO."""
    for child in cue.children:
        toks = [child] + [g for g in child.children if g.dep_ == "pobj"]
        for tok in toks:
            if tok.ent_type_ == "DATE":
                iso = _iso(_text(tok))
                if iso:
                    return iso
    return None


def _iso(phrase: str) -> str | None:
    low = phrase.lower()
    year = re.search(r"\b(1[89]\d\d|20\d\d)\b", low)
    if not year:
        return None
    month = next((n for m, n in MONTHS.items() if re.search(rf"\b{m[:3]}", low)), None)
    if month is None:
        return year.group(1)
    day = re.search(r"\b([0-3]?\d)(?:st|nd|rd|th)?\b(?!\d)", low.replace(year.group(1), ""))
    if day and 1 <= int(day.group(1)) <= 31:
        return f"{year.group(1)}-{month:02d}-{int(day.group(1)):02d}"
    return f"{year.group(1)}-{month:02d}"
