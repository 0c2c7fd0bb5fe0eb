"""Incremental cost of cross-document resolution: 10 new documents, empty store vs a large one.

    .venv/bin/python benchmarks/resolve_incremental.py [--store-docs 10000] [--new-docs 10]

Only `resolve_document` is timed (the stage's own time; saving documents and parsing are not).
Prints a Markdown table for docs/entities.md.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic_corpus import make_doc, orgs, people  # noqa: E402

from claimgraph.resolve.resolver import resolve_document  # noqa: E402
from claimgraph.store.sqlite import SQLiteStore  # noqa: E402


def fill(store: SQLiteStore, n: int, rnd: random.Random, pool, org_pool, offset: int) -> None:  # type: ignore[no-untyped-def]
    """Save and resolve n synthetic documents."""
    for i in range(n):
        doc = make_doc(rnd, pool, org_pool, offset + i)
        store.save_document(doc, None)
        resolve_document(store, doc.id)


def time_new(store: SQLiteStore, n: int, rnd: random.Random, pool, org_pool) -> float:  # type: ignore[no-untyped-def]
    """Seconds spent in resolve_document for n new documents (saved first, untimed)."""
    total = 0.0
    for i in range(n):
        doc = make_doc(rnd, pool, org_pool, 10_000_000 + i)
        store.save_document(doc, None)
        t0 = time.perf_counter()
        resolve_document(store, doc.id)
        total += time.perf_counter() - t0
    return total


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--store-docs", type=int, default=10_000)
    ap.add_argument("--new-docs", type=int, default=10)
    ap.add_argument("--repeats", type=int, default=5)
    args = ap.parse_args()
    rnd = random.Random(7)
    pool, org_pool = people(rnd, 2000), orgs()
    with tempfile.TemporaryDirectory() as tmp:
        rows = []
        for size in (0, args.store_docs):
            store = SQLiteStore(Path(tmp) / f"s{size}.db")
            fill(store, size, random.Random(11), pool, org_pool, 0)
            best = min(time_new(store, args.new_docs, random.Random(100 + r), pool, org_pool)
                       for r in range(args.repeats))
            ents = store.count("entities")
            store.close()
            rows.append((size, ents, best))
    base = rows[0][2]
    sys.stdout.write("| store documents | entities | resolve 10 new docs (ms) | ratio |\n")
    sys.stdout.write("|---:|---:|---:|---:|\n")
    for size, ents, secs in rows:
        sys.stdout.write(f"| {size} | {ents} | {secs * 1000:.1f} | {secs / base:.2f} |\n")


if __name__ == "__main__":
    main()
