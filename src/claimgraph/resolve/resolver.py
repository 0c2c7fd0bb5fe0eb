"""Cross-document resolution: each in-document cluster joins a corpus entity or founds one.

Incremental: only the new document's clusters are looked up, through indexed blocking keys
(`keys.py`), and compared with the few candidates found (`match.py`); then the analyst's
judgements that touch the entities involved are replayed (`judgements.py`).
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
from collections import Counter, defaultdict
from functools import lru_cache
from typing import Any

from ..model import short_id
from ..store.sqlite import SQLiteStore, now
from . import catalog
from .judgements import replay
from .keys import ClusterNames, lookup_keys, names_of, part_keys, register_keys
from .match import person_match, short_matches_full, tokens_match
from .normalize import name_key, name_tokens, person_key
from .offtext import caption_forms

log = logging.getLogger(__name__)


def resolve_document(store: SQLiteStore, doc_id: str) -> None:
    """Give every mention of a stored document a corpus entity id; fill statements' ids."""
    rows = store.mentions_of(doc_id)
    clusters: dict[int, list[Any]] = defaultdict(list)
    for r in rows:
        clusters[r["cluster"]].append(r)
    doc = store.query("SELECT raw, text, published FROM documents WHERE id=?", (doc_id,))
    raw, published = (doc[0]["raw"], doc[0]["published"]) if doc else ("", None)
    extra = caption_forms(raw, doc[0]["text"], clusters) if doc else {}
    with store.transaction() as c:
        entity_of: dict[int, str] = {}
        for cluster, members in clusters.items():
            entity_of[cluster] = _resolve_cluster(c, doc_id, cluster, members, raw, published,
                                                  extra.get(cluster, []))
        meta = _byline_entities(c, doc_id, clusters, published)
        replay(c, set(entity_of.values()) | meta)
        for cluster in entity_of:
            ent = c.execute("SELECT entity_id FROM mentions WHERE doc_id=? AND cluster=? LIMIT 1",
                            (doc_id, cluster)).fetchone()[0]
            name = c.execute("SELECT name FROM entities WHERE id=?", (ent,)).fetchone()[0]
            c.execute("UPDATE statements SET speaker_entity=?, speaker=? "
                      "WHERE doc_id=? AND speaker_cluster=?", (ent, name, doc_id, cluster))


def resolve_all(store: SQLiteStore) -> int:
    """Forget every entity and resolve all documents again, in ingest order (judgements kept)."""
    with store.transaction() as c:
        for table in ("entity_keys", "entity_forms", "entity_roles", "entities"):
            c.execute(f"DELETE FROM {table}")
        c.execute("UPDATE mentions SET entity_id=NULL")
        c.execute("UPDATE statements SET speaker_entity=NULL")
    ids = [r["id"] for r in store.query("SELECT id FROM documents ORDER BY rowid")]
    for doc_id in ids:
        resolve_document(store, doc_id)
    return len(ids)


def _resolve_cluster(c: sqlite3.Connection, doc_id: str, cluster: int, members: list[Any],
                     raw: str, published: str | None, extra: list[str]) -> str:
    """The entity of one in-document cluster (found or new); `extra` are forms of the cluster
    written outside the parsed text (`offtext.caption_forms`)."""
    kind = _cluster_type(members)
    texts = [m["text"] for m in members]
    # a bare title ("the Supreme Leader") is no name to look up or block by
    names = names_of([m["text"] for m in members if m["role"] != m["text"]] or texts, kind)
    found = _find(c, names)
    new = found is None
    if found is None:
        found = short_id("entity", kind, sorted(set(texts)), doc_id, cluster)
        c.execute("INSERT OR IGNORE INTO entities VALUES (?, ?, ?, ?)",
                  (found, max(texts, key=len), kind, now()))
    catalog.add_keys(c, found, register_keys(names, new))
    seen = [{"text": f, "role": None, "start": 0, "end": 0} for f in extra]
    touched = catalog.add_forms(c, found, kind, [*members, *seen], raw)
    catalog.add_roles(c, found, doc_id, members, published)
    catalog.refresh_name(c, found, touched)
    c.executemany("UPDATE mentions SET entity_id=? WHERE doc_id=? AND idx=?",
                  [(found, doc_id, m["idx"]) for m in members])
    return found


def _byline_entities(c: sqlite3.Connection, doc_id: str, clusters: dict[int, list[Any]],
                     published: str | None) -> set[str]:
    """The page's outlet (MEDIA) and byline authors (PERSON) as entities of their own, unless the
    text already names them; their role in this document ("outlet", "author") is recorded."""
    row = c.execute("SELECT outlet, authors FROM documents WHERE id=?", (doc_id,)).fetchone()
    if row is None:
        return set()
    named = {name_key(m["text"]) for ms in clusters.values() for m in ms}
    wanted = [(row[0], "MEDIA", "outlet")] if row[0] else []
    wanted += [(a, "PERSON", "author") for a in json.loads(row[1] or "[]") if isinstance(a, str)]
    out = set()
    for name, kind, role in wanted:
        if not name.strip() or name_key(name) in named:
            continue
        names = names_of([name], kind)
        found = _find(c, names)
        new = found is None
        if found is None:
            found = short_id("entity", kind, [name], doc_id, role)
            c.execute("INSERT OR IGNORE INTO entities VALUES (?, ?, ?, ?)",
                      (found, name, kind, now()))
        member = {"text": name, "role": None, "start": 0, "end": 0}
        catalog.add_keys(c, found, register_keys(names, new))
        touched = catalog.add_forms(c, found, kind, [member], "")
        c.execute("INSERT OR IGNORE INTO entity_roles VALUES (?, ?, ?, ?)",
                  (found, role, doc_id, (published or "")[:4] or None))
        catalog.refresh_name(c, found, touched)
        out.add(found)
    return out


def _cluster_type(members: list[Any]) -> str:
    counts = Counter(m["type"] for m in members)
    if counts.get("PERSON") and any(len(name_tokens(m["text"])) >= 2 for m in members
                                    if m["type"] == "PERSON"):
        return "PERSON"
    if counts.get("MEDIA"):
        return "MEDIA"
    return str(counts.most_common(1)[0][0])


def _find(c: sqlite3.Connection, names: ClusterNames) -> str | None:
    """The corpus entity this cluster names, or None."""
    keys = lookup_keys(names)
    if keys and keys[0].startswith("P:g") and not catalog.has_prefix(c, "P:g"):
        keys = lookup_keys(ClusterNames("P", short=names.full + names.short))  # an older store
    if not keys:
        return None
    cands = catalog.entities_with_keys(c, keys, names.group)
    if names.group == "P":
        return _best_person(c, names, cands)
    if names.group == "O":
        if cands:
            return _most_used(c, cands)
        parts = catalog.entities_with_keys(c, part_keys(names), "O")
        return parts[0] if len(parts) == 1 else None
    return _most_used(c, cands) if cands else None


def _best_person(c: sqlite3.Connection, names: ClusterNames, cands: list[str]) -> str | None:
    """The known person a cluster names: each candidate is compared by its most frequent forms,
    one per spelling key (`catalog.person_forms`), so the cost per candidate is bounded."""
    scored = []
    for ent, forms in catalog.person_forms(c, cands).items():
        full = _distinct([_tokens(f) for f, k, _ in forms if k == "full"])
        short = _distinct([_tokens(f) for f, k, _ in forms if k == "short"])
        seen = sum(n for _, _, n in forms)
        if names.full:
            hits = sum(person_match(a, b) for a in names.full for b in full)
            if hits == 0 and full:
                continue
            if hits == 0 and not any(short_matches_full(s, a) for s in short for a in names.full):
                continue
            scored.append((hits, seen, ent))
        elif full and any(short_matches_full(s, f) for s in names.short for f in full):
            scored.append((1, seen, ent))
        elif not full and any(tokens_match(s[-1], t[-1]) for s in names.short for t in short):
            scored.append((0, seen, ent))
        if not names.full and len(scored) > 1:
            return None  # a bare surname shared by two known people: leave it apart
    if not scored:
        return None
    scored.sort(reverse=True)
    return scored[0][2]


@lru_cache(maxsize=65536)
def _token_tuple(form: str) -> tuple[str, ...]:
    return tuple(name_tokens(form))


def _tokens(form: str) -> list[str]:
    return list(_token_tuple(form))


def _distinct(names: list[list[str]]) -> list[list[str]]:
    """One name per romanisation key: spellings that meet under the key compare alike."""
    seen: dict[str, list[str]] = {}
    for toks in names:
        seen.setdefault(person_key(toks), toks)
    return list(seen.values())


def _most_used(c: sqlite3.Connection, cands: list[str]) -> str:
    counts = catalog.popularity(c, cands)
    return max(cands, key=lambda e: (counts.get(e, 0), e))


def year_of(text: str | None) -> str | None:
    """The first four-digit year in a text (a role's date or a publication date)."""
    m = re.search(r"\b(1[89]\d\d|20\d\d)\b", text or "")
    return m.group(1) if m else None
