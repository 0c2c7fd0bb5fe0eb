"""A dateline ("OSLO —") is where a story was filed: never a speaker, an antecedent or content."""

from __future__ import annotations

import pytest

from claimgraph.resolve.dateline import datelines, skip_dateline
from claimgraph.resolve.mentions import find_mentions


@pytest.mark.parametrize(("text", "place", "rest"), [
    ("OSLO — The minister spoke.", "OSLO", "The minister spoke."),
    ("NEW YORK (Harbour Wire) - Officials met.", "NEW YORK", "Officials met."),
    ("BERLIN, March 3 (Harbour Wire) — Talks ended.", "BERLIN", "Talks ended."),
    ("Head\n\nST. PETERSBURG, Russia — Police came.", "ST. PETERSBURG", "Police came."),
    ("BERGEN, May 2. /HARBOUR WIRE/. Norway denied it.", "BERGEN", "Norway denied it."),
])
def test_datelines_are_found(text: str, place: str, rest: str) -> None:
    [d] = datelines(text)
    assert text[d.start:d.place_end] == place and text[d.end:] == rest
    assert skip_dateline(text, d.start) == d.end


@pytest.mark.parametrize("text", [
    "NATO said on Monday that it would meet.", "DOE: We never sold them rifles.",
    "OSLO - the talks went on.", "The city of OSLO — not Bergen — will host it.",
])
def test_other_openings_are_not_datelines(text: str) -> None:
    assert datelines(text) == []


def test_dateline_place_is_not_the_speaker_of_the_first_sentence(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("Talks collapse\n\nNEW YORK — The talks had collapsed, a diplomat said.")
    [s] = stmts
    assert s.content == "The talks had collapsed"
    assert "NEW YORK" not in s.speaker


def test_dateline_place_is_not_an_antecedent(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Prices rise\n\nOSLO — Prices rose again in March. It said the trend would "
            "continue into the summer.")
    assert all("OSLO" not in s.speaker for s in extract(text))


def test_dateline_place_is_a_place_mention(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Talks collapse\n\nMADRID (Harbour Wire) — The ministry said the talks failed.")
    places = [m for m in find_mentions(doc) if m.text == "MADRID"]
    assert places and places[0].type == "GPE"
