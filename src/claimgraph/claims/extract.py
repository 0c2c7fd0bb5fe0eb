"""Claims from statements and from the article's own narration (headline included)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Claim, Meta, Mention, Statement

if TYPE_CHECKING:
    from spacy.tokens import Doc


def extract_claims(doc: Doc, statements: list[Statement], mentions: list[Mention],
                   meta: Meta, body_offset: int) -> list[Claim]:
    """Every claim in a parsed document, offsets into `doc.text` (the headline is
    doc.text[:body_offset] when the page has one)."""
    return []
