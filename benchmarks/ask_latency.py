"""`ask` latency, warm, on a synthetic store of N documents (default 10,000).

Builds the store straight through SQL (documents and claims made from templates with random
actors, acts and years), indexes it (claim embeddings, full-text rows, clusters: the same code as
ingest-time indexing), then times `ask_store` over many questions after one warm-up call.

    .venv/bin/python benchmarks/ask_latency.py [--docs 10000] [--claims 5] [--questions 50]
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import statistics
import tempfile
import time
from pathlib import Path

from claimgraph.claims.ask import ask_store
from claimgraph.claims.cluster import index_pending
from claimgraph.config import Settings
from claimgraph.store.sqlite import SQLiteStore, now

log = logging.getLogger(__name__)

ACTORS = ["Norway", "Chile", "Peru", "Kenya", "Canada", "Laos", "Ghana", "Nepal", "Oman", "Fiji",
          "Mali", "Chad", "Cuba", "Iraq", "Togo", "Benin", "Qatar", "Yemen", "Latvia", "Malta"]
ACTS = ["sold fighter jets to", "sent advisers to", "shipped fuel to", "trained soldiers of",
        "shared intelligence with", "lent money to", "sent drones to", "condemned",
        "signed a trade deal with", "supplied ammunition to"]
HOLDERS = ["the ministry", "officials", "the president", "a spokesman", "the embassy", "author"]
FRAMES = ["{h} said {a} {v} {b} in {y}.", "{h} denied that {a} {v} {b}.",
          "{a} reportedly {v} {b} during the {y} crisis.", "{a} {v} {b} last year."]


def build(path: str, docs: int, claims: int, seed: int = 7) -> None:
    """A store with `docs` documents of `claims` claims each, indexed."""
    rnd = random.Random(seed)
    with SQLiteStore(path) as store, store.transaction() as c:
        for d in range(docs):
            doc_id = f"doc{d:06d}"
            sents = []
            for _ in range(claims):
                a, b = rnd.sample(ACTORS, 2)
                sents.append(rnd.choice(FRAMES).format(h=rnd.choice(HOLDERS).capitalize(), a=a,
                                                       v=rnd.choice(ACTS), b=b,
                                                       y=rnd.randint(1980, 2024)))
            text = " ".join(sents)
            c.execute("INSERT INTO documents (id, source, kind, raw, text, segments, authors, "
                      "stage_version, ingested_at) VALUES (?,?,?,?,?,?,?,?,?)",
                      (doc_id, f"{doc_id}.txt", "text", text, text, "[]", "[]", "bench", now()))
            pos = 0
            for i, s in enumerate(sents):
                stance = "deny" if "denied" in s else "hedge" if "reportedly" in s else "assert"
                c.execute('INSERT INTO claims (doc_id, idx, start, "end", text, holder, stance, '
                          "statement_idx, cluster) VALUES (?,?,?,?,?,?,?,?,?)",
                          (doc_id, i, pos, pos + len(s), s, rnd.choice(HOLDERS), stance,
                           None, None))
                pos += len(s) + 1
    with SQLiteStore(path) as store:
        index_pending(store)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--claims", type=int, default=5)
    ap.add_argument("--questions", type=int, default=50)
    ap.add_argument("--db", help="reuse or create this store (default: a temporary one)")
    a = ap.parse_args()
    tmp = tempfile.TemporaryDirectory()
    path = a.db or str(Path(tmp.name) / "bench.db")
    if not Path(path).exists():
        t0 = time.perf_counter()
        build(path, a.docs, a.claims)
        log.warning("built and indexed %d documents in %.1f s", a.docs, time.perf_counter() - t0)
    rnd = random.Random(11)
    questions = [f"{x} {rnd.choice(ACTS)} {y} in the {rnd.randint(1980, 2024)} crisis"
                 for x, y in (rnd.sample(ACTORS, 2) for _ in range(a.questions))]
    settings = Settings(db=path)
    with SQLiteStore(path) as store:
        ask_store(store, questions[0], settings)  # warm-up: models and vectors loaded
        times = []
        for q in questions:
            t = time.perf_counter()
            ask_store(store, q, settings)
            times.append(time.perf_counter() - t)
    times.sort()
    res = {"documents": a.docs, "claims": a.docs * a.claims, "questions": len(times),
           "p50_s": round(statistics.median(times), 3),
           "p95_s": round(times[int(0.95 * (len(times) - 1))], 3)}
    print(json.dumps(res))  # noqa: T201 - a benchmark script reports on stdout


if __name__ == "__main__":
    main()
