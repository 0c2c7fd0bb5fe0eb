"""Name variants inside one document: spacing, a one-consonant slip, a lone given name, editorial
brackets, "ex-" prefixes and "the X-ian armed forces" (invented sentences)."""

from __future__ import annotations

from claimgraph.resolve.match import ends_joined, near_spelling
from claimgraph.resolve.mentions import find_mentions
from claimgraph.resolve.normalize import name_tokens


def _mentions(nlp, text: str) -> list:  # type: ignore[no-untyped-def, type-arg]
    return find_mentions(nlp(text))


def _cluster(ms: list, text: str) -> int:  # type: ignore[type-arg]
    return next(m.cluster for m in ms if m.text == text)


def test_near_spelling_is_one_consonant_in_a_long_name() -> None:
    assert near_spelling("Tavakalian", "Tavakanian")
    assert not near_spelling("Tavakalian", "Tavakalyana")  # not the same length
    assert not near_spelling("Petrov", "Petrow")  # too short to trust
    assert not near_spelling("Tavakalian", "Tavakolian")  # a vowel: the romanisation rules' job


def test_ends_joined_needs_three_parts() -> None:
    assert ends_joined(name_tokens("Reza Gol Zadeh"), name_tokens("Ali Reza Golzadeh"))
    assert not ends_joined(name_tokens("Gol Zadeh"), name_tokens("Ali Golzadeh"))
    assert not ends_joined(name_tokens("Reza Gol Zadeh"), name_tokens("Ali Reza Golpour"))


def test_spacing_variant_of_a_full_name_is_one_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Ali Reza Golzadeh, the governor of the province, spoke on Monday.\n\n"
            "According to Reza Gol Zadeh, the talks had failed.")
    ms = _mentions(nlp, text)
    assert _cluster(ms, "Ali Reza Golzadeh") == _cluster(ms, "Reza Gol Zadeh")


def test_a_consonant_slip_in_a_surname_joins_the_only_fitting_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Armen Tavakalian, head of the committee, said the vote was late.\n\n"
            "Answering a question, Tavakanian noted that nothing had changed.")
    ms = _mentions(nlp, text)
    slip = [m for m in ms if m.text == "Tavakanian"]
    assert slip and slip[0].type == "PERSON"
    assert slip[0].cluster == _cluster(ms, "Armen Tavakalian")


def test_a_lone_given_name_of_one_person_joins_that_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Daria Morozova plans to return home.\n\n"
            "Her father was treated for weeks, and Daria visited him every day.")
    ms = _mentions(nlp, text)
    lone = [m for m in ms if m.text == "Daria"]
    assert lone and lone[0].type == "PERSON"
    assert lone[0].cluster == _cluster(ms, "Daria Morozova")


def test_a_given_name_shared_by_two_people_stays_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Daria Morozova and Daria Volkova met in the capital.\n\n"
            "Later Daria said the meeting went well.")
    ms = _mentions(nlp, text)
    lone = [m for m in ms if m.text == "Daria"]
    full = {_cluster(ms, "Daria Morozova"), _cluster(ms, "Daria Volkova")}
    assert not lone or lone[0].cluster not in full


def test_bracketed_given_name_replaces_the_pieces(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Mr. [Farid] Golnazari, [the Minister of Roads], announced a deal on Sunday."
    ms = _mentions(nlp, text)
    assert [m.text for m in ms if "Golnazari" in m.text] == ["[Farid] Golnazari"]


def test_ex_prefix_is_no_title_and_the_role_reaches_a_repeated_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Boris Karimov served for years.\n\n"
            "The unit tried to kill ex-Freedonian spy Karimov last spring.")
    ms = _mentions(nlp, text)
    assert not any(m.text.startswith("-") for m in ms)
    assert any(m.text == "Karimov" and m.role == "ex-Freedonian spy" for m in ms)


def test_demonym_with_armed_forces_is_an_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The Freedonian government denied it.\n\n"
            "He gave information about the Freedonian armed forces to the press.")
    ms = _mentions(nlp, text)
    assert any(m.text == "Freedonian armed forces" and m.type == "ORG" for m in ms)
