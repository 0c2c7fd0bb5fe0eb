"""On the real seed pages (skipped where ../shared is missing)."""

from __future__ import annotations

from pathlib import Path

from claimgraph.config import Settings
from claimgraph.ingest.run import ingest_paths
from claimgraph.present.export import export_json
from claimgraph.store.sqlite import SQLiteStore
from tests.conftest import shared_path


def test_ingesting_the_seed_folder_twice_keeps_five_documents(tmp_path: Path) -> None:
    seeds = shared_path("corpus", "seeds")
    settings = Settings(db=str(tmp_path / "s.db"))
    with SQLiteStore(settings.db) as store:
        first = ingest_paths([str(seeds)], store, settings)
        second = ingest_paths([str(seeds)], store, settings)
        data = export_json(store)
    assert first.ingested == 5 and not first.failed
    assert second.ingested == 0 and second.unchanged == 5
    assert len(data["documents"]) == 5
    for doc in data["documents"]:
        raw = (seeds / doc["source"]).open(encoding="utf-8-sig").read()
        for stmt in doc["statements"]:
            assert raw[stmt["start"]:stmt["end"]] == stmt["content"]
