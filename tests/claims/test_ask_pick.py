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


def test_same_actors_doing_something_else_fail_the_act_check() -> None:
    from claimgraph.claims.ask import _predicate_scores
    from claimgraph.claims.relevance import parse_question

    q = parse_question("Norway sold fighter jets to Chile during the border war")
    kept = _predicate_scores(q, [
        {"text": "Norway delivered a dozen combat aircraft to Chile", "stance": "assert"},
        {"text": "Norway and Chile signed a fishing agreement", "stance": "assert"},
    ])
    assert [it["text"].split()[1] for it in kept] == ["delivered"]


def test_each_holder_keeps_the_clause_that_states_the_act() -> None:
    from claimgraph.claims.ask import _pick
    from claimgraph.claims.relevance import parse_question

    q = parse_question("Norway sold fighter jets to Chile during the border war")
    topical = {"text": "Norway lost many soldiers in the border war with Chile, and the war "
                       "left deep scars on both nations", "stance": "assert", "score": 0.72}
    act = {"text": "I signed the order to sell the fighter jets to Chile", "stance": "assert",
           "score": 0.66}
    assert _pick(q, [topical, act]) is act
    assert "_pred" not in act


def test_a_claim_of_the_stated_alternative_denies() -> None:
    from claimgraph.claims.ask import _predicate_scores
    from claimgraph.claims.relevance import parse_question

    q = parse_question("The Torvik mine was shut down by government inspectors rather than "
                       "closed by its owners to save money")
    kept = _predicate_scores(q, [
        {"text": "the owners decided to close the Torvik mine because it was losing money",
         "stance": "assert"},
        {"text": "inspectors ordered the Torvik mine to shut", "stance": "assert"},
        {"text": "the Torvik mine employs four hundred miners", "stance": "assert"},
    ])
    assert [it["stance"] for it in kept] == ["deny", "assert"]


def test_a_speakers_own_words_beat_the_headline_summary() -> None:
    from claimgraph.claims.ask import _pick_key

    headline = {"holder": "Mayor Lund", "score": 0.70, "_pred": 0.5, "_headline": True}
    body = {"holder": "Mayor Lund", "score": 0.66, "_pred": 0.5, "_headline": False}
    assert _pick_key(body) > _pick_key(headline)
    own = {"holder": "author:Daily Post", "score": 0.70, "_pred": 0.5, "_headline": True}
    assert _pick_key(own) > _pick_key({**body, "holder": "author:Daily Post"})


def test_the_judged_claim_alone_is_no_stance_on_its_verdict(nlp) -> None:  # type: ignore[no-untyped-def]
    from claimgraph.claims.ask import _predicate_scores
    from claimgraph.claims.relevance import parse_question

    q = parse_question("Reports that Norway sold jets to Chile are lies spread by rival papers",
                       nlp)
    kept = _predicate_scores(q, [
        {"text": "Norway sold a dozen jets to Chile last spring", "stance": "assert"},
        {"text": "the stories about jets for Chile are fabrications by hostile newspapers",
         "stance": "assert"},
    ])
    assert [it["text"].split()[0] for it in kept] == ["the"]


def test_denying_the_reports_asserts_they_are_false(nlp) -> None:  # type: ignore[no-untyped-def]
    from claimgraph.claims.ask import _predicate_scores
    from claimgraph.claims.relevance import parse_question

    q = parse_question("Reports that Norway sold jets to Chile are lies spread by rival papers",
                       nlp)
    kept = _predicate_scores(q, [
        {"text": "the stories about jets for Chile are fabrications by hostile newspapers",
         "stance": "deny"},
    ])
    assert [it["stance"] for it in kept] == ["assert"]


def test_a_first_hand_account_beats_a_more_topical_sentence() -> None:
    from claimgraph.claims.ask import _pick
    from claimgraph.claims.relevance import parse_question

    q = parse_question("Norway sold fighter jets to Chile during the border war")
    topical = {"text": "Many Norwegians served in the border war with Chile as pilots and "
                       "mechanics", "stance": "assert", "score": 0.76, "holder": "Ola Berg"}
    own = {"text": "At that time I had approved the sale of the jets to the Chilean air force",
           "stance": "assert", "score": 0.56, "holder": "Ola Berg"}
    assert _pick(q, [topical, own]) is own


def test_the_writers_reservation_beats_its_headline_relay() -> None:
    from claimgraph.claims.ask import _pick
    from claimgraph.claims.relevance import parse_question

    q = parse_question("Norway sold fighter jets to Chile during the border war")
    headline = {"text": "Veteran: Norway Sold Jets To Chile", "stance": "hedge", "score": 0.9,
                "holder": "author:Daily Post", "_headline": True}
    note = {"text": "Veterans have claimed that Norway sold jets to Chile during the war, but "
                    "there has been no confirmation of this.", "stance": "hedge", "score": 0.66,
            "holder": "author:Daily Post"}
    assert _pick(q, [headline, note]) is note


def test_the_writers_asserting_headline_stays() -> None:
    from claimgraph.claims.ask import _pick
    from claimgraph.claims.relevance import parse_question

    q = parse_question("Norway sold fighter jets to Chile during the border war")
    headline = {"text": "Norway Sold Fighter Jets To Chile In Border War", "stance": "assert",
                "score": 0.9, "holder": "author:Daily Post", "_headline": True}
    body = {"text": "The jets were flown to Chile in crates, the paper found.", "stance": "assert",
            "score": 0.6, "holder": "author:Daily Post"}
    assert _pick(q, [headline, body]) is headline
