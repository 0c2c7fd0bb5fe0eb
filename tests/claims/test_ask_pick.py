"""`ask`'s per-(document, holder) choices: relayed claims take the relayed stance."""

from __future__ import annotations

from typing import Any

from claimgraph.claims.ask import relayed_stances


def _item(holder: str, stance: str, start: int, end: int, source: str = "a.txt") -> dict[str, Any]:
    return {"source": source, "holder": holder, "stance": stance, "start": start, "end": end}


def test_spokesman_relaying_a_denial_denies() -> None:
    # "The ministry considers the reports about the arms deal baseless," the spokesman said.
    outer = _item("spokesman", "assert", 0, 80)
    inner = _item("ministry", "deny", 0, 60)
    relayed_stances([outer, inner])
    assert outer["stance"] == "deny"
    assert inner["stance"] == "deny"


def test_other_document_or_own_claim_is_not_a_relay() -> None:
    outer = _item("spokesman", "assert", 0, 80)
    elsewhere = _item("ministry", "deny", 0, 60, source="b.txt")
    same_span = _item("ministry", "hedge", 0, 80)
    relayed_stances([outer, elsewhere, same_span])
    assert outer["stance"] == "assert"


def test_nested_assertion_leaves_the_outer_stance() -> None:
    outer = _item("reporter", "hedge", 0, 90)
    inner = _item("minister", "deny", 10, 50)
    relayed_stances([outer, inner])
    assert outer["stance"] == "hedge"
