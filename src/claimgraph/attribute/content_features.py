"""Token features for the learned content tagger (content_tagger.py), one sentence at a time.

Which sentences are tagged: those that can hold an attribution (a quote mark, a word of the cue
lexicon, "according to", or a (word, complement) pair the cue scorer gave some weight). Each token
of such a sentence is described by its parse (word, lemma, part of speech, tag, dependency, head
lemma), its shape, whether it is inside a quotation, the learned cue score of the nearest
complement that holds it up the tree (with the relation, the side and the cue's lemma), its own
cue score and lexicon class, its distance and direction to the nearest cue word, its place in
the sentence, and some of the same for its neighbours (±1: word, part of speech, dependency, cue
score; ±2: part of speech). Only parse labels and words are used: the tagger's model keeps
feature names and weights, no text.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from . import cues

if TYPE_CHECKING:
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

Record = dict[int, tuple[float, int, str]]  # complement index -> (score, cue index, relation)

CUE_WORDS = (cues.SPEECH_VERBS | cues.BELIEF_VERBS | cues.CUE_NOUNS | cues.OBJECT_VERBS
             | cues.PREDICATIVE_VERBS | cues.XCOMP_VERBS | frozenset(cues.PREP_VERBS)
             | frozenset(("according",)))
GATE_SCORE = 0.1  # a sentence with a pair scored this high is tagged
COLUMNS_KEY = "claimgraph.attribute.columns"
OPEN_POS = frozenset(("VERB", "NOUN", "ADJ", "AUX"))


def lexicon_class(lemma: str) -> str:
    """The cue lexicon's class of a lemma."""
    if lemma in cues.SPEECH_VERBS:
        return "sp"
    if lemma in cues.BELIEF_VERBS:
        return "be"
    if lemma in cues.CUE_NOUNS:
        return "no"
    return "cw" if lemma in CUE_WORDS else "o"


def tagged_sentences(doc: Doc, bounds: list[tuple[int, int]], record: Record,
                     quoted: Callable[[int], object]) -> list[tuple[int, int]]:
    """The sentences (token bounds) worth tagging."""
    strong = {cue for score, cue, _ in record.values() if score >= GATE_SCORE}
    out = []
    for a, b in bounds:
        for i in range(a, b):
            tok = doc[i]
            if tok.is_quote or i in strong or tok.lemma_.lower() in CUE_WORDS \
                    or quoted(tok.idx):
                out.append((a, b))
                break
    return out


def _shape(text: str) -> str:
    if text.isalpha():
        return "X" if text.isupper() and len(text) > 1 else "Xx" if text[0].isupper() else "x"
    if text.isdigit():
        return "d"
    return "p" if not any(c.isalnum() for c in text) else "m"


def _bucket(n: int) -> str:
    return "1" if n <= 1 else "2" if n <= 2 else "5" if n <= 5 else "10" if n <= 10 else "far"


COLUMNS = ("LOWER", "LEMMA", "POS", "TAG", "DEP", "ORTH")
_names: dict[int, str] = {}


def _columns(doc: Doc) -> tuple[list[list[str]], list[int], list[int]]:
    """The string attributes (COLUMNS, the lemma lowercased), head offsets and character
    offsets of every token, read once per document from spaCy's arrays (building a Token object
    per access costs more than the tagging)."""
    cached = doc.user_data.get(COLUMNS_KEY)
    if cached is not None and len(cached[1]) == len(doc):
        return cached  # type: ignore[no-any-return]
    strings = doc.vocab.strings
    arr = doc.to_array([*COLUMNS, "HEAD", "IDX"])  # unsigned: a head offset wraps around
    cols = []
    for k in range(len(COLUMNS)):
        col = []
        for h in arr[:, k].tolist():
            name = _names.get(h)
            if name is None:
                name = _names[h] = strings[h]
            col.append(name)
        cols.append(col)
    cols[1] = [x.lower() for x in cols[1]]
    heads = arr[:, len(COLUMNS)].astype("int64").tolist()
    out = (cols, heads, arr[:, len(COLUMNS) + 1].tolist())
    doc.user_data[COLUMNS_KEY] = out
    return out


class SentenceView:
    """The per-token attributes of one sentence, read once."""

    def __init__(self, doc: Doc, a: int, b: int, record: Record,
                 quoted: Callable[[int], object]) -> None:
        self.a, self.n = a, b - a
        cols, heads, idx = _columns(doc)
        self.lower, self.lemma, self.pos, self.tag, self.dep = (c[a:b] for c in cols[:5])
        self.head = [i + heads[i] - a for i in range(a, b)]
        self.shape = [_shape(x) for x in cols[5][a:b]]
        self.quoted = ["1" if quoted(x) else "0" for x in idx[a:b]]
        self.gov = self._governing(record)
        self.cue_at: dict[int, float] = {}
        for score, cue, _ in record.values():
            if a <= cue < b and score > self.cue_at.get(cue - a, 0.0):
                self.cue_at[cue - a] = score
        self.lex = [lexicon_class(x) for x in self.lemma]

    def _governing(self, record: Record) -> list[tuple[float, int, str] | None]:
        """For each token, the scored pair whose complement holds it nearest up the tree."""
        memo: list[tuple[float, int, str] | None | bool] = [False] * self.n
        for start in range(self.n):
            path, j = [], start
            while memo[j] is False:
                path.append(j)
                hit = record.get(j + self.a)
                if hit is not None or self.head[j] == j or not 0 <= self.head[j] < self.n:
                    memo[j] = hit
                    path.pop()
                    break
                j = self.head[j]
            value = memo[j]
            for k in path:
                memo[k] = value
        return [m if m is not False else None for m in memo]  # type: ignore[misc]


def token_features(v: SentenceView) -> list[list[str]]:
    """The feature names of every token of a sentence."""
    n = v.n
    left, right = _nearest_cues(v)
    own = [_own(v, i, left[i], right[i]) for i in range(n)]
    side = [(f"w={w}", f"p={p}", f"d={d}") for w, p, d in zip(v.lower, v.pos, v.dep, strict=True)]
    out = []
    for i in range(n):
        feats = own[i][:]
        feats.append("-2" + side[i - 2][1] if i >= 2 else "-2w=<>")
        if i >= 1:
            w, p, d = side[i - 1]
            feats += ("-1" + w, "-1" + p, "-1g=" + own[i - 1][1], "-1" + d)
        else:
            feats.append("-1w=<>")
        if i + 1 < n:
            w, p, d = side[i + 1]
            feats += ("1" + w, "1" + p, "1g=" + own[i + 1][1], "1" + d)
        else:
            feats.append("1w=<>")
        feats.append("2" + side[i + 2][1] if i + 2 < n else "2w=<>")
        out.append(feats)
    return out


def _nearest_cues(v: SentenceView) -> tuple[list[int | None], list[int | None]]:
    """For each token, the nearest cue word before it and after it (lexicon words and words the
    cue scorer weighs 0.3 or more)."""
    is_cue = [v.lex[i] != "o" or v.cue_at.get(i, 0.0) >= 0.3 for i in range(v.n)]
    left: list[int | None] = []
    last = None
    for i in range(v.n):
        left.append(last)
        if is_cue[i]:
            last = i
    right: list[int | None] = [None] * v.n
    last = None
    for i in range(v.n - 1, -1, -1):
        right[i] = last
        if is_cue[i]:
            last = i
    return left, right


def _own(v: SentenceView, i: int, left: int | None, right: int | None) -> list[str]:
    gov = v.gov[i]
    if gov is None:
        g = rel = side = glem = "none"
    else:
        score, cue, rel = gov
        g = str(int(score * 10))
        side = "L" if cue - v.a < i else "R"
        glem = v.lemma[cue - v.a] if 0 <= cue - v.a < v.n else "out"
    h = v.head[i]
    inside = 0 <= h < v.n
    pos = v.pos[i]
    feats = [
        "b",
        f"g={g}",
        f"g_rel={g}|{rel}",
        f"g_side={side}|{rel}",
        f"g_lem={glem}",
        f"w={v.lower[i]}",
        f"p={pos}",
        f"t={v.tag[i]}",
        f"d={v.dep[i]}",
        f"dp={v.dep[i]}|{v.pos[h] if inside else '<>'}",
        f"hl={v.lemma[h] if inside else '<>'}",
        f"s={v.shape[i]}",
        f"q={v.quoted[i]}",
        f"lex={v.lex[i]}",
        f"cue={int(v.cue_at.get(i, 0.0) * 5)}",
        f"cl={_bucket(i - left) if left is not None else 'none'}",
        f"cr={_bucket(right - i) if right is not None else 'none'}",
        f"sp={'first' if i == 0 else 'last' if i == v.n - 1 else str(3 * i // v.n)}",
    ]
    if pos in OPEN_POS:
        feats.append(f"l={v.lemma[i]}")
    return feats
