"""Who holds a claim: the name behind a subject token (noun phrase, mention or pronoun)."""

from __future__ import annotations

import logging
from bisect import bisect_right
from typing import TYPE_CHECKING

from ..model import Mention, Statement

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

log = logging.getLogger(__name__)

PERSONAL = frozenset("he she him her his hers".split())
GROUPS = frozenset("it they them its their".split())
FIRST = frozenset("i we me us my our".split())
NP_DEPS = frozenset("compound amod poss case nmod nummod quantmod npadvmod".split())


class Holders:
    """Names holders in one document: mention clusters, statements' speakers, pronouns."""

    def __init__(self, doc: Doc, mentions: list[Mention], statements: list[Statement]) -> None:
        self.doc = doc
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.statements = statements
        self.canonical: dict[int, str] = {}
        for m in self.mentions:
            best = self.canonical.get(m.cluster, "")
            if len(m.text.strip()) > len(best):
                self.canonical[m.cluster] = m.text.strip()

    def mention_at(self, start: int, end: int) -> Mention | None:
        """The mention covering [start, end), if any."""
        i = bisect_right(self.starts, start) - 1
        for m in self.mentions[max(0, i - 2): i + 3]:
            if m.start <= start and end <= m.end + 1:
                return m
        return None

    def name_of_mention(self, m: Mention) -> str:
        return self.canonical.get(m.cluster, m.text.strip())

    def speaker_at(self, start: int, end: int) -> str | None:
        """The resolved speaker of a statement tied to this span (speaker span or content)."""
        for s in self.statements:
            if not s.speaker:
                continue
            if s.speaker_span and s.speaker_span[0] <= start < s.speaker_span[1]:
                return s.speaker
        for s in self.statements:
            if s.speaker and s.start <= start < s.end:
                return s.speaker
        return None

    def name(self, tok: Token) -> str | None:
        """The holder's name for a subject token ('A and B' for coordinated names), or None
        when it cannot be told."""
        first = self._name(tok)
        conj = [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
        if first is None or not conj or tok.pos_ != "PROPN":
            return first
        names = [first] + [n for c in conj if (n := self._name(c))]
        return ", ".join(names[:-1]) + " and " + names[-1]

    def _name(self, tok: Token) -> str | None:
        low = tok.lower_
        if tok.pos_ == "PRON" or (tok.text.islower() and low in PERSONAL | GROUPS | FIRST):
            said = self.speaker_at(tok.idx, tok.idx + len(tok))
            if said:
                return said
            if low in FIRST:
                return None
            return self._antecedent(tok, {"PERSON"} if low in PERSONAL else {"ORG", "GPE", "NORP"})
        if low in {"who", "which", "that"} and tok.head.dep_ == "relcl":
            return self._name(tok.head.head)
        m = self.mention_at(tok.idx, tok.idx + len(tok))
        if m is not None and m.type != "NORP":
            return self.name_of_mention(m)
        phrase = noun_phrase(tok)
        if tok.pos_ == "NOUN" and phrase.lower().split()[-1:] == [tok.lower_]:
            return self._descriptor(tok) or phrase
        return phrase

    def _descriptor(self, tok: Token) -> str | None:
        """'the ministry' -> the nearest earlier organisation mention whose name has 'Ministry'."""
        i = bisect_right(self.starts, tok.idx) - 1
        limit = tok.idx - 3000
        while i >= 0 and self.mentions[i].start >= limit:
            m = self.mentions[i]
            if m.type in {"ORG", "MEDIA"} and tok.lower_ in m.text.lower().split():
                return self.name_of_mention(m)
            i -= 1
        return None

    def _antecedent(self, tok: Token, types: set[str]) -> str | None:
        i = bisect_right(self.starts, tok.idx) - 1
        sent_start = tok.sent.start_char
        limit = max(0, sent_start - 600)
        while i >= 0 and self.mentions[i].start >= limit:
            m = self.mentions[i]
            if m.type in types:
                return self.name_of_mention(m)
            i -= 1
        return None


def noun_phrase(tok: Token) -> str:
    """'Norwegian officials', "the country's defence ministry", 'the Ministry of Defence'."""
    left = tok.i
    for child in tok.lefts:
        if child.dep_ in NP_DEPS:
            left = min(left, child.left_edge.i)
    right = tok.i
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs and objs[0].pos_ == "PROPN":
                right = max(right, objs[0].right_edge.i)
        if child.dep_ in {"compound", "appos"} and child.pos_ == "PROPN" and child.i == right + 1:
            right = child.i
    doc = tok.doc
    words = [t for t in doc[left:right + 1] if not t.is_punct or t.text in {"'", "’", "-"}]
    while words and words[0].dep_ == "det" and words[0].lower_ in {"the", "a", "an", "some"}:
        words = words[1:]
    text = "".join(t.text_with_ws for t in words).strip()
    return text or tok.text
