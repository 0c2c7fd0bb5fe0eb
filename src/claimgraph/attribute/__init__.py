"""Attribution: who said what. `extract_statements(doc, mentions)` is the stage's entry point."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Mention, Statement

if TYPE_CHECKING:
    from spacy.tokens import Doc


def extract_statements(doc: Doc, mentions: list[Mention]) -> list[Statement]:
    """Every attribution in a parsed document, with offsets into `doc.text`."""
    return []
