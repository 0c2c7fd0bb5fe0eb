"""`claimgraph demo` runs on a fresh machine and shows both sides of the demo question."""

from __future__ import annotations

import io

from rich.console import Console

from claimgraph.demo import run_demo


def test_demo_shows_who_asserts_and_who_denies() -> None:
    buf = io.StringIO()
    run_demo(Console(file=buf, width=200))
    out = buf.getvalue()
    assert "ingested 4" in out and "near-duplicates 1" in out and "failed 0" in out
    asked = out[out.index("claimgraph ask"):]
    assert "Tomas Varga" in asked and "deny" in asked  # the ministry spokesman denies
    assert "Ilse Brandt" in asked and "assert" in asked  # the governor asserts
