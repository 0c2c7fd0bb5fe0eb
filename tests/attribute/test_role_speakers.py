"""A role phrase that names a person speaks as that person, not as its role head."""

from __future__ import annotations

from claimgraph.model import Statement


def only(stmts: list[Statement]) -> Statement:
    assert len(stmts) == 1, [s.content for s in stmts]
    return stmts[0]


def find_content(stmts: list[Statement], content: str) -> Statement:
    hits = [s for s in stmts if s.content == content]
    assert hits, [s.content for s in stmts]
    return hits[0]


def spoken(text: str, s: Statement) -> str:
    return text[s.speaker_span[0]:s.speaker_span[1]]


def test_name_ending_a_role_phrase_is_the_speaker(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Norland's Ambassador to the United Nations Jane Roe said the council would meet "
            "on Monday to discuss the dispute.")
    s = only(extract(text))
    assert s.speaker == "Jane Roe" and spoken(text, s) == "Jane Roe"


def test_name_in_apposition_to_a_role_is_the_speaker(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("The country's deputy foreign minister, John Doe, said the talks had failed "
            "because of the other side.")
    s = only(extract(text))
    assert s.speaker == "John Doe" and spoken(text, s) == "John Doe"


def test_role_of_an_organisation_then_name(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Former Defence Minister of Norland Piet Larsen said the army had been ready."
    s = only(extract(text))
    assert s.speaker == "Piet Larsen" and spoken(text, s) == "Piet Larsen"


def test_name_after_a_preposition_is_not_the_speaker(extract) -> None:  # type: ignore[no-untyped-def]
    s = only(extract("A lawyer for John Doe said the charges against him were false."))
    assert s.speaker != "John Doe"


def test_name_of_an_inner_role_is_not_the_speaker(extract) -> None:  # type: ignore[no-untyped-def]
    s = only(extract("A spokesman for the defence minister Piet Larsen said the army was ready."))
    assert s.speaker != "Piet Larsen"


def test_a_state_in_its_formal_name_speaks_as_its_short_name(extract) -> None:  # type: ignore[no-untyped-def]
    text = "The Kingdom of Norway said on Friday that the terms were unfair to its fishermen."
    s = only(extract(text))
    assert s.speaker == "Norway"


def test_two_descriptions_of_one_person_then_the_name(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Norlandic parliamentarian and a representative of the ruling party Piet Larsen "
            "recently said that a case had been opened against a foreign lawmaker.")
    s = only(extract(text))
    assert s.speaker == "Piet Larsen" and spoken(text, s) == "Piet Larsen"


def test_a_second_person_with_a_role_of_their_own_is_not_the_speaker(extract) -> None:  # type: ignore[no-untyped-def]
    s = only(extract("The prime minister and his deputy Piet Larsen said the budget would pass."))
    assert s.speaker != "Piet Larsen"


def test_named_people_who_speak_together_are_one_joint_speaker(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Piet Larsen and Ada Holm said they had visited the harbour as tourists. "
            "They added that the weather had been bad.")
    stmts = extract(text)
    assert [s.speaker for s in stmts] == ["Piet Larsen and Ada Holm"] * 2
    assert spoken(text, stmts[0]) == "Piet Larsen and Ada Holm"


def test_a_name_and_a_description_are_not_a_joint_speaker(extract) -> None:  # type: ignore[no-untyped-def]
    s = only(extract("Piet Larsen and his lawyer said the charges were false."))
    assert s.speaker == "Piet Larsen"


def test_people_a_noun_is_identified_as_speak_together(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Two Norlandic men, identified as Piet Larsen and Tor Berg, said on state television "
            "that they had come as tourists.")
    s = only(extract(text))
    assert s.speaker == "Piet Larsen and Tor Berg"


def test_the_man_known_as_a_name_is_that_person(extract) -> None:  # type: ignore[no-untyped-def]
    text = "“We came to see the old harbour,” the man known as Larsen told the channel."
    s = only(extract(text))
    assert s.speaker == "Larsen" and spoken(text, s) == "Larsen"


def test_they_goes_back_to_a_joint_speaker_past_one_of_them(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Piet Larsen and Tor Berg told Norlandic state television that they had come as "
            "tourists. “We wanted to see the harbour,” Larsen said. They cut their trip short "
            "because of the snow, they said.")
    s = find_content(extract(text), "They cut their trip short because of the snow")
    assert s.speaker == "Piet Larsen and Tor Berg"


def test_a_role_descriptor_goes_to_the_last_speaker_where_it_last_spoke(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Piet Larsen spoke to the council on Monday. The meeting lasted three hours. Most "
            "members stayed until the end. “We will not give up,” he said, noting that Tor Berg "
            "had left the talks a week earlier. The talks must go on, the deputy believes.")
    s = find_content(extract(text), "The talks must go on")
    assert s.speaker == "Piet Larsen"


def test_the_authors_of_a_statement_speak_for_its_issuer(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("The Norlandic Red Cross said on Monday that it had reached the valley. The authors "
            "of the statement also noted that the roads were badly damaged.")
    s = find_content(extract(text), "the roads were badly damaged")
    assert s.speaker == "Norlandic Red Cross"


def test_markup_never_sticks_to_a_speaker_name() -> None:
    from claimgraph.attribute.coref import _strip_name

    assert _strip_name('">Jane Roe', person=True) == "Jane Roe"
    assert _strip_name("O'Neil") == "O'Neil"
