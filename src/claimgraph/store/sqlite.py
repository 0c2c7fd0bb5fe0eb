"""The SQLite store: one file, WAL mode, versioned schema, one transaction per document."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..errors import StoreError
from ..ingest import dedup
from ..model import DocResult
from .schema import MIGRATIONS

STAGE_VERSION = "0.1.0"


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class SQLiteStore:
    """Documents and everything extracted from them, in one SQLite file."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            self.conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self.conn.row_factory = sqlite3.Row
            if self.path != ":memory:":
                self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a usable claimgraph database ({exc})") from exc

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ schema
    def migrate(self) -> None:
        """Apply every migration not yet recorded, each in its own transaction."""
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS migrations "
            "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        done = {r[0] for r in self.conn.execute("SELECT version FROM migrations")}
        newest = max(v for v, _, _ in MIGRATIONS)
        if done and max(done) > newest:
            raise StoreError(
                f"{self.path}: made by a newer claimgraph (schema {max(done)} > {newest})"
            )
        for version, name, sql in MIGRATIONS:
            if version in done:
                continue
            with self.transaction():
                for stmt in _split_sql(sql):
                    self.conn.execute(stmt)
                self.conn.execute("INSERT INTO migrations VALUES (?, ?, ?)", (version, name, now()))

    def schema_version(self) -> int:
        row = self.conn.execute("SELECT max(version) FROM migrations").fetchone()
        return int(row[0] or 0)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any error."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # ------------------------------------------------------------------ documents
    def has_document(self, doc_id: str) -> bool:
        return (
            self.conn.execute("SELECT 1 FROM documents WHERE id=?", (doc_id,)).fetchone()
            is not None
        )

    def add_source(self, doc_id: str, name: str) -> None:
        """Record another name under which known content came in."""
        with self.transaction():
            self.conn.execute(
                "INSERT OR IGNORE INTO sources VALUES (?, ?, ?)", (doc_id, name, now())
            )

    def find_near_duplicate(self, sig: list[int], threshold: float) -> tuple[str, float] | None:
        """The earliest stored original this signature nearly duplicates (LSH, then MinHash)."""
        if not sig:
            return None
        keys = dedup.bands(sig)
        marks = ",".join("?" * len(keys))
        rows = self.conn.execute(
            f"SELECT DISTINCT l.doc_id, s.sig FROM lsh l JOIN signatures s ON s.doc_id=l.doc_id "
            f"JOIN documents d ON d.id=l.doc_id WHERE l.band IN ({marks}) "
            f"ORDER BY d.rowid",
            keys,
        ).fetchall()
        for row in rows:
            sim = dedup.similarity(sig, json.loads(row["sig"]))
            if sim >= threshold:
                orig = self.conn.execute(
                    "SELECT coalesce(duplicate_of, id) FROM documents WHERE id=?", (row["doc_id"],)
                ).fetchone()[0]
                return str(orig), sim
        return None

    def save_document(self, doc: DocResult, duplicate: tuple[str, float] | None) -> None:
        """Store a document and everything extracted from it, all or nothing."""
        m = doc.meta
        with self.transaction() as c:
            c.execute(
                "INSERT INTO documents (id, source, kind, raw, text, segments, title, title_start, "
                "title_end, outlet, published, authors, url, language, duplicate_of, "
                "duplicate_similarity, stage_version, ingested_at) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    doc.id,
                    doc.source,
                    doc.kind,
                    doc.raw,
                    doc.text,
                    json.dumps(doc.segments),
                    m.title,
                    m.title_span[0] if m.title_span else None,
                    m.title_span[1] if m.title_span else None,
                    m.outlet,
                    m.published,
                    json.dumps(list(m.authors)),
                    m.url,
                    doc.language,
                    duplicate[0] if duplicate else None,
                    duplicate[1] if duplicate else None,
                    STAGE_VERSION,
                    now(),
                ),
            )
            c.executemany(
                "INSERT OR IGNORE INTO sources VALUES (?, ?, ?)",
                [(doc.id, name, now()) for name in [doc.source, *doc.extra_sources]],
            )
            c.execute(
                "INSERT INTO documents_fts VALUES (?, ?, ?)", (doc.id, m.title or "", doc.text)
            )
            if doc.signature:
                c.execute(
                    "INSERT INTO signatures VALUES (?, ?)", (doc.id, json.dumps(doc.signature))
                )
                c.executemany(
                    "INSERT INTO lsh VALUES (?, ?)",
                    [(b, doc.id) for b in dedup.bands(doc.signature)],
                )
            c.executemany(
                "INSERT INTO statements VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [
                    (
                        doc.id,
                        i,
                        s.start,
                        s.end,
                        s.content,
                        s.speaker,
                        s.speaker_entity,
                        s.speaker_span[0] if s.speaker_span else None,
                        s.speaker_span[1] if s.speaker_span else None,
                        s.speaker_cluster,
                        s.cue,
                        s.cue_span[0] if s.cue_span else None,
                        s.cue_span[1] if s.cue_span else None,
                        s.kind,
                        s.when,
                        s.medium,
                    )
                    for i, s in enumerate(doc.statements)
                ],
            )
            c.executemany(
                "INSERT INTO mentions VALUES (?,?,?,?,?,?,?,?,?)",
                [
                    (doc.id, i, mt.start, mt.end, mt.text, mt.type, mt.cluster, mt.role, None)
                    for i, mt in enumerate(doc.mentions)
                ],
            )
            c.executemany(
                "INSERT INTO claims VALUES (?,?,?,?,?,?,?,?,?,?)",
                [
                    (
                        doc.id,
                        i,
                        cl.start,
                        cl.end,
                        cl.text,
                        cl.holder,
                        cl.stance,
                        cl.statement,
                        None,
                        cl.vector,
                    )
                    for i, cl in enumerate(doc.claims)
                ],
            )

    def record_failure(self, source: str, stage: str, reason: str) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO failures VALUES (?, ?, ?, ?)", (source, stage, reason, now())
            )

    # ------------------------------------------------------------------ reading
    def documents(self) -> list[sqlite3.Row]:
        return self.conn.execute("SELECT * FROM documents ORDER BY rowid").fetchall()

    def sources_of(self, doc_id: str) -> list[str]:
        rows = self.conn.execute(
            "SELECT name FROM sources WHERE doc_id=? ORDER BY first_seen, name", (doc_id,)
        )
        return [r[0] for r in rows]

    def statements_of(self, doc_id: str) -> list[sqlite3.Row]:
        return self.conn.execute(
            "SELECT * FROM statements WHERE doc_id=? ORDER BY idx", (doc_id,)
        ).fetchall()

    def mentions_of(self, doc_id: str) -> list[sqlite3.Row]:
        return self.conn.execute(
            "SELECT * FROM mentions WHERE doc_id=? ORDER BY idx", (doc_id,)
        ).fetchall()

    def claims(self) -> list[sqlite3.Row]:
        return self.conn.execute(
            "SELECT c.*, d.source FROM claims c JOIN documents d ON d.id=c.doc_id "
            "ORDER BY d.rowid, c.idx"
        ).fetchall()

    def count(self, table: str) -> int:
        if table not in {"documents", "statements", "mentions", "entities", "claims", "failures"}:
            raise StoreError(f"unknown table {table!r}")
        return int(self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()


def _split_sql(sql: str) -> list[str]:
    return [s.strip() for s in sql.split(";\n") if s.strip()]
