"""Per-document data for claim extraction, computed once (spaCy rebuilds `doc.text` on every
access, so nothing here reads it twice)."""

from __future__ import annotations

import logging
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..model import Claim, Statement

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

log = logging.getLogger(__name__)

MAX_EVIDENCE = 400


def strip(text: str, a: int, b: int) -> tuple[int, int]:
    """[a, b) without surrounding white space."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def clean_holder(name: str) -> str:
    """'[Reza] Farahani' -> 'Reza Farahani'; '- the agency' -> 'the agency'."""
    name = " ".join(name.replace("[", "").replace("]", "").split())
    return name.strip(" -–—,.:;'\"“”‘’()") or name


@dataclass
class Ctx:
    """The document's text, sentences, token starts and statement spans."""

    doc: Doc
    text: str
    statements: list[Statement]
    body_offset: int
    sents: list[Span] = field(default_factory=list)
    sent_starts: list[int] = field(default_factory=list)
    tok_starts: list[int] = field(default_factory=list)
    stmt_spans: list[tuple[int, int]] = field(default_factory=list)

    @classmethod
    def build(cls, doc: Doc, statements: list[Statement], body_offset: int,
              sents: list[Span]) -> Ctx:
        """A context over a parsed document and its (already split) sentences."""
        ctx = cls(doc, doc.text, statements, body_offset, sents)
        ctx.sent_starts = [s.start for s in sents]
        ctx.tok_starts = [t.idx for t in doc]
        ctx.stmt_spans = [(s.start, s.end) for s in statements]
        return ctx

    def token_at(self, char: int) -> int:
        """Index of the token that holds (or last starts before) character `char`."""
        return max(0, bisect_right(self.tok_starts, char) - 1)

    def evidence(self, start: int, end: int) -> tuple[int, int]:
        """Character offsets of tokens [start, end), cut to MAX_EVIDENCE characters."""
        doc, text = self.doc, self.text
        a = doc[start].idx
        b = doc[end - 1].idx + len(doc[end - 1].text)
        if b - a > MAX_EVIDENCE:
            b = a + MAX_EVIDENCE
            while b > a and not text[b - 1].isspace():
                b -= 1
            b = b - 1 if b > a else a + MAX_EVIDENCE
        return strip(text, a, b)

    def claim(self, a: int, b: int, holder: str, stance: str, stmt: int | None) -> Claim:
        """A claim over characters [a, b) (the holder's name without stray brackets or dashes)."""
        return Claim(a, b, self.text[a:b], clean_holder(holder), stance, stmt)

    def statement_index(self, a: int, b: int) -> int | None:
        """The first statement overlapping [a, b)."""
        for i, (s, e) in enumerate(self.stmt_spans):
            if s < b and a < e:
                return i
        return None

    def in_headline(self, sent: Span) -> bool:
        """Is the sentence (part of) the headline?"""
        return self.body_offset > 0 and sent.start_char < self.body_offset
