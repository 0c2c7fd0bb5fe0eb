"""Claims from statements and from the article's own narration (headline included).

A claim is (evidence span, holder, stance). Holders come from attribution frames in the parse
(claims/frames.py), from the attribution stage's statements, or are the article's own voice
(`author:<outlet>`, or `author`). Spans are offsets into `doc.text` (the clean view).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from ..model import Claim, Meta, Mention, Statement
from . import cues
from .frames import Frame, frames_in
from .holder import Holders

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

log = logging.getLogger(__name__)

MAX_EVIDENCE = 400


def author_of(meta: Meta) -> str:
    """The article's own voice as a holder."""
    return f"author:{meta.outlet}" if meta.outlet else "author"


def extract_claims(doc: Doc, statements: list[Statement], mentions: list[Mention],
                   meta: Meta, body_offset: int) -> list[Claim]:
    """Every claim in a parsed document, offsets into `doc.text` (the headline is
    doc.text[:body_offset] when the page has one)."""
    holders = Holders(doc, mentions, statements)
    author = author_of(meta)
    claims: list[Claim] = []
    for sent in _sentences(doc, body_offset):
        frames = frames_in(sent)
        claims.extend(_frame_claims(doc, frames, holders, statements))
        colon = _colon_source(sent)
        if colon is not None:
            claims.append(colon)
        elif not _attributed(sent, frames) and not _inside_statement(sent, statements):
            claim = _narration(sent, author)
            if claim is not None:
                claims.append(claim)
    claims.extend(_statement_claims(doc, statements, claims))
    return _dedupe(claims)


def _sentences(doc: Doc, body_offset: int) -> list[Span]:
    """Sentences, never crossing the headline/body boundary or a paragraph break."""
    out: list[Span] = []
    for sent in doc.sents:
        start = sent.start
        for tok in sent:
            cut = (tok.idx >= body_offset > doc[start].idx) or (tok.is_space and "\n" in tok.text)
            if cut and tok.i > start:
                out.append(doc[start:tok.i])
                start = tok.i + (1 if tok.is_space else 0)
        if start < sent.end:
            out.append(doc[start:sent.end])
    return [s for s in out if s.text.strip() and any(t.is_alpha for t in s)]


def _evidence(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Character offsets of tokens [start, end), cut to MAX_EVIDENCE characters."""
    a = doc[start].idx
    b = doc[end - 1].idx + len(doc[end - 1].text)
    if b - a > MAX_EVIDENCE:
        b = a + MAX_EVIDENCE
        while b > a and not doc.text[b - 1].isspace():
            b -= 1
        b = b - 1 if b > a else a + MAX_EVIDENCE
    return a, b


def _frame_claims(doc: Doc, frames: list[Frame], holders: Holders,
                  statements: list[Statement]) -> list[Claim]:
    out = []
    for f in frames:
        name = _statement_speaker(statements, f) or (
            holders.name(f.holder_tok) if f.holder_tok is not None else None)
        if not name:
            continue
        start, end = f.start, f.end
        if end - start < 5 and f.cue is not None:  # too short alone: show the whole clause
            start = min(start, f.holder_tok.left_edge.i if f.holder_tok is not None else start,
                        f.cue.i)
        a, b = _evidence(doc, start, end)
        idx = _statement_index(statements, a, b)
        out.append(Claim(a, b, doc.text[a:b], name, f.stance, idx))
    return out


def _statement_speaker(statements: list[Statement], f: Frame) -> str | None:
    """The attribution stage's resolved speaker for the same cue, if it found one."""
    if f.cue is None or f.cue_kind == "according" and f.holder_tok is None:
        return None
    at = f.cue.idx if f.cue_kind != "according" else f.holder_tok.idx  # type: ignore[union-attr]
    for s in statements:
        spans = [s.cue_span] if f.cue_kind != "according" else [s.speaker_span]
        if s.speaker and any(sp and sp[0] <= at < sp[1] for sp in spans):
            return s.speaker
    return None


def _statement_index(statements: list[Statement], a: int, b: int) -> int | None:
    for i, s in enumerate(statements):
        if s.start < b and a < s.end:
            return i
    return None


def _attributed(sent: Span, frames: list[Frame]) -> bool:
    """Is the sentence's main clause someone else's speech (a frame at its root)?"""
    for f in frames:
        if f.cue is None:
            continue
        if f.cue_kind == "according":
            return True
        head = f.cue
        while head.dep_ in {"conj", "xcomp"} and head.head is not head:
            head = head.head
        if head.dep_ == "ROOT" or head == sent.root:
            return True
        covered = f.end - f.start
        if covered >= 0.6 * len(sent):
            return True
    return False


def _inside_statement(sent: Span, statements: list[Statement]) -> bool:
    a, b = sent.start_char, sent.end_char
    return any(s.start < b and a < s.end for s in statements)


def _narration(sent: Span, author: str) -> Claim | None:
    """The article's own voice on the sentence's main clause."""
    if len(sent) < 3:
        return None
    root = sent.root
    stance = "assert"
    if cues.is_negated(root) or any(cues.is_negated(t) for t in root.children
                                    if t.dep_ in {"ccomp", "conj"}):
        stance = "deny"
    if cues.branded_false(sent) and stance == "assert":
        stance = "deny"
    if cues.hedged(sent) or sent.text.rstrip().endswith("?"):
        stance = "hedge"
    a, b = _evidence(sent.doc, sent.start, sent.end)
    a, b = _strip(sent.doc.text, a, b)
    if b - a < 8:
        return None
    return Claim(a, b, sent.doc.text[a:b], author, stance, None)


SOURCE_NOUNS = frozenset("""official officials source sources report reports minister ministry
spokesman spokeswoman spokesperson police president expert experts witness witnesses media study
scientist scientists researcher researchers analyst analysts insider insiders document documents
commander general envoy ambassador agency government army military""".split())


def _colon_source(sent: Span) -> Claim | None:
    """Headline style 'Officials: C' or 'C: report' -> the named source asserts C."""
    colons = [t for t in sent if t.text in {":", "—", "–"}]
    if len(colons) != 1:
        return None
    c = colons[0]
    left, right = sent.doc[sent.start:c.i], sent.doc[c.i + 1:sent.end]
    for src, content in ((left, right), (right, left)):
        words = [t for t in src if not t.is_punct]
        if not 1 <= len(words) <= 4 or len(content) < 3:
            continue
        if any(t.pos_ in {"VERB", "AUX"} for t in words):
            continue
        if any(t.lemma_.lower() in SOURCE_NOUNS or t.lower_ in SOURCE_NOUNS
               or t.ent_type_ == "PERSON" for t in words):
            a, b = _strip(sent.doc.text, content.start_char, content.end_char)
            if b - a < 8:
                return None
            holder = src.text.strip(" .,'\"")
            stance = "hedge" if cues.hedged(content) else (
                "deny" if cues.is_negated(content.root) else "assert")
            return Claim(a, b, sent.doc.text[a:b], holder, stance, None)
    return None


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _statement_claims(doc: Doc, statements: list[Statement], have: list[Claim]) -> list[Claim]:
    """Statements no frame covered: the speaker's claim over each sentence of the content."""
    out = []
    for i, s in enumerate(statements):
        if not s.speaker or any(c.start < s.end and s.start < c.end and c.holder == s.speaker
                                for c in have):
            continue
        span = doc.char_span(s.start, s.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        kind = cues.cue_class_word(s.cue or "")
        for sent in _clip_sentences(doc, span):
            negated = any(cues.is_negated(t) for t in sent if t.dep_ in {"ROOT", "ccomp"}
                          or t.head.i < sent.start or t.head.i >= sent.end)
            stance = cues.combine(kind, False, negated, cues.hedged(sent), cues.branded_false(sent))
            a, b = _evidence(doc, sent.start, sent.end)
            out.append(Claim(a, b, doc.text[a:b], s.speaker, stance, i))
    return out


def _clip_sentences(doc: Doc, span: Span) -> list[Span]:
    out = []
    for sent in doc.sents:
        a, b = max(sent.start, span.start), min(sent.end, span.end)
        if b - a >= 3:
            out.append(doc[a:b])
    return out[:8]


def _dedupe(claims: list[Claim]) -> list[Claim]:
    seen: set[tuple[int, int, str]] = set()
    out = []
    for c in sorted(claims, key=lambda c: (c.start, c.end)):
        key = (c.start, c.end, c.holder)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out
