"""The second look at a document's names (rescan.py, echoes.py), on sentences written here."""

from __future__ import annotations

from claimgraph.model import Mention
from claimgraph.resolve.catalog import unpossessed
from claimgraph.resolve.mentions import find_mentions
from claimgraph.resolve.normalize import org_key, singular, stem_place


def _ms(nlp, text: str) -> list[Mention]:  # type: ignore[no-untyped-def]
    return find_mentions(nlp(text))


def _by_text(ms: list[Mention], text: str) -> Mention:
    return next(m for m in ms if m.text == text)


def test_capitalised_run_with_an_organisation_head_is_one_org(nlp) -> None:  # type: ignore[no-untyped-def]
    ms = _ms(nlp, "Delegates of the New Freedonia Party met officials from the "
                  "Ministry of Foreign Affairs of Sylvania on Tuesday.")
    texts = {m.text for m in ms if m.type in ("ORG", "MEDIA")}
    assert "New Freedonia Party" in texts
    assert "Ministry of Foreign Affairs of Sylvania" in texts


def test_lower_case_head_after_a_state_is_an_org(nlp) -> None:  # type: ignore[no-untyped-def]
    ms = _ms(nlp, "The statement was issued by the army of the Republic of Freedonia on Monday.")
    assert _by_text(ms, "army of the Republic of Freedonia").type == "ORG"


def test_name_after_a_title_in_a_run_is_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    ms = _ms(nlp, "It was unacceptable, US Secretary of Defense Martin Kessler said in a statement.")
    austin = _by_text(ms, "Martin Kessler")
    assert austin.type == "PERSON" and austin.role and "Secretary of Defense" in austin.role


def test_two_titled_people_joined_by_and_stay_two(nlp) -> None:  # type: ignore[no-untyped-def]
    ms = _ms(nlp, "The minister told US Agency for International Development Administrator "
                  "Samantha Power and Acting Assistant Secretary of State James Roe about it.")
    power = _by_text(ms, "Samantha Power")
    roe = _by_text(ms, "James Roe")
    assert power.type == roe.type == "PERSON" and power.cluster != roe.cluster
    assert "Samantha" not in (roe.role or "")


def test_title_then_single_name_is_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    ms = _ms(nlp, "This afternoon, at the direction of President Biden, the jets were sent.")
    biden = _by_text(ms, "Biden")
    assert biden.type == "PERSON" and biden.role == "President"


def test_word_between_title_and_name_belongs_to_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    ms = _ms(nlp, "Ayatollah Said Hassan Ameli did so too.")
    person = _by_text(ms, "Said Hassan Ameli")
    assert person.role == "Ayatollah"


def test_noun_phrase_before_a_name_is_its_role(nlp) -> None:  # type: ignore[no-untyped-def]
    ms = _ms(nlp, "The talk was with New York-based journalist Don DeBar.")
    assert _by_text(ms, "Don DeBar").role == "New York-based journalist"


def test_untagged_acronym_is_an_org(nlp) -> None:  # type: ignore[no-untyped-def]
    ms = _ms(nlp, "The agency QXNA reported on Monday that the talks had failed.")
    assert any(m.text == "QXNA" and m.type in ("ORG", "MEDIA") for m in ms)


def test_bare_title_joins_the_only_person_holding_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Supreme Leader Ayatollah Torvald Brennick spoke on Friday. Later, the fatwa of the "
            "Supreme Leader, who said the land was sacred, was read aloud.")
    ms = _ms(nlp, text)
    title = next(m for m in ms if m.text == "Supreme Leader" and m.role == m.text)
    assert title.cluster == _by_text(ms, "Torvald Brennick").cluster


def test_bracketed_name_after_a_title_is_that_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Torvald Brennick spoke first. \"The stance of the great Leader of the Islamic "
            "Revolution [Brennick] is clear,\" the cleric said.")
    ms = _ms(nlp, text)
    title = _by_text(ms, "Leader of the Islamic Revolution")
    assert title.cluster == _by_text(ms, "Torvald Brennick").cluster


def test_bracketed_given_name_completes_the_surname(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Karim Vostani arrived. Mr. [Karim] Vostani, the minister, announced a deal."
    ms = _ms(nlp, text)
    assert any(m.text == "[Karim] Vostani" and m.type == "PERSON" for m in ms)


def test_org_keys_meet_across_order_demonyms_and_plurals() -> None:
    assert org_key("Freedonian Armed Forces") == org_key("Freedonia Army")
    assert org_key("Islamic Guards Corps") == org_key("Islamic Guard Corps")
    assert org_key("Azerbaijani Army") == org_key("army of the Republic of Azerbaijan")
    assert org_key("China's Ministry of Foreign Affairs") == org_key("Chinese Foreign Ministry")
    assert org_key("Chinese Foreign Ministry") != org_key("Russian Foreign Ministry")
    assert stem_place("ukrainian") == stem_place("ukraine")
    assert singular("guards") == "guard" and singular("affairs") == "affairs"


def test_owner_dropped_from_an_org_name() -> None:
    assert unpossessed("Freedonia's Coast Guard") == "Coast Guard"
    assert unpossessed("Coast Guard") is None


def test_given_name_after_a_job_title_stays_in_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    ms = find_mentions(nlp("Interviewer Galina Petrenko RT said the two men had gone off the radar."))
    m = next(m for m in ms if m.type == "PERSON")
    assert (m.text, m.role) == ("Galina Petrenko", "Interviewer")
