"""The learned content tagger: a CRF that marks content tokens (B/I/O) in sentences that can
hold an attribution, and links each content it finds to a cue and a speaker.

It runs beside the rules: a content the rules did not find becomes a statement when the tagger
is sure enough and a cue with a speaker governs it. Features: content_features.py; training:
content_training.py; the model: content_model.crfsuite (see MODEL_CARD.md). Where the model or
python-crfsuite is missing the tagger says so once and the rules decide alone.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from . import cues, sents
from .content_features import CUE_WORDS, Record, SentenceView, tagged_sentences, token_features
from .speakers import subject_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

log = logging.getLogger(__name__)

MODEL_FILE = "content_model.crfsuite"
MIN_CONFIDENCE = 0.5  # mean content probability of a span's tokens, for a new statement
CLAUSES = frozenset(("ccomp", "xcomp", "parataxis", "advcl", "acl", "relcl"))
MIN_TOKENS = 3
# the cues a tagged content may stand on: reporting and belief verbs, reporting nouns
REPORTING = cues.SPEECH_VERBS | cues.BELIEF_VERBS | cues.CUE_NOUNS


@dataclass(frozen=True)
class Tagged:
    """A content the tagger found (token bounds), with its cue and the head of its speaker."""

    content: tuple[int, int]
    confidence: float
    cue: Token | None
    speaker: Token | None
    governed: bool = False  # the cue's complement holds the content (else the nearest cue word)
    relation: str = ""  # the complement's relation to the cue, when governed


@lru_cache(maxsize=1)
def load_tagger(path: str | None = None) -> Any:
    """The packaged CRF tagger (or the one at `path`), or None where it cannot be loaded."""
    try:
        import pycrfsuite
    except ImportError:
        log.warning("python-crfsuite is missing: attribution contents by rules only")
        return None
    tagger = pycrfsuite.Tagger()
    try:
        if path is None:
            with resources.as_file(resources.files(__package__).joinpath(MODEL_FILE)) as p:
                tagger.open(str(p))
        else:
            tagger.open(path)
    except (FileNotFoundError, OSError, ValueError):
        log.warning("attribution content model %s is missing: rules only", MODEL_FILE)
        return None
    return tagger


def spans_of(tags: list[str]) -> list[tuple[int, int]]:
    """The runs of a B/I/O sequence as [start, end) positions (an I with no B opens a run)."""
    out: list[tuple[int, int]] = []
    start = None
    for i, t in enumerate(tags + ["O"]):
        if start is not None and t != "I":
            out.append((start, i))
            start = None
        if t == "B" or t == "I" and start is None:
            start = i
    return out


def decode(tagger: Any, features: list[list[str]]) -> list[str]:
    """The most likely B/I/O sequence (Viterbi, in CRFsuite's C code)."""
    return list(tagger.tag(features))


def doc_record(doc: Doc) -> tuple[Record, Callable[[int], object], list[tuple[int, int]]]:
    """The cue scores, the quotation test and the sentences to tag of a document, computed as
    the ingest does (for training and diagnosis)."""
    from .indirect import find_candidates
    from .quotes import find_quotes, single_quotes
    from .spans import QuoteIndex

    text = sents.text_of(doc)
    quotes = find_quotes(text)
    qidx = QuoteIndex(sorted(quotes + single_quotes(text, quotes), key=lambda q: q.open_at))
    record: Record = {}
    find_candidates(doc, qidx.inside, record)
    bounds = [sents.bounds(doc, k) for k in range(sents.count(doc))]
    return record, qidx.inside, tagged_sentences(doc, bounds, record, qidx.inside)


def open_sentences(doc: Doc, record: Record, used: set[int]) -> list[tuple[int, int]]:
    """The sentences (token bounds) holding a reporting word of the lexicon with a scored
    clause complement that no rule statement has as its cue (`used`, token indices): the only
    ones the ingest tags."""
    cues_at = {cue for _, cue, rel in record.values()
               if rel in CLAUSES and cue not in used and doc[cue].lemma_.lower() in REPORTING}
    out: list[tuple[int, int]] = []
    for cue in sorted(cues_at):
        k = sents.index_of(doc, cue)
        if not out or out[-1] != sents.bounds(doc, k):
            out.append(sents.bounds(doc, k))
    return out


def may_stand(t: Tagged) -> bool:
    """Whether a tagged content may be a statement of its own: confident, a clause
    complement of a reporting word of the lexicon that has a speaker (an object or a
    prepositional complement, "cited officials", "answered the question", is more often a
    source or a topic than what was said)."""
    return t.confidence >= MIN_CONFIDENCE and t.relation in CLAUSES and t.cue is not None \
        and t.speaker is not None and t.cue.lemma_.lower() in REPORTING


def tag_sentences(doc: Doc, bounds: list[tuple[int, int]], record: Record,
                  quoted: Callable[[int], object], tagger: Any) -> list[Tagged]:
    """The contents the tagger finds in the given sentences, each linked to a cue, with its
    confidence (the mean probability of its tokens being content)."""
    out: list[Tagged] = []
    for a, b in bounds:
        view = SentenceView(doc, a, b, record, quoted)
        tags = decode(tagger, token_features(view))
        for s, e in spans_of(tags):
            if e - s < MIN_TOKENS:
                continue
            conf = sum(1.0 - tagger.marginal("O", i) for i in range(s, e)) / (e - s)
            cue, rel = link_cue(doc, view, a + s, a + e)
            speaker = _speaker(cue) if cue is not None else None
            out.append(Tagged((a + s, a + e), conf, cue, speaker, bool(rel), rel))
    return out


def link_cue(doc: Doc, view: SentenceView, s: int, e: int) -> tuple[Token | None, str]:
    """The cue of a content [s, e) and the relation of its complement: the scored cue whose
    complement holds the content's root, else the nearest cue word of the sentence outside the
    content (relation "")."""
    roots = [i for i in range(s, e) if not s <= view.head[i - view.a] + view.a < e
             or view.head[i - view.a] == i - view.a]
    for r in roots:
        gov = view.gov[r - view.a]
        if gov is not None and not s <= gov[1] < e:
            return doc[gov[1]], gov[2]
    best: Token | None = None
    for i in range(view.a, view.a + view.n):
        if s <= i < e or view.lemma[i - view.a] not in CUE_WORDS:
            continue
        if best is None or _gap(i, s, e) < _gap(best.i, s, e):
            best = doc[i]
    return best, ""


def _gap(i: int, s: int, e: int) -> int:
    return s - i if i < s else i - e + 1


def _speaker(cue: Token) -> Token | None:
    """The cue's speaker: the subject of a verb, the object of "according to", the possessor or
    "by"/"from" phrase of a noun."""
    if cue.lower_ == "according":
        to = next((c for c in cue.children if c.lower_ == "to"), None)
        return next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None \
            else None
    if cue.pos_ == "NOUN":
        from .indirect import _noun_speaker

        return _noun_speaker(cue)
    return subject_of(cue)
