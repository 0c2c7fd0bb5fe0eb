"""Cross-document resolution: each in-document cluster joins a corpus entity or founds one.

Incremental: only the new document's clusters are looked up, by name key, in the store.
"""

from __future__ import annotations

from collections import defaultdict

from ..model import short_id
from ..store.sqlite import SQLiteStore, now
from .normalize import name_key


def resolve_document(store: SQLiteStore, doc_id: str) -> None:
    """Give every mention of a stored document a corpus entity id; fill statements' ids."""
    rows = store.mentions_of(doc_id)
    clusters: dict[int, list[tuple[int, str, str]]] = defaultdict(list)
    for r in rows:
        clusters[r["cluster"]].append((r["idx"], r["text"], r["type"]))
    with store.transaction() as c:
        entity_of: dict[int, str] = {}
        for cluster, members in clusters.items():
            name = max((t for _, t, _ in members), key=len)
            kind = members[0][2]
            keys = {name_key(t) for _, t, _ in members} - {""}
            found = None
            for key in sorted(keys, key=len, reverse=True):
                row = c.execute("SELECT e.id FROM entity_keys k JOIN entities e ON e.id=k.entity_id "
                                "WHERE k.key=? AND e.type=?", (key, kind)).fetchone()
                if row:
                    found = row[0]
                    break
            if found is None:
                found = short_id("entity", kind, name_key(name), doc_id, cluster)
                c.execute("INSERT INTO entities VALUES (?, ?, ?, ?)", (found, name, kind, now()))
            known = {r[0] for r in c.execute("SELECT key FROM entity_keys WHERE entity_id=?", (found,))}
            c.executemany("INSERT INTO entity_keys VALUES (?, ?)",
                          [(k, found) for k in keys - known])
            c.executemany("UPDATE mentions SET entity_id=? WHERE doc_id=? AND idx=?",
                          [(found, doc_id, idx) for idx, _, _ in members])
            entity_of[cluster] = found
        for cluster, ent in entity_of.items():
            c.execute("UPDATE statements SET speaker_entity=? WHERE doc_id=? AND speaker_cluster=?",
                      (ent, doc_id, cluster))
