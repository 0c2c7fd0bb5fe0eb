"""The article's own voice in headlines: denials reported, sources named, hedges, negation."""

from __future__ import annotations

import pytest

from claimgraph.claims.extract import extract_claims
from claimgraph.model import Mention, Meta


def _headline_claims(nlp, headline: str):  # type: ignore[no-untyped-def]
    text = headline + "\n\nThe story goes on here with more detail."
    doc = nlp(text)
    mentions = [Mention(e.start_char, e.end_char, e.text, e.label_, i)
                for i, e in enumerate(doc.ents) if e.label_ in {"PERSON", "ORG", "GPE", "NORP"}]
    body = text.index("The story")
    claims = extract_claims(doc, [], mentions, Meta(outlet="Daily Post"), body, vectors=False)
    return [c for c in claims if c.start < body]


def _author(claims) -> set[str]:  # type: ignore[no-untyped-def]
    return {c.stance for c in claims if c.holder.startswith("author")}


@pytest.mark.parametrize("headline, stance", [
    ("Storm floods the harbour town of Eastbay", "assert"),
    ("Famous tenor is not dead after all", "deny"),
    ("Museum reportedly sold its oldest painting", "hedge"),
    ("Did the mayor sell the city park?", "hedge"),
    ("Report: bakery chain to close forty shops", "hedge"),
    ("Rumors of a merger between the two airlines", "hedge"),
    ("Pop star said to be planning a farewell tour", "hedge"),
    ("Viral photo of a flooded stadium is a hoax", "deny"),
])
def test_author_stance_in_headline(nlp, headline: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    assert _author(_headline_claims(nlp, headline)) == {stance}


def test_reported_denial_leaves_no_author_item(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _headline_claims(nlp, "Airline denies that its pilots went on strike")
    assert not _author(claims)
    assert any(c.stance == "deny" for c in claims)


def test_attributed_headline_is_author_hedge(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _headline_claims(nlp, "Bridge will reopen in May, officials say")
    assert _author(claims) == {"hedge"}
    assert any(c.holder.lower() == "officials" and c.stance == "assert" for c in claims)


def test_colon_source_denying_leaves_no_author_item(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _headline_claims(nlp, "Police: reports of a shooting at the mall are false")
    assert not _author(claims)
    assert [c.stance for c in claims] == ["deny"]


def test_headline_role_is_the_main_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    from claimgraph.model import Statement

    text = ("Senior official: the bridge will be rebuilt\n\nThe bridge fell in May. "
            "Lena Sand said the work starts soon. She said the cost is covered.")
    doc = nlp(text)
    body = text.index("The bridge fell")
    spans = [(text.index("the work"), text.index("soon") + 4),
             (text.index("the cost"), text.index("covered") + 7)]
    stmts = [Statement(a, b, text[a:b], "Lena Sand", None, "said", None, "indirect")
             for a, b in spans]
    claims = extract_claims(doc, stmts, [], Meta(outlet="Daily Post"), body, vectors=False)
    top = [c for c in claims if c.start < body and not c.holder.startswith("author")]
    assert [c.holder for c in top] == ["Lena Sand"]


def test_colon_source_passing_on_a_denial_is_no_holder(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _headline_claims(nlp, "Wire service: Norland again denies selling rifles to Sudovia")
    assert not any(c.holder.lower() == "wire service" for c in claims)
    assert {c.stance for c in claims if "norland" in c.holder.lower()} == {"deny"}


def test_lead_sentence_role_is_the_main_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    from claimgraph.model import Statement

    text = ("Bridge row in Eastbay\n\nA senior minister has claimed that the city sold the old "
            "bridge. Lena Sand said the sale was secret. She said the papers exist. A local "
            "official said the bridge still stands.")
    doc = nlp(text)
    body = text.index("A senior")
    spans = [(text.index("the sale"), text.index("secret") + 6),
             (text.index("the papers"), text.index("exist") + 5)]
    stmts = [Statement(a, b, text[a:b], "Lena Sand", None, "said", None, "indirect")
             for a, b in spans]
    claims = extract_claims(doc, stmts, [], Meta(outlet="Daily Post"), body, vectors=False)
    sold = [c.holder for c in claims if "sold the old bridge" in c.text]
    assert sold == ["Lena Sand"]
    later = [c.holder for c in claims if "still stands" in c.text]
    assert later and "Lena Sand" not in later  # a role later in the body is someone else
