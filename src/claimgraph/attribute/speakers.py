"""Who speaks for a cue: the subject of a reporting verb, found in the dependency parse."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from . import lexicon
from .lexicon import words

if TYPE_CHECKING:
    from spacy.tokens import Token

log = logging.getLogger(__name__)

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
NP_LEFT = words("det poss amod compound nummod nmod quantmod case predet npadvmod")
# dependents through which a reporting verb inherits the subject of its head
INHERIT = words("conj advcl xcomp ccomp relcl acl pcomp")


def agent_of(verb: Token) -> Token | None:
    """The noun of a passive's "by" phrase ("it was announced by the ministry")."""
    for child in verb.children:
        if child.dep_ == "agent":
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
    return None


def direct_subject(verb: Token) -> Token | None:
    """The subject the verb itself governs, if any."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj"):
            return child
    for child in verb.children:
        if child.dep_ == "nsubjpass":
            return agent_of(verb) or child
    return agent_of(verb)


def subject_of(verb: Token) -> Token | None:
    """The subject of a reporting verb, inherited through participles and coordination."""
    tok: Token = verb
    for _ in range(5):
        subj = direct_subject(tok)
        if subj is not None and subj.tag_ in ("WP", "WDT") and tok.dep_ == "relcl":
            return tok.head  # "the senator, who said …"
        if subj is not None and tok.dep_ == "relcl" and _part_of_relative(subj):
            return tok.head  # "the families, many of whom say …"
        if subj is not None:
            return subj
        if tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return tok.head  # "a letter saying …"
        if tok.dep_ not in INHERIT or tok.head is tok:
            return None
        if tok.dep_ == "ccomp" and tok.i < tok.head.i:
            return None  # a clause before its head is content, not a speaker's continuation
        tok = tok.head
    return None


def _part_of_relative(subj: Token) -> bool:
    """ "many of whom", "some of which", "one of whom": a part of the relative's antecedent."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.tag_ in ("WP", "WDT") for g in c.children) for c in subj.children)


def phrase_bounds(head: Token) -> tuple[int, int]:
    """Token bounds [a, b) of the noun phrase a head names, without clauses or appositions."""
    a = head.i
    for child in head.lefts:
        if child.dep_ in NP_LEFT:
            a = min(a, child.left_edge.i)
    b = head.i + 1
    for child in head.rights:
        if child.dep_ in ("compound", "flat") or (
            child.dep_ == "prep" and child.lower_ in ("of", "for", "in") and head.pos_ != "PRON"
            and any(g.pos_ == "PROPN" for g in child.subtree)
        ):
            b = max(b, child.right_edge.i + 1)
    return a, b


def appositions(head: Token) -> list[Token]:
    """Nouns in apposition to the head ("the spokesman, John Doe")."""
    return [c for c in head.children if c.dep_ == "appos"]


def title_only(name: str) -> bool:
    """A 'name' made only of title words ("Former Defence Minister"): a role, not a person."""
    words = name.lower().replace(".", "").split()
    return bool(words) and all(w in lexicon.TITLE_WORDS for w in words)


def role_word(tok: Token) -> bool:
    """A noun for a person by role ("minister", "parliamentarian", "columnist")."""
    words = (tok.lower_, tok.lemma_.lower())
    return any(w in lexicon.PERSON_ROLES or w.endswith(("ian", "ist")) for w in words)


def named_as(before: Token) -> bool:
    """A name given as what a noun is called: "known as", "identified as", "named", "called"."""
    if before.lower_ == "as" and before.i > 0:
        return before.doc[before.i - 1].lemma_.lower() in ("know", "identify", "name", "describe")
    return before.tag_ == "VBN" and before.lemma_.lower() in ("name", "call")


def names_in_role(before: Token, head: Token) -> bool:
    """Whether the word before a name lets the name stand for the role phrase's head: a name
    right after the head or after a non-role noun ("of the ruling party John Doe"), not after a
    preposition, an article or another person's role ("for the minister John Doe")."""
    if before.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return False
    if before.i == head.i:
        return True
    return not role_word(before)


def document_of(head: Token) -> Token | None:
    """The document whose authors speak ("the authors of the statement noted")."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None
