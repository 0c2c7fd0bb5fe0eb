"""Page metadata on invented page dumps: outlet, page date, byline authors, reader hints."""

from __future__ import annotations

import pytest

from claimgraph.ingest.boilerplate import find_layout
from claimgraph.ingest.byline import byline_authors, copyright_outlet, dateline_outlet
from claimgraph.ingest.clean import raw_lines
from claimgraph.ingest.meta import find_meta
from claimgraph.model import Meta
from tests.ingest import pages


def meta_of(raw: str, hints: dict[str, object] | None = None) -> Meta:
    found = find_layout(raw, raw_lines(raw))
    return find_meta(raw, found.title, found.body, hints or {})


def test_news_site_metadata_comes_from_suffix_byline_and_date_line() -> None:
    meta = meta_of(pages.NEWS_SITE)
    assert meta.title == "Ferry Operator Denies Safety Checks Were Skipped"
    assert meta.outlet == "The Lakeside Ledger"
    assert meta.published == "2024-03-05"
    assert meta.authors == ("Mira Holt", "Jonas Petrov")


def test_name_beside_the_date_line_is_the_author() -> None:
    meta = meta_of(pages.STANDFIRST_ECHO)
    assert meta.authors == ("Hana Sato",)
    assert meta.published == "2022-10-02"
    assert meta.outlet is None  # nothing on the page names the publisher


def test_wire_page_reads_outlet_from_dateline_and_date_from_crawler_prefix() -> None:
    meta = meta_of(pages.WIRE_DATELINE)
    assert meta.outlet == "Northwind News"
    assert meta.published == "2021-06-14"
    assert meta.title is None


def test_dates_in_the_story_are_not_the_page_date() -> None:
    raw = ("Bridge Reopens After Repairs\n"
           "The old bridge reopened on Monday, two years after it was closed on March 3, 2021 "
           "because of cracks found in the main span.\n"
           "Engineers said the work had cost less than planned.\n")
    assert meta_of(raw).published is None


def test_page_date_in_the_lead_dateline_counts() -> None:
    raw = ("PORT ELLIS (Harbour Wire / 14th May, 2020) The port authority said on Thursday that "
           "cargo traffic fell by a third in April.\n"
           "Shipping firms blamed the drop on lower demand for steel.\n")
    meta = meta_of(raw)
    assert meta.published == "2020-05-14"
    assert meta.outlet == "Harbour Wire"


def test_published_date_wins_over_updated_and_crawler_dates() -> None:
    raw = ("date 2019-01-09 Home\nPrices Rise at the Fish Market\n"
           "Updated: 9 January 2019\nPublished: 7 January 2019\n"
           "Fish prices at the central market rose sharply this week as storms kept the fleet "
           "in port for a fifth day.\n"
           "Traders said prices would fall again once the boats could sail.\n")
    assert meta_of(raw).published == "2019-01-07"


def test_copyright_footer_names_the_outlet_and_a_desk_byline_too() -> None:
    assert meta_of(pages.COOKIE_BANNER).outlet == "Valley Post"
    raw = ("Dam Inspection Finds No Cracks\n"
           "June 2, 2023 9:15 amby The Upland Courier news desk\n"
           "Inspectors found no cracks in the river dam after last week's tremor, the water "
           "authority said on Friday.\n"
           "The dam will be checked again next month.\n")
    meta = meta_of(raw)
    assert meta.authors == ("The Upland Courier news desk",)
    assert meta.outlet == "The Upland Courier"
    assert meta.published == "2023-06-02"


def test_photo_credit_is_not_the_outlet() -> None:
    raw = ("Forest Fire Contained\nFirefighters at the edge of the forest (left). Photo © Kai "
           "Lund\nFirefighters said on Sunday they had contained the forest fire that burned "
           "for four days near the lake.\nResidents were allowed to return home.\n")
    assert meta_of(raw).outlet is None


def test_reader_hints_win_over_the_page_text() -> None:
    hints = {"title": "Given Headline", "outlet": "Given Outlet", "published": "2020-02-03T10:00Z",
             "authors": ["Given Author"], "url": "https://example.org/x"}
    meta = meta_of(pages.NEWS_SITE, hints)
    assert meta.title == "Given Headline"
    assert meta.outlet == "Given Outlet"
    assert meta.published == "2020-02-03"
    assert meta.authors == ("Given Author",)
    assert meta.url == "https://example.org/x"


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Ana Lind", ["Ana Lind"]),
        ("by Ana Lind and Ivo Berg", ["Ana Lind", "Ivo Berg"]),
        ("By Ana Lind, Ivo Berg and Mia Sol | March 2, 2021", ["Ana Lind", "Ivo Berg", "Mia Sol"]),
        ("By Ana Lind, Staff Writer", ["Ana Lind"]),
        ("Posted on 12 May 2018 by Tom Avery", ["Tom Avery"]),
        ("Stand by Me was the song they chose for the evening", []),
        ("Ana Lind", []),
    ],
)
def test_byline_names(line: str, names: list[str]) -> None:
    assert byline_authors(line) == names


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("© 2024 Harbour Courier. All rights reserved.", "Harbour Courier"),
        ("Harbour Courier © 2023", "Harbour Courier"),
        ("Copyright 2019-2024 Valley Media Group, Inc.", "Valley Media Group"),
        ("The committee will meet again in the spring.", None),
    ],
)
def test_copyright_outlet(line: str, outlet: str | None) -> None:
    assert copyright_outlet(line) == outlet


@pytest.mark.parametrize(
    ("lead", "outlet"),
    [
        ("(Northwind News) — The minister said on Friday that talks resume.", "Northwind News"),
        ("OSLOVA, March 3. /NORDPRESS/. The minister said talks would resume.", "NORDPRESS"),
        ("Eastwire.The minister said on Friday that talks would resume.", "Eastwire"),
        ("The United Nations (UN) said on Friday that talks would resume.", None),
        ("Minister Ana Berg (pictured) said on Friday that talks would resume.", None),
    ],
)
def test_dateline_outlet(lead: str, outlet: str | None) -> None:
    assert dateline_outlet(lead) == outlet


def test_date_printed_above_the_headline_counts() -> None:
    assert meta_of(pages.KICKER_DATE_ABOVE).published == "2021-06-03"
