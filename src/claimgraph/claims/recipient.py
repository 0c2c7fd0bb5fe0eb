"""Does a claim's act go to someone other than the question's recipient?

"Iran supported Azerbaijan" is no evidence for "Iran gave Armenia support": the act has a named
recipient of its own. Read off the claim's parse: a verb's object or dative ("helped X", "gave X
arms", "provided X with arms"), or its "to"/"for" object ("sold jets to X"), named by a proper
name or a state's name or adjective ("the Armenian authorities"). A claim whose every named
recipient is another actor than the question's is dropped; a claim that names no recipient, or
names the question's, is left to the other checks.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from ..places import is_state_word
from .relevance import GENERIC, Question, same_actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

log = logging.getLogger(__name__)

RECIPIENT_DEPS = frozenset({"dobj", "dative"})
RECIPIENT_PREPS = frozenset({"to", "for"})
NAME_DEPS = frozenset({"compound", "amod", "poss"})
MAX_ITEMS = 80  # judged items parsed per question at most (latency)


def recipients_of(q: Question, nlp: Any) -> list[list[str]]:
    """The question's anchors that are the recipient of its act ('to Azerbaijan' in 'A gave
    support to Azerbaijan', 'Armenia' in 'A gave Armenia support'), not its agent; none when
    the act has no named recipient ('A used gas near a town')."""
    if not q.agents:
        return []
    words: set[str] = set()
    for tok in nlp(q.main or q.core):
        if tok.pos_ in ("VERB", "AUX"):
            for rec in _recipients(tok):
                words.update(w.lower_ for w in [rec, *rec.children] if w.dep_ != "det")
    return [a for i, a in enumerate(q.anchors) if i not in q.agents
            and any(same_actor(w, x) for w in words for x in a)]


def drop_other_recipients(q: Question, items: list[dict[str, Any]], nlp: Any | None
                          ) -> list[dict[str, Any]]:
    """The items, without those whose claim gives its act to another named state."""
    if nlp is None or not items:
        return items
    patients = recipients_of(q, nlp)
    if not patients:
        return items  # only an act with a named recipient has one to compare
    known = [w for a in q.anchors for w in a]
    texts = [sentence_case(str(it["text"])) for it in items[:MAX_ITEMS]]
    docs = nlp.pipe(texts, disable=[p for p in ("ner", "lemmatizer") if p in nlp.pipe_names])
    drop = {i for i, doc in enumerate(docs) if other_recipient(doc, patients, known)}
    return [it for i, it in enumerate(items) if i not in drop]


def sentence_case(text: str) -> str:
    """A title-case headline in sentence case, so that the parser finds its verb ('Norway Sold
    Jets To Peru' -> 'Norway sold jets to Peru'); states' names and acronyms keep capitals."""
    words = text.split(" ")
    if sum(1 for w in words if w[:1].isupper()) <= 0.6 * max(1, len(words)):
        return text
    return " ".join(w if i == 0 or w.isupper() or is_state_word(w.strip(".,:;!?'’\"“”"))
                    else w.lower() for i, w in enumerate(words))


def other_recipient(doc: Doc, patients: list[list[str]], known: list[str]) -> bool:
    """Does some verb name a recipient, none of them the question's, one of them another
    actor?"""
    other = False
    for tok in doc:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        for rec in _recipients(tok):
            names = _names(rec)
            if not names:
                continue
            if any(same_actor(w, a) for w in names for p in patients for a in p):
                return False
            if not any(same_actor(w, k) for w in names for k in known):
                other = True
    return other


def _recipients(verb: Token) -> list[Token]:
    out = [c for c in verb.children if c.dep_ in RECIPIENT_DEPS]
    for prep in verb.children:
        if prep.dep_ in ("prep", "dative") and prep.lower_ in RECIPIENT_PREPS:
            out += [g for g in prep.children if g.dep_ == "pobj"]
    return out


def _names(tok: Token) -> list[str]:
    """The name words of a recipient phrase: its head and its compounds and adjectives."""
    words = [tok] + [c for c in tok.children if c.dep_ in NAME_DEPS]
    names = [w.lower_.strip("'’") for w in words if is_state_word(w.text)]
    return [n for n in names if n not in GENERIC]
