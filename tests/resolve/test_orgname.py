"""A state ministry's standard name (invented sentences; country names are general knowledge)."""

from __future__ import annotations

from claimgraph.places import demonym
from claimgraph.present.export import export_entities
from claimgraph.resolve.orgname import is_standard, standard_name
from claimgraph.store.sqlite import SQLiteStore

from .test_resolver import _add


def test_the_shapes_of_a_ministry_name_meet_in_one_standard_name() -> None:
    want = "Kenyan Ministry of Foreign Affairs"
    for form in ("Kenya's Foreign Ministry", "the Kenyan Foreign Ministry",
                 "Ministry of Foreign Affairs of Kenya", "Kenya’s Ministry of Foreign Affairs",
                 "Ministry of Foreign Affairs of the Republic of Kenya"):
        assert standard_name(form) == want, form
    assert standard_name("South Korea's Defence Ministry") == "South Korean Ministry of Defence"
    assert standard_name("Ministry of Health of the Russian Federation") == (
        "Russian Ministry of Health")


def test_a_form_already_in_the_standard_shape_is_kept_as_written() -> None:
    assert is_standard("Norway Ministry of Health")
    assert standard_name("Norway Ministry of Health") == "Norway Ministry of Health"
    assert not is_standard("Norway's Health Ministry")


def test_no_standard_name_without_a_known_state() -> None:
    for form in ("Defence Ministry", "Ministry of Defence", "Freedonia's Defence Ministry",
                 "Emergencies Ministry in the capital", "National Security Council"):
        assert standard_name(form) is None, form
    assert demonym("Peru") == "Peruvian" and demonym("Peruvian") == "Peruvian"
    assert demonym("Freedonia") is None


def test_entity_across_documents_is_named_by_the_standard_shape(store: SQLiteStore) -> None:
    _add(store, "Kenya's Foreign Ministry issued a protest on Monday.",
         [("Kenya's Foreign Ministry", "ORG", 0)])
    _add(store, "The Ministry of Foreign Affairs of Kenya later denied the report.",
         [("Ministry of Foreign Affairs of Kenya", "ORG", 0)])
    ents = [e for e in export_entities(store) if e["type"] == "ORG"]
    assert len(ents) == 1
    assert ents[0]["name"] == "Kenyan Ministry of Foreign Affairs"
    assert set(ents[0]["aliases"]) >= {"Kenya's Foreign Ministry",
                                       "Ministry of Foreign Affairs of Kenya"}
