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


@dataclass
class Question:
    """A proposition as typed: its core text, actors (anchor phrases) and years."""

    text: str
    core: str
    anchors: list[list[str]] = field(default_factory=list)
    years: tuple[int, int] | None = None
    negated: bool = False


def parse_question(text: str, nlp: Any | None = None) -> Question:
    """Anchors are the question's proper names: runs of PROPN tokens or named entities (with a
    parser), else runs of capitalised words."""
    core = " ".join(PAREN.sub(" ", text).split())
    anchors: list[list[str]] = []
    prev_end = -2
    for start, end, word in _name_tokens(core, nlp):
        word = word.strip(".’'").lower()
        if word in STOP or word in GENERIC or len(word) < 2:
            prev_end = -2
            continue
        if start <= prev_end + 1 and anchors:
            anchors[-1].append(word)
        else:
            anchors.append([word])
        prev_end = end
    years = [int(y) for y in YEAR.findall(text)]
    span = (min(years), max(years)) if years else None
    return Question(text, core, anchors, span, bool(NEG.search(core)))


def _name_tokens(core: str, nlp: Any | None) -> list[tuple[int, int, str]]:
    if nlp is None:
        return [(m.start(), m.end(), m.group(0)) for m in CAP.finditer(core)]
    doc = nlp(core)
    return [(t.idx, t.idx + len(t), t.text) for t in doc
            if t.text[:1].isupper() and (t.pos_ == "PROPN" or t.ent_type_ in NAME_TYPES)]


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


def check(q: Question, claim_text: str, holder: str = "") -> tuple[bool, float]:
    """(relevant?, anchor coverage) for a claim's text against the question; the holder may be
    the content's implicit agent ('Iran denied supplying ...')."""
    words = _words(claim_text)
    if q.years and not _years_ok(q.years, claim_text):
        return False, 0.0
    if not q.anchors:
        return True, 1.0
    pos = [_positions(words, a) for a in q.anchors]
    found = sum(1 for p in pos if p)
    implied = bool(FIRST_PERSON.search(claim_text)) or bool(PRONOUN_START.match(claim_text))
    implied = implied or bool(_positions(_words(holder), q.anchors[0]))
    if not pos[0] and not implied:  # the agent must be named (or be the speaker: 'we', 'I')
        return False, found / len(q.anchors)
    if len(pos) >= 2 and not pos[1] and _other_names(q, claim_text):  # no rival actor
        return False, found / len(q.anchors)
    if len(pos) >= 2 and pos[0] and any(pos[1:]):
        agent = pos[0]
        for patient in pos[1:]:
            if patient and max(patient) < min(agent) and "by" not in words[max(patient):min(agent)]:
                return False, found / len(q.anchors)
    return True, found / len(q.anchors)


def _years_ok(span: tuple[int, int], text: str) -> bool:
    years = [int(y) for y in YEAR.findall(text)]
    if not years:
        return True
    lo, hi = span
    return any(lo - 1 <= y <= hi + 1 for y in years)
