"""SQL for the claims stage: vectors, full-text rows, clusters (store.conn / store.query only)."""

from __future__ import annotations

import logging
import sqlite3

from ..store.sqlite import SQLiteStore, now

log = logging.getLogger(__name__)


def pending_documents(store: SQLiteStore) -> list[str]:
    """Ids of stored documents whose claims are not indexed yet, in ingest order."""
    rows = store.query("SELECT d.id FROM documents d LEFT JOIN claims_indexed i ON i.doc_id=d.id "
                       "WHERE i.doc_id IS NULL ORDER BY d.rowid")
    return [r[0] for r in rows]


def claims_of(store: SQLiteStore, doc_id: str) -> list[sqlite3.Row]:
    return store.query("SELECT * FROM claims WHERE doc_id=? ORDER BY idx", (doc_id,))


def mention_spans(store: SQLiteStore, doc_id: str) -> list[tuple[int, int]]:
    return [(r[0], r[1]) for r in store.query(
        'SELECT start, "end" FROM mentions WHERE doc_id=? ORDER BY start', (doc_id,))]


def clusters(store: SQLiteStore) -> list[sqlite3.Row]:
    return store.query("SELECT id, centroid, size FROM claim_clusters ORDER BY rowid")


def save_index(c: sqlite3.Connection, doc_id: str, rows: list[tuple[int, str, bytes, str]],
               new_clusters: list[tuple[str, bytes, int, str]],
               moved: list[tuple[bytes, int, str]]) -> None:
    """Write one document's vectors, text rows and cluster ids, and the clusters it touched."""
    c.executemany("INSERT OR REPLACE INTO claim_vectors VALUES (?, ?, ?)",
                  [(doc_id, idx, vec) for idx, _, vec, _ in rows])
    c.executemany("INSERT INTO claims_fts (text, doc_id, idx) VALUES (?, ?, ?)",
                  [(text, doc_id, idx) for idx, text, _, _ in rows])
    c.executemany("UPDATE claims SET cluster=?, vector=NULL WHERE doc_id=? AND idx=?",
                  [(cl, doc_id, idx) for idx, _, _, cl in rows])
    c.executemany("INSERT INTO claim_clusters VALUES (?, ?, ?, ?, ?, ?)",
                  [(cid, vec, size, label, doc_id, now())
                   for cid, vec, size, label in new_clusters])
    c.executemany("UPDATE claim_clusters SET centroid=?, size=? WHERE id=?", moved)
    c.execute("INSERT OR REPLACE INTO claims_indexed VALUES (?, ?)", (doc_id, now()))


def all_vectors(store: SQLiteStore) -> list[sqlite3.Row]:
    return store.query("SELECT v.doc_id, v.idx, v.vec FROM claim_vectors v ORDER BY v.rowid")


def claim_rows(store: SQLiteStore, keys: list[tuple[str, int]]) -> list[sqlite3.Row]:
    """Claims with their document's source, outlet and raw text, for (doc_id, idx) keys."""
    out: list[sqlite3.Row] = []
    wanted = set(keys)
    docs = sorted({d for d, _ in keys})
    for k in range(0, len(docs), 500):
        part = docs[k:k + 500]
        marks = ",".join("?" * len(part))
        rows = store.query(
            f"SELECT c.*, d.source, d.outlet, d.published, d.duplicate_of, d.title_start, "
            f"d.title_end FROM claims c "
            f"JOIN documents d ON d.id=c.doc_id WHERE c.doc_id IN ({marks})", tuple(part))
        out += [r for r in rows if (r["doc_id"], int(r["idx"])) in wanted]
    return out


def fts_keys(store: SQLiteStore, match: str, limit: int) -> list[tuple[str, int]]:
    """(doc_id, idx) of claims whose text matches an FTS5 query, best first."""
    if not match:
        return []
    try:
        rows = store.query("SELECT doc_id, idx FROM claims_fts WHERE claims_fts MATCH ? "
                           "ORDER BY rank LIMIT ?", (match, limit))
    except sqlite3.OperationalError as exc:
        log.debug("fts query %r failed: %s", match, exc)
        return []
    return [(r[0], int(r[1])) for r in rows]


def vector_count(store: SQLiteStore) -> int:
    return int(store.query("SELECT count(*) FROM claim_vectors")[0][0])


def entity_names(store: SQLiteStore, doc_ids: list[str]) -> dict[tuple[str, str], str]:
    """(doc_id, lower-cased mention text) -> the resolved entity's canonical name."""
    out: dict[tuple[str, str], str] = {}
    for k in range(0, len(doc_ids), 500):
        part = doc_ids[k:k + 500]
        marks = ",".join("?" * len(part))
        for r in store.query(f"SELECT m.doc_id, m.text, e.name FROM mentions m JOIN entities e "
                             f"ON e.id=m.entity_id WHERE m.doc_id IN ({marks})", tuple(part)):
            out.setdefault((r[0], r[1].strip().lower()), r[2])
    return out


def denials_of(store: SQLiteStore, doc_ids: list[str]) -> list[sqlite3.Row]:
    """The denying claims of these documents (doc_id, idx, text, holder, stance)."""
    out: list[sqlite3.Row] = []
    for k in range(0, len(doc_ids), 500):
        part = doc_ids[k:k + 500]
        marks = ",".join("?" * len(part))
        out += store.query(f"SELECT doc_id, idx, text, holder, stance FROM claims "
                           f"WHERE stance='deny' AND doc_id IN ({marks})", tuple(part))
    return out
