"""The per-document preparation: layout fallbacks and the clean view's offsets."""

from __future__ import annotations

from claimgraph.model import RawDoc
from claimgraph.process import prepare


def test_a_lone_headline_is_kept_as_the_title() -> None:
    prep = prepare(RawDoc("h.txt", "Mayor denies selling the old harbour to a developer\n", "text"))
    assert prep.result.meta.title == "Mayor denies selling the old harbour to a developer"
    assert prep.view.text == prep.result.meta.title
    assert prep.body_offset == len(prep.view.text)
    assert prep.result.text == ""


def test_clean_offsets_map_back_to_the_raw_text() -> None:
    raw = ("Menu\n\nA Headline for the Test Page\n\nThe first paragraph of the story is long "
           "enough to be prose, and it ends with a full stop.\n\nThe second paragraph also "
           "says something, quoting nobody at all.\n")
    prep = prepare(RawDoc("p.txt", raw, "text"))
    text = prep.view.text
    i = text.index("second paragraph")
    start, end = prep.view.span_to_raw(i, i + len("second paragraph"))
    assert raw[start:end] == "second paragraph"
