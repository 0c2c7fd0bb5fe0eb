"""Fast attribution diagnosis on a brat-annotated split (PolNeAR train): parse once, rerun often.

    python -m claimgraph.attribute.diagnose parse SPLIT_DIR CACHE [--limit N] [--offset K]
    python -m claimgraph.attribute.diagnose score SPLIT_DIR CACHE [--misses] [--min-words N]

`parse` cleans and parses the texts as the ingest does (process.prepare, the spaCy pipeline,
the entity mentions) and keeps them in CACHE.spacy / CACHE.pkl. `score` reruns only the
attribution stage on the cache (a couple of seconds for 300 texts, against a minute for the
parse) and scores content overlap, exact content and source the way ../shared/eval/polnear.py
does (overlap / max length >= 0.5, both ends within 2 characters, source overlapping).
`--misses` counts the gold contents no statement overlaps by what the parse offers for them.
Development tool: nothing here runs at ingest. The cache holds parsed corpus text, so keep it
outside the repository.
"""

from __future__ import annotations

import argparse
import logging
import os
import pickle
from collections import Counter
from typing import Any

from .training import read_brat

log = logging.getLogger(__name__)

Span = tuple[int, int]
TRIM = " \t\n“”\"'‘’«»,.;:—–-"


def scorer_trim(span: Span, raw: str) -> Span:
    """The PolNeAR scorer's trimming: edge quote marks and punctuation, a leading "that"."""
    a, b = span
    while a < b and raw[a] in TRIM:
        a += 1
    while b > a and raw[b - 1] in TRIM:
        b -= 1
    if raw[a:a + 5].lower() == "that ":
        a += 5
    return a, b


def matches(g: Span, p: Span) -> bool:
    """Overlap match: the shared part is at least half of the longer span."""
    ov = min(g[1], p[1]) - max(g[0], p[0])
    return ov > 0 and ov / max(g[1] - g[0], p[1] - p[0]) >= 0.5


def gold_of(split: str, name: str, raw: str) -> list[dict[str, Any]]:
    """Gold contents of one text as the scorer reads them: the first annotator's file, one per
    continuous piece, pieces of one attribution that only white space separates joined."""
    anns = sorted(a for a in os.listdir(os.path.join(split, "attributions"))
                  if a.rsplit("_", 1)[0] == name[:-4])
    if not anns:
        return []
    atts = sorted(_attributions(os.path.join(split, "attributions", anns[0])),
                  key=lambda a: (a["source"] or (0, 0), a["content"]))
    out: list[dict[str, Any]] = []
    for a in atts:
        last = out[-1] if out else None
        if last and (last["source"], last["cue"]) == (a["source"], a["cue"]) \
                and 0 <= a["content"][0] - last["content"][1] <= 3 \
                and not raw[last["content"][1]:a["content"][0]].strip():
            last["content"] = (last["content"][0], a["content"][1])
        else:
            out.append(dict(a))
    return [dict(a, content=scorer_trim(a["content"], raw)) for a in out]


def _attributions(path: str) -> list[dict[str, Any]]:
    """(content piece, source, cue) of every attribution event of a brat .ann file."""
    spans, events = read_brat(path)
    out = []
    for roles in events:
        src, cue = spans.get(roles.get("Source", "")), spans.get(roles.get("Cue", ""))
        for piece in spans.get(roles.get("Content", ""), []):
            out.append({"content": piece, "source": (src[0][0], src[-1][1]) if src else None,
                        "cue": (cue[0][0], cue[-1][1]) if cue else None})
    return out


def parse(split: str, cache: str, limit: int | None, offset: int) -> None:
    """Clean, parse and find the mentions of a split's texts; keep them in the cache."""
    from spacy.tokens import DocBin

    from ..config import Settings
    from ..ingest.readers import read_text
    from ..nlp.pipeline import load_pipeline
    from ..process import prepare
    from ..resolve.mentions import find_mentions

    names = sorted(os.listdir(os.path.join(split, "text")))[offset:]
    names = names[:limit] if limit else names
    preps = []
    for name in names:
        with open(os.path.join(split, "text", name), "rb") as f:
            preps.append(prepare(read_text(f.read(), name)))
    nlp = load_pipeline(Settings().model)
    bin_, mentions = DocBin(store_user_data=True), []
    for doc in nlp.pipe(p.view.text for p in preps):
        bin_.add(doc)
        mentions.append(find_mentions(doc))
    bin_.to_disk(cache + ".spacy")
    with open(cache + ".pkl", "wb") as f:
        pickle.dump((names, preps, mentions), f)
    log.info("%d texts parsed into %s", len(names), cache)


def score(split: str, cache: str, misses: bool, min_words: int = 0) -> dict[str, Any]:
    """Rerun attribution on the cache and score it; with `misses`, classify the missed gold;
    with `min_words`, count only gold contents and statements of at least that many words."""
    from spacy.tokens import DocBin

    from ..config import Settings
    from ..nlp.pipeline import load_pipeline
    from ..process import _statement_to_raw
    from . import extract_statements

    with open(cache + ".pkl", "rb") as f:
        names, preps, mentions = pickle.load(f)  # noqa: S301 - a cache this tool wrote
    nlp = load_pipeline(Settings().model)
    docs = DocBin().from_disk(cache + ".spacy").get_docs(nlp.vocab)
    counts: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    for name, prep, doc, ments in zip(names, preps, docs, mentions, strict=True):
        raw = prep.result.raw
        stmts = [_statement_to_raw(s, prep.view, raw) for s in extract_statements(doc, ments)
                 if s.start >= prep.body_offset]
        gold = gold_of(split, name, raw)
        if min_words:
            gold = [g for g in gold if _words(raw, g["content"]) >= min_words]
            stmts = [s for s in stmts
                     if _words(raw, scorer_trim((s.start, s.end), raw)) >= min_words]
        _count(gold, stmts, raw, counts)
        if misses:
            kinds.update(miss_kinds(gold, stmts, raw, doc, prep))
    res = _figures(counts)
    if misses:
        res["misses"] = dict(kinds.most_common())
    return res


def _words(raw: str, span: Span) -> int:
    return len(raw[span[0]:span[1]].split())


def _count(gold: list[dict[str, Any]], stmts: list[Any], raw: str, counts: Counter[str]) -> None:
    """One-to-one greedy matching by overlap, as the scorer does."""
    pred = [(scorer_trim((s.start, s.end), raw), s) for s in stmts]
    pairs = sorted(((min(g["content"][1], p[1]) - max(g["content"][0], p[0]), gi, pi)
                    for gi, g in enumerate(gold) for pi, (p, _) in enumerate(pred)
                    if matches(g["content"], p)), reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        g, (p, s) = gold[gi], pred[pi]
        counts["tp"] += 1
        counts["exact"] += abs(g["content"][0] - p[0]) <= 2 and abs(g["content"][1] - p[1]) <= 2
        if g["source"]:
            counts["src_gold"] += 1
            sp = s.speaker_span
            counts["src_tp"] += bool(sp and sp[0] < g["source"][1] and g["source"][0] < sp[1])
    counts["gold"] += len(gold)
    counts["pred"] += len(pred)


def _figures(c: Counter[str]) -> dict[str, Any]:
    def prf(tp: int) -> dict[str, float]:
        p = tp / c["pred"] if c["pred"] else 0.0
        r = tp / c["gold"] if c["gold"] else 0.0
        return {"p": round(p, 3), "r": round(r, 3),
                "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}

    return {"content_overlap": prf(c["tp"]), "content_exact": prf(c["exact"]),
            "source_given_content": round(c["src_tp"] / c["src_gold"], 3) if c["src_gold"]
            else 0.0, "gold": c["gold"], "pred": c["pred"]}


def miss_kinds(gold: list[dict[str, Any]], stmts: list[Any], raw: str, doc: Any,
               prep: Any) -> list[str]:
    """What the parse offers for each gold content that no statement matches: `partial` (a
    statement overlaps it, bounds differ), `complement` (a (word, complement) pair of the
    parse matches it: the scorer or the speaker dropped it), `subtree` (some other word's
    subtree), `sentence`, `headline` (dropped with the headline) or `none`."""
    from .features import complements

    view = prep.view
    pred = [scorer_trim((s.start, s.end), raw) for s in stmts]
    body = view.span_to_raw(prep.body_offset, prep.body_offset)[0] \
        if prep.body_offset < len(view.text) else len(raw)
    out = []
    for g in gold:
        gc = g["content"]
        if any(matches(gc, p) for p in pred):
            continue
        if gc[0] < body:
            out.append("headline")
        elif any(min(gc[1], p[1]) > max(gc[0], p[0]) for p in pred):
            out.append("partial")
        else:
            out.append(_offered(gc, doc, view, raw, complements))
    return out


def _offered(gc: Span, doc: Any, view: Any, raw: str, complements: Any) -> str:
    def sub(t: Any) -> Span:
        return scorer_trim(view.span_to_raw(t.left_edge.idx, t.right_edge.idx
                                            + len(t.right_edge)), raw)

    for tok in doc:
        if any(matches(gc, sub(c)) for _, c in complements(tok)):
            return "complement"
    if any(matches(gc, sub(t)) for t in doc):
        return "subtree"
    if any(matches(gc, scorer_trim(view.span_to_raw(s.start_char, s.end_char), raw))
           for s in doc.sents):
        return "sentence"
    return "none"


def main() -> None:
    """Command line: parse or score."""
    import json

    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("action", choices=("parse", "score"))
    ap.add_argument("split")
    ap.add_argument("cache")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--min-words", type=int, default=0,
                    help="score only contents (gold and predicted) of at least N words")
    args = ap.parse_args()
    if args.action == "parse":
        parse(args.split, args.cache, args.limit, args.offset)
    else:
        log.info("%s", json.dumps(score(args.split, args.cache, args.misses, args.min_words)))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    main()
