"""Speakers and contents the parse alone misses, on sentences the team wrote: a quotation after a
colon belongs to the subject of the clause the colon ends, whatever its verb; an editor's bracket
never splits a sentence; a report set off in mid-sentence ("X, he said, Y") reports both sides;
"most of whom said" speaks as the antecedent; statistics are a source."""

from __future__ import annotations


def test_colon_after_a_clause_without_reporting_verb(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Jane Roe, the mayor of the river town at the time, has given her own account of the "
            "relief effort: “We sent three trucks of bread the same night. The bakers worked "
            "until dawn.”")
    stmts = [s for s in extract(text) if s.content.startswith("We sent three trucks")]
    assert stmts and stmts[0].speaker == "Jane Roe" and stmts[0].kind == "direct"


def test_colon_after_an_unnamed_subject_gives_no_speaker(extract) -> None:  # type: ignore[no-untyped-def]
    text = "The old bakery had a new sign on its door: “Closed until further notice, sorry.”"
    assert not any(s.content.startswith("Closed") for s in extract(text))


def test_bracket_inside_a_sentence_does_not_start_one(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("John Doe wrote in his diary, “I called the Minister [Jane Roe] and said we could "
              "send the trucks. They needed bread.”")
    starts = [s.text.split()[0] for s in doc.sents]
    assert "[" not in starts
    assert len(starts) == 2


def test_bracket_after_a_full_stop_may_start_one(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The trucks left at dawn. (The drivers were paid twice.) Nobody complained.")
    assert any(s.text.startswith("(") for s in doc.sents)


def test_report_set_off_in_mid_sentence_gives_both_sides(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("John Doe spoke on Monday. But to avoid delays, he said, the crews should "
                    "start before dawn.")
    got = {(s.content, s.speaker, s.cue) for s in stmts}
    assert ("But to avoid delays", "John Doe", "said") in got
    assert ("the crews should start before dawn", "John Doe", "said") in got


def test_a_subject_before_the_report_is_one_side(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("The plan, Jane Roe said, would cost nothing.")
    assert [(s.content, s.speaker) for s in stmts] == [("The plan", "Jane Roe"),
                                                       ("would cost nothing", "Jane Roe")]



def test_a_report_inside_a_subordinate_clause_reports_the_main_clause(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("John Doe spoke on Monday. Though the first vote was relatively calm, he "
                    "said, replacing the chairman would be much more bitter.")
    assert "replacing the chairman would be much more bitter" in {s.content for s in stmts}


def test_part_of_a_relative_speaks_as_its_antecedent(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("The plan angered the farmers of Eastdale, most of whom said the dam would "
                    "flood their fields.")
    assert [(s.speaker, s.content) for s in stmts] == [
        ("farmers of Eastdale", "the dam would flood their fields")]


def test_statistics_are_a_source(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("About two million farmers live in the valley, according to federal "
                    "statistics.")
    assert [(s.speaker, s.cue) for s in stmts] == [("federal statistics", "according to")]
