"""Dates written in page text, at the precision the text gives."""

from __future__ import annotations

import pytest

from claimgraph.ingest.dates import crawler_date, find_dates, strip_crawler_prefix, strip_dates
from claimgraph.ingest.lines import Kind, classify


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Mar 8, 2013", "2013-03-08"),
        ("October 4, 2020", "2020-10-04"),
        ("April 2, 2023 at 9:24 am", "2023-04-02"),
        ("20th October, 2022", "2022-10-20"),
        ("3 Sept. 2019", "2019-09-03"),
        ("the 1st of June 2021", "2021-06-01"),
        ("2022-10-05T08:00:00Z", "2022-10-05"),
        ("Published in November 2018", "2018-11"),
    ],
)
def test_dates_are_read_at_the_precision_given(text: str, iso: str) -> None:
    assert [d.iso for d in find_dates(text)] == [iso]


@pytest.mark.parametrize("text", ["since 2009", "on Monday, September 6", "2022-13-40",
                                  "call 555-1234", "February 30 people came"])
def test_text_without_a_full_date_has_none(text: str) -> None:
    assert find_dates(text) == []


def test_crawler_prefix_is_read_and_stripped() -> None:
    assert crawler_date("date 2022-10-05 Become a member") == "2022-10-05"
    assert crawler_date("Dated 2022-10-05 letter") is None
    assert strip_crawler_prefix("date 2022-10-05 Become a member") == "Become a member"


def test_strip_dates_leaves_the_byline() -> None:
    assert strip_dates("October 17, 2022 2:06 pmby Ana Lind").strip() == "by Ana Lind"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Share this article", Kind.BOILER),
        ("Your email address will not be published. Required fields are marked *", Kind.BOILER),
        ("Ana Lind is a staff reporter who covers courts and crime.", Kind.BOILER),
        ("READ: Council votes to close the old bridge", Kind.TEASER),
        ("Prices rose again in the third quarter, the bank said on Tuesday..", Kind.TEASER),
        ("The mayor at the opening (right). Photo: Ivo Berg", Kind.CAPTION),
        ("By Ana Lind", Kind.DATELINE),
        ("7 min read", Kind.DATELINE),
        ("Council Rejects Plan for Coastal Wind Farm", Kind.HEAD),
        ("Council rejects ‘reckless’ plan for coastal wind farm ‘at any cost’", Kind.HEAD),
        ("• Firefighters contained the blaze after four days", Kind.LIST),
        ("The council voted on Wednesday to reject the plan.", Kind.PROSE),
        ("“We will appeal,” she said.”", Kind.PROSE),
        ("Politics", Kind.SHORT),
    ],
)
def test_line_kinds(line: str, kind: Kind) -> None:
    assert classify(line) is kind
