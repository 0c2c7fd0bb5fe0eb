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
         "speaker_entity": s["speaker_entity"], "speaker_span": _span(s["speaker_start"], s["speaker_end"]),
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
    """One entry per corpus entity with every surface form seen, and document counts."""
    aliases: dict[str, set[str]] = defaultdict(set)
    docs: dict[str, set[str]] = defaultdict(set)
    for r in store.query("SELECT entity_id, text, doc_id FROM mentions WHERE entity_id IS NOT NULL"):
        aliases[r["entity_id"]].add(r["text"])
        docs[r["entity_id"]].add(r["doc_id"])
    out = []
    for e in store.query("SELECT * FROM entities ORDER BY rowid"):
        names = sorted(aliases.get(e["id"], set()) - {e["name"]})
        out.append({"id": e["id"], "name": e["name"], "type": e["type"], "aliases": names,
                    "documents": len(docs.get(e["id"], ()))})
    return out


def _claims(store: SQLiteStore) -> list[dict[str, Any]]:
    return [
        {"cluster": c["cluster"], "source": c["source"], "holder": c["holder"],
         "stance": c["stance"], "start": c["start"], "end": c["end"], "text": c["text"]}
        for c in store.claims()
    ]
