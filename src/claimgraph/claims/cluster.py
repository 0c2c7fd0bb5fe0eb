"""Claim clusters (propositions), built incrementally: each new claim joins the nearest cluster
whose centroid is similar enough, or founds one. Indexing a document also stores its claims'
vectors and full-text rows, so `ask` reads them instead of recomputing.

Cost per new document: one embedding batch for its claims and one matrix product against the
cluster centroids (kept in memory for the run).
"""

from __future__ import annotations

import logging
from typing import Any

import numpy as np

from ..model import short_id
from ..store.sqlite import SQLiteStore
from . import repo
from .embed import encoder, from_blobs, to_blob
from .text import claim_key_text

log = logging.getLogger(__name__)

JOIN = 0.45  # cosine to a centroid to join a cluster (seeds+dev2: flat over 0.4-0.57)


class Centroids:
    """The clusters' centroids, loaded once and updated as claims join (arrays grow by doubling)."""

    def __init__(self, store: SQLiteStore) -> None:
        rows = repo.clusters(store)
        self.ids = [r["id"] for r in rows]
        self.sizes = [int(r["size"]) for r in rows]
        self.pos = {cid: i for i, cid in enumerate(self.ids)}
        unit = from_blobs([r["centroid"] for r in rows])
        self.sums = np.zeros((max(64, 2 * len(rows)), 384), np.float32)
        self.unit = np.zeros_like(self.sums)
        self.sums[:len(rows)] = unit * np.array(self.sizes, dtype=np.float32)[:, None]
        self.unit[:len(rows)] = unit

    def assign(self, vec: np.ndarray, seed: str) -> tuple[str, bool]:
        """The cluster id for a vector (and whether it is new); updates the centroid."""
        n = len(self.ids)
        if n:
            sims = self.unit[:n] @ vec
            best = int(np.argmax(sims))
            if sims[best] >= JOIN:
                self.sums[best] += vec
                self.sizes[best] += 1
                self.unit[best] = _normalise(self.sums[best:best + 1])[0]
                return self.ids[best], False
        if n == len(self.sums):
            self.sums = np.vstack([self.sums, np.zeros_like(self.sums)])
            self.unit = np.vstack([self.unit, np.zeros_like(self.unit)])
        cid = short_id("cluster", seed)
        self.ids.append(cid)
        self.pos[cid] = n
        self.sizes.append(1)
        self.sums[n] = vec
        self.unit[n] = vec
        return cid, True

    def row(self, cid: str) -> tuple[bytes, int]:
        i = self.pos[cid]
        return to_blob(self.unit[i]), self.sizes[i]


def _normalise(m: np.ndarray) -> np.ndarray:
    unit: np.ndarray = m / np.clip(np.linalg.norm(m, axis=1, keepdims=True), 1e-9, None)
    return unit


def index_pending(store: SQLiteStore) -> int:
    """Index every stored document not yet indexed; returns how many were done."""
    pending = repo.pending_documents(store)
    if not pending:
        return 0
    cents = Centroids(store)
    for doc_id in pending:
        index_document(store, doc_id, cents)
    return len(pending)


def index_document(store: SQLiteStore, doc_id: str, cents: Centroids | None = None) -> None:
    """Embed one stored document's claims, add them to the text index and to clusters."""
    cents = cents or Centroids(store)
    claims = repo.claims_of(store, doc_id)
    texts = [claim_key_text(c["text"]) for c in claims]
    vecs = _vectors(claims, texts)
    rows, new, touched = [], [], set()
    for c, text, vec in zip(claims, texts, vecs, strict=True):
        cid, fresh = cents.assign(vec, f"{doc_id}:{c['idx']}")
        (new.append((cid, text[:200])) if fresh else touched.add(cid))
        rows.append((int(c["idx"]), c["text"], to_blob(vec), cid))
    new_ids = {cid for cid, _ in new}
    new_rows = [(cid, *cents.row(cid), label) for cid, label in new]
    moved = [(*cents.row(cid), cid) for cid in touched - new_ids]
    with store.transaction() as conn:
        repo.save_index(conn, doc_id, rows, new_rows, moved)


def _vectors(claims: list[Any], texts: list[str]) -> np.ndarray:
    """The claims' embeddings: those made in the per-document stage, the rest encoded here."""
    vecs = np.zeros((len(claims), 384), np.float32)
    missing = []
    for i, c in enumerate(claims):
        if c["vector"] is not None:
            vecs[i] = from_blobs([c["vector"]])[0]
        else:
            missing.append(i)
    if missing:
        vecs[missing] = encoder().encode([texts[i] for i in missing])
    return vecs
