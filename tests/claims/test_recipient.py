"""A claim whose act goes to another named state is no evidence about the question's recipient
(sentences the team wrote)."""

from __future__ import annotations

from claimgraph.claims.recipient import drop_other_recipients, recipients_of
from claimgraph.claims.relevance import parse_question


def _kept(nlp, question: str, texts: list[str]) -> list[str]:  # type: ignore[no-untyped-def]
    q = parse_question(question, nlp)
    return [it["text"] for it in drop_other_recipients(q, [{"text": t} for t in texts], nlp)]


def test_another_recipient_state_is_dropped(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = ["Norway Sold Fighter Jets To Peru During The Border War",
             "Norway supplied the Peruvian air force with fighter jets",
             "Norway sold fighter jets to Chile in 1979",
             "Norway gave the Chilean army spare parts, and Peru got nothing",
             "Norway sold fighter jets during the border war"]
    kept = _kept(nlp, "Norway sold fighter jets to Chile during the border war", texts)
    assert kept == texts[2:]


def test_dative_recipient_in_the_question(nlp) -> None:  # type: ignore[no-untyped-def]
    q = parse_question("Norway gave Chile military support during the border war", nlp)
    assert recipients_of(q, nlp) == [["chile"]]
    kept = _kept(nlp, q.text, ["Norway helped Peru during the war", "Norway helped Chile"])
    assert kept == ["Norway helped Chile"]


def test_a_place_is_no_recipient(nlp) -> None:  # type: ignore[no-untyped-def]
    q = parse_question("The rebels used nerve gas in an attack near Tarvik", nlp)
    assert recipients_of(q, nlp) == []
    texts = ["Rebels kill 40 Norwegian soldiers with nerve gas"]
    assert _kept(nlp, q.text, texts) == texts
