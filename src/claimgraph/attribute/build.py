"""Assembles the statements of one document from clause cues and quotes, speakers resolved."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import Mention, Statement
from . import cues, lexicon, sents
from .context import medium_of, when_of
from .coref import Resolver, Speaker
from .direct import find_cue, same_or_next_paragraphs, signed_quote
from .indirect import drop_gloss, find_candidates
from .parenthetical import parenthetical_reports
from .quotes import (
    AMBIGUOUS,
    CLOSERS,
    OPENERS,
    Quote,
    find_quotes,
    paragraphs,
    single_quotes,
)
from .spans import QuoteIndex, shape, trim_quote
from .speakers import direct_subject, subject_of
from .transcripts import transcript_turns

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

log = logging.getLogger(__name__)


@dataclass
class Pending:
    """A statement before its speaker is resolved."""

    start: int
    end: int
    kind: str
    cue: Token | None
    cue_span: tuple[int, int] | None
    speaker: Token | None
    continued: bool = False
    nested: bool = False  # the cue is inside someone's quote

    def order(self) -> int:
        """Where the statement is read: at its speaker, else its cue, else its content."""
        if self.speaker is not None:
            return self.speaker.idx
        return self.cue_span[0] if self.cue_span else self.start


def char_bounds(doc: Doc, a: int, b: int) -> tuple[int, int]:
    """Character bounds of the token range [a, b)."""
    return doc[a].idx, doc[b - 1].idx + len(doc[b - 1])


def _outside_cue(a: int, b: int, cue: tuple[int, int]) -> tuple[int, int]:
    """A content span never holds its own cue: keep the larger side."""
    if not (a <= cue[0] < b):
        return a, b
    return (a, cue[0]) if cue[0] - a >= b - cue[1] else (cue[1], b)


def quote_tokens(doc: Doc, quotes: list[Quote]) -> set[int]:
    """Indices of tokens inside a quote."""
    out: set[int] = set()
    for q in quotes:
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return out


def clause_statements(doc: Doc, qidx: QuoteIndex, inside: set[int]) -> list[Pending]:
    """Statements whose cue the parse shows with a complement."""
    out: list[Pending] = []
    for cand in find_candidates(doc, qidx.inside):
        ta, tb = cand.content
        if cand.cue.i in inside and 2 * sum(i in inside for i in range(ta, tb)) < tb - ta:
            continue  # a cue in a quotation reports quoted words, not the writer's around it
        a, b = _outside_cue(*char_bounds(doc, *drop_gloss(doc, *cand.content, inside)),
                            cand.cue_span)
        shaped = shape(sents.text_of(doc), a, b, qidx, cand.cue_span[0])
        if shaped is None:
            continue
        out.append(Pending(shaped[0], shaped[1], shaped[2], cand.cue, cand.cue_span, cand.speaker,
                           nested=cand.cue.i in inside))
    return out


def quote_statements(doc: Doc, quotes: list[Quote], taken: list[Pending],
                     inside: set[int]) -> list[Pending]:
    """Statements for the quotes no clause cue claimed."""
    out: list[Pending] = []
    spans = [(p.start, p.end) for p in taken if not p.nested and p.speaker is not None]
    for q in quotes:
        if any(a < q.end and q.start < b for a, b in spans) or q.words(sents.text_of(doc)) < 2 \
                or is_title(sents.text_of(doc), q):
            continue
        qa, qb = trim_quote(sents.text_of(doc), q)
        signed = signed_quote(doc, q)
        if signed is not None:
            dash, name = signed
            out.append(Pending(qa, qb, "direct", dash, (dash.idx, dash.idx + len(dash)), name))
            continue
        cue = find_cue(doc, q, inside)
        intro = introducer(doc, q) if cue is None and q.words(sents.text_of(doc)) >= 4 else None
        text = sents.text_of(doc)
        if cue is not None and (q.words(text) >= 4 or _sentence_like(text, q)):
            span = (cue.idx, cue.idx + len(cue))
            out.append(Pending(qa, qb, "direct", cue, span, _quote_speaker(doc, q, cue, inside)))
        elif intro is not None:
            out.append(Pending(qa, qb, "direct", None, None, intro))
        elif q.words(text) >= 4 or _sentence_like(text, q) and _stands_alone(text, q):
            out.append(Pending(qa, qb, "direct", None, None, None, continued=True))
    return out


def parenthetical_statements(doc: Doc, qidx: QuoteIndex, inside: set[int],
                             taken: list[Pending]) -> list[Pending]:
    """Both sides of a report set off in mid-sentence ("The plan, she said, would fail"),
    where no other statement lies."""
    text = sents.text_of(doc)
    spans = [(p.start, p.end) for p in taken]
    out: list[Pending] = []
    for cue, speaker, pieces in parenthetical_reports(doc, inside):
        span = (cue.idx, cue.idx + len(cue))
        for a, b in pieces:
            shaped = shape(text, *char_bounds(doc, a, b), qidx, span[0])
            if shaped is None or any(x < shaped[1] and shaped[0] < y for x, y in spans):
                continue
            out.append(Pending(shaped[0], shaped[1], shaped[2], cue, span, speaker))
    return out


TITLE_PREPS = frozenset(("on", "in", "at", "to", "from", "for", "of"))
SMALL_WORDS = frozenset(("a", "an", "the", "of", "and", "in", "on", "at", "to", "for", "with"))


def is_title(text: str, q: Quote) -> bool:
    """The name of a show, book or film in quotation marks after a preposition ("said on “Meet
    the Press”", "wrote in “A Long Winter”"): a title, not words anyone spoke."""
    before = text[max(0, q.open_at - 12):q.open_at].split()
    words = text[q.start:q.end].strip(" .,!?").split()
    last = before[-1].lower() if before else ""
    if not (last in TITLE_PREPS or last.endswith(("'s", "’s"))) or not 0 < len(words) <= 8:
        return False
    return all(w[0].isupper() or not w[0].isalpha() or w.lower() in SMALL_WORDS for w in words)


def _sentence_like(text: str, q: Quote) -> bool:
    """A short quote that is a whole utterance (“No comment,” she said), not a fragment."""
    inner = text[q.start:q.end].rstrip()
    return bool(inner) and inner[-1] in ".,!?" and inner[0].isupper()


NP_TAGS = frozenset(("PROPN", "NOUN", "DET", "ADJ", "PUNCT", "PART", "NUM"))


def _quote_speaker(doc: Doc, q: Quote, cue: Token, inside: set[int]) -> Token | None:
    """The subject of a quotation's cue; where the parser took a word inside the quotation for
    it ("“… We will act,” police Chief Ann Cole said" parsed as one clause), the noun phrase
    between the quotation and the cue."""
    subj = subject_of(cue)
    if subj is None or subj.i not in inside:
        return subj
    gap = [t for t in doc if q.close_at < t.idx < cue.idx and t.i not in inside]
    words = [t for t in gap if t.pos_ in ("PROPN", "NOUN")]
    if not words or len(gap) > 8 or any(t.pos_ not in NP_TAGS and not t.is_title for t in gap):
        return None
    return words[-1]


def _stands_alone(text: str, q: Quote) -> bool:
    """A quotation that is a sentence of its own (“Neither do I.”), not a fragment quoted
    inside the writer's sentence."""
    before = text[:q.open_at].rstrip(" \t\u00a0")
    after = text[q.close_at + 1:].lstrip(" \t\u00a0")
    return (not before or before[-1] in ".!?\n" + CLOSERS + AMBIGUOUS) and (
        not after or after[0] == "\n" or after[0].isupper() or after[0] in OPENERS + AMBIGUOUS)


def introducer(doc: Doc, q: Quote) -> Token | None:
    """A named subject of the sentence just before a cue-less quote in the same paragraph
    ("Doe was involved in the talks. “We met twice.”"), or of the clause that a colon ends
    just before it ("Doe has given her own account of the talks: “We met twice.”")."""
    colon = _colon_subject(doc, q)
    if colon is not None:
        return colon
    para_start = sents.text_of(doc).rfind("\n\n", 0, q.open_at) + 1
    at = doc.char_span(q.open_at, q.open_at + 1, alignment_mode="expand")
    k = sents.index_of(doc, at[0].i) if at is not None else 0
    if at is None or k == 0:
        return None
    prev = doc[slice(*sents.bounds(doc, k - 1))]
    if prev.start_char < para_start or any(t.is_quote for t in prev):
        return None
    subj = direct_subject(prev.root)
    if subj is None or not (subj.pos_ == "PROPN" or subj.lower_ in ("he", "she")):
        return None
    return subj


def _colon_subject(doc: Doc, q: Quote) -> Token | None:
    """The named (or he/she) subject of the clause a colon closes right before the quote."""
    text = sents.text_of(doc)
    head = text[:q.open_at].rstrip()
    if not head.endswith(":") or "\n" in text[len(head):q.open_at]:
        return None
    colon = doc.char_span(len(head) - 1, len(head), alignment_mode="expand")
    if colon is None or colon[0].i == 0:
        return None
    tok = doc[colon[0].i - 1]
    for _ in range(20):  # up to the main verb of the clause the colon ends
        if tok.head.i == tok.i or tok.head.i >= colon[0].i:
            break
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    subj = direct_subject(tok)
    if subj is None or subj.i > colon[0].i or not (subj.pos_ == "PROPN"
                                                    or subj.lower_ in ("he", "she")):
        return None
    return subj


def resolve(doc: Doc, pending: list[Pending], resolver: Resolver,
            published: str | None = None) -> list[Statement]:
    """Speakers resolved in reading order; continued quotes take the last quoted speaker."""
    paras = paragraphs(sents.text_of(doc))
    out: list[Statement] = []
    last_quoted: tuple[Statement, Pending] | None = None
    for p in sorted(pending, key=lambda x: (x.order(), x.start)):
        if _own_words_in_quote(p):
            continue
        before = resolver.last
        stmt = _statement(doc, p, resolver, last_quoted, paras, published)
        if p.cue is not None and p.cue.pos_ == "NOUN":
            resolver.last = before  # "X addressed Y's insistence that …": X keeps the floor
        if stmt is None:
            continue
        out.append(stmt)
        if p.kind != "indirect" and not p.nested:
            last_quoted = (stmt, p)
    return out


def _own_words_in_quote(p: Pending) -> bool:
    """ "I think …", "we told them …", "you know …" inside a quotation: part of the quoted
    speaker's own words, not a statement of its own."""
    return p.nested and p.speaker is not None and p.cue is not None \
        and p.speaker.lower_ in lexicon.FIRST_PERSON | {"you"}


def _statement(doc: Doc, p: Pending, resolver: Resolver,
               last: tuple[Statement, Pending] | None,
               paras: list[tuple[int, int]], published: str | None) -> Statement | None:
    text = sents.text_of(doc)
    if p.continued:
        if last is None or not same_or_next_paragraphs(paras, last[0].end, p.start) \
                or last[0].start > p.start:
            return None
        prev, prev_p = last
        same_para = same_or_next_paragraphs(paras, prev.end, p.start) and \
            text.find("\n\n", prev.end, p.start) < 0
        return Statement(p.start, p.end, text[p.start:p.end], prev.speaker, prev.speaker_span,
                         prev.cue if same_para else None, prev.cue_span if same_para else None,
                         "direct", prev.speaker_cluster, prev.when, prev.medium)
    spk: Speaker | None = resolver.speaker(p.speaker) if p.speaker is not None else None
    if spk is None and p.speaker is not None and (p.kind == "direct" or _reports(p)):
        spk = resolver.unresolved(p.speaker)
    if spk is None and p.speaker is not None and p.speaker.lower_ == "i" and not p.nested \
            and p.cue is not None and p.cue.lemma_.lower() in cues.SPEECH_VERBS \
            and not resolver.quoted(p.speaker.idx):
        spk = Speaker(AUTHOR, (p.speaker.idx, p.speaker.idx + 1))  # the writer's own words
    if spk is None:
        return None
    cue_text = text[p.cue_span[0]:p.cue_span[1]] if p.cue_span else None
    when = when_of(p.cue, published) if p.cue is not None else None
    medium = medium_of(p.cue) if p.cue is not None else None
    return Statement(p.start, p.end, text[p.start:p.end], spk.name, spk.span, cue_text,
                     p.cue_span, p.kind, spk.cluster, when, medium)


AUTHOR = "author"  # the writer speaking in the first person ("“Your Honor,” I said, …")


def _reports(p: Pending) -> bool:
    """Whether a cue is a reporting verb sure enough to stand without a named speaker."""
    cue = p.cue
    return cue is not None and cue.lemma_.lower() in cues.SPEECH_VERBS \
        and any(c.dep_ == "ccomp" for c in cue.children)


def extract(doc: Doc, mentions: list[Mention], published: str | None = None) -> list[Statement]:
    """Every attribution of a parsed document, offsets into doc.text, in text order."""
    text = sents.text_of(doc)
    quotes = find_quotes(text)
    quotes = sorted(quotes + single_quotes(text, quotes), key=lambda q: q.open_at)
    qidx = QuoteIndex(quotes)
    inside = quote_tokens(doc, quotes)
    pending = clause_statements(doc, qidx, inside)
    pending += quote_statements(doc, quotes, pending, inside)
    pending += parenthetical_statements(doc, qidx, inside, pending)
    seen: set[tuple[int, int]] = set()
    unique = []
    for p in sorted(pending, key=lambda x: x.speaker is None):  # stable: speakers first
        if (p.start, p.end) not in seen:
            seen.add((p.start, p.end))
            unique.append(p)
    resolver = Resolver(doc, mentions, qidx.inside)
    stmts = resolve(doc, unique, resolver, published)
    stmts += turn_statements(text, mentions, stmts, resolver)
    return sorted(stmts, key=lambda s: (s.start, s.end))


def turn_statements(text: str, mentions: list[Mention], done: list[Statement],
                    resolver: Resolver) -> list[Statement]:
    """Transcript turns ("DOE: We never …") that no quote statement already covers."""
    out = []
    for label, (a, b) in transcript_turns(text, mentions):
        if any(s.start < b and a < s.end and s.kind == "direct" for s in done):
            continue
        spk = resolver.label(*label)
        colon = text.find(":", label[1])
        out.append(Statement(a, b, text[a:b], spk.name, spk.span, ":", (colon, colon + 1),
                             "direct", spk.cluster))
    return out
