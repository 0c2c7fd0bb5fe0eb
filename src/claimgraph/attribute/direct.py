"""Direct quotes that no clause cue claimed: find their cue nearby, or continue a speaker.

A quote's cue is a reporting verb outside the quote, in a sentence the quote touches (“A,” she
said; He told the channel: “…”). A quote with no cue of its own that follows someone's quote in
the same or the next paragraphs is attributed to that speaker (the contract's continuation rule).
Short quotes with no cue are scare quotes and are left alone.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from . import cues, sents
from .quotes import Quote, paragraphs
from .speakers import subject_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

log = logging.getLogger(__name__)

MIN_WORDS_CUED = 2
MIN_WORDS_CONTINUED = 4
CONTINUE_PARAGRAPHS = 2


def sentences_around(doc: Doc, q: Quote) -> list[Span]:
    """The sentences a quote touches, plus the one before it when that ends with a colon."""
    first = doc.char_span(q.open_at, q.open_at + 1, alignment_mode="expand")
    last = doc.char_span(max(q.close_at, q.open_at), max(q.close_at, q.open_at) + 1,
                         alignment_mode="expand")
    if first is None or last is None:
        return []
    k0 = sents.index_of(doc, first[0].i)
    k1 = min(sents.index_of(doc, last[0].i) + 1, sents.count(doc) - 1, k0 + 40)
    out: list[Span] = [doc[slice(*sents.bounds(doc, k))] for k in range(k0, k1 + 1)]
    if k0 > 0:
        prev = doc[slice(*sents.bounds(doc, k0 - 1))]
        if _ends_with_colon(sents.text_of(doc), prev, q.open_at):
            out.insert(0, prev)
    return out


def _ends_with_colon(text: str, sent: Span, quote_at: int) -> bool:
    tail = text[sent.start_char:quote_at].rstrip()
    return tail.endswith(":")


def find_cue(doc: Doc, q: Quote, inside_quote: set[int]) -> Token | None:
    """The reporting verb nearest to a quote, outside every quote, in the sentences around it."""
    best: tuple[int, Token] | None = None
    para = _paragraph_of(sents.text_of(doc), q)
    for sent in sentences_around(doc, q):
        for tok in sent:
            if tok.i in inside_quote or not (para[0] <= tok.idx < para[1]):
                continue
            lemma = tok.lemma_.lower()
            beside = lemma in cues.QUOTE_VERBS
            if tok.pos_ not in ("VERB", "AUX") or not (cues.is_speech_verb(lemma) or beside):
                continue
            dist = q.open_at - tok.idx if tok.idx < q.open_at else tok.idx - q.close_at
            if beside and dist > QUOTE_VERB_REACH:
                continue
            if tok.idx > q.close_at and dist > 120 and best is not None:
                continue
            if best is None or dist < best[0]:
                best = (dist, tok)
    return best[1] if best else None


QUOTE_VERB_REACH = 30  # characters between a quotation and a verb like "asked" or "sighed"
SIGNATURE = re.compile(r"[ \t\u00a0]*(?:―|—|–|--|-)[ \t\u00a0]*"  # the dash after the quote
                       r"([A-Z][^\n]{0,79}?)[ \t\u00a0.]*(?:\n|$)")  # a name, to the line end


def signed_quote(doc: Doc, q: Quote) -> tuple[Token, Token] | None:
    """A quotation signed after a dash at the end of its line (“…” ― Jane Roe, a nurse): the
    dash and the head of the name, as in vox pops and epigraphs."""
    text = sents.text_of(doc)
    m = SIGNATURE.match(text, q.close_at + 1)
    if m is None or len(m.group(1).split()) > 8:
        return None
    dash = doc.char_span(m.start(), m.start(1), alignment_mode="expand")
    name = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
    if dash is None or name is None or not any(t.pos_ == "PROPN" for t in name):
        return None
    cue = next((t for t in dash if t.is_punct), None)
    return (cue, name.root) if cue is not None else None


def _paragraph_of(text: str, q: Quote) -> tuple[int, int]:
    """The paragraph of a quote, with the one before when that ends with a colon."""
    start = text.rfind("\n\n", 0, q.open_at)
    end = text.find("\n\n", q.close_at)
    if start > 0 and text[:start].rstrip().endswith(":"):
        before = text.rfind("\n\n", 0, start)
        start = before
    return (0 if start < 0 else start + 2), (len(text) if end < 0 else end)


def speaker_token(cue: Token) -> Token | None:
    """The subject of a quote's cue verb."""
    return subject_of(cue)


def paragraph_index(text: str) -> list[tuple[int, int]]:
    """Paragraph bounds, for the continuation rule."""
    return paragraphs(text)


def same_or_next_paragraphs(paras: list[tuple[int, int]], a: int, b: int) -> bool:
    """Whether offset b lies in the paragraph of a or within the next few."""
    ia = next((i for i, p in enumerate(paras) if p[0] <= a <= p[1]), -1)
    ib = next((i for i, p in enumerate(paras) if p[0] <= b <= p[1]), -1)
    return 0 <= ib - ia <= CONTINUE_PARAGRAPHS if ia >= 0 and ib >= 0 else False
