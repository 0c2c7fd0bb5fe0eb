"""Denials that leave their object to the story: 'Moscow denies involvement in the attack',
'the ministry dismissed all speculation on that score', or deny it wholesale: 'the leadership
has nothing to do with the events', 'we sent no weapons to any party'.

Such a claim names no act, so it cannot match a question by itself; but in a document that
already carries claims about the question, the question's agent denying its involvement (or
'the accusations', 'them') denies the story's proposition.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from ..store.sqlite import SQLiteStore
from . import repo
from .relevance import Question, holder_names

log = logging.getLogger(__name__)

INVOLVEMENT = re.compile(r"\b(?:involvement|role|responsibility|participation|complicity|"
                         r"culpability)\b", re.I)
ANAPHORIC = re.compile(r"\b(?:them|(?:these|those|such|all|the|any) (?:\w+ )?(?:speculations?|"
                       r"claims?|allegations?|accusations?|charges?|reports?|rumou?rs?))\b", re.I)
MAX_WORDS = 12  # longer claims state their own content and are judged as usual
TRAILING_LABEL = re.compile(r"\s*,\s*\w+ing\b")
# a sweeping denial: 'nothing to do with the events', 'not ... to any party', 'at any level'
SWEEPING = re.compile(r"\b(?:(?:any|no)thing to do with|not (?:been |be )?involved|"
                      r"(?:to|with|at|in) any (?:side|party|parties|level|country|way|form)|"
                      r"no (?:part|role) in)\b", re.I)
SWEEPING_WORDS = 30


def implicit_denials(store: SQLiteStore, q: Question, doc_ids: set[str],
                     known: set[tuple[str, int]]) -> list[tuple[str, int]]:
    """Keys of short denials by the question's agent, in documents with relevant claims,
    whose object is 'involvement' or an anaphoric 'the accusations' / 'them'."""
    if not q.agents:
        return []
    out = []
    for row in repo.denials_of(store, sorted(doc_ids)):
        key = (row["doc_id"], int(row["idx"]))
        if key not in known and is_implicit_denial(q, row["text"], row["stance"], row["holder"]):
            out.append(key)
    return out


def is_implicit_denial(q: Question, text: str, stance: str, holder: str) -> bool:
    """Is this claim the question's agent denying its part in the story?"""
    if stance != "deny":
        return False
    words = len(text.split())
    if SWEEPING.search(text) and words <= SWEEPING_WORDS:
        return holder_names(q, holder, q.agents) or holder_names(q, text, q.agents)
    m = INVOLVEMENT.search(text) or ANAPHORIC.search(text)
    if m is None:
        return False
    label = TRAILING_LABEL.match(text, m.end())  # ', labelling them as lies': no content
    if len((text[:m.end()] if label else text).split()) > MAX_WORDS:
        return False
    # the holder, or the holder's own description before its denial ('a Kremlin spokesman
    # rejected the claims')
    return holder_names(q, holder, q.agents) or holder_names(q, text[:m.start()], q.agents)


def as_item(row: Any, score: float) -> dict[str, Any]:
    """The ask item for an implicit denial (exempt from the act check: it names no act)."""
    return {"source": row["source"], "holder": row["holder"], "stance": "deny",
            "start": row["start"], "end": row["end"], "text": row["text"], "score": score,
            "cluster": row["cluster"], "doc_id": row["doc_id"], "_implicit": True,
            "_headline": False}
