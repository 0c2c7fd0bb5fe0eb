"""Main-content detection on invented page dumps: headline, body start and end, furniture."""

from __future__ import annotations

import pytest

from claimgraph.ingest.boilerplate import PageLayout, find_layout, split_title_suffix
from claimgraph.ingest.clean import raw_lines
from tests.ingest import pages


def layout(raw: str) -> tuple[str | None, list[str]]:
    """The headline text and body line texts that find_layout picks."""
    found: PageLayout = find_layout(raw, raw_lines(raw))
    title = raw[found.title[0]:found.title[1]] if found.title else None
    return title, [raw[s:e] for s, e in found.body]


def test_news_site_keeps_the_story_and_drops_menus_share_bars_and_footer() -> None:
    title, body = layout(pages.NEWS_SITE)
    assert title == "Ferry Operator Denies Safety Checks Were Skipped"
    assert body[0].startswith("The company that runs the island ferry")
    assert body[-1].startswith("Passengers said the crew")
    assert "What the inspectors found" in body  # a subheading inside the story stays
    assert "Advertisement" not in body  # an advert label inside the story goes
    assert not any(line.startswith("Mira Holt is a senior reporter") for line in body)


def test_a_page_that_opens_with_prose_has_no_headline() -> None:
    title, body = layout(pages.NO_HEADLINE)
    assert title is None
    assert len(body) == 4


def test_wire_story_with_crawler_prefix_has_no_headline_and_stops_before_teasers() -> None:
    title, body = layout(pages.WIRE_DATELINE)
    assert title is None
    assert body[0].startswith("MERIDIAN CITY (Northwind News)")
    assert body[-1] == "The rail line is due to open in two years."


def test_comment_thread_is_not_taken_for_the_article() -> None:
    title, body = layout(pages.BLOG_WITH_COMMENTS)
    assert title == "Why the Old Apple Trees Are Dying"
    assert body[-1] == "I will post an update when I hear back from them."
    assert not any("pear trees" in line for line in body)


def test_caption_and_credit_are_skipped_and_summary_bullets_open_the_body() -> None:
    title, body = layout(pages.CAPTION_AND_SUMMARY)
    assert title == "Museum Returns Bronze Masks To Their Home Village"
    assert body[0] == "• The museum held the masks for more than sixty years"
    assert not any("(left)" in line for line in body)


def test_truncated_last_line_of_the_page_is_kept() -> None:
    _, body = layout(pages.CAPTION_AND_SUMMARY)
    assert body[-1].endswith("for the long drive")
    _, body = layout(pages.TRUNCATED)
    assert body[-1].endswith("where stocks have fallen for")


def test_standfirst_that_echoes_the_lead_is_neither_headline_nor_body() -> None:
    title, body = layout(pages.STANDFIRST_ECHO)
    assert title == "Drought Pushes Farmers to Sell Their Cattle"
    assert body[0].endswith("according to the regional farmers' union.")
    assert body[-1].startswith("The agriculture ministry said")


def test_cookie_banner_is_not_the_lead() -> None:
    title, body = layout(pages.COOKIE_BANNER)
    assert title == "Storm Closes Mountain Pass for Second Week"
    assert body[0].startswith("The mountain pass road")
    assert body[-1] == "Drivers have been told to use the longer coastal route."


def test_headline_ending_in_a_full_stop_is_found_above_the_byline() -> None:
    raw = ("Home\nNews\nVillagers vote to keep their post office open.\nBy Ida Marsh\n"
           "Residents of the hill village voted by a wide margin on Sunday to keep the post "
           "office open for another five years.\n"
           "The postal service had said the branch lost money every year since it opened.\n")
    title, body = layout(raw)
    assert title == "Villagers vote to keep their post office open."
    assert body[0].startswith("Residents of the hill village")


def test_headline_printed_after_a_menu_beats_menu_items() -> None:
    raw = ("Regional Affairs Desk\nEastern Provinces Overview\nX\nSearch the archive\n"
           "Council Rejects Plan for Coastal Wind Farm\nApril 3, 2022\n"
           "The regional council voted on Wednesday to reject a plan for a wind farm off the "
           "northern coast, saying it would harm the fishing industry.\n"
           "Supporters of the plan said they would appeal the decision in court.\n")
    title, _ = layout(raw)
    assert title == "Council Rejects Plan for Coastal Wind Farm"


def test_empty_page_has_no_layout() -> None:
    assert find_layout("", []) == PageLayout(None, [])
    title, body = layout("Home\nMenu\nSearch\n")
    assert title is None and body == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ferry Operator Denies Safety Checks | The Lakeside Ledger",
         ("Ferry Operator Denies Safety Checks", "The Lakeside Ledger")),
        ("North - South talks resume in the capital", ("North - South talks resume in the "
                                                       "capital", None)),
        ("Talks on the border resume - live updates", ("Talks on the border resume - live "
                                                       "updates", None)),
    ],
)
def test_site_suffix_is_split_from_the_headline(line: str, expected: tuple[str, str | None]
                                                 ) -> None:
    assert split_title_suffix(line) == expected


def test_dash_suffix_splits_when_the_page_shows_the_bare_headline() -> None:
    line = "Ferry Operator Denies Safety Checks - Lakeside Ledger"
    page = [line, "Ferry Operator Denies Safety Checks"]
    assert split_title_suffix(line, page) == ("Ferry Operator Denies Safety Checks",
                                              "Lakeside Ledger")
    assert split_title_suffix(line) == (line, None)


def test_long_share_bar_between_headline_and_story_is_skipped() -> None:
    title, body = layout(pages.SHARE_WALL)
    assert title == "Tide Tables Wrong for a Month, Harbour Office Admits"
    assert body[0].startswith("The harbour office admitted")
    assert body[1].startswith("By Monday, more than a dozen")  # prose, not a byline
    assert len(body) == 3


def test_related_stories_with_summaries_are_not_joined_to_the_story() -> None:
    _, body = layout(pages.RELATED_PROSE)
    assert body[-1] == "Port officials said ten more ships were waiting to load."


def test_list_introduced_by_the_story_is_kept() -> None:
    _, body = layout(pages.LIST_AFTER_COLON)
    assert body[1] == "Here is what changes:"
    assert body[-1] == "- Blue badge holders park free of charge"


def test_story_continues_after_a_box_of_links() -> None:
    raw = ("Lake Ferry Timetable Cut\n"
           "The lake ferry will sail only twice a day from June, the operator said on Monday.\n"
           "Related\nFerry operator reports losses\n"
           "The operator said fuel costs had doubled since last year and passenger numbers had "
           "not recovered.\n"
           "Residents of the island villages said they would ask the county to step in.\n")
    _, body = layout(raw)
    assert body[-1].startswith("Residents of the island villages")


def test_question_headline_above_the_story_is_the_headline() -> None:
    raw = ("Will the new bridge really open this year?\n"
           "The city says the new river bridge will open in December, but builders warned on "
           "Tuesday that the steel deliveries are running two months late.\n"
           "Engineers said the deck could not be finished before the steel arrived.\n")
    title, body = layout(raw)
    assert title == "Will the new bridge really open this year?"
    assert body[0].startswith("The city says")


def test_sentence_case_headline_beats_the_longer_standfirst_below_it() -> None:
    raw = ("News\nCouncil drops plan to close village schools\n"
           "Parents had campaigned for months against the plan, which would have merged four "
           "small schools into one new building in the market town\n"
           "The county council dropped its plan to close four village schools on Thursday after "
           "a vote in which most members of the ruling group opposed it.\n"
           "Parents said they were relieved but would watch the next budget closely.\n")
    title, body = layout(raw)
    assert title == "Council drops plan to close village schools"
    assert body[0].startswith("The county council dropped")
