"""Attribution: who said what. `extract_statements(doc, mentions)` is the stage's entry point.

The stage reads quotes (quotes.py), cues with their complements in the dependency parse
(indirect.py, cues.py), attributes the quotes no clause claimed (direct.py), and resolves each
speaker to the entity it names in the document (speakers.py, coref.py).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from ..model import Mention, Statement

if TYPE_CHECKING:
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

__all__ = ["extract_statements"]


def extract_statements(doc: Doc, mentions: list[Mention],
                       published: str | None = None) -> list[Statement]:
    """Every attribution in a parsed document, with offsets into `doc.text`. With the
    publication date (ISO 8601), relative times ("on Monday", "last month") resolve in `when`."""
    from .build import extract

    return extract(doc, mentions, published)
