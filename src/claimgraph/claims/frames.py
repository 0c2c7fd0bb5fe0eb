"""Attribution frames inside a sentence: a holder, a cue and the content it carries.

Built from the dependency parse with linear fallbacks for the small model's errors:
  X said/denied that C · X denied C-ing · X accused Y of C-ing (-> X asserts 'Y C') ·
  X rejected the claims [by Z] that C (-> X denies C, Z asserts C) · X called C 'false' ·
  according to X, C · C, X said.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import cues

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

log = logging.getLogger(__name__)

SUBJ = frozenset({"nsubj", "nsubjpass", "csubj"})
CLAUSE = frozenset({"ccomp", "xcomp", "advcl", "parataxis"})
LIGHT = frozenset("make voice level repeat raise issue spread push".split())
CLAUSE_ONLY = frozenset({"share"})  # cues that report only a clause
NAMING = frozenset("call label brand describe term dub characterize characterise".split())


@dataclass
class Frame:
    """One holder's stance on one content span (token indices into the doc)."""

    holder_tok: Token | None
    cue: Token | None
    start: int  # first token of the content
    end: int  # one past the last token
    stance: str
    cue_kind: str


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, inherited through conjunction and xcomp chains and by a
    participle of attribution ('X said ..., adding that C'); a passive's agent."""
    tok: Token | None = verb
    for _ in range(4):
        if tok is None:
            return None
        for child in tok.children:
            if child.dep_ in SUBJ and child.dep_ != "nsubjpass":
                return child
            if child.dep_ == "agent":
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if objs:
                    return objs[0]
        for child in tok.lefts:
            if child.dep_ == "compound" and tok.pos_ == "NOUN":  # mis-tagged 'X rejects ...'
                return child
        inherits = tok.dep_ in {"conj", "xcomp"} or tok.dep_ == "advcl" and tok.tag_ == "VBG"
        tok = tok.head if inherits and tok.head.i != tok.i else None  # '..., adding that C'

    return None


def _trim(sent: Span, start: int, end: int) -> tuple[int, int]:
    doc = sent.doc
    while start < end and (doc[start].is_punct or doc[start].lower_ in {"that", "whether", "as"}
                           or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct and doc[end - 1].text not in {"”", '"', "’"}
                           or doc[end - 1].is_space):
        end -= 1
    return start, end


def _subtree(tok: Token) -> tuple[int, int]:
    return tok.left_edge.i, tok.right_edge.i + 1


def frames_in(sent: Span) -> list[Frame]:
    """Every attribution frame of the sentence."""
    out: list[Frame] = []
    for tok in sent:
        nxt = sent.doc[tok.i + 1] if tok.i + 1 < sent.end else None
        if tok.lower_ == "according" and nxt is not None and nxt.lower_ == "to":
            frame = _according(sent, tok)
        elif tok.pos_ in {"VERB", "AUX", "NOUN"} and tok.dep_ not in {"amod", "compound"}:
            kind = cues.cue_class(tok) or _light_cue(tok)
            frame = _verb_frame(sent, tok, kind) if kind else None
            if frame is None and tok.lemma_.lower() in NAMING:
                frame = _naming(sent, tok)
        else:
            frame = None
        if frame is not None:
            out.append(frame)
            out.extend(_nested_owner(sent, frame))
    kept = []
    for f in out:
        if not _relays(f, out) and not (f.cue_kind != "according"
                                        and relayed(sent.doc[f.start:f.end])):
            kept.append(f)
        elif (fact := factive_frame(sent.doc[f.start:f.end], f)) is not None:
            kept.append(fact)
    return kept


FACTIVE = frozenset("fact truth reality".split())


def factive_content(span: Span) -> tuple[int, int] | None:
    """The content of 'the fact that C' inside a span: whoever reports someone denying 'the
    fact that C' presents C as true."""
    for tok in span:
        if tok.lemma_.lower() in FACTIVE and tok.pos_ == "NOUN":
            inner = _noun_content(tok)
            if inner and span.start <= inner[0] < inner[1] <= span.end:
                return _trim(span, *inner)
    return None


def factive_frame(span: Span, frame: Frame) -> Frame | None:
    """A relaying frame's own claim when the relayed content is presented as a fact ('X wrote
    that officials denied the fact that C': X asserts C)."""
    inner = factive_content(span)
    if inner is None or inner[1] - inner[0] < 3:
        return None
    content = span.doc[inner[0]:inner[1]]
    stance = "deny" if _content_negated(content) else "assert"
    return Frame(frame.holder_tok, frame.cue, inner[0], inner[1], stance, frame.cue_kind)


def _relays(frame: Frame, frames: list[Frame]) -> bool:
    """Does the frame only pass on another holder's frame ('A reported that B denied C')?
    Its content is then B's speech, not a proposition A takes a side on."""
    for g in frames:
        if g is frame or g.cue is None or g.cue_kind == "according":
            continue
        if frame.start <= g.cue.i < frame.end and not (
                frame.start <= g.cue.head.i < frame.end and g.cue.head.i != g.cue.i):
            return g.holder_tok is not None and frame.start <= g.holder_tok.i < frame.end
    return False


def relayed(span: Span) -> bool:
    """Is a content span itself an attribution ('B denied C', 'B said C', 'B made the claim
    that C') with its own speaker?"""
    root = span.root
    if (cues.cue_class(root) is None and _light_cue(root) is None) or not verbal(root):
        return False
    return any(c.dep_ in SUBJ and span.start <= c.i < span.end for c in root.children)


def _light_cue(verb: Token) -> str | None:
    """'made the claim that C', 'levelled accusations of C': a light verb whose object is a
    claim noun reports that claim."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in LIGHT:
        return None
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in cues.CLAIM_NOUNS]
    return "report" if objs else None


def verbal(tok: Token) -> bool:
    """A verb, or a word the tagger took for a noun that heads a clause of its own ('Tehran
    rejects as unfounded ...' tagged NOUN with a subject)."""
    if tok.pos_ in {"VERB", "AUX"}:
        return True
    return tok.pos_ == "NOUN" and tok.dep_ in {"ROOT", "ccomp", "conj", "advcl"} and any(
        c.dep_ in SUBJ for c in tok.children)


def _verb_frame(sent: Span, verb: Token, kind: str) -> Frame | None:
    if verb.pos_ == "NOUN" and not any(c.dep_ == "compound" for c in verb.lefts) \
            and not verbal(verb):
        return None
    if verb.pos_ == "NOUN" and verb.lemma_.lower() in cues.CLAIM_NOUNS:
        return None
    subj = subject_of(verb)
    span = _content(sent, verb, kind)
    if span is None or subj is None:
        return None
    start, end = _trim(sent, *span)
    if end - start < 2:
        return None
    content = sent.doc[start:end]
    between = sent.doc[min(verb.i + 1, start):start]
    stance = cues.combine(kind if kind != "accuse" else "report", cues.is_negated(verb),
                          _content_negated(content), cues.hedged(content),
                          kind != "deny" and (cues.branded_false(between)
                                              or cues.root_false(content)))
    return Frame(subj, verb, start, end, stance, kind)


def _content(sent: Span, verb: Token, kind: str) -> tuple[int, int] | None:
    """The content span a cue verb governs, or None."""
    kids = list(verb.children)
    if kind == "accuse":
        objs = [c for c in kids if c.dep_ == "dobj"]
        preps = [c for c in kids if c.dep_ == "prep" and c.lower_ in {"of", "for", "over"}]
        preps += [p for o in objs for p in o.children
                  if p.dep_ == "prep" and p.lower_ in {"of", "for"}]
        if objs and preps and preps[0].right_edge.i > objs[0].i:
            return objs[0].left_edge.i, preps[0].right_edge.i + 1
        if kind == "accuse" and verb.lemma_.lower() not in {"charge"}:
            return None
    for c in kids:
        if c.dep_ in {"ccomp", "xcomp"} and verbal(c):
            return _subtree(c)
    if verb.lemma_.lower() in CLAUSE_ONLY:
        return None  # 'shared that C' reports C; 'shared a photo' does not
    objs = [c for c in kids if c.dep_ in {"dobj", "pobj"}]
    objs += [c for c in kids if c.dep_ == "nsubjpass" and c.lemma_.lower() in cues.CLAIM_NOUNS]
    objs += [c for c in kids if c.dep_ == "prep" and c.lower_ in {"about", "of"}]
    for c in objs:
        if c.lemma_.lower() in cues.CLAIM_NOUNS:
            inner = _noun_content(c)
            if inner:
                return inner
        if kind in {"deny", "report"} and c.dep_ == "dobj" or c.dep_ == "prep":
            return _subtree(c)
    if verb.dep_ in {"ROOT", "conj"} and kind in {"deny", "report", "hedge"}:
        for c in kids:  # "C, X said": the clause before the cue
            if c.dep_ in {"ccomp", "parataxis"} and c.i < verb.i:
                return _subtree(c)
    if kind == "deny" and verb.i + 1 < sent.end:  # fallback: the rest of the sentence,
        start = verb.i + 1  # after 'as unfounded the claims (that)' when the parse missed it
        for tok in sent.doc[start: min(sent.end, start + 6)]:
            if tok.lemma_.lower() in cues.CLAIM_NOUNS and tok.i + 2 < sent.end:
                start = tok.i + 1
                break
        return start, sent.end
    return None


def _noun_content(noun: Token) -> tuple[int, int] | None:
    """'the claims that C' / 'accusations of C-ing' / 'claims it is C' -> C."""
    for c in noun.children:
        if c.dep_ in {"acl", "relcl", "ccomp"} and c.pos_ in {"VERB", "AUX"}:
            return _subtree(c)
        if c.dep_ == "prep" and c.lower_ in {"of", "about", "that"}:
            return c.i + 1, c.right_edge.i + 1
    head = noun.head
    for c in head.children:  # mis-attached 'rejects ... the claims it is providing ...'
        if c.dep_ in {"advcl", "ccomp"} and c.i > noun.i:
            return _subtree(c)
    sent = noun.sent
    for tok in sent.doc[noun.i + 1: min(sent.end, noun.i + 8)]:  # '... by a rival that C'
        if tok.lower_ == "that" and tok.dep_ in {"mark", "nsubj", "dobj"}:
            return tok.i + 1, max(tok.head.right_edge.i + 1, tok.i + 2)
    return None


def _content_negated(content: Span) -> bool:
    roots = [t for t in content
             if t.head.i < content.start or t.head.i >= content.end or t.head == t]
    return any(cues.is_negated(r) for r in roots[:2])


def _according(sent: Span, tok: Token) -> Frame | None:
    to = sent.doc[tok.i + 1]
    objs = [c for c in to.children if c.dep_ == "pobj"]
    if not objs:
        return None
    head = tok.head if tok.head.i != tok.i else sent.root
    start, end = sent.start, sent.end
    if objs[0].right_edge.i < head.i:
        start = objs[0].right_edge.i + 1
    else:
        end = tok.i
    start, end = _trim(sent, start, end)
    if end - start < 3:
        return None
    content = sent.doc[start:end]
    stance = cues.combine("report", False, _content_negated(content), cues.hedged(content), False)
    return Frame(objs[0], tok, start, end, stance, "according")


def _naming(sent: Span, verb: Token) -> Frame | None:
    """'X called the report false / lies' -> X denies the report's content."""
    objs = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    rest = [t for t in verb.subtree if t.i > verb.i]
    if not objs or not any(t.lower_ in cues.FALSE_WORDS for t in rest):
        return None
    subj = subject_of(verb)
    if subj is None:
        return None
    start, end = _subtree(objs[0])
    return Frame(subj, verb, start, end, "deny", "deny")


def _nested_owner(sent: Span, frame: Frame) -> list[Frame]:
    """'X denied the claims by/of Z that C' or "Z's accusations that C": Z asserts C."""
    if frame.cue is None:
        return []
    for c in frame.cue.children:
        if c.dep_ not in {"dobj", "pobj"} or c.lemma_.lower() not in cues.CLAIM_NOUNS:
            continue
        owner = None
        for k in c.children:
            if k.dep_ in {"poss", "compound"} and k.pos_ in {"PROPN", "NOUN"}:
                owner = k
            if k.dep_ == "amod" and k.ent_type_ in {"NORP", "GPE", "ORG"}:
                owner = k
            if k.dep_ == "prep" and k.lower_ == "by":
                objs = [o for o in k.children if o.dep_ == "pobj"]
                owner = objs[0] if objs else owner
        if owner is None:
            for k in frame.cue.children:
                if k.dep_ == "prep" and k.lower_ == "by":
                    objs = [o for o in k.children if o.dep_ == "pobj"]
                    owner = objs[0] if objs else owner
        if owner is not None:
            content = sent.doc[frame.start:frame.end]
            stance = "hedge" if c.lemma_.lower() in {"rumor", "rumour", "speculation"} else "assert"
            if _content_negated(content):
                stance = cues.flip(stance)
            return [Frame(owner, c, frame.start, frame.end, stance, "report")]
    return []


def root_frame(sent: Span, frames: list[Frame]) -> Frame | None:
    """The frame that carries the sentence's main clause (someone else's speech), if any."""
    root = sent.root
    for f in frames:
        if f.cue is None:
            continue
        if f.cue_kind == "according":
            return f
        head = f.cue
        while head.dep_ in {"conj", "xcomp"} and head.head.i != head.i:
            head = head.head
        if head.dep_ == "ROOT" or head == root or f.end - f.start >= 0.6 * len(sent):
            return f
    return None
