"""Attribution side by side: claimgraph against textacy's direct_quotations, same texts, same run.

    .venv/bin/python benchmarks/attribution_compare.py [--shared ../shared] [--limit N]

For each corpus (the seed and dev2 gold pages, PolNeAR dev) the project's own scorers run twice:
once on claimgraph through its command-line contract (ingest, export), once on an export built
from textacy.extract.triples.direct_quotations over the same raw texts, parsed by the same spaCy
model. Prints a Markdown table (docs/attribution.md keeps the latest one). textacy is a
benchmark-only dependency: `pip install -e '.[bench]'`.
"""

from __future__ import annotations

import argparse
import json
import logging
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[1]
CLI = str(ROOT / ".venv" / "bin" / "claimgraph")


def textacy_export(paths: list[Path]) -> dict[str, Any]:
    """An export in the contract's shape holding textacy's direct quotations of each file."""
    from textacy.extract.triples import direct_quotations

    from claimgraph.config import Settings
    from claimgraph.nlp.pipeline import load_pipeline

    nlp = load_pipeline(Settings().model)
    docs = []
    raws = [p.read_text(encoding="utf-8-sig") for p in paths]
    for path, doc in zip(paths, nlp.pipe(raws), strict=True):
        stmts = []
        try:
            triples = list(direct_quotations(doc))
        except (ValueError, IndexError) as exc:  # textacy fails on some unbalanced quotes
            log.warning("textacy failed on %s: %s", path.name, exc)
            triples = []
        for t in triples:
            content = t.content
            speaker = " ".join(tok.text for tok in t.speaker)
            sp = (t.speaker[0].idx, t.speaker[-1].idx + len(t.speaker[-1])) if t.speaker else None
            cue = (t.cue[0].idx, t.cue[-1].idx + len(t.cue[-1])) if t.cue else None
            stmts.append({"start": content.start_char, "end": content.end_char,
                          "content": content.text, "speaker": speaker,
                          "speaker_span": list(sp) if sp else None,
                          "cue": " ".join(tok.text for tok in t.cue),
                          "cue_span": list(cue) if cue else None, "kind": "direct"})
        docs.append({"source": path.name, "sources": [path.name], "statements": stmts,
                     "meta": {}, "text": ""})
    return {"documents": docs, "entities": [], "claims": [], "asks": {}}


def run_json(cmd: list[str]) -> dict[str, Any]:
    """Run a scorer with --json and read its result."""
    out = subprocess.run(cmd + ["--json"], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def gold_corpus(shared: Path, name: str, tmp: Path) -> dict[str, dict[str, Any]]:
    """Statement scores of claimgraph and textacy on one gold corpus."""
    gold, docs = shared / "gold" / f"{name}.json", shared / "corpus" / name
    score = [sys.executable, str(shared / "eval" / "score.py"), str(gold), str(docs)]
    t0 = time.perf_counter()
    ours = run_json(score + ["--cmd", CLI])["statements"]
    took = time.perf_counter() - t0
    names = [d["doc"] for d in json.loads(gold.read_text(encoding="utf-8"))["documents"]]
    pred = tmp / f"textacy_{name}.json"
    pred.write_text(json.dumps(textacy_export([docs / n for n in names])), encoding="utf-8")
    theirs = run_json(score + ["--pred", str(pred)])["statements"]
    log.info("%s scored in %.1fs", name, took)
    return {"claimgraph": ours, "textacy": theirs}


def polnear(shared: Path, tmp: Path, limit: int | None) -> dict[str, dict[str, Any]]:
    """PolNeAR dev scores of claimgraph and textacy."""
    split = shared / "benchmarks" / "polnear" / "dev"
    cmd = [sys.executable, str(shared / "eval" / "polnear.py"), str(split)]
    if limit:
        cmd += ["--limit", str(limit)]
    ours = run_json(cmd + ["--cmd", CLI])
    names = sorted((split / "text").iterdir())[: limit or None]
    pred = tmp / "textacy_polnear.json"
    pred.write_text(json.dumps(textacy_export(names)), encoding="utf-8")
    theirs = run_json(cmd + ["--pred", str(pred)])
    return {"claimgraph": ours, "textacy": theirs}


def table(gold: dict[str, dict[str, dict[str, Any]]], pn: dict[str, dict[str, Any]]) -> str:
    """The Markdown table of every figure."""
    lines = ["| corpus | measure | claimgraph P / R / F1 | textacy P / R / F1 |",
             "|---|---|---|---|"]
    for corpus, res in gold.items():
        for k in ("span", "span_exact", "span_and_speaker"):
            a, b = res["claimgraph"][k], res["textacy"][k]
            lines.append(f"| {corpus} | statements {k} | {_prf(a)} | {_prf(b)} |")
    for k in ("content_overlap", "content_exact", "content_and_source"):
        a, b = pn["claimgraph"][k], pn["textacy"][k]
        lines.append(f"| PolNeAR dev | {k} | {_prf(a)} | {_prf(b)} |")
    for k in ("source_given_content", "cue_given_content"):
        lines.append(f"| PolNeAR dev | {k} | {pn['claimgraph'][k]} | {pn['textacy'][k]} |")
    return "\n".join(lines)


def _prf(v: dict[str, Any]) -> str:
    return f"{v['p']:.3f} / {v['r']:.3f} / {v['f1']:.3f}"


def main() -> None:
    """Score both systems on every corpus and print the table."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--limit", type=int)
    args = ap.parse_args()
    shared = Path(args.shared)
    with tempfile.TemporaryDirectory() as tmp:
        gold = {name: gold_corpus(shared, name, Path(tmp)) for name in ("seeds", "dev2")}
        pn = polnear(shared, Path(tmp), args.limit)
    sys.stdout.write(table(gold, pn) + "\n")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    main()
