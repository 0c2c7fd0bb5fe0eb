"""The JSON export of the contract (docs/contract.md): documents, statements, entities, claims."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from ..store.sqlite import SQLiteStore


def export_json(store: SQLiteStore) -> dict[str, Any]:
    """Everything in the store, in the contract's shape."""
    docs = [_document(store, row) for row in store.documents()]
    return {"documents": docs, "entities": export_entities(store), "claims": _claims(store)}


def _span(a: int | None, b: int | None) -> list[int] | None:
    return [a, b] if a is not None and b is not None else None


def _document(store: SQLiteStore, row: Any) -> dict[str, Any]:
    sources = store.sources_of(row["id"])
    statements = [
        {"start": s["start"], "end": s["end"], "content": s["content"], "speaker": s["speaker"],
         "speaker_entity": s["speaker_entity"],
         "speaker_span": _span(s["speaker_start"], s["speaker_end"]),
         "cue": s["cue"], "cue_span": _span(s["cue_start"], s["cue_end"]), "kind": s["kind"],
         "when": s["said_when"], "medium": s["medium"]}
        for s in store.statements_of(row["id"])
    ]
    out = {
        "source": row["source"],
        "sources": sources,
        "id": row["id"],
        "kind": row["kind"],
        "language": row["language"],
        "duplicate_of": row["duplicate_of"],
        "meta": {"title": row["title"], "outlet": row["outlet"], "published": row["published"],
                 "authors": json.loads(row["authors"]), "url": row["url"]},
        "text": row["text"],
        "statements": statements,
    }
    if row["kind"] != "text":
        out["raw"] = row["raw"]
    return out


def export_entities(store: SQLiteStore) -> list[dict[str, Any]]:
    """One entry per corpus entity: canonical name, type, every surface form, roles, documents."""
    forms: dict[str, set[str]] = defaultdict(set)
    for r in store.query("SELECT entity_id, form FROM entity_forms"):
        forms[r["entity_id"]].add(r["form"])
    docs: dict[str, set[str]] = defaultdict(set)
    rows = store.query("SELECT entity_id, text, doc_id FROM mentions WHERE entity_id IS NOT NULL")
    for r in rows:
        forms[r["entity_id"]].add(r["text"])
        docs[r["entity_id"]].add(r["doc_id"])
    for r in store.query("SELECT entity_id, doc_id FROM entity_roles"):
        docs[r["entity_id"]].add(r["doc_id"])  # bylines and outlets name no span in the text
    roles: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in store.query("SELECT entity_id, role, min(year) AS year FROM entity_roles "
                         "GROUP BY entity_id, role ORDER BY year, role"):
        roles[r["entity_id"]].append({"role": r["role"], "year": r["year"]})
    out = []
    for e in store.query("SELECT * FROM entities ORDER BY rowid"):
        names = sorted(forms.get(e["id"], set()) - {e["name"]})
        out.append({"id": e["id"], "name": e["name"], "type": e["type"], "aliases": names,
                    "roles": roles.get(e["id"], []), "documents": len(docs.get(e["id"], ()))})
    return out


def _claims(store: SQLiteStore) -> list[dict[str, Any]]:
    """Every claim with its holder, stance, evidence span and proposition cluster."""
    from ..claims.cluster import index_pending
    from ..claims.repo import entity_names

    index_pending(store)  # documents stored since the last index join their clusters now
    rows = store.claims()
    names = entity_names(store, sorted({c["doc_id"] for c in rows}))  # resolved holder names
    return [
        {"cluster": c["cluster"], "source": c["source"],
         "holder": names.get((c["doc_id"], c["holder"].lower()), c["holder"]),
         "stance": c["stance"], "start": c["start"], "end": c["end"], "text": c["text"],
         "statement": c["statement_idx"]}
        for c in rows
    ]
