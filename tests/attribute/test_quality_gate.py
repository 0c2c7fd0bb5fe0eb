"""Quality gate: statements scored end to end on the seed and dev2 gold must not fall below the
floors reached (docs/attribution.md holds the measured figures)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import shared_path

FLOORS = {
    "seeds": {"span": 0.81, "span_and_speaker": 0.70},
    "dev2": {"span": 0.82, "span_and_speaker": 0.73},
}


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_statement_floors(corpus: str) -> None:
    score = shared_path("eval", "score.py")
    gold = shared_path("gold", f"{corpus}.json")
    docs = shared_path("corpus", corpus)
    cmd = f"{sys.executable} -m claimgraph.cli"
    out = subprocess.run([sys.executable, str(score), str(gold), str(docs), "--cmd", cmd, "--json"],
                         capture_output=True, text=True, timeout=600, check=True).stdout
    res = json.loads(out)["statements"]
    for measure, floor in FLOORS[corpus].items():
        assert res[measure]["f1"] >= floor, f"{corpus} statements {measure}: {res[measure]}"
