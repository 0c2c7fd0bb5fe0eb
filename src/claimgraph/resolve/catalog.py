"""The entity catalogue in the store: keys, surface forms, roles, canonical names, merges.

Every function takes an open connection inside the caller's transaction and touches only rows of
the entities it is given (indexed by entity id or key), never the whole corpus.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from typing import Any

from ..places import state_name
from .match import is_initial
from .normalize import is_acronym, name_key, name_tokens
from .orgname import is_standard, standard_name
from .roles import is_title_word

FORM_KINDS = ("full", "short", "acronym", "title", "titled")
FORMS_PER_ENTITY = 12  # the most frequent forms a candidate is compared by


def entities_with_keys(c: sqlite3.Connection, keys: list[str], group: str) -> list[str]:
    """Entities of a type group that registered any of these keys, in key order (one query on
    the `entity_keys(key)` index, then the `entities` primary key)."""
    if not keys:
        return []
    types = {"P": ("PERSON",), "O": ("ORG", "MEDIA"), "G": ("GPE",), "N": ("NORP",)}[group]
    rows = c.execute(
        "SELECT DISTINCT k.key, k.entity_id FROM entity_keys k JOIN entities e ON e.id=k.entity_id "
        f"WHERE k.key IN ({_marks(keys)}) AND e.type IN ({_marks(types)})", (*keys, *types))
    rank = {k: i for i, k in enumerate(keys)}
    found = sorted(rows.fetchall(), key=lambda r: (rank[r[0]], r[1]))
    return list(dict.fromkeys(r[1] for r in found))


def has_prefix(c: sqlite3.Connection, prefix: str) -> bool:
    """Whether any key starts with this prefix (one seek on the key index)."""
    hi = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return c.execute("SELECT 1 FROM entity_keys WHERE key >= ? AND key < ? LIMIT 1",
                     (prefix, hi)).fetchone() is not None


def add_keys(c: sqlite3.Connection, ent: str, keys: Iterable[tuple[str, str]]) -> None:
    """Register lookup keys for an entity (each once; only these keys are looked at)."""
    wanted = dict(keys)
    if not wanted:
        return
    known = {r[0] for r in c.execute(
        f"SELECT key FROM entity_keys WHERE key IN ({_marks(wanted)}) AND entity_id=?",
        (*wanted, ent))}
    c.executemany("INSERT INTO entity_keys (key, entity_id, kind) VALUES (?, ?, ?)",
                  [(k, ent, kind) for k, kind in wanted.items() if k not in known])


def _marks(items: Iterable[Any]) -> str:
    return ",".join("?" * len(list(items)))


def form_kind(text: str, kind: str, title_only: bool = False) -> str:
    """Classify a surface form: a full name, a short form, an acronym or a bare title."""
    if title_only:
        return "title"
    if is_acronym(text):
        return "acronym"
    if kind == "GPE" and state_name(text):
        return "short"  # "the Kingdom of X": the state's common name "X" is its canonical name
    toks = name_tokens(text)
    if kind == "PERSON":
        return "full" if len(toks) >= 2 and not is_initial(toks[0]) else "short"
    return "full"


def add_forms(c: sqlite3.Connection, ent: str, kind: str, members: list[Any], raw: str
              ) -> list[str]:
    """Count each surface form (and each "Title Name" form the text writes) for an entity;
    returns the forms touched."""
    touched: list[str] = []
    for m in members:
        title_only = m["role"] is not None and m["role"] == m["text"]
        forms = [(m["text"], form_kind(m["text"], kind, title_only))]
        forms += [(t, "titled") for t in _titled(m, raw)]
        if kind in ("ORG", "MEDIA"):
            forms += [(t, "short") for t in [unpossessed(m["text"])] if t]
        unbracketed = re.sub(r"\s*\[[^\]]*\]\s*", " ", m["text"]).strip()
        if unbracketed and unbracketed != m["text"]:  # "[Jane] Roe": the page's own words
            forms.append((unbracketed, form_kind(unbracketed, kind)))
        for form, fk in forms:
            c.execute("INSERT INTO entity_forms VALUES (?, ?, ?, ?, 1) "
                      "ON CONFLICT(entity_id, form) DO UPDATE SET n = n + 1",
                      (ent, form, name_key(form), fk))
            touched.append(form)
    return list(dict.fromkeys(touched))


def unpossessed(name: str) -> str | None:
    """"Freedonia's Defence Ministry" -> "Defence Ministry" (the owner's name dropped)."""
    hit = re.match(r"^[A-Z][\w.\-]*(?:\s[A-Z][\w\-]*)?['’]s\s+([A-Z].+)$", name)
    return hit.group(1) if hit and len(hit.group(1).split()) >= 2 else None


def _titled(m: Any, raw: str) -> list[str]:
    """"Deputy Foreign Minister Jane Roe", "Minister Jane Roe": the role as written before a name,
    whole and from each title word on; "the man known as Roe"; an appositive description that
    ends in a proper name ("the editor of the Daily Example")."""
    role = m["role"]
    if not raw or role == m["text"]:
        return []
    line = raw.rfind("\n", 0, m["start"]) + 1
    before = raw[max(line, m["start"] - 240):m["start"]]
    out = []
    known = re.search(r"(?:\b[\w\-]+\s+){1,4}known\s+as\s+(?:the\s+)?$", before)
    if known:
        out.append(known.group(0) + m["text"])
    if not role:
        return out
    words = role.split()
    for n in range(len(words), 0, -1):
        pat = r"\s+".join(re.escape(w) for w in words[-n:]) + r"\s+$"
        hit = re.search(pat, before)
        if hit:
            start = m["start"] - (len(before) - hit.start())
            return out + _title_suffixes(raw, start, m["start"], m["end"])
    if len(words) >= 3 and words[-1][:1].isupper():
        out.append(role)  # an apposition: "X, the editor of the Daily Example"
    return out


def _title_suffixes(raw: str, start: int, name_start: int, end: int) -> list[str]:
    words = list(re.finditer(r"\S+", raw[start:name_start]))
    out = [raw[start:end]]
    for w in words[1:]:
        if is_title_word(w.group()) or w.group()[:1].isupper():
            out.append(raw[start + w.start():end])
    return out


def add_roles(c: sqlite3.Connection, ent: str, doc_id: str, members: list[Any],
              published: str | None) -> None:
    """Record each role given to the entity in this document, dated by the page."""
    year = (published or "")[:4] or None
    for m in members:
        if m["role"] and m["role"] != m["text"]:
            said = re.search(r"\b(1[89]\d\d|20\d\d)\b", m["role"])
            c.execute("INSERT OR IGNORE INTO entity_roles VALUES (?, ?, ?, ?)",
                      (ent, m["role"], doc_id, said.group(1) if said else year))


def person_forms(c: sqlite3.Connection, ents: list[str], cap: int = FORMS_PER_ENTITY
                 ) -> dict[str, list[tuple[str, str, int]]]:
    """The `cap` most frequent full and short forms (form, kind, n) of each entity: one query,
    each branch a bounded walk of one entity's rows (`entity_forms` primary key), so a popular
    entity with a long history costs no more than a new one."""
    if not ents:
        return {}
    branch = ("SELECT * FROM (SELECT entity_id, form, kind, n FROM entity_forms "
              "WHERE entity_id=? AND kind IN ('full', 'short') ORDER BY n DESC, form LIMIT ?)")
    out: dict[str, list[tuple[str, str, int]]] = {e: [] for e in ents}
    args: list[Any] = []
    for e in ents:
        args += [e, cap]
    for ent, form, kind, n in c.execute(" UNION ALL ".join([branch] * len(ents)), args):
        out[ent].append((form, kind, n))
    return out


def popularity(c: sqlite3.Connection, ents: list[str]) -> dict[str, int]:
    """How often each entity's most frequent forms were seen (bounded per entity, one query)."""
    if not ents:
        return {}
    branch = ("SELECT ?, (SELECT coalesce(sum(n), 0) FROM (SELECT n FROM entity_forms "
              "WHERE entity_id=? ORDER BY n DESC LIMIT ?))")
    args: list[Any] = []
    for e in ents:
        args += [e, e, FORMS_PER_ENTITY]
    return {r[0]: int(r[1]) for r in c.execute(" UNION ALL ".join([branch] * len(ents)), args)}


def best_name(forms: list[tuple[str, str, int]]) -> str | None:
    """The canonical name: the fullest form that is commonly used (full names before short)."""
    rank = {"full": 3, "short": 1, "acronym": 2, "title": 0, "titled": -1}
    usable = [f for f in forms if rank.get(f[1], -1) >= 0]
    if not usable:
        return None
    return max(usable, key=lambda f: (rank[f[1]], min(len(f[0].split()), 3), f[2], len(f[0]),
                                      f[0]))[0]


def refresh_name(c: sqlite3.Connection, ent: str, touched: list[str] | None = None) -> None:
    """Recompute the canonical name; statements that point at the entity follow it.

    With `touched` (the forms just counted), only those and the current name are compared: counts
    only grow, so the best of them is the best of all. Without, every form is read (merges, and
    a ministry's standard name, which need not be a form the pages write)."""
    old = c.execute("SELECT name, type FROM entities WHERE id=?", (ent,)).fetchone()
    if old is None:
        return
    forms = _forms_named(c, ent, [old[0], *touched]) if touched is not None else []
    if not any(f[0] == old[0] and best_name([f]) for f in forms):
        forms = [(r[0], r[1], r[2]) for r in
                 c.execute("SELECT form, kind, n FROM entity_forms WHERE entity_id=?", (ent,))]
    name = best_name(forms)
    if name and old[1] in ("ORG", "MEDIA"):  # a ministry's standard name (`orgname`)
        name = standard_name(best_name([f for f in forms if is_standard(f[0])]) or name) or name
    if name and old[0] != name:
        c.execute("UPDATE entities SET name=? WHERE id=?", (name, ent))
        c.execute("UPDATE statements SET speaker=? WHERE speaker_entity=?", (name, ent))


def _forms_named(c: sqlite3.Connection, ent: str, forms: list[str]) -> list[tuple[str, str, int]]:
    names = list(dict.fromkeys(forms))
    rows = c.execute(f"SELECT form, kind, n FROM entity_forms WHERE entity_id=? "
                     f"AND form IN ({_marks(names)})", (ent, *names))
    return [(r[0], r[1], r[2]) for r in rows]


def merge_into(c: sqlite3.Connection, keep: str, gone: str) -> None:
    """Fold entity `gone` into `keep`: mentions, keys, forms, roles and statements move."""
    if keep == gone:
        return
    c.execute("UPDATE mentions SET entity_id=? WHERE entity_id=?", (keep, gone))
    c.execute("UPDATE statements SET speaker_entity=? WHERE speaker_entity=?", (keep, gone))
    add_keys(c, keep, [(r[0], r[1]) for r in
                       c.execute("SELECT key, kind FROM entity_keys WHERE entity_id=?", (gone,))])
    for form, key, kind, n in c.execute(
            "SELECT form, key, kind, n FROM entity_forms WHERE entity_id=?", (gone,)).fetchall():
        c.execute("INSERT INTO entity_forms VALUES (?, ?, ?, ?, ?) ON CONFLICT(entity_id, form) "
                  "DO UPDATE SET n = n + excluded.n", (keep, form, key, kind, n))
    c.execute("UPDATE OR IGNORE entity_roles SET entity_id=? WHERE entity_id=?", (keep, gone))
    for table in ("entity_keys", "entity_forms", "entity_roles"):
        c.execute(f"DELETE FROM {table} WHERE entity_id=?", (gone,))
    c.execute("DELETE FROM entities WHERE id=?", (gone,))
    refresh_name(c, keep)
