"""Fixtures for the attribution tests: parse a sentence the team wrote and extract statements."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.attribute import extract_statements
from claimgraph.model import Statement
from claimgraph.resolve.mentions import find_mentions


@pytest.fixture
def extract(nlp) -> Callable[[str], list[Statement]]:  # type: ignore[no-untyped-def]
    """Statements of a text, as the ingest stage finds them (mentions first)."""

    def run(text: str) -> list[Statement]:
        doc = nlp(text)
        return extract_statements(doc, find_mentions(doc))

    return run
