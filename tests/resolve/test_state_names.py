"""A state's formal name and its short name are one entity, in a document and across documents;
two different states never meet."""

from __future__ import annotations

import pytest

from claimgraph.model import DocResult, Mention, content_id
from claimgraph.places import demonym, state_name
from claimgraph.present.export import export_entities
from claimgraph.resolve.mentions import find_mentions
from claimgraph.resolve.resolver import resolve_document
from claimgraph.store.sqlite import SQLiteStore


@pytest.mark.parametrize(("formal", "short"), [
    ("the Kingdom of Norway", "Norway"),
    ("Federal Republic of Germany", "Germany"),
    ("the Islamic Republic of Pakistan", "Pakistan"),
    ("Kingdom of Saudi Arabia", "Saudi Arabia"),
    ("Republic of the Philippines", "Philippines"),
    ("the Russian Federation", "Russia"),
    ("Swiss Confederation", "Switzerland"),
])
def test_formal_state_names_give_the_short_name(formal: str, short: str) -> None:
    assert state_name(formal) == short


@pytest.mark.parametrize("text", [
    "Chile", "Republic of Freedonia", "Turkish Republic of Northern Cyprus", "State of Mexico",
    "Bank of Chile", "Kingdom of Heaven", "Korean Federation",
])
def test_other_names_are_not_states(text: str) -> None:
    assert state_name(text) is None


def test_states_sharing_a_short_word_stay_distinct() -> None:
    north = state_name("Democratic People's Republic of Korea")
    south = state_name("Republic of Korea")
    assert north and south and north != south
    assert state_name("People's Republic of China") != state_name("Republic of China")


def test_demonym_of_a_formal_name() -> None:
    assert demonym("the Kingdom of Norway") == "Norwegian"


def test_formal_and_short_name_cluster_in_one_document(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The Kingdom of Norway and the Federal Republic of Germany agreed to talks. "
              "Norway said it would host them, and Germany agreed.")
    by_text = {m.text: m.cluster for m in find_mentions(doc)}
    assert by_text["Kingdom of Norway"] == by_text["Norway"]
    assert by_text["Federal Republic of Germany"] == by_text["Germany"]
    assert by_text["Norway"] != by_text["Germany"]


def _save(store: SQLiteStore, text: str, surface: str) -> None:
    doc = DocResult(id=content_id(text), source=f"{content_id(text)}.txt", kind="text", raw=text,
                    text=text)
    start = text.index(surface)
    doc.mentions.append(Mention(start, start + len(surface), surface, "GPE", 0))
    store.save_document(doc, None)
    resolve_document(store, doc.id)


def test_formal_name_meets_short_name_across_documents(store: SQLiteStore) -> None:
    _save(store, "The Kingdom of Norway signed the accord.", "Kingdom of Norway")
    _save(store, "Norway later left the accord.", "Norway")
    _save(store, "Sweden stayed in the accord.", "Sweden")
    ents = [e for e in export_entities(store) if e["type"] == "GPE"]
    norway = [e for e in ents if "Norway" in {e["name"], *e["aliases"]}]
    assert len(norway) == 1 and "Kingdom of Norway" in {norway[0]["name"], *norway[0]["aliases"]}
    assert norway[0]["name"] == "Norway" and norway[0]["documents"] == 2
    assert len(ents) == 2
