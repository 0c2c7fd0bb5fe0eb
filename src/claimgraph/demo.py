"""`claimgraph demo`: ingest the built-in corpus and show what was found."""

from __future__ import annotations

import tempfile
from importlib import resources
from pathlib import Path

from rich.console import Console
from rich.table import Table

from .config import load_settings
from .ingest.run import ingest_paths
from .present.export import export_json
from .store.sqlite import SQLiteStore


def demo_corpus() -> Path:
    """The folder of demo pages shipped inside the package."""
    return Path(str(resources.files("claimgraph") / "demo_corpus"))


DEMO_QUESTION = "Norland supplied drones to the Eastport militia"


def run_demo(console: Console, db: str | None = None) -> None:
    """Ingest the demo pages into `db` (a temporary store if None) and print a summary."""
    from .claims.ask import ask_store

    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(db=db or str(Path(tmp) / "demo.db"))
        console.print(f"Ingesting the demo corpus from {demo_corpus()} into {settings.db}")
        with SQLiteStore(settings.db) as store:
            report = ingest_paths([str(demo_corpus())], store, settings)
            data = export_json(store)
            answers = ask_store(store, DEMO_QUESTION, settings)
    console.print(f"ingested {report.ingested}, unchanged {report.unchanged}, "
                  f"near-duplicates {report.near_duplicates}, failed {len(report.failed)}")
    docs = Table(title="Documents")
    for col in ("source", "title", "outlet", "published", "duplicate of", "statements"):
        docs.add_column(col)
    names = {d["id"]: d["source"] for d in data["documents"]}
    for d in data["documents"]:
        m = d["meta"]
        docs.add_row(d["source"], m["title"] or "", m["outlet"] or "", m["published"] or "",
                     names.get(d["duplicate_of"], ""), str(len(d["statements"])))
    console.print(docs)
    said = Table(title="Who said what")
    for col in ("speaker", "cue", "kind", "content"):
        said.add_column(col)
    for d in data["documents"]:
        if d["duplicate_of"]:
            continue
        for s in d["statements"]:
            said.add_row(s["speaker"] or "?", s["cue"] or "", s["kind"], s["content"][:120])
    console.print(said)
    ents = Table(title="Entities")
    for col in ("name", "type", "documents", "aliases"):
        ents.add_column(col)
    for e in sorted(data["entities"], key=lambda e: -e.get("documents", 0))[:12]:
        ents.add_row(e["name"], e["type"], str(e.get("documents", "")), ", ".join(e["aliases"]))
    console.print(ents)
    asked = Table(title=f'claimgraph ask "{DEMO_QUESTION}"')
    for col in ("source", "holder", "stance", "evidence"):
        asked.add_column(col)
    for it in answers:
        asked.add_row(it["source"], it["holder"], it["stance"], it["text"][:140])
    console.print(asked)
