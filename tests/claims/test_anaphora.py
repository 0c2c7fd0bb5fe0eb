"""Short denials that leave their object to the story ('Norland denies involvement')."""

from __future__ import annotations

from claimgraph.claims.anaphora import is_implicit_denial
from claimgraph.claims.relevance import parse_question


def test_agent_denying_involvement_or_the_accusations() -> None:
    q = parse_question("Norland sank the ferry in the strait")
    assert is_implicit_denial(q, "Norland strongly denies involvement in the sinking", "deny",
                              "Norland")
    assert is_implicit_denial(q, "all speculations on that score", "deny", "Norland")
    assert is_implicit_denial(q, "labelling them as baseless", "deny", "Norland’s ministry")


def test_not_someone_else_nor_an_assertion_nor_a_long_claim() -> None:
    q = parse_question("Norland sank the ferry in the strait")
    assert not is_implicit_denial(q, "any involvement in the sinking", "deny", "Estland")
    assert not is_implicit_denial(q, "its role in the sinking", "assert", "Norland")
    assert not is_implicit_denial(q, "its involvement in the fishing quarrel that has gone on "
                                     "for years between the two coastal towns", "deny", "Norland")
    assert not is_implicit_denial(q, "the ferry was old", "deny", "Norland")


def test_implicit_denial_skips_the_act_check() -> None:
    from claimgraph.claims.ask import _predicate_scores

    q = parse_question("Norland sank the ferry in the strait")
    kept = _predicate_scores(q, [{"text": "all speculations on that score", "stance": "deny",
                                  "_implicit": True}])
    assert len(kept) == 1


def test_sweeping_denials_by_or_about_the_agent() -> None:
    q = parse_question("Norland sank the ferry in the strait")
    assert is_implicit_denial(q, "Norland has had nothing to do with the events in the strait",
                              "deny", "a spokesman")
    assert is_implicit_denial(q, "we have not sent ships to any side of the quarrel", "deny",
                              "Norland")
    assert not is_implicit_denial(q, "Estland has had nothing to do with the events", "deny",
                                  "a spokesman")


def test_a_spokesman_described_by_the_agent_and_a_trailing_label() -> None:
    q = parse_question("Norland sank the ferry in the strait")
    text = ("A Norland government spokesman rejected these claims, calling them baseless "
            "inventions of a hostile foreign press")
    assert is_implicit_denial(q, text, "deny", "Ola Berg")
    assert not is_implicit_denial(q, text.replace("Norland", "Estland"), "deny", "Ola Berg")
    assert not is_implicit_denial(q, "these claims about the ferry, which the coast guard of "
                                     "Estland repeated twice, are baseless", "deny", "Ola Berg")
