"""Shared fixtures: an in-memory store, the loaded pipeline, paths to ../shared when present."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.config import Settings
from claimgraph.store.sqlite import SQLiteStore

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture
def store(tmp_path: Path) -> SQLiteStore:
    s = SQLiteStore(tmp_path / "t.db")
    yield s
    s.close()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(db=str(tmp_path / "t.db"))


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from claimgraph.nlp.pipeline import load_pipeline

    return load_pipeline(Settings().model)


def shared_path(*parts: str) -> Path:
    """A path under ../shared, skipping the test where it is missing (a user's clone)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is missing (../shared is only in the team's checkouts and CI)")
    return path


_SCORES: dict[str, dict] = {}  # type: ignore[type-arg]


def scored(corpus: str) -> dict:  # type: ignore[type-arg]
    """score.py's JSON for a development corpus (seeds, dev2) through the CLI, run once per session
    and shared by every quality gate that reads it."""
    import json
    import subprocess
    import sys

    if corpus not in _SCORES:
        score = shared_path("eval", "score.py")
        gold = shared_path("gold", f"{corpus}.json")
        docs = shared_path("corpus", corpus)
        cmd = f"{sys.executable} -m claimgraph.cli"
        out = subprocess.run([sys.executable, str(score), str(gold), str(docs), "--cmd", cmd,
                              "--json"], capture_output=True, text=True, timeout=900, check=True)
        _SCORES[corpus] = json.loads(out.stdout)
    return _SCORES[corpus]
