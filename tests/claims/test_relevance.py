"""Relevance traps for `ask`: swapped roles, same actors with a different act, another war."""

from __future__ import annotations

from claimgraph.claims.relevance import check, parse_question
from claimgraph.claims.text import same_word


def test_question_anchors_without_parser() -> None:
    q = parse_question("Norway sold fighter jets to Chile during the war (1990-1992)")
    assert q.anchors == [["norway"], ["chile"]]
    assert q.years == (1990, 1992)


def test_swapped_roles_are_not_the_same_claim() -> None:
    q = parse_question("Norway sold fighter jets to Chile")
    assert check(q, "Norway sold jets to Chile in secret")[0]
    assert not check(q, "Chile sold jets to Norway in secret")[0]
    assert check(q, "Chile was sold jets by Norway")[0]


def test_other_recipient_is_not_evidence() -> None:
    q = parse_question("Norway sold fighter jets to Chile")
    assert not check(q, "Norway sold fighter jets to Peru")[0]


def test_different_war_by_years() -> None:
    q = parse_question("Norway sold fighter jets to Chile during the war of 1990-1992")
    assert not check(q, "Norway sold fighter jets to Chile in 2015")[0]
    assert check(q, "Norway sold fighter jets to Chile in 1991")[0]


def test_first_person_and_holder_as_agent() -> None:
    q = parse_question("Norway sold fighter jets to Chile")
    assert check(q, "we delivered the jets to Chile ourselves")[0]
    assert check(q, "selling fighter jets to Chile", holder="Norway")[0]
    assert not check(q, "selling fighter jets to Chile", holder="Sweden")[0]


def test_derived_forms() -> None:
    assert same_word("norwegian", "norway")
    assert same_word("chinese", "china")
    assert not same_word("chile", "china")


def test_capital_stands_for_its_state() -> None:
    q = parse_question("Norway sold fighter jets to Chile")
    assert check(q, "Oslo sold fighter jets to Chile last year")[0]
    assert not check(q, "Lima sold fighter jets to Chile last year")[0]


def test_passive_question_has_no_named_agent(nlp) -> None:  # type: ignore[no-untyped-def]
    q = parse_question("Lisbon fever cases were caused by a foreign weapon", nlp)
    assert q.agents == []
    assert check(q, "a foreign weapon caused the Lisbon fever cases")[0]


def test_nationality_agent_is_soft_for_close_paraphrases(nlp) -> None:  # type: ignore[no-untyped-def]
    q = parse_question("A Danish farmer found a gold coin in his field", nlp)
    assert q.soft_agent
    assert check(q, "Farmer finds gold coin in his field", sim=0.7)[0]
    assert not check(q, "Farmer finds gold coin in his field", sim=0.3)[0]
    strict = parse_question("Denmark sold fighter jets to Chile", nlp)
    assert not strict.soft_agent


def test_roles_across_a_clause_break_are_not_swapped() -> None:
    q = parse_question("Norway sold fighter jets to Chile")
    assert check(q, "Chile wants new jets now that Norway sold its own")[0]


def test_stated_alternative_is_split_off() -> None:
    q = parse_question("The comet was a natural object rather than an alien probe that was not seen")
    assert q.main == "The comet was a natural object"
    assert q.alternative == "an alien probe that was not seen"
    assert not q.negated  # negation inside the alternative says nothing about the main claim
    plain = parse_question("The comet was a natural object")
    assert plain.alternative == "" and plain.main == plain.core


def test_other_actor_as_subject_of_a_paraphrase_is_rejected() -> None:
    q = parse_question("Sweden sold rifles to Chile in exchange for data on Peru")
    assert not check(q, "Peru sold rifles to Chile in the war", sim=0.8)[0]
    assert check(q, "Sweden sold rifles to Chile in the war", sim=0.8)[0]


def test_verdict_on_a_claim_or_an_act(nlp) -> None:  # type: ignore[no-untyped-def]
    from claimgraph.claims.relevance import verdict_of

    q = parse_question("Reports that Norway sold jets to Chile are lies spread by rival papers",
                       nlp)
    assert q.verdict == "are lies spread by rival papers"
    assert verdict_of("The sinking of the ferry was a crime against the crew", nlp) == \
        "was a crime against the crew"
    assert verdict_of("The ship that entered the bay was a tanker", nlp) == ""  # a thing
    assert verdict_of("Norway sold fighter jets to Chile", nlp) == ""  # no copula



def test_bracketed_examples_name_the_agent(nlp) -> None:  # type: ignore[no-untyped-def]
    q = parse_question("Foreign troops (Norwegian or Danish units) were stationed in Estland "
                       "during the 2019 crisis", nlp)
    assert q.category_agent and q.category == "foreign troops"
    assert check(q, "Danish units were stationed in Estland", sim=0.8)[0]
    assert check(q, "there were no foreign troops in Estland", sim=0.7)[0]
    # who 'we' are cannot be told against a kind: a paraphrase must name it
    assert not check(q, "we helped Estland in the crisis", holder="Karl Berg", sim=0.8)[0]
    named = parse_question("The Norwegian leadership (the Regent or the Palace) ordered the raid",
                           nlp)
    assert not named.category_agent
    assert named.anchors[named.agents[0]] == ["norwegian", "regent", "palace"]


def test_capitalised_first_word_is_not_a_name(nlp) -> None:  # type: ignore[no-untyped-def]
    q = parse_question("Foreign hackers stole the files of the Estland bank", nlp)
    assert not q.soft_agent
    assert q.agents == []


def test_holder_may_be_the_missing_patient() -> None:
    q = parse_question("Smugglers used the harbour of Norland during the storm")
    claim = "the country has let smugglers use its harbour since the war with Sudovia"
    assert not check(q, claim, holder="Sudovia")[0]
    assert check(q, claim, holder="Norland")[0]


def test_first_person_is_not_a_named_person_agent(nlp) -> None:  # type: ignore[no-untyped-def]
    q = parse_question("Karl Berg sold the rifles to the rebels in Sudovia", nlp)
    assert q.person_agent
    assert check(q, "I sold the rifles to the rebels in Sudovia", holder="Karl Berg", sim=0.8)[0]
    assert not check(q, "We sold the rifles to the rebels in Sudovia", holder="Ina Vold",
                     sim=0.8)[0]
    country = parse_question("Norland sold fighter jets to Chile", nlp)
    assert check(country, "we delivered the jets to Chile", holder="Ina Vold", sim=0.8)[0]


def test_holder_fills_the_patient_only_where_the_claim_refers_to_it() -> None:
    q = parse_question("Norland armed Sudovia in the war")
    assert not check(q, "Norland armed Estland in the war", holder="Sudovian officials")[0]


def test_unspecified_actor_is_not_a_nationality_agent(nlp) -> None:  # type: ignore[no-untyped-def]
    q = parse_question("Danish military police started the fire at the depot", nlp)
    assert q.soft_agent
    assert not check(q, "a foreign power started the fire at the depot", sim=0.8)[0]
    assert check(q, "military police started the fire at the depot", sim=0.8)[0]


def test_expletive_it_does_not_stand_for_the_agent() -> None:
    q = parse_question("Norland armed the rebels of Sudovia")
    assert check(q, "it armed the rebels of Sudovia for years", sim=0.5)[0]
    assert not check(q, "it is unlikely that a neighbour armed the rebels of Sudovia",
                     sim=0.5)[0]


def test_possessive_names_the_actor() -> None:
    q = parse_question("Norland armed the rebels of Sudovia")
    assert check(q, "Norland’s army armed the rebels of Sudovia")[1] == 1.0


def test_agentless_passive_may_leave_the_agent_unsaid() -> None:
    q = parse_question("Norland sold fighter jets to Chile")
    assert check(q, "a deal for twenty jets was signed with Chile", sim=0.55)[0]
    assert not check(q, "a deal for twenty jets was signed by Peru with Chile", sim=0.55)[0]
    assert not check(q, "Peru signed a deal for twenty jets with Chile", sim=0.55)[0]


def test_a_kind_of_agent_by_another_word_for_armed_men() -> None:
    from claimgraph.claims.relevance import names_kind

    assert names_kind("foreign troops", "there are no foreign fighters in the valley".split())
    assert names_kind("foreign troops", "the foreign troops left".split())
    assert not names_kind("foreign troops", "the foreign ministry left".split())
    assert not names_kind("rebel leaders", "the rebel fighters left".split())


def test_a_maker_named_in_a_compound_is_no_swap() -> None:
    q = parse_question("Norway supplied fighter jets to Chile")
    assert check(q, "Chile's air force flew Norwegian-built jets over the border")[0]
    assert not check(q, "Chile's air force supplied jets to Norway")[0]


def test_a_name_describing_the_subject_has_no_role(nlp) -> None:  # type: ignore[no-untyped-def]
    q = parse_question("The Danish drone that crossed Norway in May was a military craft", nlp)
    assert q.modifiers  # Norway only says which drone
    assert check(q, "a Norwegian jet shot down the Danish drone over the fjord", sim=0.7)[0]
