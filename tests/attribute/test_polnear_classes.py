"""Attribution classes PolNeAR annotates beyond reported speech, on sentences the team wrote."""

from __future__ import annotations

import pytest

from claimgraph.attribute import extract_statements
from claimgraph.model import Statement
from claimgraph.resolve.mentions import find_mentions


@pytest.fixture
def extract(nlp):  # type: ignore[no-untyped-def]
    def run(text: str) -> list[Statement]:
        doc = nlp(text)
        return extract_statements(doc, find_mentions(doc))

    return run


def contents(stmts: list[Statement]) -> list[str]:
    return [s.content for s in stmts]


def test_poll_share_speaks(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("In the survey of farmers, 38 percent said the new tariff had hurt them.")
    assert "the new tariff had hurt them" in contents(stmts)
    assert "38 percent" in next(s.speaker for s in stmts if s.content.startswith("the new"))


def test_half_of_a_group_speaks(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("Half of the nurses said they would leave the hospital within a year.")
    assert "they would leave the hospital within a year" in contents(stmts)


def test_results_as_a_source(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("The results showed that turnout in the northern valleys fell sharply.")
    assert "turnout in the northern valleys fell sharply" in contents(stmts)
