"""Is a claim about the question's proposition? Strict checks beyond embedding similarity.

A claim must name the question's actors (proper names, with derived forms: Iran/Iranian), must
not swap their roles (the question's agent after its patient, outside a passive 'by'), and must
not be dated outside the question's years (a different war). First-person claims ('I ordered
...') may leave the agent implicit.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any

from .text import STOP, same_word

log = logging.getLogger(__name__)

YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
PAREN = re.compile(r"\([^)]*\)")
CAP = re.compile(r"[A-Z][\w'’.-]*")
FIRST_PERSON = re.compile(r"\b(I|we|We|our|Our|us|my|My)\b")
PRONOUN_START = re.compile(r"(?:that |)(?:it|they|he|she)\b", re.I)
NEG = re.compile(r"\b(not|never|no)\b|n't\b", re.I)
NAME_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT"})
GENERIC = frozenset("war conflict first second third us u.s".split())
LOOSE = 0.62  # similarity at which a claim may leave the question's agent unnamed
# words that open a new clause or a passive agent: roles before and after them are not compared
CLAUSE_BREAK = frozenset("""by that which who after before when while because since as although
though now if but and""".split())


@dataclass
class Question:
    """A proposition as typed: its core text, actors (anchor phrases) and years."""

    text: str
    core: str
    anchors: list[list[str]] = field(default_factory=list)
    years: tuple[int, int] | None = None
    negated: bool = False
    agents: list[int] = field(default_factory=lambda: [0])  # anchors in the subject


def parse_question(text: str, nlp: Any | None = None) -> Question:
    """Anchors are the question's proper names: runs of PROPN tokens or named entities (with a
    parser), else runs of capitalised words."""
    core = " ".join(PAREN.sub(" ", text).split())
    anchors: list[list[str]] = []
    agents: list[int] = []
    prev_end = -2
    tokens, subject = _name_tokens(core, nlp)
    for start, end, word in tokens:
        word = word.strip(".’'").lower()
        if word in STOP or word in GENERIC or len(word) < 2:
            prev_end = -2
            continue
        if start <= prev_end + 1 and anchors:
            anchors[-1].append(word)
        else:
            anchors.append([word])
            if subject[0] <= start < subject[1]:
                agents.append(len(anchors) - 1)
        prev_end = end
    years = [int(y) for y in YEAR.findall(text)]
    span = (min(years), max(years)) if years else None
    return Question(text, core, anchors, span, bool(NEG.search(core)), agents or [0])


def _name_tokens(core: str, nlp: Any | None
                 ) -> tuple[list[tuple[int, int, str]], tuple[int, int]]:
    """The question's name tokens (start, end, text) and the character range of its subject."""
    if nlp is None:
        return [(m.start(), m.end(), m.group(0)) for m in CAP.finditer(core)], (0, 0)
    doc = nlp(core)
    subject = (0, 0)
    for sent in doc.sents:
        subj = [c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}]
        if subj:
            first = subj[0]
            subject = (first.left_edge.idx, first.right_edge.idx + len(first.right_edge))
        break
    names = [(t.idx, t.idx + len(t), t.text) for t in doc
             if t.text[:1].isupper() and (t.pos_ == "PROPN" or t.ent_type_ in NAME_TYPES)]
    return names, subject


def _positions(words: list[str], anchor: list[str]) -> list[int]:
    return [i for i, w in enumerate(words) if any(same_word(w, a) for a in anchor)]


def _words(text: str) -> list[str]:
    return [w.lower().strip(".,;:!?\"'“”‘’()[]") for w in text.split()]


def _other_names(q: Question, claim_text: str) -> bool:
    """Does the claim name someone the question does not (a capitalised word mid-sentence)?"""
    known = [w for a in q.anchors for w in a]
    words = claim_text.split()
    if sum(1 for w in words if w[:1].isupper()) > 0.6 * max(1, len(words)):
        return False  # title case: capitals tell nothing
    for m in CAP.finditer(claim_text):
        if m.start() == 0 or claim_text[:m.start()].rstrip().endswith((".", ":", "“", '"')):
            continue
        word = m.group(0).strip(".’'").lower()
        if word in STOP or word in GENERIC or word in {"i"}:
            continue
        if not any(same_word(word, k) for k in known):
            return True
    return False


def check(q: Question, claim_text: str, holder: str = "",
          sim: float | None = None) -> tuple[bool, float]:
    """(relevant?, anchor coverage) for a claim's text against the question. The agent must be
    named, implied (first person, a pronoun subject, the holder: 'Iran denied supplying ...') or,
    for a close paraphrase (similarity >= LOOSE) that names no other actor, left unnamed."""
    words = _words(claim_text)
    if q.years and not _years_ok(q.years, claim_text):
        return False, 0.0
    if not q.anchors:
        return True, 1.0
    pos = [_positions(words, a) for a in q.anchors]
    coverage = sum(1 for p in pos if p) / len(q.anchors)
    agents = [i for i in q.agents if i < len(pos)]
    patients = [i for i in range(len(pos)) if i not in agents]
    if not any(pos[i] for i in agents) and not _implied(q, claim_text, holder):
        if sim is None or sim < LOOSE or _other_names(q, claim_text):
            return False, coverage
    if patients and not any(pos[i] for i in patients) and _other_names(q, claim_text):
        return False, coverage  # another actor where the question has its own
    if _swapped(words, [pos[i] for i in agents], [pos[i] for i in patients]):
        return False, coverage
    return True, coverage


def _implied(q: Question, claim_text: str, holder: str) -> bool:
    """Is the agent the speaker ('we', 'I'), a pronoun subject, or the holder itself?"""
    if FIRST_PERSON.search(claim_text) or PRONOUN_START.match(claim_text):
        return True
    hw = _words(holder)
    return any(_positions(hw, q.anchors[i]) for i in q.agents if i < len(q.anchors))


def _swapped(words: list[str], agents: list[list[int]], patients: list[list[int]]) -> bool:
    """The question's patient named before its agent in one clause, outside a passive 'by'."""
    first_agent = min((min(p) for p in agents if p), default=None)
    if first_agent is None:
        return False
    for p in patients:
        if p and min(p) < first_agent:
            between = words[min(p):first_agent]
            if not any(w in CLAUSE_BREAK for w in between):
                return True
    return False


def _years_ok(span: tuple[int, int], text: str) -> bool:
    years = [int(y) for y in YEAR.findall(text)]
    if not years:
        return True
    lo, hi = span
    return any(lo - 1 <= y <= hi + 1 for y in years)
