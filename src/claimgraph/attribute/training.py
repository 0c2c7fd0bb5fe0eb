"""Fits the cue scorer (model.py) on a corpus annotated in brat standoff (PolNeAR train).

    python -m claimgraph.attribute.training SPLIT_DIR OUT.json [--docbin PARSED.spacy]

SPLIT_DIR holds text/*.txt and attributions/*.ann (Source/Cue/Content). Each (word, complement)
pair of the parse is a sample; it is positive when an annotated attribution has its cue on the
word and a content that overlaps the complement by half or more. Only feature weights are
written: no text. Needs scikit-learn (the `bench` extra), at training time only.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
from typing import TYPE_CHECKING, Any

from .features import complements, pair_features
from .quotes import find_quotes
from .spans import QuoteIndex, trim

if TYPE_CHECKING:
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

Span = tuple[int, int]


def read_brat(path: str) -> tuple[dict[str, list[Span]], list[dict[str, str]]]:
    """The text-bound spans (id -> pieces) and the events (role -> id) of a brat .ann file."""
    spans: dict[str, list[Span]] = {}
    events: list[dict[str, str]] = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if line.startswith("T") and len(parts) > 1:
                nums = [int(x) for x in re.findall(r"\d+", parts[1].split(" ", 1)[-1])]
                spans[parts[0]] = [(nums[i], nums[i + 1]) for i in range(0, len(nums) - 1, 2)]
            elif line.startswith("E") and len(parts) > 1:
                events.append(dict(r.split(":", 1) for r in parts[1].split() if ":" in r))
    return spans, events


def read_ann(path: str) -> list[tuple[Span, Span]]:
    """(cue, content piece) pairs of a brat .ann file."""
    spans, events = read_brat(path)
    out: list[tuple[Span, Span]] = []
    for roles in events:
        cue, content = spans.get(roles.get("Cue", "")), spans.get(roles.get("Content", ""))
        if cue and content:
            out.extend(((cue[0][0], cue[-1][1]), piece) for piece in content)
    return out


def samples(doc: Doc, gold: list[tuple[Span, Span]]) -> list[tuple[list[str], int]]:
    """Every (word, complement) pair of a parsed text with its label."""
    text = doc.text
    qidx = QuoteIndex(find_quotes(text))
    gold_t = [(c, trim(text, *k)) for c, k in gold]
    out = []
    for tok in doc:
        cue = (tok.idx, tok.idx + len(tok))
        for rel, comp in complements(tok):
            a, b = trim(text, comp.left_edge.idx, comp.right_edge.idx + len(comp.right_edge))
            label = any(c[0] < cue[1] and cue[0] < c[1] and _match((a, b), k) for c, k in gold_t)
            feats = pair_features(tok, rel, comp, qidx.inside(tok.idx) is not None)
            out.append((feats, int(label)))
    return out


def _match(p: Span, g: Span) -> bool:
    ov = min(p[1], g[1]) - max(p[0], g[0])
    return ov > 0 and ov / max(p[1] - p[0], g[1] - g[0]) >= 0.5


def fit(rows: list[tuple[list[str], int]], c: float = 0.5) -> dict[str, float]:
    """Logistic regression weights (bias folded into the "bias" feature)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([{f: 1 for f in feats} for feats, _ in rows])
    y = [label for _, label in rows]
    clf = LogisticRegression(C=c, max_iter=2000, fit_intercept=False)
    clf.fit(x, y)
    names = vec.get_feature_names_out()
    return {str(n): round(float(w), 4) for n, w in zip(names, clf.coef_[0], strict=True)
            if abs(w) >= 0.01}


def load_docs(split: str, docbin: str | None) -> list[Doc]:
    """The parsed texts of a split, from a saved DocBin or parsed now."""
    from ..config import Settings
    from ..nlp.pipeline import load_pipeline

    nlp = load_pipeline(Settings().model)
    if docbin:
        from spacy.tokens import DocBin

        return list(DocBin().from_disk(docbin).get_docs(nlp.vocab))
    names = sorted(os.listdir(os.path.join(split, "text")))
    docs = []
    for name, doc in zip(names, nlp.pipe(_texts(split, names)), strict=True):
        doc.user_data["name"] = name
        docs.append(doc)
    return docs


def _texts(split: str, names: list[str]) -> Any:
    for name in names:
        with open(os.path.join(split, "text", name), encoding="utf-8-sig") as f:
            yield f.read()


def main() -> None:
    """Fit on SPLIT_DIR and write the weights."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("split")
    ap.add_argument("out")
    ap.add_argument("--docbin")
    ap.add_argument("--threshold", type=float, default=0.4)
    ap.add_argument("-C", type=float, default=0.5)
    args = ap.parse_args()
    rows: list[tuple[list[str], int]] = []
    anns = sorted(os.listdir(os.path.join(args.split, "attributions")))
    for doc in load_docs(args.split, args.docbin):
        stem = doc.user_data["name"][:-4]
        ann = next((a for a in anns if a.rsplit("_", 1)[0] == stem), None)
        if ann:
            rows.extend(samples(doc, read_ann(os.path.join(args.split, "attributions", ann))))
    weights = fit(rows, args.C)
    positives = sum(label for _, label in rows)
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump({"trained_on": "PolNeAR v1.0.0 train split", "samples": len(rows),
                   "positives": positives, "threshold": args.threshold,
                   "weights": dict(sorted(weights.items()))}, f, indent=0, sort_keys=False)
    log.info("%d samples, %d positive, %d weights", len(rows), positives, len(weights))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
