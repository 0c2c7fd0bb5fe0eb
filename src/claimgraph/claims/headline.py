"""The article's own voice in its headline, and headline-style sources ('Officials: C').

A headline that reports someone's denial ('X denies C') leaves the denial to X's frame and adds
no author claim; one that reports someone's assertion ('X says C', 'C, officials say',
'Officials: C', 'C: report') is the author hedging C while the source asserts it; otherwise the
author asserts, denies (negation, 'hoax', 'false') or hedges ('reportedly', 'may', a question)
the headline's own clause.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import Claim, Statement
from . import cues
from .context import Ctx, strip
from .frames import Frame, relayed, root_frame

if TYPE_CHECKING:
    from spacy.tokens import Span

log = logging.getLogger(__name__)

SOURCE_NOUNS = frozenset("""official officials source sources report reports minister ministry
spokesman spokeswoman spokesperson police president expert experts witness witnesses media study
scientist scientists researcher researchers analyst analysts insider insiders document documents
commander general envoy ambassador agency government army military survey poll""".split())


def headline_claims(ctx: Ctx, top: list[tuple[Span, list[Frame]]],
                    author: str) -> list[Claim]:
    """The author's one claim on the whole headline (all its sentences), and colon sources."""
    if not top:
        return []
    out = [c for sent, _ in top if (c := colon_source(ctx, sent)) is not None]
    stance = _author_stance(ctx, top, out)
    first, last = top[0][0], top[-1][0]
    a, b = ctx.evidence(first.start, last.end)
    if stance is None or b - a < 4:
        return out
    return out + [ctx.claim(a, b, author, stance, None)]


def _author_stance(ctx: Ctx, top: list[tuple[Span, list[Frame]]],
                   colons: list[Claim]) -> str | None:
    """None when the headline reports someone's denial; else deny (negation, 'hoax'), hedge
    (a named source, 'reportedly', a question, 'X says') or assert."""
    frames = [f for _, fs in top for f in fs]
    if any(f.stance == "deny" and f.cue_kind != "according" for f in frames):
        return None  # 'X denies C': X's frame carries it; the author only reports it
    if any(c.stance == "deny" for c in colons):
        return None
    text = ctx.text[top[0][0].start_char:top[-1][0].end_char]
    stances = [cues.clause_stance(sent, headline=True) for sent, _ in top]
    attributed = colons or any(root_frame(sent, fs) for sent, fs in top)
    if "deny" in stances and not attributed:
        return "deny"
    if attributed or "hedge" in stances or ATTRIBUTED.search(text):
        return "hedge"
    return "assert"


ATTRIBUTED = re.compile(  # '..., officials say' / '... - senior official' / 'X says ...'
    r"(?:,|\s[-–—]\s*)(?:\s*\S+){0,4}\s+(?:say|says|said|report|reports|claim|claims)\s*$"
    r"|\s[-–—]\s*(?:\S+\s+){0,3}(?:source|sources|official|officials|report|post|media)\s*$"
    r"|^(?:\S+\s+){1,4}(?:says|claims|admits|predicts|suggests|alleges)\s", re.I)


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
        if any(t.pos_ in {"VERB", "AUX"} for t in words) or relayed(content):
            continue  # 'Agency: X denies C' passes on X's own words: X's frame carries them
        if any(t.lemma_.lower() in SOURCE_NOUNS or t.lower_ in SOURCE_NOUNS
               or t.ent_type_ in {"PERSON", "ORG"} for t in words):
            a, b = strip(ctx.text, content.start_char, content.end_char)
            if b - a < 8:
                return None
            holder = src.text.strip(" .,'\"")
            return ctx.claim(a, b, holder, cues.clause_stance(content), None)
    return None


def name_headline_roles(claims: list[Claim], statements: list[Statement], author: str,
                        body_offset: int, lead: Span | None) -> list[Claim]:
    """A source named only by its role in the headline, or opening the lead sentence ('Top
    official: C', 'A senior minister has claimed that C': news introduces the main speaker by
    description and names them later), is the story's main speaker: the body's most frequent
    statement speaker (quoted at least twice)."""
    counts = Counter(s.speaker for s in statements if s.speaker)
    if not counts:
        return claims
    main, n = counts.most_common(1)[0]
    if n < 2:
        return claims
    opening = _bare(lead.text) if lead is not None else ""
    return [replace(c, holder=main) if c.holder != author and _role_only(c.holder) and (
        c.start < body_offset or lead is not None and lead.start_char <= c.start < lead.end_char
        and opening.startswith(_bare(c.holder))) else c for c in claims]


def _bare(text: str) -> str:
    """Lower-cased, without a leading article."""
    low = text.strip().lower()
    for article in ("a ", "an ", "the "):
        if low.startswith(article):
            return low[len(article):]
    return low


def _role_only(holder: str) -> bool:
    """'Iranian Official', 'a senior minister': a person's role with no proper name of its own."""
    words = holder.lower().split()
    if words[:1] in (["a"], ["an"]):
        words = words[1:]
    return bool(words) and words[-1] in PERSON_ROLES and len(words) <= 4


PERSON_ROLES = frozenset("""official minister spokesman spokeswoman spokesperson president
commander general envoy ambassador chief leader lawmaker mp senator adviser advisor aide
diplomat""".split())
