"""Quality gate: the seed corpus scored end to end must not fall below the floors reached."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import shared_path

FLOORS = {"clusters_f1": 0.5, "stances_f1": 0.25, "stances_p": 0.2}


@pytest.mark.shared
@pytest.mark.slow
def test_seed_claims_floors() -> None:
    score = shared_path("eval", "score.py")
    gold = shared_path("gold", "seeds.json")
    docs = shared_path("corpus", "seeds")
    cmd = f"{sys.executable} -m claimgraph.cli"
    out = subprocess.run([sys.executable, str(score), str(gold), str(docs), "--cmd", cmd, "--json"],
                         capture_output=True, text=True, timeout=600, check=True).stdout
    res = json.loads(out)
    assert res["clusters"]["f1"] >= FLOORS["clusters_f1"]
    assert res["stances"]["all"]["f1"] >= FLOORS["stances_f1"]
    assert res["stances"]["all"]["p"] >= FLOORS["stances_p"]
