"""The learned cue scorer: a logistic model over parse features, weights in cue_model.json.

Fitted on PolNeAR train by training.py (see MODEL_CARD.md beside this file). Where the weights
file is missing the scorer says so once and the rules decide alone.
"""

from __future__ import annotations

import json
import logging
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

log = logging.getLogger(__name__)

WEIGHTS_FILE = "cue_model.json"


@dataclass(frozen=True)
class CueModel:
    """Feature weights and the decision threshold."""

    weights: dict[str, float]
    threshold: float

    def score(self, features: list[str]) -> float:
        """The probability that a (cue, complement) pair is an attribution."""
        z = sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def load_model() -> CueModel | None:
    """The packaged model, or None (with one warning) where it is missing."""
    try:
        data = json.loads(resources.files(__package__).joinpath(WEIGHTS_FILE).read_text("utf-8"))
    except (FileNotFoundError, OSError, ValueError):
        log.warning("attribution cue model %s is missing: rules only", WEIGHTS_FILE)
        return None
    return CueModel({k: float(v) for k, v in data["weights"].items()}, float(data["threshold"]))
