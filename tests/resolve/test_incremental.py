"""Incremental resolution: bounded candidates and forms per lookup, same answers (temp store)."""

from __future__ import annotations

from typing import Any

import pytest

from claimgraph.model import DocResult, Mention, content_id
from claimgraph.present.export import export_entities
from claimgraph.resolve import catalog
from claimgraph.resolve.keys import lookup_keys, names_of, register_keys
from claimgraph.resolve.resolver import resolve_document
from claimgraph.store.sqlite import SQLiteStore


def _add(store: SQLiteStore, text: str, names: list[tuple[str, str, int, str | None]]) -> str:
    """Save and resolve a document whose mentions are (surface, type, cluster, role)."""
    doc = DocResult(id=content_id(text), source=f"{content_id(text)}.txt", kind="text", raw=text,
                    text=text)
    pos = 0
    for surface, kind, cluster, role in names:
        start = text.index(surface, pos)
        doc.mentions.append(Mention(start, start + len(surface), surface, kind, cluster, role))
        pos = start + len(surface)
    store.save_document(doc, None)
    resolve_document(store, doc.id)
    return doc.id


def _id_of(store: SQLiteStore, form: str) -> str:
    return next(e["id"] for e in export_entities(store)
                if form == e["name"] or form in e["aliases"])


def _keys(texts: list[str], new: bool = True) -> set[str]:
    return {k for k, _ in register_keys(names_of(texts, "PERSON"), new)}


def test_full_name_looks_up_only_people_with_a_fitting_given_name() -> None:
    wanted = set(lookup_keys(names_of(["Rustam Kerimov"], "PERSON")))
    assert not wanted & _keys(["Timur Kerimov"])
    assert wanted & _keys(["Rostam Karimov"])
    assert wanted & _keys(["Kerimov"])  # a person known by the surname alone


def test_surname_known_alone_joins_a_later_full_name(store: SQLiteStore) -> None:
    _add(store, "Kerimov spoke at noon.", [("Kerimov", "PERSON", 0, None)])
    _add(store, "Rustam Kerimov arrived.", [("Rustam Kerimov", "PERSON", 0, None)])
    assert _id_of(store, "Kerimov") == _id_of(store, "Rustam Kerimov")


def test_a_bare_title_in_the_cluster_does_not_hide_the_surname(store: SQLiteStore) -> None:
    _add(store, "Kerimov spoke. The Chief Justice left.",
         [("Kerimov", "PERSON", 0, None), ("Chief Justice", "PERSON", 0, "Chief Justice")])
    _add(store, "Rustam Kerimov arrived.", [("Rustam Kerimov", "PERSON", 0, None)])
    assert _id_of(store, "Kerimov") == _id_of(store, "Rustam Kerimov")


def test_namesakes_with_many_given_names_are_not_all_compared(
        store: SQLiteStore, monkeypatch: pytest.MonkeyPatch) -> None:
    given = ["Timur", "Bulat", "Dmitry", "Farid", "Gleb", "Hamid", "Javad", "Kamran", "Lev",
             "Nikolai", "Pavel", "Sergei", "Vadim", "Zaur"]
    for g in given:
        _add(store, f"{g} Kerimov arrived.", [(f"{g} Kerimov", "PERSON", 0, None)])
    seen: list[int] = []
    real = catalog.person_forms

    def counting(c: Any, ents: list[str], *a: Any) -> Any:
        seen.append(len(ents))
        return real(c, ents, *a)

    monkeypatch.setattr(catalog, "person_forms", counting)
    _add(store, "Rustam Kerimov arrived.", [("Rustam Kerimov", "PERSON", 0, None)])
    assert seen and max(seen) <= 1  # not the 14 namesakes
    assert _id_of(store, "Rustam Kerimov") != _id_of(store, "Timur Kerimov")


def test_forms_compared_per_candidate_are_capped_most_frequent_first(store: SQLiteStore) -> None:
    spellings = [f"Rustam Kerimov{'a' * i}" for i in range(catalog.FORMS_PER_ENTITY + 8)]
    with store.transaction() as c:
        c.execute("INSERT INTO entities VALUES ('e1', 'Rustam Kerimov', 'PERSON', 'now')")
        for i, form in enumerate(spellings):
            c.execute("INSERT INTO entity_forms VALUES ('e1', ?, ?, 'full', ?)",
                      (form, form, i + 1))
        forms = catalog.person_forms(c, ["e1"])["e1"]
    assert len(forms) == catalog.FORMS_PER_ENTITY
    assert forms[0][0] == spellings[-1] and [f[2] for f in forms] == sorted(
        (f[2] for f in forms), reverse=True)


def test_canonical_name_kept_up_to_date_incrementally(store: SQLiteStore) -> None:
    _add(store, "Kerimov spoke.", [("Kerimov", "PERSON", 0, None)])
    _add(store, "Rustam Kerimov arrived. Kerimov left.",
         [("Rustam Kerimov", "PERSON", 0, None), ("Kerimov", "PERSON", 0, None)])
    _add(store, "Rustam Kerimov agreed.", [("Rustam Kerimov", "PERSON", 0, None)])
    ent = _id_of(store, "Kerimov")
    rows = store.query("SELECT form, kind, n FROM entity_forms WHERE entity_id=?", (ent,))
    best = catalog.best_name([(r[0], r[1], r[2]) for r in rows])
    assert best == "Rustam Kerimov"
    assert store.query("SELECT name FROM entities WHERE id=?", (ent,))[0][0] == best


def test_bracketed_given_name_also_gives_the_form_the_page_wrote(store: SQLiteStore) -> None:
    _add(store, "Mr. [Farid] Golnazari spoke.", [("[Farid] Golnazari", "PERSON", 0, "Mr.")])
    ent = next(e for e in export_entities(store) if e["type"] == "PERSON")
    assert "Golnazari" in {ent["name"], *ent["aliases"]}
