"""Hostile texts: stray quote marks, no quotes, nested quotes, headlines, a very long page."""

from __future__ import annotations

import time

from claimgraph.attribute import extract_statements
from claimgraph.resolve.mentions import find_mentions

PARAGRAPH = ("Officials in the northern province opened a new clinic on Monday. "
             "“We have waited for this for ten years,” said Amina Yusuf, a nurse. "
             "The governor said that more clinics would follow next year.")




def test_five_hundred_stray_quote_marks(extract) -> None:  # type: ignore[no-untyped-def]
    text = " ".join(f"Word{i} ”" if i % 3 else f"“ item{i}" for i in range(500))
    stmts = extract(text)
    assert all(s.end - s.start < 200 for s in stmts)


def test_unbalanced_quote_never_swallows_the_article(extract) -> None:  # type: ignore[no-untyped-def]
    text = "“This opening mark never closes.\n\n" + "\n\n".join([PARAGRAPH] * 20)
    stmts = extract(text)
    assert stmts
    assert all(s.end - s.start < 400 for s in stmts)


def test_no_quote_marks_at_all(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Lars Eriksen said the budget would be cut. The agency reported that prices rose. "
            "According to the bank, growth slowed.")
    stmts = extract(text)
    assert {s.kind for s in stmts} == {"indirect"}
    assert len(stmts) >= 3


def test_nested_quotes(extract) -> None:  # type: ignore[no-untyped-def]
    text = "“They told us ‘leave now’ and we left,” Marta Silva said."
    stmts = extract(text)
    s = next(s for s in stmts if s.content.startswith("They told us"))
    assert s.speaker == "Marta Silva" and s.kind == "direct"


def test_quote_in_a_headline_stays_in_the_headline(extract) -> None:  # type: ignore[no-untyped-def]
    headline = "“We will rebuild,” says mayor"
    text = headline + "\n\n" + PARAGRAPH
    for s in extract(text):
        assert s.end <= len(headline) or s.start >= len(headline) + 2


def test_twenty_thousand_word_page(nlp, extract) -> None:  # type: ignore[no-untyped-def]
    paragraphs = [PARAGRAPH.replace("Monday", f"day {i}") for i in range(580)]
    text = "\n\n".join(paragraphs)
    assert len(text.split()) >= 20_000
    t0 = time.perf_counter()
    doc = nlp(text)
    parse = time.perf_counter() - t0
    t0 = time.perf_counter()
    stmts = extract_statements(doc, find_mentions(doc))
    attribution = time.perf_counter() - t0
    assert len(stmts) >= 580
    assert all(doc.text[s.start:s.end] == s.content for s in stmts)
    assert attribution < max(1.0, parse)  # cheap next to the parse
    del extract


def test_empty_and_whitespace_texts(extract) -> None:  # type: ignore[no-untyped-def]
    assert extract("") == []
    assert extract("\n\n   \n\n") == []


def test_cue_in_a_quotation_does_not_report_the_writers_words(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("Ann Cole, a clerk who kept the minutes, recalled, \"Out of the blue, he said, "
                    "'If we wait another year, the harbour will silt up.'\"")
    assert not any("a clerk who kept the minutes" in s.content for s in stmts)
    assert any(s.content.startswith("Out of the blue") for s in stmts)
