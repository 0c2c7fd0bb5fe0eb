"""Analyst judgements: "these two are one actor" (merge) and "this alias is not that actor" (split).

Judgements are a log (`entity_judgements`), written by name keys as well as ids, and replayed after
every resolution, so they survive re-ingest and `resolve_all`: the same names meet again and the
same decision is applied again (nomenklatura's judgement log, in miniature).
"""

from __future__ import annotations

import logging
import sqlite3

from ..errors import ClaimgraphError
from ..model import short_id
from ..store.sqlite import SQLiteStore, now
from . import catalog
from .normalize import name_key

log = logging.getLogger(__name__)


class JudgementError(ClaimgraphError):
    """A merge or split that names no known entity or alias."""


def find_entity(c: sqlite3.Connection, ref: str) -> str:
    """An entity id from an id or a name (canonical name or alias)."""
    if c.execute("SELECT 1 FROM entities WHERE id=?", (ref,)).fetchone():
        return ref
    key = name_key(ref)
    row = c.execute("SELECT e.id FROM entities e WHERE lower(e.name)=lower(?) LIMIT 1",
                    (ref,)).fetchone()
    if row:
        return str(row[0])
    rows = c.execute("SELECT entity_id, sum(n) AS n FROM entity_forms WHERE key=? "
                     "GROUP BY entity_id ORDER BY n DESC", (key,)).fetchall()
    if not rows:
        raise JudgementError(f"no entity called {ref!r}")
    return str(rows[0][0])


def merge(store: SQLiteStore, a: str, b: str) -> str:
    """Record that entities A and B are one; fold B into A now. Returns A's id."""
    with store.transaction() as c:
        ea, eb = find_entity(c, a), find_entity(c, b)
        ka, kb = _name_key(c, ea), _name_key(c, eb)
        c.execute("INSERT INTO entity_judgements (action, a, b, a_id, b_id, at) "
                  "VALUES ('merge', ?, ?, ?, ?, ?)", (ka, kb, ea, eb, now()))
        catalog.merge_into(c, ea, eb)
    return ea


def split(store: SQLiteStore, a: str, alias: str) -> str:
    """Record that ALIAS does not name entity A; move its mentions to an entity of their own."""
    with store.transaction() as c:
        ea = find_entity(c, a)
        kb = name_key(alias)
        if not c.execute("SELECT 1 FROM entity_forms WHERE entity_id=? AND key=?",
                         (ea, kb)).fetchone():
            raise JudgementError(f"{alias!r} is not an alias of {a!r}")
        ka = _name_key(c, ea)
        c.execute("INSERT INTO entity_judgements (action, a, b, a_id, b_id, at) "
                  "VALUES ('split', ?, ?, ?, NULL, ?)", (ka, kb, ea, now()))
        return _split_out(c, ea, ka, kb)


def replay(c: sqlite3.Connection, touched: set[str] | None = None) -> None:
    """Apply every logged judgement again to the entities it names (all, or those touched)."""
    for action, ka, kb, a_id in c.execute(
            "SELECT action, a, b, a_id FROM entity_judgements ORDER BY seq").fetchall():
        with_a = _having(c, ka)
        with_b = _having(c, kb)
        if touched is not None and not (set(with_a) | set(with_b)) & touched:
            continue
        if action == "merge" and with_a and with_b:
            keep = a_id if a_id in with_a else with_a[0]
            for other in dict.fromkeys(with_a + with_b):
                if other != keep:
                    catalog.merge_into(c, keep, other)
        elif action == "split":
            for ent in with_a:
                if ent in with_b and _name_key(c, ent) != kb:
                    _split_out(c, ent, ka, kb)


def _having(c: sqlite3.Connection, key: str) -> list[str]:
    rows = c.execute("SELECT entity_id, sum(n) AS n FROM entity_forms WHERE key=? "
                     "GROUP BY entity_id ORDER BY n DESC, entity_id", (key,)).fetchall()
    return [str(r[0]) for r in rows]


def _name_key(c: sqlite3.Connection, ent: str) -> str:
    return name_key(c.execute("SELECT name FROM entities WHERE id=?", (ent,)).fetchone()[0])


def _split_out(c: sqlite3.Connection, ent: str, ka: str, kb: str) -> str:
    """Move the mentions and forms of alias key `kb` from `ent` to their own entity."""
    new = short_id("split", ka, kb)
    kind = c.execute("SELECT type FROM entities WHERE id=?", (ent,)).fetchone()[0]
    c.execute("INSERT OR IGNORE INTO entities VALUES (?, ?, ?, ?)", (new, kb, kind, now()))
    rows = c.execute("SELECT doc_id, idx, text, cluster FROM mentions WHERE entity_id=?",
                     (ent,)).fetchall()
    moved = [(r[0], r[1], r[3]) for r in rows if name_key(r[2]) == kb]
    c.executemany("UPDATE mentions SET entity_id=? WHERE doc_id=? AND idx=?",
                  [(new, d, i) for d, i, _ in moved])
    for form, kind_, n in c.execute("SELECT form, kind, n FROM entity_forms "
                                    "WHERE entity_id=? AND key=?", (ent, kb)).fetchall():
        c.execute("INSERT INTO entity_forms VALUES (?, ?, ?, ?, ?) ON CONFLICT(entity_id, form) "
                  "DO UPDATE SET n = n + excluded.n", (new, form, kb, kind_, n))
    c.execute("DELETE FROM entity_forms WHERE entity_id=? AND key=?", (ent, kb))
    for d, _, cluster in moved:
        c.execute("UPDATE statements SET speaker_entity=? WHERE doc_id=? AND speaker_cluster=? "
                  "AND speaker_entity=?", (new, d, cluster, ent))
    catalog.refresh_name(c, new)
    catalog.refresh_name(c, ent)
    log.info("split %d mentions of %r out of %s", len(moved), kb, ent)
    return new
