"""The article's own voice in its headline, and headline-style sources ('Officials: C').

A headline that reports someone's denial ('X denies C') leaves the denial to X's frame and adds
no author claim; one that reports someone's assertion ('X says C', 'C, officials say',
'Officials: C', 'C: report') is the author hedging C while the source asserts it; otherwise the
author asserts, denies (negation, 'hoax', 'false') or hedges ('reportedly', 'may', a question)
the headline's own clause.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from ..model import Claim
from . import cues
from .context import Ctx, strip
from .frames import Frame, root_frame

if TYPE_CHECKING:
    from spacy.tokens import Span

log = logging.getLogger(__name__)

SOURCE_NOUNS = frozenset("""official officials source sources report reports minister ministry
spokesman spokeswoman spokesperson police president expert experts witness witnesses media study
scientist scientists researcher researchers analyst analysts insider insiders document documents
commander general envoy ambassador agency government army military survey poll""".split())


def headline_claims(ctx: Ctx, sent: Span, frames: list[Frame], author: str) -> list[Claim]:
    """The author's claim (and a colon source's) on one headline sentence."""
    frame = root_frame(sent, frames)
    if frame is not None:
        if any(f.stance == "deny" and f.cue_kind != "according" for f in frames):
            return []  # 'X denies C': X's frame carries it; the author only reports it
        a, b = ctx.evidence(sent.start, sent.end)
        return [ctx.claim(a, b, author, "hedge", None)]
    colon = colon_source(ctx, sent)
    if colon is not None:
        if colon.stance == "deny":
            return [colon]
        a, b = ctx.evidence(sent.start, sent.end)
        return [colon, ctx.claim(a, b, author, "hedge", None)]
    if len(sent) < 2:
        return []
    a, b = ctx.evidence(sent.start, sent.end)
    return [ctx.claim(a, b, author, cues.clause_stance(sent, headline=True), None)]


def colon_source(ctx: Ctx, sent: Span) -> Claim | None:
    """Headline style 'Officials: C' or 'C: report' -> the named source asserts C."""
    colons = [t for t in sent if t.text in {":", "—", "–"}]
    if len(colons) != 1:
        return None
    c = colons[0]
    doc = ctx.doc
    left, right = doc[sent.start:c.i], doc[c.i + 1:sent.end]
    for src, content in ((left, right), (right, left)):
        words = [t for t in src if not t.is_punct]
        if not 1 <= len(words) <= 4 or len(content) < 3:
            continue
        if any(t.pos_ in {"VERB", "AUX"} for t in words):
            continue
        if any(t.lemma_.lower() in SOURCE_NOUNS or t.lower_ in SOURCE_NOUNS
               or t.ent_type_ in {"PERSON", "ORG"} for t in words):
            a, b = strip(ctx.text, content.start_char, content.end_char)
            if b - a < 8:
                return None
            holder = src.text.strip(" .,'\"")
            return ctx.claim(a, b, holder, cues.clause_stance(content), None)
    return None
