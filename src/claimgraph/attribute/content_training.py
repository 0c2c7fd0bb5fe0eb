"""Fits the content tagger (content_tagger.py) on a parsed brat split (PolNeAR train).

    python -m claimgraph.attribute.content_training SPLIT_DIR CACHE OUT.crfsuite \
        [--limit N] [--holdout K] [--c1 C1] [--c2 C2] [--iterations N]

CACHE is a parse cache written by `python -m claimgraph.attribute.diagnose parse SPLIT_DIR CACHE`
(the texts cleaned and parsed as the ingest does). Every sentence the tagger would tag
(content_features.tagged_sentences) is one training sequence: its tokens labelled B, I or O by
the annotated contents (where contents nest, the outer one). With `--holdout K` the last K texts
are kept out of the fit and the tagger's own token and span figures on them are logged. The
model file holds feature names (parse labels, words) and weights: no text of the corpus.
"""

from __future__ import annotations

import argparse
import bisect
import logging
import pickle
from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from .content_features import SentenceView, token_features
from .content_tagger import doc_record, spans_of
from .diagnose import gold_of, matches

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..ingest.clean import CleanView

log = logging.getLogger(__name__)

Span = tuple[int, int]


def raw_to_view(view: CleanView, pos: int) -> int:
    """The clean-view offset of a raw offset (the nearest kept character)."""
    segs = view.segments
    if not segs:
        return pos
    i = max(0, bisect.bisect_right([s[1] for s in segs], pos) - 1)
    clean, raw, length = segs[i]
    return clean + min(max(pos - raw, 0), length)


def outer_contents(spans: list[Span], inner: bool = False) -> list[Span]:
    """The contents that no longer one overlaps: where attributions nest, the outer one (with
    `inner`, the inner one)."""
    out: list[Span] = []
    for s in sorted(spans, key=lambda x: (x[1] - x[0]) if inner else (x[0] - x[1])):
        if all(s[1] <= o[0] or o[1] <= s[0] for o in out):
            out.append(s)
    return sorted(out)


def labels(doc: Doc, a: int, b: int, contents: list[Span]) -> list[str]:
    """B/I/O of the tokens [a, b) against content character spans (view offsets)."""
    out = []
    prev: Span | None = None
    for tok in doc[a:b]:
        s, e = tok.idx, tok.idx + len(tok)
        hit = next((c for c in contents if c[0] < e and s < c[1]), None)
        out.append("O" if hit is None else "I" if hit == prev else "B")
        prev = hit
    return out


def sequences(split: str, cache: str, start: int = 0, stop: int | None = None
              ) -> Iterator[tuple[str, Any, Doc, list[list[list[str]]], list[list[str]]]]:
    """Per text of the cache: (name, prepared text, doc, features and labels of its tagged
    sentences)."""
    from spacy.tokens import DocBin

    from ..config import Settings
    from ..nlp.pipeline import load_pipeline

    with open(cache + ".pkl", "rb") as f:
        names, preps, _ = pickle.load(f)  # noqa: S301 - a cache diagnose.py wrote
    nlp = load_pipeline(Settings().model)
    docs = DocBin().from_disk(cache + ".spacy").get_docs(nlp.vocab)
    for k, (name, prep, doc) in enumerate(zip(names, preps, docs, strict=True)):
        if k < start:
            continue
        if stop is not None and k >= stop:
            break
        raw = prep.result.raw
        gold = [(raw_to_view(prep.view, g["content"][0]), raw_to_view(prep.view, g["content"][1]))
                for g in gold_of(split, name, raw)]
        contents = outer_contents([g for g in gold if g[1] > g[0]])
        record, quoted, bounds = doc_record(doc)
        xs, ys = [], []
        for a, b in bounds:
            xs.append(token_features(SentenceView(doc, a, b, record, quoted)))
            ys.append(labels(doc, a, b, contents))
        yield name, prep, doc, xs, ys


def fit(split: str, cache: str, out: str, stop: int | None, c1: float, c2: float,
        iterations: int) -> None:
    """Train the CRF on the texts before `stop` and write the model."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    n = 0
    for _, _, _, xs, ys in sequences(split, cache, 0, stop):
        for x, y in zip(xs, ys, strict=True):
            trainer.append(x, y)
            n += 1
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations,
                        "feature.possible_transitions": True})
    trainer.train(out)
    log.info("%d sequences, model %s", n, out)


def holdout(split: str, cache: str, model: str, start: int) -> dict[str, Any]:
    """The tagger's own figures on the texts from `start` on: token accuracy on B/I/O and
    content-span overlap P/R against the (outer) gold contents of the tagged sentences."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(model)
    c: Counter[str] = Counter()
    for _, _, _, xs, ys in sequences(split, cache, start):
        for x, y in zip(xs, ys, strict=True):
            pred = tagger.tag(x)
            c["tok"] += len(y)
            c["tok_ok"] += sum(p == g for p, g in zip(pred, y, strict=True))
            gs, ps = _runs(y), _runs(pred)
            c["gold"] += len(gs)
            c["pred"] += len(ps)
            c["tp"] += sum(any(matches(g, p) for p in ps) for g in gs)
    p = c["tp"] / c["pred"] if c["pred"] else 0.0
    r = c["tp"] / c["gold"] if c["gold"] else 0.0
    return {"token_acc": round(c["tok_ok"] / max(1, c["tok"]), 3), "p": round(p, 3),
            "r": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0, **c}


def _runs(tags: list[str]) -> list[Span]:
    return [(a, b) for a, b in spans_of(tags)]


def main() -> None:
    """Command line: fit, and score the held-out texts."""
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("split")
    ap.add_argument("cache")
    ap.add_argument("out")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--holdout", type=int, default=0)
    ap.add_argument("--c1", type=float, default=2.0)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iterations", type=int, default=150)
    ap.add_argument("--eval-only", action="store_true")
    args = ap.parse_args()
    with open(args.cache + ".pkl", "rb") as f:
        total = len(pickle.load(f)[0])  # noqa: S301 - a cache diagnose.py wrote
    stop = min(args.limit or total, total - args.holdout)
    if not args.eval_only:
        fit(args.split, args.cache, args.out, stop, args.c1, args.c2, args.iterations)
    if args.holdout:
        log.info("held out: %s", holdout(args.split, args.cache, args.out, stop))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    main()
