"""Attribution classes PolNeAR annotates beyond reported speech, on sentences the team wrote."""

from __future__ import annotations

from claimgraph.model import Statement


def contents(stmts: list[Statement]) -> list[str]:
    return [s.content for s in stmts]


def test_poll_share_speaks(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("In the survey of farmers, 38 percent said the new tariff had hurt them.")
    assert "the new tariff had hurt them" in contents(stmts)
    assert "38 percent" in next(s.speaker for s in stmts if s.content.startswith("the new"))


def test_half_of_a_group_speaks(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("Half of the nurses said they would leave the hospital within a year.")
    assert "they would leave the hospital within a year" in contents(stmts)


def test_results_as_a_source(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("The results showed that turnout in the northern valleys fell sharply.")
    assert "turnout in the northern valleys fell sharply" in contents(stmts)


def test_trailing_participle_is_not_content(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("Mary Holt says the ferries were late, calling the delay a disgrace.")
    assert "the ferries were late" in contents(stmts)


def test_two_reports_in_one_sentence(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("Three-quarters of the nurses said they were worried about pay, "
                    "and more than half said they would quit.")
    got = contents(stmts)
    assert "they were worried about pay" in got and "they would quit" in got
    assert not any("more than half" in c for c in got)


def test_second_cue_of_one_speaker_ends_the_first(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("Ann Cole spoke at noon. The mayor says he respects the council "
                    "and calls it a fine body.")
    assert "he respects the council" in contents(stmts)


def test_unnamed_person_keeps_own_words(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("A visitor from the coast said the harbour smelled of diesel.")
    s = next(s for s in stmts if s.content == "the harbour smelled of diesel")
    assert "visitor" in s.speaker


def test_abstract_subject_is_no_speaker(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("Those worries said little about the harbour's future.")
    assert stmts == []


def test_according_to_ends_a_clause_content(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("Sixty percent of the nurses said that pay was too low, "
                    "according to a survey by the union.")
    assert "pay was too low" in contents(stmts)
    source = next(s for s in stmts if s.cue == "according to")
    assert "survey" in source.speaker


def test_view_is_that(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("The ministry's position was that the border must stay closed.")
    s = next(s for s in stmts if s.content == "the border must stay closed")
    assert s.cue == "position" and "ministry" in s.speaker.lower()


def test_first_person_cue_inside_a_quote_is_part_of_it(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("“I think the ferry will run again by spring,” Maria Lopez said.")
    assert contents(stmts) == ["I think the ferry will run again by spring"]
    assert stmts[0].speaker == "Maria Lopez"


def test_urged_keeps_its_object(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("The council urged farmers to report every dead animal to the vet.")
    assert "farmers to report every dead animal to the vet" in contents(stmts)


def test_told_leaves_out_the_addressee(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("Dana Pike told reporters that the harbour would reopen in May.")
    assert "the harbour would reopen in May" in contents(stmts)


def test_trailing_relative_clause_is_the_writers(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("Ann Cole said she would not back Tom Reed, who has never run for office.")
    assert "she would not back Tom Reed" in contents(stmts)


def test_trailing_apposition_is_the_writers(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("The mayor said the ferry would stop at Port Lane, the town's oldest quay.")
    assert "the ferry would stop at Port Lane" in contents(stmts)


def test_quoted_relative_clause_stays(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract('Ann Cole said the bridge, which "nobody asked for," was a waste of money.')
    assert any("was a waste of money" in c for c in contents(stmts))


def test_nominal_cue_inside_anothers_report(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("The agency issued a statement on Monday. The agency addressed Tom Reed's "
                    "insistence that the port would close, replying by listing the ships. "
                    "The statement added that the port would stay open.")
    insist = next(s for s in stmts if s.cue == "insistence")
    assert insist.content == "the port would close" and insist.speaker == "Tom Reed"
    added = next(s for s in stmts if s.cue == "added")
    assert added.speaker != "Tom Reed"


def test_the_country_speaks_as_the_state_named(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("Canada closed its northern border on Monday. "
                    "The country said the closure would last a week.")
    assert next(s for s in stmts if s.cue == "said").speaker == "Canada"


def test_the_fund_speaks_as_the_fund_named(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("The Harbour Relief Fund cut its forecast. The fund said growth would slow.")
    assert next(s for s in stmts if s.cue == "said").speaker == "Harbour Relief Fund"


def test_a_concessive_aside_is_the_writers(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("Tom Reed claimed that paying no harbour fees was smart, although he again "
                    "refused to release his accounts.")
    assert "paying no harbour fees was smart" in contents(stmts)


def test_a_relative_clause_after_a_quoted_name_is_the_writers(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract('Ann Cole said the town had backed the "Clean Harbour Plan," which the '
                    "council dropped in March.")
    assert any(c.startswith("the town had backed") and "council" not in c
               for c in contents(stmts))


def test_a_who_clause_marks_an_unnamed_person(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("The ad features an architect who said he was never paid for the new hall.")
    s = next(s for s in stmts if s.content == "he was never paid for the new hall")
    assert "architect" in s.speaker


def test_a_kin_noun_can_speak(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("A widow from the valley said the new dam had flooded her fields twice.")
    s = next(s for s in stmts if s.content == "the new dam had flooded her fields twice")
    assert "widow" in s.speaker


def test_a_chart_shows(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("A chart from the harbour office shows that ferry traffic fell by half.")
    assert "ferry traffic fell by half" in contents(stmts)


def test_a_second_that_clause_is_part_of_the_report(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("Ann Cole said the ferries were late and that the harbour office had not "
                    "answered her letters.")
    assert ("the ferries were late and that the harbour office had not answered her letters"
            in contents(stmts))


def test_according_to_in_mid_sentence_takes_the_clause(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("The top tenth of farms would see their after-tax incomes rise by 9.9 percent, "
                    "according to the Harbour Foundation, more than twice what it projected for "
                    "the middle one-fifth of the farms in the valley.")
    s = next(s for s in stmts if s.cue == "according to")
    assert s.content.startswith("The top tenth of farms would see")
