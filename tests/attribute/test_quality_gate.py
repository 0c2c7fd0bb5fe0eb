"""Quality gate: statements scored end to end on the seed and dev2 gold must not fall below the
floors reached (docs/attribution.md holds the measured figures)."""

from __future__ import annotations

import pytest

from tests.conftest import scored

FLOORS = {
    "seeds": {"span": 0.84, "span_and_speaker": 0.77},
    "dev2": {"span": 0.84, "span_and_speaker": 0.77},
}


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_statement_floors(corpus: str) -> None:
    res = scored(corpus)["statements"]
    for measure, floor in FLOORS[corpus].items():
        assert res[measure]["f1"] >= floor, f"{corpus} statements {measure}: {res[measure]}"
