"""Invented page dumps (written by the team) in the shapes that scraped news pages take.

Each page is a text file in ./data; the constants here are their contents.
"""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).parent / "data"


def load(name: str) -> str:
    """The page dump ./data/<name>.txt, read as the text reader reads it."""
    return (DATA / f"{name}.txt").read_text(encoding="utf-8-sig")


BLOG_WITH_COMMENTS = load("blog_with_comments")
CAPTION_AND_SUMMARY = load("caption_and_summary")
COOKIE_BANNER = load("cookie_banner")
NEWS_SITE = load("news_site")
NO_HEADLINE = load("no_headline")
STANDFIRST_ECHO = load("standfirst_echo")
TRUNCATED = load("truncated")
WIRE_DATELINE = load("wire_dateline")
SHARE_WALL = load("share_wall")
RELATED_PROSE = load("related_prose")
KICKER_DATE_ABOVE = load("kicker_date_above")
LIST_AFTER_COLON = load("list_after_colon")
