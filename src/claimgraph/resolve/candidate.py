"""A cleaned entity span before clustering (shared by the mention passes)."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass
class Candidate:
    """A cleaned entity span before clustering."""

    start: int
    end: int
    text: str
    type: str
    role: str | None = None
    title_only: bool = False
    paren_of: tuple[int, int] | None = None  # the long form an acronym (or a gloss) belongs to

    def words(self) -> list[str]:
        """The whitespace-separated words of the text."""
        return [w for w in re.split(r"\s+", self.text) if w]
