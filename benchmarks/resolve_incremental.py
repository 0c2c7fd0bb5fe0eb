"""Incremental cost of cross-document resolution: 10 new documents, empty store vs a large one.

    .venv/bin/python benchmarks/resolve_incremental.py [--store-docs 10000] [--new-docs 10]
                                                       [--repeats 9]

Each store (empty, and filled with `--store-docs` synthetic documents) is built once and kept as
a file. Every repetition copies the file afresh, saves the same new documents (untimed), empties the
resolver's memo caches and times only `resolve_document` on them, so all repetitions measure the
same work. Repetitions of the two
sizes alternate (the shared box's noise hits both alike); the median is reported with the raw
times. Prints a Markdown table for docs/entities.md.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic_corpus import make_doc, orgs, people  # noqa: E402

from claimgraph.model import DocResult  # noqa: E402
from claimgraph.resolve.resolver import resolve_document  # noqa: E402
from claimgraph.store.sqlite import SQLiteStore  # noqa: E402

Pool = list[tuple[str, str]]


def build(path: Path, n: int, pool: Pool, org_pool: list[str]) -> int:
    """A store file holding n saved and resolved synthetic documents; returns its entity count."""
    rnd = random.Random(11)
    with SQLiteStore(path) as store:
        for i in range(n):
            doc = make_doc(rnd, pool, org_pool, i)
            store.save_document(doc, None)
            resolve_document(store, doc.id)
        return store.count("entities")


def clear_caches() -> None:
    """Empty the resolver's memo caches, so no repetition profits from an earlier one."""
    for name, module in list(sys.modules.items()):
        if name.startswith("claimgraph.resolve"):
            for obj in vars(module).values():
                if callable(getattr(obj, "cache_clear", None)):
                    obj.cache_clear()


def time_new(base: Path, work: Path, docs: list[DocResult]) -> float:
    """Seconds spent in resolve_document for the new documents, on a fresh copy of a store."""
    shutil.copyfile(base, work)
    clear_caches()
    total = 0.0
    with SQLiteStore(work) as store:
        for doc in docs:
            store.save_document(doc, None)
        for doc in docs:
            t0 = time.perf_counter()
            resolve_document(store, doc.id)
            total += time.perf_counter() - t0
    work.unlink()
    return total


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--store-docs", type=int, default=10_000)
    ap.add_argument("--new-docs", type=int, default=10)
    ap.add_argument("--repeats", type=int, default=9)
    args = ap.parse_args()
    pool, org_pool = people(random.Random(7), 2000), orgs()
    rnd = random.Random(100)
    new = [make_doc(rnd, pool, org_pool, 10_000_000 + i) for i in range(args.new_docs)]
    with tempfile.TemporaryDirectory() as tmp:
        sizes = (0, args.store_docs)
        ents = {s: build(Path(tmp) / f"s{s}.db", s, pool, org_pool) for s in sizes}
        times: dict[int, list[float]] = {s: [] for s in sizes}
        for s in sizes:  # warm-up (caches, page cache), not counted
            time_new(Path(tmp) / f"s{s}.db", Path(tmp) / "work.db", new)
        for _ in range(args.repeats):
            for s in sizes:
                times[s].append(time_new(Path(tmp) / f"s{s}.db", Path(tmp) / "work.db", new))
    base = statistics.median(times[0])
    out = sys.stdout
    out.write(f"| store documents | entities | resolve {args.new_docs} new docs, median (ms) "
              "| ratio | raw times (ms) |\n|---:|---:|---:|---:|---|\n")
    for s in sizes:
        med = statistics.median(times[s])
        raw = " ".join(f"{t * 1000:.1f}" for t in times[s])
        out.write(f"| {s} | {ents[s]} | {med * 1000:.1f} | {med / base:.2f} | {raw} |\n")


if __name__ == "__main__":
    main()
