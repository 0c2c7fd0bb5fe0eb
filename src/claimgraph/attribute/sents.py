"""Sentence bounds computed once per document (spaCy's Token.sent walks the whole document)."""

from __future__ import annotations

import bisect
import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

log = logging.getLogger(__name__)

KEY = "claimgraph.attribute.sent_starts"
TEXT_KEY = "claimgraph.attribute.text"


def starts(doc: Doc) -> list[int]:
    """Token index of every sentence start, cached on the document."""
    cached = doc.user_data.get(KEY)
    if cached is None or (cached and cached[-1] >= len(doc)):
        cached = [sent.start for sent in doc.sents] if len(doc) else []
        doc.user_data[KEY] = cached
    return cached


def index_of(doc: Doc, i: int) -> int:
    """The number of the sentence that holds token i."""
    return max(0, bisect.bisect_right(starts(doc), i) - 1)


def bounds(doc: Doc, k: int) -> tuple[int, int]:
    """Token bounds [start, end) of sentence number k."""
    s = starts(doc)
    return s[k], (s[k + 1] if k + 1 < len(s) else len(doc))


def sentence(doc: Doc, i: int) -> Span:
    """The sentence that holds token i."""
    a, b = bounds(doc, index_of(doc, i))
    return doc[a:b]


def count(doc: Doc) -> int:
    """How many sentences the document has."""
    return len(starts(doc))


def text_of(doc: Doc) -> str:
    """The document's text, built once (spaCy's Doc.text joins every token on each call)."""
    cached = doc.user_data.get(TEXT_KEY)
    if not isinstance(cached, str):
        cached = doc.text
        doc.user_data[TEXT_KEY] = cached
    return cached
