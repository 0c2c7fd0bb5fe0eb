"""Cross-document resolution, canonical names, speakers and analyst judgements (in a temp store)."""

from __future__ import annotations

from claimgraph.model import DocResult, Mention, Statement, content_id
from claimgraph.present.export import export_entities
from claimgraph.resolve.judgements import merge, split
from claimgraph.resolve.resolver import resolve_all, resolve_document
from claimgraph.store.sqlite import SQLiteStore


def _add(store: SQLiteStore, text: str, names: list[tuple[str, str, int]],
         speaker_cluster: int = -1) -> str:
    """Save a document whose mentions are the given (surface, type, cluster) found in `text`."""
    doc = DocResult(id=content_id(text), source=f"{content_id(text)}.txt", kind="text", raw=text,
                    text=text)
    pos = 0
    for surface, kind, cluster in names:
        start = text.index(surface, pos)
        doc.mentions.append(Mention(start, start + len(surface), surface, kind, cluster))
        pos = start + len(surface)
    if speaker_cluster >= 0:
        doc.statements.append(Statement(0, 10, text[:10], "someone", None, "said", None,
                                        "indirect", speaker_cluster))
    store.save_document(doc, None)
    resolve_document(store, doc.id)
    return doc.id


def _entity_with(store: SQLiteStore, form: str) -> dict:  # type: ignore[type-arg]
    return next(e for e in export_entities(store) if form == e["name"] or form in e["aliases"])


def test_transliterations_across_documents_meet(store: SQLiteStore) -> None:
    _add(store, "Farzan Dehqanpour spoke. Dehqanpour left.",
         [("Farzan Dehqanpour", "PERSON", 0), ("Dehqanpour", "PERSON", 0)])
    _add(store, "Farzan Dehghanpour denied it.", [("Farzan Dehghanpour", "PERSON", 0)])
    ent = _entity_with(store, "Farzan Dehghanpour")
    assert {"Farzan Dehqanpour", "Dehqanpour"} <= set(ent["aliases"]) | {ent["name"]}
    assert ent["documents"] == 2


def test_namesakes_in_two_documents_stay_apart(store: SQLiteStore) -> None:
    _add(store, "Rustam Kerimov arrived.", [("Rustam Kerimov", "PERSON", 0)])
    _add(store, "Timur Kerimov arrived.", [("Timur Kerimov", "PERSON", 0)])
    assert _entity_with(store, "Rustam Kerimov")["id"] != _entity_with(store, "Timur Kerimov")["id"]


def test_a_bare_surname_shared_by_two_people_is_left_apart(store: SQLiteStore) -> None:
    _add(store, "Rustam Kerimov arrived.", [("Rustam Kerimov", "PERSON", 0)])
    _add(store, "Timur Kerimov arrived.", [("Timur Kerimov", "PERSON", 0)])
    _add(store, "Kerimov spoke.", [("Kerimov", "PERSON", 0)])
    bare = _entity_with(store, "Kerimov")
    assert bare["name"] == "Kerimov" and not bare["aliases"]


def test_statement_speaker_becomes_the_canonical_name(store: SQLiteStore) -> None:
    doc = _add(store, "Okafor said the dam would open. Amaka Okafor is the minister.",
               [("Okafor", "PERSON", 0), ("Amaka Okafor", "PERSON", 0)], speaker_cluster=0)
    row = store.statements_of(doc)[0]
    assert row["speaker"] == "Amaka Okafor" and row["speaker_entity"]


def test_acronym_in_one_document_finds_the_long_name_of_another(store: SQLiteStore) -> None:
    _add(store, "The National Water Directorate (NWD) met.",
         [("National Water Directorate", "ORG", 0), ("NWD", "ORG", 0)])
    _add(store, "The NWD said no.", [("NWD", "ORG", 0)])
    assert _entity_with(store, "NWD")["documents"] == 2


def test_merge_and_split_survive_re_resolution(store: SQLiteStore) -> None:
    _add(store, "Lena Marsh spoke.", [("Lena Marsh", "PERSON", 0)])
    _add(store, "Helena Marsh-Odell spoke.", [("Helena Marsh-Odell", "PERSON", 0)])
    _add(store, "Priya Nair and Nair spoke.", [("Priya Nair", "PERSON", 0), ("Nair", "PERSON", 0)])
    merge(store, "Lena Marsh", "Helena Marsh-Odell")
    split(store, "Priya Nair", "Nair")
    for _ in range(2):
        assert _entity_with(store, "Lena Marsh")["id"] == _entity_with(store,
                                                                     "Helena Marsh-Odell")["id"]
        assert _entity_with(store, "Nair")["id"] != _entity_with(store, "Priya Nair")["id"]
        resolve_all(store)
