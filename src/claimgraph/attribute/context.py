"""When and where a statement was made: the cue's time phrase and its medium."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from . import dates
from .lexicon import words

if TYPE_CHECKING:
    from spacy.tokens import Token

log = logging.getLogger(__name__)

MEDIA_NOUNS = words("""
interview statement memoir memoirs letter speech post tweet article book briefing conference
op-ed column broadcast programme program show podcast video message report testimony hearing
essay blog editorial note communique communiqué
""")



def medium_of(cue: Token) -> str | None:
    """ "in an interview", "in his memoirs", "told a TV station": the channel of a statement."""
    for child in cue.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "on", "during", "at"):
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None and (obj.lower_ in MEDIA_NOUNS or obj.lemma_.lower() in MEDIA_NOUNS):
                return _text(child, stop=_date_phrase(obj))
    if cue.lemma_.lower() == "tell":
        obj = next((c for c in cue.children if c.dep_ in ("dobj", "dative")), None)
        if obj is not None and obj.pos_ in ("PROPN", "NOUN"):
            return f"{cue.text} {_text(obj)}"
    return None


def _text(tok: Token, stop: Token | None = None) -> str:
    """A word's phrase; with `stop`, up to where that dependent starts."""
    doc = tok.doc
    end = stop.left_edge.i if stop is not None and stop.i > tok.i else tok.right_edge.i + 1
    return doc[tok.left_edge.i:end].text


def _date_phrase(noun: Token) -> Token | None:
    """The time phrase hung on a medium noun ("an interview [on Monday]"), if any."""
    for child in noun.rights:
        toks = [child, *(g for g in child.children if g.dep_ == "pobj")]
        if any(t.ent_type_ == "DATE" for t in toks):
            return child
    return None


def when_of(cue: Token, published: str | None = None) -> str | None:
    """When the text says the cue happened ("in 2013", "on Monday"), as ISO 8601; relative
    phrases need the publication date."""
    near = list(cue.children)
    for child in cue.children:  # "said in an interview [on Monday]"
        obj = next((g for g in child.children if g.dep_ == "pobj"), None)
        if child.dep_ == "prep" and obj is not None and obj.lemma_.lower() in MEDIA_NOUNS:
            found = _date_phrase(obj)
            near += [found] if found is not None else []
    for child in near:
        toks = [child] + [g for g in child.children if g.dep_ == "pobj"]
        for tok in toks:
            if tok.ent_type_ == "DATE":
                iso = dates.resolve(_text(tok), published)
                if iso:
                    return iso
    return None
