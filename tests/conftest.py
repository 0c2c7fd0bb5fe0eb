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
