"""Quality gate on PolNeAR dev (its first 25 documents, to stay fast): attribution must not fall
below the floors reached (docs/attribution.md holds the whole-split figures)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import shared_path

FLOORS = {"content_overlap": 0.645, "content_exact": 0.55}
SOURCE_GIVEN_CONTENT = 0.90


@pytest.mark.shared
@pytest.mark.slow
def test_polnear_dev_floors() -> None:
    scorer = shared_path("eval", "polnear.py")
    split = shared_path("benchmarks", "polnear", "dev")
    cmd = f"{sys.executable} -m claimgraph.cli"
    out = subprocess.run([sys.executable, str(scorer), str(split), "--limit", "25", "--json",
                          "--cmd", cmd], capture_output=True, text=True, timeout=900, check=True)
    res = json.loads(out.stdout)
    for measure, floor in FLOORS.items():
        assert res[measure]["f1"] >= floor, f"PolNeAR dev {measure}: {res[measure]}"
    assert res["source_given_content"] >= SOURCE_GIVEN_CONTENT, res
