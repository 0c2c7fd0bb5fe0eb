"""Claims from statements and from the article's own narration (headline included).

A claim is (evidence span, holder, stance). Holders come from attribution frames in the parse
(claims/frames.py), from the attribution stage's statements, or are the article's own voice
(`author:<outlet>`, or `author`). Spans are offsets into `doc.text` (the clean view).

Linear time: the document's text and its sentence list are computed once (spaCy rebuilds
`doc.text` on every access), statements are matched to sentences by bisection.
"""

from __future__ import annotations

import logging
from bisect import bisect_right
from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import Claim, Mention, Meta, Statement
from . import cues, headline
from .context import Ctx
from .frames import Frame, factive_content, frames_in, relayed, root_frame
from .holder import Holders

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

log = logging.getLogger(__name__)

NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# what a writer's reservation may have as subject besides the claim nouns ('the account could
# not be verified', 'the footage has not been verified')
REPORTED_THINGS = cues.CLAIM_NOUNS | frozenset("account footage video photo figure".split())

def author_of(meta: Meta) -> str:
    """The article's own voice as a holder."""
    return f"author:{meta.outlet}" if meta.outlet else "author"


def extract_claims(doc: Doc, statements: list[Statement], mentions: list[Mention],
                   meta: Meta, body_offset: int, vectors: bool = True) -> list[Claim]:
    """Every claim in a parsed document, offsets into `doc.text` (the headline is
    doc.text[:body_offset] when the page has one). With `vectors`, each claim carries its
    sentence embedding (computed here, in the per-document stage)."""
    ctx = Ctx.build(doc, statements, body_offset, _sentences(doc, body_offset))
    holders = Holders(doc, mentions, statements)
    author = author_of(meta)
    claims: list[Claim] = []
    top = [(sent, frames_in(sent)) for sent in ctx.sents if ctx.in_headline(sent)]
    for _, frames in top:
        claims.extend(_frame_claims(ctx, frames, holders))
    claims.extend(headline.headline_claims(ctx, top, author))
    reported: list[Claim] = []  # the previous sentence's claims of other holders
    for sent in ctx.sents[len(top):]:
        found = _sentence_claims(ctx, sent, holders, author, reported)
        reported = [c for c in found if not c.holder.startswith("author")]
        claims.extend(found)
    claims.extend(_statement_claims(ctx, claims))
    lead = ctx.sents[len(top)] if len(ctx.sents) > len(top) else None
    claims = headline.name_headline_roles(claims, statements, author, body_offset, lead)
    out = _dedupe(claims)
    return embed_claims(out) if vectors else out


def _sentence_claims(ctx: Ctx, sent: Span, holders: Holders, author: str,
                     reported: list[Claim] | None = None) -> list[Claim]:
    frames = frames_in(sent)
    out = _frame_claims(ctx, frames, holders)
    note = unverified_note(ctx, sent, frames, author, reported)
    if note is not None:
        return out + [note]
    colon = headline.colon_source(ctx, sent)
    if colon is not None:
        out.append(colon)
    elif root_frame(sent, frames) is None:
        claim = narration(ctx, _own_part(ctx, sent), author)
        if claim is not None:
            out.append(claim)
    return out


def _own_part(ctx: Ctx, sent: Span) -> Span:
    """The sentence up to the first report inside it (its speaker, cue or content), when the
    writer's own main clause comes first ('Videos showed X, although the ministry denied Y'):
    the writer holds X, not Y. Empty when a report starts the sentence."""
    a, b = sent.start_char, sent.end_char
    cut = b
    for s in ctx.statements:
        if s.start < b and a < s.end:
            marks = [s.start] + [sp[0] for sp in (s.speaker_span, s.cue_span) if sp]
            cut = min(cut, max(a, min(marks)))
    if cut >= b:
        return sent
    end = ctx.token_at(cut)
    while end > sent.start and (ctx.doc[end - 1].is_punct or ctx.doc[end - 1].pos_ in
                                {"CCONJ", "SCONJ", "ADP", "DET"}):
        end -= 1
    return ctx.doc[sent.start:end] if end - sent.start >= 6 else ctx.doc[sent.start:sent.start]


def embed_claims(claims: list[Claim]) -> list[Claim]:
    """The claims with their embeddings (left without when the encoder is unavailable)."""
    if not claims:
        return claims
    from ..errors import ConfigError
    from .embed import encoder, to_blob
    from .text import claim_key_text

    try:  # `encode` embeds each distinct text once: two holders of one span share it
        vecs = encoder(threads=1).encode([claim_key_text(c.text) for c in claims])
    except ConfigError as exc:
        log.warning("claims stored without embeddings: %s", exc)
        return claims
    return [replace(c, vector=to_blob(v)) for c, v in zip(claims, vecs, strict=True)]


def _sentences(doc: Doc, body_offset: int) -> list[Span]:
    """Sentences, never crossing the headline/body boundary or a paragraph break."""
    out: list[Span] = []
    for sent in doc.sents:
        start = sent.start
        first_idx = doc[start].idx
        for tok in sent:
            cut = (tok.idx >= body_offset > first_idx) or (tok.is_space and "\n" in tok.text)
            if cut and tok.i > start:
                out.append(doc[start:tok.i])
                start = tok.i + (1 if tok.is_space else 0)
                first_idx = doc[start].idx if start < len(doc) else first_idx
        if start < sent.end:
            out.append(doc[start:sent.end])
    return [s for s in out if any(t.is_alpha for t in s)]


def _frame_claims(ctx: Ctx, frames: list[Frame], holders: Holders) -> list[Claim]:
    out = []
    for f in frames:
        name = _holder_name(ctx, f, holders)
        if not name:
            continue
        start, end = f.start, f.end
        if end - start < 5 and f.cue is not None:  # too short alone: show the whole clause
            start = min(start, f.holder_tok.left_edge.i if f.holder_tok is not None else start,
                        f.cue.i)
        a, b = ctx.evidence(start, end)
        if b - a < 4:
            continue
        out.append(ctx.claim(a, b, name, f.stance, ctx.statement_index(a, b)))
    return out


def _holder_name(ctx: Ctx, f: Frame, holders: Holders) -> str | None:
    """A named subject ('Iran denied ...') names itself; a pronoun or descriptor takes the
    attribution stage's resolved speaker for the same cue when there is one."""
    tok = f.holder_tok
    if tok is not None and tok.pos_ == "PROPN" and tok.ent_type_ in NAMED:
        return holders.name(tok)
    said = _statement_speaker(ctx.statements, f)
    return said or (holders.name(tok) if tok is not None else None)


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


def unverified_note(ctx: Ctx, sent: Span, frames: list[Frame], author: str,
                    reported: list[Claim] | None = None) -> Claim | None:
    """'X claimed that C, but there has been no confirmation of this' (or the same
    reservation in the next sentence, after `reported` claims): the writer reports someone's
    claim and holds back on it, so the article's own voice hedges C, over the span from C to
    the reservation. The reservation must be the writer's: outside any quotation, not inside
    the reported content unless joined by 'but', and with no subject of its own other than the
    outlet ('officials could not confirm it' is their reservation, not the writer's)."""
    if not (frames or reported) or cues.UNVERIFIED.search(sent.text) is None:
        return None
    for m in cues.UNVERIFIED.finditer(sent.text):
        tok = ctx.doc[ctx.token_at(sent.start_char + m.start())]
        verb = _clause_verb(tok)
        inside = any(f.start <= tok.i < f.end for f in frames)
        if inside and not _contrasted(verb) or ctx.statement_index(tok.idx, tok.idx + 1) \
                is not None:
            continue
        if not _writer_subject(verb, author):
            continue
        before = [f.start for f in frames if f.start < tok.i]
        if before:
            start = min(before)
        elif not frames and reported:  # the reported claim is the previous sentence's
            start = ctx.token_at(min(c.start for c in reported))
        else:
            continue
        a, b = ctx.evidence(start, sent.end)
        return ctx.claim(a, b, author, "hedge", None)
    return None


def _clause_verb(tok: Token) -> Token:
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    while verb.dep_ in ("aux", "auxpass", "neg", "xcomp") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _contrasted(verb: Token) -> bool:
    """A clause joined by 'but' / 'yet' ('…, but it could not be verified')."""
    return verb.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in {"but", "yet"}
                                       for c in verb.head.children if c.i < verb.i)


def _writer_subject(verb: Token, author: str) -> bool:
    """Is the clause impersonal ('there has been no …', 'it could not be verified'), in the
    first person plural, about the claim itself, or the outlet's own?"""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is None or subj.dep_ == "expl" or subj.lower_ in {"we", "there", "it", "this",
                                                              "which", "that"}:
        return True
    if subj.pos_ == "PROPN" or subj.ent_type_:
        return " ".join(t.text for t in subj.subtree if t.pos_ != "DET").lower() \
            in author.lower()
    return subj.lemma_.lower() in REPORTED_THINGS


def narration(ctx: Ctx, sent: Span, author: str) -> Claim | None:
    """The article's own voice on the sentence's main clause."""
    if len(sent) < 3:
        return None  # also a sentence that a report opens (see _own_part)
    a, b = ctx.evidence(sent.start, sent.end)
    if b - a < 8:
        return None
    return ctx.claim(a, b, author, cues.clause_stance(sent), None)


def _statement_claims(ctx: Ctx, have: list[Claim]) -> list[Claim]:
    """The speaker's claim over each sentence of a statement's content that no frame of the same
    speaker already covers."""
    out = []
    for i, s in enumerate(ctx.statements):
        if not s.speaker:
            continue
        mine = [(c.start, c.end) for c in have if c.holder == s.speaker
                and c.start < s.end and s.start < c.end]
        kind = cues.cue_class_word(s.cue or "")
        for sent in _clip_sentences(ctx, s.start, s.end):
            lo, hi = sent.start_char, sent.end_char
            if any(a < hi and lo < b for a, b in mine):
                continue
            if relayed(sent):
                out.extend(_factive_claim(ctx, sent, s.speaker, i))
                continue
            negated = any(cues.is_negated(t) for t in sent if t.dep_ in {"ROOT", "ccomp"}
                          or t.head.i < sent.start or t.head.i >= sent.end)
            false = cues.branded_false(sent) or cues.root_false(sent)
            stance = cues.combine(kind, False, negated, cues.hedged(sent), false)
            a, b = ctx.evidence(sent.start, sent.end)
            if b - a >= 4:
                out.append(ctx.claim(a, b, s.speaker, stance, i))
    return out


def _factive_claim(ctx: Ctx, sent: Span, speaker: str, index: int) -> list[Claim]:
    """A quoted relay of a denial of 'the fact that C': the speaker asserts C."""
    inner = factive_content(sent)
    if inner is None:
        return []
    a, b = ctx.evidence(*inner)
    content = ctx.doc[inner[0]:inner[1]]
    negated = any(cues.is_negated(t) for t in content if t.head.i < content.start
                  or t.head.i >= content.end or t.head == t)
    return [ctx.claim(a, b, speaker, "deny" if negated else "assert", index)] if b - a >= 4 else []


def _clip_sentences(ctx: Ctx, start: int, end: int) -> list[Span]:
    """The parts of the sentences that fall inside characters [start, end) (at most 8)."""
    doc = ctx.doc
    out: list[Span] = []
    k = max(0, bisect_right(ctx.sent_starts, ctx.token_at(start)) - 1)
    while k < len(ctx.sents) and len(out) < 8:
        sent = ctx.sents[k]
        if sent.start_char >= end:
            break
        a = max(sent.start, ctx.token_at(start))
        b = min(sent.end, ctx.token_at(end - 1) + 1)
        if b - a >= 3:
            out.append(doc[a:b])
        k += 1
    return out


def _dedupe(claims: list[Claim]) -> list[Claim]:
    seen: set[tuple[int, int, str]] = set()
    out = []
    for c in sorted(claims, key=lambda c: (c.start, c.end)):
        key = (c.start, c.end, c.holder)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out
