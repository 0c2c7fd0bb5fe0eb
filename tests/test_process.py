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


def test_a_relative_time_is_resolved_against_the_publication_date(nlp) -> None:  # type: ignore[no-untyped-def]
    from claimgraph.process import enrich

    raw = ("Mayor Rejects Harbour Sale\n\nBy Ana Lind\nMarch 14, 2024\n\n"
           "The mayor of the town, Ivo Berg, said on Monday that the harbour would not be sold "
           "to any developer, whatever the price offered.\n")
    prep = prepare(RawDoc("m.txt", raw, "text"))
    assert prep.result.meta.published == "2024-03-14"
    result = enrich(prep, nlp(prep.view.text))
    [stmt] = [s for s in result.statements if "harbour would not be sold" in s.content]
    assert stmt.when == "2024-03-11"  # the Monday before Thursday 14 March 2024


def test_the_writer_quoting_themselves_speaks_as_the_author(nlp) -> None:  # type: ignore[no-untyped-def]
    from claimgraph.claims.extract import author_of
    from claimgraph.process import enrich

    raw = ("My Day in the Harbour Court\n\nBy Ana Lind\nMarch 14, 2024\n\n"
           "The judge asked me why I had sold the boats. “Your Honour,” I said, “I never owned "
           "a single boat in my life.”\n\nShe did not answer me, and the hearing went on.\n")
    prep = prepare(RawDoc("c.txt", raw, "text"))
    result = enrich(prep, nlp(prep.view.text))
    [stmt] = [s for s in result.statements if "never owned" in s.content]
    assert stmt.speaker == author_of(result.meta)
    assert raw[stmt.speaker_span[0]:stmt.speaker_span[1]] == "I"
