"""A report set off inside the sentence it reports: "The plan, the minister said, would cost
nothing", "But to prevent delays, he said, crews should start early".

The parser hangs such a cue on the main clause as a parenthetical (`parataxis`) with no
complement of its own, so no (cue, complement) pair holds the content. The content is the clause
around the parenthetical; as one statement is one continuous span (the contract's convention for
split quotes), each side becomes a statement of its own, with the same speaker and cue: a side
that is a clause, or the reported clause's subject ("The plan" in the first example).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from . import cues, sents
from .indirect import within_quote

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

log = logging.getLogger(__name__)

MIN_PIECE = 3  # tokens, not counting punctuation
OWN_CLAUSE = frozenset(("ccomp", "xcomp"))
SUBJECTS = frozenset(("nsubj", "nsubjpass", "csubj"))


def parenthetical_reports(doc: Doc, inside: set[int]
                          ) -> list[tuple[Token, Token, list[tuple[int, int]]]]:
    """(cue, speaker, token bounds of each side) for every report set off by commas in
    mid-sentence, outside quotations."""
    out = []
    for tok in doc:
        if tok.dep_ != "parataxis" or tok.i in inside or not cues.is_speech_verb(
                tok.lemma_.lower()):
            continue
        if any(c.dep_ in OWN_CLAUSE or c.dep_ == "dobj" and c.i > tok.i for c in tok.children):
            continue  # "..., he said that ...": the cue has its own content
        subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        if subj is None:
            continue
        left = subj.left_edge.i
        right = max(t.i for t in tok.subtree if not t.is_punct)
        if left == 0 or doc[left - 1].text != "," or right + 1 >= len(doc) or \
                doc[right + 1].text != ",":
            continue
        head = tok.head
        while head.head.i != head.i and _last(head) <= right + 1:
            head = head.head  # "Though A, he said, B": the clause that spans both sides
        sent = sents.sentence(doc, tok.i)
        lo = max(sent.start, head.left_edge.i)
        hi = min(sent.end, _last(head) + 1)
        pieces = [within_quote(doc, lo, left - 1, True), within_quote(doc, right + 2, hi, False)]
        pieces = [(a, b) for a, b in pieces if _says_something(doc, a, b, head)]
        if pieces:
            out.append((tok, subj, pieces))
    return out


def _last(tok: Token) -> int:
    """The last word (not punctuation) of a token's subtree."""
    return max(t.i for t in tok.subtree if not t.is_punct)


def _says_something(doc: Doc, a: int, b: int, head: Token) -> bool:
    """A clause of its own, or the reported clause's subject ("The plan, she said, ...")."""
    words = [t for t in doc[a:b] if not t.is_punct and not t.is_space]
    if len(words) >= MIN_PIECE and any(t.pos_ in ("VERB", "AUX") for t in words):
        return True
    return bool(words) and any(t.dep_ in SUBJECTS and t.head.i == head.i for t in words)
