"""Quality gate: entity alias pairs F1 on the team's gold pages must not drop below its floor.

Runs the library on ../shared/corpus/{seeds,dev2} and scores the export with the project's own
scorer (../shared/eval/score.py); skipped where ../shared is missing.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from claimgraph.config import Settings
from claimgraph.ingest.run import ingest_paths
from claimgraph.present.export import export_json
from claimgraph.store.sqlite import SQLiteStore
from tests.conftest import shared_path

# measured after the rescan rules (docs/entities.md); raise when the figures rise, never lower
# silently
FLOORS = {"seeds": 0.85, "dev2": 0.86}


def _scorer():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("cg_score", shared_path("eval", "score.py"))
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_entity_pairs_f1_stays_above_its_floor(corpus: str, tmp_path: Path) -> None:
    gold = json.loads(shared_path("gold", f"{corpus}.json").read_text(encoding="utf-8"))
    docs = shared_path("corpus", corpus)
    settings = Settings(db=str(tmp_path / "g.db"), workers=1)
    with SQLiteStore(settings.db) as store:
        ingest_paths([str(docs)], store, settings)
        pred = export_json(store)
    annotated = [g for g in gold["documents"] if "statements" in g]
    result = _scorer().score_entities(annotated, pred)
    assert result["pairs"]["p"] >= 0.95, result
    assert result["pairs"]["f1"] >= FLOORS[corpus], result
