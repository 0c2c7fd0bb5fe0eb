"""The store's schema: migrations recorded once, newer databases refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.errors import StoreError
from claimgraph.store.schema import MIGRATIONS
from claimgraph.store.sqlite import SQLiteStore


def test_migrations_apply_once_and_are_recorded(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with SQLiteStore(path) as store:
        assert store.schema_version() == max(v for v, _, _ in MIGRATIONS)
        applied = store.query("SELECT count(*) FROM migrations")[0][0]
    with SQLiteStore(path) as store:  # reopening applies nothing twice
        assert store.query("SELECT count(*) FROM migrations")[0][0] == applied
        assert store.query("PRAGMA journal_mode")[0][0] == "wal"


def test_versions_are_unique() -> None:
    versions = [v for v, _, _ in MIGRATIONS]
    assert len(versions) == len(set(versions))


def test_a_database_from_a_newer_claimgraph_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with SQLiteStore(path) as store:
        store.conn.execute("INSERT INTO migrations VALUES (999, 'future', 'now')")
    with pytest.raises(StoreError, match="newer claimgraph"):
        SQLiteStore(path)


def test_a_file_that_is_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not a usable claimgraph database"):
        SQLiteStore(path)
