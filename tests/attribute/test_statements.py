"""Every construction the attribution stage covers, on sentences the team wrote."""

from __future__ import annotations

import pytest

from claimgraph.attribute import extract_statements
from claimgraph.model import Statement
from claimgraph.resolve.mentions import find_mentions


def find(stmts: list[Statement], content: str) -> Statement:
    hits = [s for s in stmts if s.content == content]
    assert hits, f"no statement {content!r} in {[s.content for s in stmts]}"
    return hits[0]


def test_direct_quote_before_cue(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("“The bridge will open in May,” Maria Lopez said.")
    s = find(stmts, "The bridge will open in May")
    assert (s.kind, s.speaker, s.cue) == ("direct", "Maria Lopez", "said")


def test_typewriter_quotes_give_direct_statements(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("''The bridge will open in May,'' Maria Lopez said. ''After that, the tolls go.''\n\n"
            "Ana Berg, her deputy, said the tolls would stay.")
    stmts = extract(text)
    first = find(stmts, "The bridge will open in May")
    second = find(stmts, "After that, the tolls go.")
    assert (first.kind, first.speaker, second.kind, second.speaker) == \
        ("direct", "Maria Lopez", "direct", "Maria Lopez")
    assert not any("''" in s.content for s in stmts)


def test_colon_introduced_quote(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("Peter Holm told the radio station: “We never sold them any rifles.”")
    s = find(stmts, "We never sold them any rifles.")
    assert s.kind == "direct" and s.speaker == "Peter Holm"
    assert s.medium is not None and "radio station" in s.medium


def test_split_quote_gives_two_statements_with_one_speaker(extract) -> None:  # type: ignore[no-untyped-def]
    text = "“The harbour is closed,” Anna Berg said, “and it will stay closed until spring.”"
    stmts = extract(text)
    a = find(stmts, "The harbour is closed")
    b = find(stmts, "and it will stay closed until spring.")
    assert a.speaker == b.speaker == "Anna Berg"
    assert a.cue == b.cue == "said"


def test_multi_paragraph_quote_is_one_statement(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Tomas Varga, the mayor, said: “We asked for help twice.\n\n"
            "“Nobody answered our letters.”\n\nThe council met later.")
    stmts = extract(text)
    s = find(stmts, "We asked for help twice.\n\n“Nobody answered our letters.")
    assert s.kind == "direct" and s.speaker == "Tomas Varga"


def test_cueless_quote_continues_the_speaker(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("“The water is safe to drink,” Helen Osei said on Monday.\n\n"
            "“We test it every single morning and publish the results.”")
    stmts = extract(text)
    s = find(stmts, "We test it every single morning and publish the results.")
    assert s.speaker == "Helen Osei" and s.kind == "direct"


def test_indirect_that_clause(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("Karl Jensen said that the factory had never exported weapons.")
    s = find(stmts, "the factory had never exported weapons")
    assert (s.kind, s.speaker, s.cue) == ("indirect", "Karl Jensen", "said")


def test_inverted_trailing_cue(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("The convoy reached the border on Tuesday, the Transport Ministry said.")
    s = find(stmts, "The convoy reached the border on Tuesday")
    assert s.speaker == "Transport Ministry" and s.kind == "indirect"


def test_according_to(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("According to the Harbour Gazette, the ferry company has lost two ships.")
    s = find(stmts, "the ferry company has lost two ships")
    assert s.cue == "According to" and s.speaker == "Harbour Gazette"


def test_accused_of(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("Sara Nilsen accused the company of hiding the accident reports.")
    s = find(stmts, "hiding the accident reports")
    assert s.speaker == "Sara Nilsen" and s.cue == "accused"


def test_nominal_cue_with_possessive_speaker(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("Officials rejected Omar Haddad's claim that the dam was unsafe.")
    s = find(stmts, "the dam was unsafe")
    assert s.speaker == "Omar Haddad" and s.cue == "claim"


def test_made_the_claim_that(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("Lena Fischer made the claim that the vote had been rigged.")
    s = find(stmts, "the vote had been rigged")
    assert s.speaker == "Lena Fischer"


def test_mixed_quote(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("Ivan Petrov said the report was “a pack of lies” from start to end.")
    s = find(stmts, "the report was “a pack of lies” from start to end")
    assert s.kind == "mixed" and s.speaker == "Ivan Petrov"


def test_pronoun_resolves_to_the_full_name(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Jonas Weber arrived in the capital on Friday. "
            "He said that the talks had failed.")
    s = find(extract(text), "the talks had failed")
    assert s.speaker == "Jonas Weber"
    assert s.speaker_span is not None
    assert text[s.speaker_span[0]:s.speaker_span[1]] == "He"


def test_surname_resolves_to_the_full_name(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Mirela Kovac visited the plant. Later Kovac said that the plant "
            "would close in June.")
    s = find(extract(text), "the plant would close in June")
    assert s.speaker == "Mirela Kovac"


def test_descriptor_resolves_to_the_organisation(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("The Ministry of Fisheries published new quotas on Monday. "
            "The ministry said that the quotas would be cut by half.")
    s = find(extract(text), "the quotas would be cut by half")
    assert "Ministry of Fisheries" in (s.speaker or "")


def test_written_source(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("Arturo Diaz wrote in his memoirs that the army had run out of fuel.")
    s = find(stmts, "the army had run out of fuel")
    assert s.speaker == "Arturo Diaz" and s.medium == "in his memoirs"


def test_when_said_is_read_from_an_absolute_date(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("Nadia Rahman said in 2013 that the border would stay open.")
    s = find(stmts, "the border would stay open")
    assert s.when == "2013"


def test_denial_with_object(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("The Foreign Ministry denied the reports about secret arms deliveries.")
    s = find(stmts, "the reports about secret arms deliveries")
    assert s.cue == "denied"


def test_narration_gives_no_statement(extract) -> None:  # type: ignore[no-untyped-def]
    assert extract("The river rose by two metres and the bridge was closed for a week.") == []


def test_scare_quote_is_not_a_statement(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("The so-called “peace plan” was published in the spring.")
    assert all(s.content != "peace plan" for s in stmts)


def test_guillemets(extract) -> None:  # type: ignore[no-untyped-def]
    s = find(extract("«We will not retreat,» Pierre Martin said."), "We will not retreat")
    assert s.speaker == "Pierre Martin"


def test_offsets_point_at_the_content(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Ruth Adler said that the port would reopen. “It is ready,” she added. "
            "According to the Coast Guard, two ships are waiting.")
    doc_text = text
    for s in extract(text):
        assert doc_text[s.start:s.end] == s.content
        assert not s.content.startswith(("that ", "“", '"'))
        assert s.speaker and s.speaker.lower() not in {"he", "she", "it", "they"}


def test_trailing_cue_after_a_long_clause(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("The agency believes that the rebels have obtained new rockets and have been using "
            "them near the coast, navy spokesman Tom Reed said on Friday.")
    stmts = extract(text)
    s = next(s for s in stmts if s.content.startswith("The agency believes"))
    assert s.speaker == "Tom Reed" and s.cue == "said"


def test_transcript_turns_are_statements(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("The host spoke with Senator Clara Mendes on Sunday.\n\n"
            "HOST: Will the bill pass this week?\n\n"
            "MENDES: I think we have the votes to pass it before Friday.\n\n"
            "READ: Senate schedule for the coming week")
    stmts = extract(text)
    s = find(stmts, "I think we have the votes to pass it before Friday.")
    assert s.speaker == "Clara Mendes" and s.kind == "direct"
    assert all(not s.content.startswith("Senate schedule") for s in stmts)


@pytest.mark.parametrize(("phrase", "published", "iso"), [
    ("in 2013", None, "2013"),
    ("on March 3, 2014", None, "2014-03-03"),
    ("on Monday", "2023-02-08", "2023-02-06"),
    ("yesterday", "2023-02-08", "2023-02-07"),
    ("last month", "2023-01-15", "2022-12"),
    ("in November", "2023-02-08", "2022-11"),
    ("on Monday", None, None),
])
def test_when_resolves_against_the_publication_date(phrase: str, published: str | None,
                                                     iso: str | None) -> None:
    from claimgraph.attribute.dates import resolve

    assert resolve(phrase, published) == iso


def test_relative_when_uses_the_publication_date(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Nadia Rahman said on Tuesday that the border would stay open.")
    stmts = extract_statements(doc, find_mentions(doc), published="2024-05-10")
    assert find(stmts, "the border would stay open").when == "2024-05-07"


def test_quotes_signed_after_a_dash(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("“The ferry is always late and nobody seems to care.” ― Jane Roe\n"
                    "“We need a new bridge before winter.”— Tom Reed, a farmer from the valley.\n"
                    "“Maybe we can all swim across.” - Ann Cole")
    got = {s.content.rstrip("."): s.speaker for s in stmts}
    assert got == {"The ferry is always late and nobody seems to care": "Jane Roe",
                   "We need a new bridge before winter": "Tom Reed",
                   "Maybe we can all swim across": "Ann Cole"}


def test_a_dash_after_a_quote_mid_sentence_is_no_signature(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("Ann Cole called the plan “a waste of money” - a view the council rejected "
                    "on Monday after a long debate about the harbour.")
    assert not any(s.cue in ("-", "—", "―") for s in stmts)


def test_a_question_and_its_asker(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("“Is the plan for the harbour ready yet?” Tom Reed asked on Monday. "
                    "The talks will continue.")
    s = find(stmts, "Is the plan for the harbour ready yet?")
    assert s.speaker == "Tom Reed" and s.cue == "asked"


def test_a_short_quoted_sentence_continues_the_speaker(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("“The harbour plan is ready,” Tom Reed said. “Nobody cares.”")
    assert find(stmts, "Nobody cares.").speaker == "Tom Reed"


def test_a_short_quoted_fragment_stays_a_scare_quote(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("“The harbour plan is ready,” Tom Reed said. The mayor called it “a farce” "
                    "and left.")
    assert not any(s.content.startswith("a farce") and s.speaker == "Tom Reed" for s in stmts)


def test_an_unnamed_person_speaks_a_quotation(extract) -> None:  # type: ignore[no-untyped-def]
    stmts = extract("As the phone rang, the announcer said, “Your children are safe and asleep "
                    "tonight.”")
    s = find(stmts, "Your children are safe and asleep tonight.")
    assert "announcer" in s.speaker and s.speaker_entity is None



def test_quote_speaker_when_the_parse_runs_the_cue_into_the_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    """A parse (built by hand, as the parser gave it on a real page) that makes the cue a
    conjunct of the quoted verb, so that its subject is a word inside the quotation."""
    from spacy.tokens import Doc

    from claimgraph.attribute.build import _quote_speaker, quote_tokens
    from claimgraph.attribute.quotes import find_quotes

    words = ["“", "We", "will", "win", ",", "”", "Eastport", "police", "Chief", "Ann", "Cole",
             "said", "."]
    spaces = [False, True, True, False, False, True, True, True, True, True, True, False, False]
    heads = [3, 3, 3, 3, 3, 3, 7, 8, 10, 10, 11, 3, 3]
    deps = ["punct", "nsubj", "aux", "ROOT", "punct", "punct", "compound", "compound",
            "compound", "compound", "appos", "conj", "punct"]
    pos = ["PUNCT", "PRON", "AUX", "VERB", "PUNCT", "PUNCT", "VERB", "NOUN", "PROPN", "PROPN",
           "PROPN", "VERB", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)
    [q] = find_quotes(doc.text)
    speaker = _quote_speaker(doc, q, doc[11], quote_tokens(doc, [q]))
    assert speaker is not None and speaker.text == "Cole"
