"""Quote pairing: curly, straight, guillemets, paragraphs, stray marks."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimgraph.attribute.quotes import find_quotes, paragraphs, single_quotes


def texts(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quotes(text)]


def test_curly_straight_and_guillemet_quotes_are_found() -> None:
    text = "“One two,” she said. He said \"three four.\" They wrote «five six»."
    assert texts(text) == ["One two,", "three four.", "five six"]


def test_typewriter_double_apostrophes_and_backticks_are_quote_marks() -> None:
    text = "''We will hold the line,'' the mayor said. Critics called it ``a stunt.'' It's Ann's."
    assert texts(text) == ["We will hold the line,", "a stunt."]


def test_typewriter_quote_closing_at_the_end_of_the_text() -> None:
    assert texts("''Yes,'' he said. ''And that is final.''") == ["Yes,", "And that is final."]


def test_typewriter_quote_runs_on_into_the_next_paragraph() -> None:
    text = "''The first half of it.\n\n''The second half,'' he said."
    assert texts(text) == ["The first half of it.\n\n''The second half,"]


def test_quote_without_closing_mark_runs_on_when_next_paragraph_opens_with_one() -> None:
    text = "“First part of it.\n\n“Second part of it,” he said."
    assert texts(text) == ["First part of it.\n\n“Second part of it,"]


def test_unclosed_quote_does_not_run_into_an_ordinary_paragraph() -> None:
    text = "“An unfinished thought.\n\nA plain paragraph follows.\n\n“Later,” she said."
    assert texts(text) == ["Later,"]


def test_nested_quote_keeps_the_outer_one() -> None:
    text = "He said: “They called it “a farce” at the time,” and left."
    assert texts(text) == ["They called it “a farce” at the time,"]


def test_stray_marks_never_swallow_the_article() -> None:
    body = "\n\n".join(["A plain sentence with no quotes at all."] * 50)
    text = "” stray \"" + body + " “ stray"
    assert all(q.end - q.start < 200 for q in find_quotes(text))


def test_five_hundred_stray_marks() -> None:
    text = " ".join(["word ”"] * 250 + ["“ word"] * 250)
    quotes = find_quotes(text)
    assert all(len(text[q.start:q.end].split()) < 5 for q in quotes)


def test_apostrophes_are_not_single_quotes() -> None:
    text = "Iran’s minister didn’t say ‘never again’ today."
    assert [text[q.start:q.end] for q in single_quotes(text, [])] == ["never again"]


def test_paragraphs_are_blank_line_separated() -> None:
    assert paragraphs("a\n\nb\n\n\n\nc") == [(0, 1), (3, 4), (8, 9)]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab “”\"«»‘’\n.,", max_size=300))
def test_quotes_are_well_formed_on_any_text(text: str) -> None:
    prev_end = -1
    for q in find_quotes(text):
        assert 0 <= q.open_at < q.start <= q.end == q.close_at <= len(text)
        assert q.open_at > prev_end
        prev_end = q.close_at


def test_a_show_title_is_no_quote(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract('"We will win the valley," Ann Cole said on "Harbour Talk Tonight."')
    assert [s.content for s in stmts] == ["We will win the valley"]


def test_a_title_after_a_possessive_is_no_quote(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract('Ann Cole spoke on the station\'s "Morning Ferry Hour" about the new bridge.')
    assert stmts == []


def test_a_title_case_slogan_after_a_colon_is_a_quote(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract('Ann Cole said: "We Will Never Leave."')
    assert [s.content for s in stmts] == ["We Will Never Leave."]
