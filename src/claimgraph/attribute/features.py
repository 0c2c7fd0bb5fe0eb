"""Features of a (cue, complement) pair in the dependency parse, for the learned cue scorer.

A pair is a word and one of its complements (a clause, an infinitive, an object, the object of a
preposition). The scorer (model.py) weighs these features to decide whether the word reports
what its complement says. Only parse features and the word's lemma are used: no text of any
training corpus is kept.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import TYPE_CHECKING

from . import cues
from .lexicon import words

if TYPE_CHECKING:
    from spacy.tokens import Token

log = logging.getLogger(__name__)

COMPLEMENTS = words("ccomp xcomp dobj acl relcl parataxis advcl attr oprd")
PREPS = words("of about on for against to with at over")
CUE_POS = frozenset(("VERB", "NOUN", "AUX", "ADJ"))


def complements(tok: Token) -> Iterator[tuple[str, Token]]:
    """The complements of a word that could hold what it reports: (relation, head)."""
    if tok.pos_ not in CUE_POS:
        return
    for child in tok.children:
        if child.dep_ in COMPLEMENTS:
            if tok.pos_ == "NOUN" and child.dep_ not in ("acl", "relcl", "ccomp"):
                continue
            yield child.dep_, child
        elif child.dep_ == "prep" and child.lower_ in PREPS:
            for grand in child.children:
                if grand.dep_ in ("pobj", "pcomp"):
                    yield f"prep_{child.lower_}", grand


def _subject_kind(tok: Token) -> str:
    for child in tok.children:
        if child.dep_ in ("nsubj", "nsubjpass", "agent"):
            if child.pos_ == "PRON":
                return "pron_" + child.lower_
            return child.ent_type_ or child.pos_
    return "none"


def _length_bucket(n: int) -> str:
    for limit in (1, 3, 6, 12, 25):
        if n <= limit:
            return str(limit)
    return "long"


def pair_features(cue: Token, rel: str, comp: Token, quoted: bool) -> list[str]:
    """Feature names of one (cue, complement) pair."""
    lemma = cue.lemma_.lower()
    size = comp.right_edge.i - comp.left_edge.i + 1
    marks = [c.lower_ for c in comp.children if c.dep_ in ("mark", "aux") and c.i < comp.i]
    lex = "speech" if lemma in cues.SPEECH_VERBS else "belief" if lemma in cues.BELIEF_VERBS \
        else "noun" if lemma in cues.CUE_NOUNS else "other"
    return [
        "bias",
        f"lemma={lemma}",
        f"lemma_rel={lemma}|{rel}",
        f"rel={rel}",
        f"lex={lex}",
        f"lex_rel={lex}|{rel}",
        f"pos={cue.pos_}|{rel}",
        f"tag={cue.tag_}",
        f"dep={cue.dep_}",
        f"subj={_subject_kind(cue)}",
        f"subj_rel={_subject_kind(cue) != 'none'}|{rel}",
        f"comp_tag={comp.tag_}|{rel}",
        f"mark={'_'.join(marks) or 'none'}|{rel}",
        f"size={_length_bucket(size)}|{rel}",
        f"order={'before' if comp.i < cue.i else 'after'}|{rel}",
        f"quoted={quoted}",
        f"neg={any(c.dep_ == 'neg' for c in cue.children)}",
        f"comp_subj={any(c.dep_ in ('nsubj', 'nsubjpass') for c in comp.children)}|{rel}",
    ]
