"""Attributions read off the dependency parse: a cue and the span that is its content.

Covers reporting verbs with a clausal complement ("said that …", "…, the ministry said"), an
infinitive ("urged X to …"), a prepositional one ("accused X of …"), an object ("denied the
reports"), "according to X", and nominal cues ("X's claim that …", "made the claim that …").
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import cues, sents
from .features import complements, pair_features
from .model import CueModel, load_model
from .quotes import AMBIGUOUS, CLOSERS, DOUBLE, PAIRED
from .speakers import direct_subject, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

log = logging.getLogger(__name__)

MIN_CLAUSE_SCORE = 0.5
PAUSES = frozenset((",", "—", "–", "-", ";", "--"))



@dataclass(frozen=True)
class Candidate:
    """A cue found in the parse, with its content and the head of its speaker."""

    cue: Token
    cue_span: tuple[int, int]  # characters
    content: tuple[int, int]  # token bounds [a, b)
    speaker: Token | None
    score: float


def _bounds(tok: Token) -> tuple[int, int]:
    return tok.left_edge.i, tok.right_edge.i + 1


def clause_bounds(comp: Token) -> tuple[int, int]:
    """A clause's tokens without what the writer added after it: a participle after a comma or
    dash ("…, calling it a mistake"), "…, but for others …" with a subject of its own, and a
    further reporting verb sharing the speaker ("… and calls her a friend")."""
    a, b = _bounds(comp)
    for child in comp.rights:
        if child.i >= b:
            continue
        cut = _cut_before(comp, child)
        if cut is not None and cut > a + 1:
            b = min(b, cut)
    doc = comp.doc
    for i in range(comp.i + 1, b - 1):
        if doc[i].lower_ == "according" and doc[i + 1].lower_ == "to" \
                and doc[i - 1].text in PAUSES:
            return a, i - 1  # "…, according to the survey": the source, not the content
    return a, b


def _cut_before(comp: Token, child: Token) -> int | None:
    """Where a trailing dependent of a clause starts, if it is no part of what was reported."""
    doc = comp.doc
    start = child.left_edge.i
    prev = doc[start - 1].text if start > 0 else ""
    if child.dep_ in ("advcl", "conj", "acl", "parataxis", "npadvmod", "xcomp") \
            and child.tag_ == "VBG" and prev in PAUSES:
        return start - 1
    if child.dep_ == "advcl" and prev == "," and doc[start].lower_ in CONCESSIVE:
        return start - 1  # "…, although he again refused …": the writer's aside
    if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
        cc = next((c for c in comp.children if c.dep_ == "cc" and comp.i < c.i < child.i), None)
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
        if cc is not None and cc.lower_ == "but" and own_subject and doc[cc.i - 1].text in PAUSES:
            return cc.i - 1
        second_that = any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children)
        if cc is not None and cues.is_cue_lemma(child.lemma_.lower()) and not second_that \
                and any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in child.children):
            return cc.i  # "… and calls her a friend"; not "… and that the office answered …"
    return None


GLOSSES = frozenset(("relcl", "appos"))
CONCESSIVE = frozenset(("although", "though", "whereas", "while", "even"))
SPEAKER_TYPES = frozenset(("PERSON", "ORG", "GPE", "NORP"))


def _closing_mark(text: str) -> bool:
    return text in PAIRED or len(text) == 1 and text in CLOSERS + AMBIGUOUS


def drop_gloss(doc: Doc, a: int, b: int, quoted: set[int]) -> tuple[int, int]:
    """A content without the writer's gloss at its end: a clause or apposition set off by a
    comma or dash that describes a word of it ("…, who has never run for office", "…, the
    state's largest city"). Quoted words are the speaker's and stay."""
    end = b - 1
    while end > a and doc[end].is_punct:
        end -= 1
    cut = b
    for tok in doc[a:end + 1]:
        if tok.dep_ not in GLOSSES or tok.right_edge.i < end or not a <= tok.head.i < tok.i:
            continue
        start = tok.left_edge.i
        if start >= 2 and _closing_mark(doc[start - 1].text) and doc[start - 2].text in PAUSES:
            start -= 1  # 'the “War On Drugs,” which …'
        if start - 1 <= a + 1 or doc[start - 1].text not in PAUSES:
            continue
        if any(i in quoted for i in range(start, end + 1)):
            continue
        cut = min(cut, start - 1)
    return a, cut


def second_report(comp: Token) -> bool:
    """ "A said X, and B said Y": the parser hangs B's report on A's verb as a clause; it is a
    report of its own (B speaks), not what A said."""
    doc = comp.doc
    start = comp.left_edge.i
    joined = start > 0 and doc[start - 1].dep_ == "cc"
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in comp.children)
    cue = cues.is_cue_lemma(comp.lemma_.lower())
    return joined and own_subject and cue and comp.i > comp.head.i


def _cue_span(tok: Token) -> tuple[int, int]:
    """The cue's characters: the verb with its particle ("pointed out") or auxiliaries."""
    a, b = tok.idx, tok.idx + len(tok)
    for child in tok.children:
        if child.dep_ == "prt" and child.i == tok.i + 1:
            b = child.idx + len(child)
    return a, b


def verb_candidates(verb: Token) -> list[Candidate]:
    """The contents of a reporting verb, one per complement."""
    lemma = verb.lemma_.lower()
    if not cues.is_speech_verb(lemma) or raised_passive(verb):
        return []
    speaker = subject_of(verb)
    span = _cue_span(verb)
    out: list[Candidate] = []
    score = cues.clause_cue_score(lemma)
    for child in verb.children:
        if child.dep_ == "ccomp" and score >= MIN_CLAUSE_SCORE and not second_report(child):
            out.append(Candidate(verb, span, clause_bounds(child), speaker, score))
    if out:
        return out
    out = _other_complements(verb, lemma, span, speaker)
    inverted = _inverted(verb, speaker) if not out else None
    return [Candidate(verb, span, inverted, speaker, 0.6)] if inverted else out


def within_quote(doc: Doc, a: int, b: int, left: bool) -> tuple[int, int]:
    """A side that crosses an unpaired quotation mark stops at it: in "X recalled, “Out of
    nowhere, he said, …”" the left side is "Out of nowhere", not the writer's words before."""
    marks = [t.i for t in doc[a:b] if len(t.text) == 1 and t.text in DOUBLE]
    if len(marks) % 2 == 0:
        return a, b
    return (marks[-1] + 1, b) if left else (a, marks[0])


def _inverted(verb: Token, speaker: Token | None) -> tuple[int, int] | None:
    """ "X did Y, the ministry said": a trailing cue the parser hung on the clause as a
    conjunct; the content is the sentence up to the comma before the speaker."""
    if speaker is None or verb.dep_ not in ("conj", "parataxis") or verb.head.i > verb.i:
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in verb.children):
        return None
    start = speaker.left_edge.i
    sent_start = sents.sentence(verb.doc, verb.i).start
    if start - 1 <= sent_start or verb.doc[start - 1].text != ",":
        return None
    return within_quote(verb.doc, sent_start, start - 1, True)


def _other_complements(verb: Token, lemma: str, span: tuple[int, int],
                       speaker: Token | None) -> list[Candidate]:
    out: list[Candidate] = []
    for child in verb.children:
        if child.dep_ == "xcomp" and lemma in cues.XCOMP_VERBS:
            out.append(Candidate(verb, span, with_object(verb, _bounds(child)), speaker, 0.6))
        elif child.dep_ == "prep" and child.lower_ in cues.PREP_VERBS.get(lemma, ()):
            objs = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if objs:
                out.append(Candidate(verb, span, _bounds(objs[0]), speaker, 0.6))
        elif child.dep_ == "dobj" and child.pos_ != "PRON" and not bare_reference(child) \
                and _object_is_content(verb, lemma):
            out.append(Candidate(verb, span, _with_predicate(verb, child), speaker, 0.5))
    return out


def with_object(verb: Token, bounds: tuple[int, int]) -> tuple[int, int]:
    """An infinitive with the object it is about: "urged [voters to stay home]". An addressee of
    speech ("told reporters to …") stays out, and so does an object set off by a comma; so does
    the one accused ("accused the mayor of [lying]"), as the page gold has it."""
    a, b = bounds
    if verb.lemma_.lower() in cues.ADDRESSEE_VERBS:
        return bounds
    obj = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < a), None)
    if obj is None or any(t.text in PAUSES for t in verb.doc[obj.right_edge.i + 1:a]):
        return bounds
    return obj.left_edge.i, b


def _with_predicate(verb: Token, obj: Token) -> tuple[int, int]:
    """An object with its predicate: "described [X as Y]", "called [X a threat]"."""
    a, b = _bounds(obj)
    for child in verb.children:
        if child.i >= b and (child.dep_ == "oprd" or child.dep_ == "prep" and child.lower_ == "as"):
            b = max(b, child.right_edge.i + 1)
    return a, b


def bare_reference(comp: Token) -> bool:
    """ "repeated [the claim]": a cue noun with nothing but a determiner refers back to a
    content, it is not one."""
    return comp.lemma_.lower() in cues.CUE_NOUNS and all(
        c.dep_ in ("det", "poss", "amod") for c in comp.children)


def _object_is_content(verb: Token, lemma: str) -> bool:
    """ "denied [the reports]"; "called [the plan a farce]" (with its predicate)."""
    return lemma in cues.OBJECT_VERBS or lemma in cues.PREDICATIVE_VERBS and _has_predicate(verb)


def _has_predicate(verb: Token) -> bool:
    """ "called X a threat", "described X as Y": the verb has an object predicate."""
    return any(c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)


def raised_passive(tok: Token) -> bool:
    """ "X is expected to …", "X was said to …": a passive with no agent names no speaker."""
    deps = {c.dep_ for c in tok.children}
    participle = tok.tag_ == "VBN" and "aux" not in deps and tok.dep_ in ("acl", "advcl")
    return bool(deps & {"nsubjpass", "auxpass"} or participle) and "agent" not in deps


def according_candidate(tok: Token) -> Candidate | None:
    """ "according to X": X is the speaker, the rest of the clause the content."""
    if tok.lower_ != "according":
        return None
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    src = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if src is None or to is None:
        return None
    sent = sents.sentence(tok.doc, tok.i)
    skip_a, skip_b = tok.i, to.right_edge.i + 1
    before = (sent.start, skip_a)
    after = (skip_b, sent.end)
    root = sent.root.i
    if before[0] <= root < before[1]:
        content = before  # "A did B, according to X, more than …": the clause with the verb
    elif after[0] <= root < after[1]:
        content = after
    else:
        content = before if before[1] - before[0] > after[1] - after[0] else after
    if content[1] - content[0] < 3:
        return None
    return Candidate(tok, (tok.idx, to.idx + len(to)), content, src, 0.9)


def noun_candidate(noun: Token) -> Candidate | None:
    """ "X's claim that …", "accusations by X that …", "X made the claim that …"."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in cues.CUE_NOUNS:
        return None
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl")
                   and any(g.lower_ == "that" and g.dep_ == "mark" for g in c.children)), None)
    if clause is None:
        return None
    speaker = _noun_speaker(noun)
    if speaker is None:
        return None
    return Candidate(noun, (noun.idx, noun.idx + len(noun)), clause_bounds(clause), speaker, 0.7)


def copula_candidate(verb: Token) -> Candidate | None:
    """ "Her view is that …", "the ministry's position was that …": a cue noun as the subject of
    "be" with a "that" clause; whoever holds the view speaks."""
    if verb.lemma_.lower() != "be":
        return None
    noun = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    clause = next((c for c in verb.children if c.dep_ in ("ccomp", "attr")
                   and any(g.lower_ == "that" and g.dep_ == "mark" for g in c.children)), None)
    if noun is None or clause is None or noun.lemma_.lower() not in cues.CUE_NOUNS:
        return None
    speaker = _noun_speaker(noun)
    if speaker is None:
        return None
    return Candidate(noun, (noun.idx, noun.idx + len(noun)), clause_bounds(clause), speaker, 0.7)


def _noun_speaker(noun: Token) -> Token | None:
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("PROPN", "NOUN", "PRON"):
                return obj
    for child in noun.children:
        if child.dep_ == "compound" and child.pos_ == "PROPN" and child.i < noun.i \
                and child.ent_type_ in SPEAKER_TYPES:
            return child  # "the Kremlin claim that …"; "Doe claims that …" read as a noun
    head = noun.head
    if noun.dep_ in ("dobj", "pobj") and head.lemma_.lower() in cues.LIGHT_VERBS:
        return direct_subject(head) or subject_of(head)
    return None


def learned_candidates(tok: Token, model: CueModel, quoted: bool) -> list[Candidate]:
    """The complements the learned scorer accepts for a word: its best one, and every clause."""
    pairs = list(complements(tok))
    if not pairs or tok.lemma_.lower() in cues.NOT_CUES or raised_passive(tok):
        return []
    scored = []
    for rel, comp in pairs:
        if bare_reference(comp) or rel == "ccomp" and second_report(comp):
            continue
        p = model.score(pair_features(tok, rel, comp, quoted))
        if p >= model.threshold:
            scored.append((p, rel, comp))
    if not scored:
        return []
    best = max(scored, key=lambda x: x[0])
    keep = [x for x in scored if x is best or x[1] == "ccomp"]
    speaker = subject_of(tok)
    if speaker is None and tok.pos_ == "NOUN":
        speaker = _noun_speaker(tok)  # "X's claim that …", "Doe claims that …" read as a noun
    span = _cue_span(tok)
    return [Candidate(tok, span, _learned_bounds(tok, rel, comp), speaker, p)
            for p, rel, comp in keep]


def _learned_bounds(tok: Token, rel: str, comp: Token) -> tuple[int, int]:
    """The content of a scored pair: an object with its predicate, a predicate with its object
    ("called [Doe a fraud]"), else the complement's subtree."""
    if rel == "dobj":
        return _with_predicate(tok, comp)
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i < comp.i), None)
    if rel == "oprd" and obj is not None:
        return obj.left_edge.i, comp.right_edge.i + 1
    if rel in ("ccomp", "parataxis") or rel == "acl" and tok.pos_ == "NOUN":
        return clause_bounds(comp)
    if rel == "xcomp":
        return with_object(tok, _bounds(comp))
    return _bounds(comp)


def find_candidates(doc: Doc, quoted: Callable[[int], object] | None = None) -> list[Candidate]:
    """Every cue with a content found in the parse, in document order."""
    out: list[Candidate] = []
    model = load_model()
    for tok in doc:
        if tok.lower_ == "according":
            cand = according_candidate(tok)
            if cand:
                out.append(cand)
            continue
        if model is not None:
            got = learned_candidates(tok, model, bool(quoted and quoted(tok.idx)))
            out.extend(got)
            if got:
                continue
        if tok.pos_ in ("VERB", "AUX"):
            cop = copula_candidate(tok)
            out.extend([cop] if cop else verb_candidates(tok))
        elif tok.pos_ == "NOUN":
            cand = noun_candidate(tok)
            if cand:
                out.append(cand)
    return out
