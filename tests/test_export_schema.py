"""The export validates against the JSON Schema shipped with the package."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema

from claimgraph.config import Settings
from claimgraph.demo import demo_corpus
from claimgraph.ingest.run import ingest_paths
from claimgraph.present.export import export_json
from claimgraph.store.sqlite import SQLiteStore


def schema() -> dict:  # type: ignore[type-arg]
    text = (resources.files("claimgraph") / "present" / "export.schema.json").read_text("utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


def test_demo_export_validates_against_the_schema(tmp_path: Path) -> None:
    settings = Settings(db=str(tmp_path / "d.db"))
    with SQLiteStore(settings.db) as store:
        report = ingest_paths([str(demo_corpus())], store, settings)
        data = export_json(store)
    assert report.ingested >= 4 and not report.failed
    jsonschema.validate(data, schema())


def test_schema_rejects_a_wrong_stance() -> None:
    bad = {"documents": [], "entities": [],
           "claims": [{"cluster": "c", "source": "a", "holder": "h", "stance": "maybe",
                       "start": 0, "end": 1}]}
    try:
        jsonschema.validate(bad, schema())
    except jsonschema.ValidationError:
        return
    raise AssertionError("the schema accepted stance 'maybe'")


def test_demo_pages_near_duplicate_is_detected(tmp_path: Path) -> None:
    settings = Settings(db=str(tmp_path / "d.db"))
    with SQLiteStore(settings.db) as store:
        ingest_paths([str(demo_corpus())], store, settings)
        data = export_json(store)
    by = {d["source"]: d for d in data["documents"]}
    assert by["03_harbour_courier_copy.txt"]["duplicate_of"] == by["01_harbour_courier.txt"]["id"]
