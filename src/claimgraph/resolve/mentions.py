"""Mentions of entities in one document, grouped into in-document clusters."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

TYPES = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "NORP": "NORP"}


def find_mentions(doc: Doc) -> list[Mention]:
    """Named-entity mentions, a person's surname clustered with the full name before it."""
    out: list[Mention] = []
    clusters: dict[tuple[str, str], int] = {}
    for ent in doc.ents:
        kind = TYPES.get(ent.label_)
        if not kind:
            continue
        if "\n" in ent.text:
            continue
        text = ent.text.strip()
        if text.lower().startswith("the "):
            text = text[4:]
        key = (kind, text.split()[-1].lower() if kind == "PERSON" else text.lower())
        cluster = clusters.setdefault(key, len(clusters))
        out.append(Mention(ent.start_char, ent.end_char, ent.text, kind, cluster))
    return out
