"""Propositions (claim clusters) for `claimgraph claims`: holders by stance, first appearance,
contradictions and how many sources are really independent.

Documents collapse into one source when one is a near-duplicate of the other
(documents.duplicate_of), when they repeat the same quote (same normalised claim text), or when
one cites the other's outlet as its holder ("X reported, citing Y" chains).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from typing import Any

from ..store.sqlite import SQLiteStore
from . import repo
from .cluster import index_pending

log = logging.getLogger(__name__)


class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)


def _norm(text: str) -> str:
    return " ".join("".join(ch.lower() if ch.isalnum() else " " for ch in text).split())


def propositions(store: SQLiteStore, min_documents: int = 1) -> list[dict[str, Any]]:
    """One entry per cluster seen in at least `min_documents` documents, most documents first."""
    index_pending(store)
    rows = store.query(
        "SELECT c.cluster, c.doc_id, c.holder, c.stance, c.text, d.source, d.outlet, d.published, "
        "d.duplicate_of, d.rowid AS drow, k.label FROM claims c JOIN documents d ON d.id=c.doc_id "
        "LEFT JOIN claim_clusters k ON k.id=c.cluster WHERE c.cluster IS NOT NULL "
        "ORDER BY d.rowid, c.idx")
    names = repo.entity_names(store, sorted({r["doc_id"] for r in rows}))
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:  # holders by their resolved entity's canonical name, as `ask` shows them
        row = dict(r)
        row["holder"] = names.get((r["doc_id"], r["holder"].lower()), r["holder"])
        groups[r["cluster"]].append(row)
    out = [_summary(cid, members) for cid, members in groups.items()]
    out = [p for p in out if p["documents"] >= min_documents]
    return sorted(out, key=lambda p: (-p["documents"], -p["claims"]))


def _summary(cid: str, members: list[dict[str, Any]]) -> dict[str, Any]:
    stances: dict[str, set[str]] = {"assert": set(), "deny": set(), "hedge": set()}
    for r in members:
        stances.setdefault(r["stance"], set()).add(r["holder"])
    first = min(members, key=lambda r: (r["published"] or "9999", r["drow"]))
    sources, chains = _independent(members)
    return {
        "cluster": cid, "label": members[0]["label"] or members[0]["text"][:200],
        "claims": len(members), "documents": len({r["doc_id"] for r in members}),
        "holders": {k: sorted(v) for k, v in stances.items()},
        "first": {"source": first["source"], "published": first["published"],
                  "holder": first["holder"], "text": first["text"]},
        "contradiction": bool(stances["assert"] and stances["deny"]),
        "independent_sources": sources, "chains": chains,
    }


def _independent(members: list[dict[str, Any]]) -> tuple[int, list[str]]:
    """How many independent sources back the cluster, and the copying chains found."""
    uf = _Union()
    chains: list[str] = []
    by_text: dict[str, str] = {}
    outlet_doc = {(r["outlet"] or "").lower(): r["doc_id"] for r in members if r["outlet"]}
    for r in members:
        doc = r["doc_id"]
        uf.find(doc)
        if r["duplicate_of"]:
            uf.join(doc, r["duplicate_of"])
            chains.append(f"{r['source']} near-duplicates {r['duplicate_of'][:12]}")
        key = _norm(r["text"])
        if len(key) > 30:
            if key in by_text and by_text[key] != doc:
                uf.join(doc, by_text[key])
                chains.append(f"{r['source']} repeats the same words as another document")
            by_text.setdefault(key, doc)
        cited = outlet_doc.get(r["holder"].lower())
        if cited and cited != doc:
            uf.join(doc, cited)
            chains.append(f"{r['source']} cites {r['holder']}")
    roots = {uf.find(r["doc_id"]) for r in members}
    return len(roots), sorted(set(chains))
