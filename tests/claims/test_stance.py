"""Claims and stances on sentences written for these tests: every cue class, negation scope,
hedges, nested attribution."""

from __future__ import annotations

import pytest

from claimgraph.claims.extract import extract_claims
from claimgraph.model import Mention, Meta


def _claims(nlp, text: str, outlet: str | None = "Daily Post", body_offset: int = 0):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    mentions = [Mention(e.start_char, e.end_char, e.text, e.label_, i)
                for i, e in enumerate(doc.ents) if e.label_ in {"PERSON", "ORG", "GPE", "NORP"}]
    return extract_claims(doc, [], mentions, Meta(outlet=outlet), body_offset, vectors=False)


def _stance_of(claims, holder_word: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {c.stance for c in claims if holder_word.lower() in c.holder.lower()}


@pytest.mark.parametrize("text, holder, stance", [
    ("Officials have denied that the company paid the rebels.", "officials", "deny"),
    ("The mayor rejected the report as groundless.", "mayor", "deny"),
    ("The council dismissed the story about the bridge as lies.", "council", "deny"),
    ("The union said that the factory had closed.", "union", "assert"),
    ("The ministry said there are no foreign soldiers in the province.", "ministry", "deny"),
    ("The governor said the plant never released toxic gas.", "governor", "deny"),
    ("The professor suggested that the painting may be a forgery.", "professor", "hedge"),
    ("The agency said the fire could have been started deliberately.", "agency", "hedge"),
    ("The senator accused the mayor of hiding the audit.", "senator", "assert"),
    ("Critics called the minister's explanation absurd.", "critics", "deny"),
])
def test_cue_classes_and_negation(nlp, text: str, holder: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    assert stance in _stance_of(_claims(nlp, text), holder)


def test_nested_attribution_gives_two_holders(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, "The ministry dismissed the allegations by a rival party that it had "
                          "rigged the vote.")
    assert "deny" in _stance_of(claims, "ministry")
    assert "assert" in _stance_of(claims, "rival party")
    assert all("rigged the vote" in c.text for c in claims)


def test_claims_of_named_owner_inside_denial(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, "Canada denied on Tuesday the French claims of selling tanks to Peru.")
    assert "deny" in _stance_of(claims, "Canada")
    assert any(c.stance == "assert" and c.holder != "Canada" for c in claims)


def test_author_voice_assert_deny_hedge(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The river flooded the old town on Monday. The bridge did not collapse. "
            "Looters reportedly entered the museum.")
    claims = [c for c in _claims(nlp, text) if c.holder == "author:Daily Post"]
    by_text = {c.text.split()[1]: c.stance for c in claims}
    assert by_text == {"river": "assert", "bridge": "deny", "reportedly": "hedge"}


def test_author_without_outlet_and_question_headline(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, "Did the mayor sell the park?", outlet=None)
    assert [(c.holder, c.stance) for c in claims] == [("author", "hedge")]


def test_headline_denial_names_the_denier(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Norway denies selling fighter jets to Chile\n\nThe government spoke on Friday."
    claims = _claims(nlp, text, body_offset=text.index("The government"))
    assert "deny" in _stance_of(claims, "Norway")
    assert not any(c.holder.startswith("author") and "jets" in c.text for c in claims)


def test_colon_source_headline(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, "Officials: dam will be finished next spring")
    assert [(c.holder, c.stance) for c in claims] == [("Officials", "assert")]


def test_not_clear_whether_is_hedge(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, "It is not clear whether the envoy signed the treaty.")
    assert [c.stance for c in claims] == ["hedge"]


def test_evidence_is_exact_and_short(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The union said that the factory had closed. " + "It rained all day long. " * 40
    for c in _claims(nlp, text):
        assert text[c.start:c.end] == c.text
        assert 0 < c.end - c.start <= 400


def test_relayed_denial_is_not_the_reporters_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, "The agency reported that the minister denied that the port was sold.")
    assert "deny" in _stance_of(claims, "minister")
    assert not _stance_of(claims, "agency")


@pytest.mark.parametrize("text, holder, stance", [
    ("The institute said it is very unlikely that the virus escaped from the lab.",
     "institute", "deny"),
    ("The mayor said that neither the army nor the police fired on the crowd.", "mayor", "deny"),
    ("The senator made the claim that the factory polluted the river.", "senator", "assert"),
    ("The ministry said the reports were inaccurate.", "ministry", "deny"),
    ("The coach said it was unclear whether the striker had signed.", "coach", "hedge"),
])
def test_verdicts_light_verbs_and_doubt(nlp, text: str, holder: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    assert stance in _stance_of(_claims(nlp, text), holder)


def test_coordinated_speakers_hold_jointly(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, "Anna Berg and Tomas Lind told reporters that they had visited the "
                          "cathedral.")
    assert any(c.holder == "Anna Berg and Tomas Lind" for c in claims)


def test_claims_carry_embeddings_when_asked(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The union said that the factory had closed.")
    claims = extract_claims(doc, [], [], Meta(outlet=None), 0)
    assert claims and all(c.vector is not None and len(c.vector) == 384 * 2 for c in claims)


def test_holder_names_lose_stray_brackets() -> None:
    from claimgraph.claims.context import clean_holder

    assert clean_holder("[Anna] Berg") == "Anna Berg"
    assert clean_holder("- the port authority") == "the port authority"


def test_quoted_statement_gives_its_speaker_a_claim_per_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    from claimgraph.model import Statement

    text = ('“The dam never leaked. We may build a second one,” the engineer explained to the '
            "council on Monday.")
    doc = nlp(text)
    a, b = 1, text.index("one,") + 3
    stmt = Statement(a, b, text[a:b], "Mira Holm", None, "explained",
                     (text.index("explained"), text.index("explained") + 9), "direct")
    claims = [c for c in extract_claims(doc, [stmt], [], Meta(outlet=None), 0, vectors=False)
              if c.holder == "Mira Holm"]
    by_word = {c.text.split()[1]: c.stance for c in claims}
    assert by_word.get("dam") == "deny"
    assert by_word.get("may") == "hedge"
    assert all(text[c.start:c.end] == c.text and c.statement == 0 for c in claims)


def test_denial_verb_tagged_as_noun_is_still_a_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Her deputy said that Lisbon rejects as unfounded the claims it is providing military "
            "boats to Sudovia to use in the war.")
    doc = nlp(text)
    assert doc[5].text == "rejects"  # the small model tags it NOUN here: the case under test
    claims = _claims(nlp, text)
    assert any(c.holder == "Lisbon" and c.stance == "deny"
               and c.text.startswith("it is providing military boats") for c in claims)


def test_source_relaying_a_light_verb_claim_holds_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, "According to local radio, the harbour master Ina Vold made the claim "
                          "that smugglers had used the old pier during the storm of 2019.")
    holders = {c.holder.lower() for c in claims if "smugglers" in c.text}
    assert holders and not any("radio" in h for h in holders)


@pytest.mark.parametrize("text", [
    '"Any accusations against the council are unacceptable," the mayor said.',
    "The mayor said the allegations about the bridge were politically motivated.",
    '"The news about the bridge sale has political aims," the mayor said.',
])
def test_claims_rejected_as_unacceptable_or_political(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "deny" in _stance_of(_claims(nlp, text), "mayor")


def test_reporting_a_denial_of_the_fact_asserts_it(nlp) -> None:  # type: ignore[no-untyped-def]
    from claimgraph.model import Statement

    claims = _claims(nlp, "The newspaper wrote that officials have denied the fact that the "
                          "mayor had sold the bridge to the company.")
    sold = {(c.holder, c.stance) for c in claims if c.text.startswith("the mayor had sold")}
    assert ("newspaper", "assert") in sold
    text = ('"Lately the officials have denied the fact that the mayor sold the bridge," the '
            'newspaper writes.')
    doc = nlp(text)
    a, b = 1, text.index(',"')
    stmt = Statement(a, b, text[a:b], "the newspaper", None, "writes", None, "direct")
    claims = extract_claims(doc, [stmt], [], Meta(outlet="Daily Post"), 0, vectors=False)
    assert any(c.holder == "the newspaper" and c.stance == "assert"
               and c.text.startswith("the mayor sold the bridge") for c in claims)


def test_participle_and_shared_report_their_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, "The mayor said the bridge was sold, adding that it was not clear "
                          "whether the council had approved the sale.")
    assert {c.stance for c in claims if c.text.startswith("it was not clear")
            and c.holder == "mayor"} == {"hedge"}
    claims = _claims(nlp, "The harbour master Ina Vold shared it was not clear whether the "
                          "ferry had left the port.")
    assert any(c.stance == "hedge" and not c.holder.startswith("author")
               and c.text.startswith("it was not clear whether the ferry") for c in claims)
    claims = _claims(nlp, "The minister shared a photo of the new bridge.")
    assert not any(c.holder == "minister" for c in claims)


@pytest.mark.parametrize("text", [
    "Farmers have claimed that the dam flooded their fields, but there has been no "
    "confirmation of this.",
    "The rebels said they had shot down a helicopter, a claim that could not be independently "
    "verified.",
    "The farmers claimed that the dam flooded their fields, but it could not be verified.",
    "Residents said the mayor sold the park to a developer. The Daily Post was unable to verify "
    "the account.",
])
def test_writer_reservation_makes_the_author_hedge(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, text)
    assert "hedge" in _stance_of(claims, "author:Daily Post")


@pytest.mark.parametrize("text", [
    "Farmers have claimed that the dam flooded their fields, and engineers confirmed it.",
    "The farmers claimed that the dam flooded their fields, but the engineers could not "
    "confirm it.",
    "Residents said the mayor sold the park to a developer. Officials were unable to verify "
    "the account.",
])
def test_someone_elses_reservation_is_not_the_writers(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, text)
    assert "hedge" not in _stance_of(claims, "author:Daily Post")


def test_writers_clause_before_a_report_is_the_writers(nlp) -> None:  # type: ignore[no-untyped-def]
    from claimgraph.attribute import extract_statements
    from claimgraph.resolve.mentions import find_mentions

    doc = nlp("Army trucks crossed the northern bridge at night, although the ministry denied "
              "that any convoy had left the base.")
    mentions = find_mentions(doc)
    stmts = extract_statements(doc, mentions)
    assert stmts, "the attribution stage should find the ministry's denial"
    claims = extract_claims(doc, stmts, mentions, Meta(outlet="Daily Post"), 0, vectors=False)
    mine = [c for c in claims if c.holder == "author:Daily Post"]
    assert [c.text for c in mine] == ["Army trucks crossed the northern bridge at night"]
