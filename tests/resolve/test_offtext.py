"""Forms written outside the parsed text (captions) and long roles (sentences written for these
tests)."""

from __future__ import annotations

from claimgraph.model import DocResult, Mention, content_id
from claimgraph.present.export import export_entities
from claimgraph.resolve.mentions import find_mentions
from claimgraph.resolve.offtext import caption_forms, runs
from claimgraph.resolve.resolver import resolve_document
from claimgraph.resolve.roles import premodifier
from claimgraph.store.sqlite import SQLiteStore

BODY = "The Freedonian Defence Ministry said on Monday that the drills were over."
CAPTION = "Tanks on parade. [Photo by Freedonia Ministry of Defence/Handout via Agency X]"


def _member(text: str, kind: str) -> dict[str, object]:
    return {"text": text, "type": kind, "role": None, "start": 0, "end": 0}


def test_runs_stop_at_slashes_and_lower_case_words() -> None:
    found = runs("Photo by Freedonia Ministry of Defence/Handout and more")
    assert "Freedonia Ministry of Defence" in found
    assert not any("Handout" in r or "Photo" in r and "Ministry" in r for r in found)


def test_caption_spelling_joins_the_cluster_with_the_same_org_key() -> None:
    raw = f"{CAPTION}\n\n{BODY}"
    clusters = {0: [_member("Freedonian Defence Ministry", "ORG")],
                1: [_member("Gerald Moss", "PERSON")]}
    assert caption_forms(raw, BODY, clusters) == {0: ["Freedonia Ministry of Defence"]}


def test_caption_names_no_new_entity_and_nothing_from_the_body() -> None:
    raw = f"Tanks of the Sylvanian Army on parade.\n\n{BODY}"
    clusters = {0: [_member("Freedonian Defence Ministry", "ORG")]}
    assert caption_forms(raw, BODY, clusters) == {}
    assert caption_forms(BODY, BODY, clusters) == {}


def test_caption_form_is_an_alias_of_the_stored_entity(store: SQLiteStore) -> None:
    raw = f"{CAPTION}\n\n{BODY}"
    doc = DocResult(id=content_id(raw), source="caption.txt", kind="text", raw=raw, text=BODY)
    start = raw.index("Freedonian Defence Ministry")
    doc.mentions.append(Mention(start, start + 27, "Freedonian Defence Ministry", "ORG", 0))
    store.save_document(doc, None)
    resolve_document(store, doc.id)
    ent = next(e for e in export_entities(store) if "Freedonian Defence Ministry"
               in [e["name"], *e["aliases"]])
    assert "Freedonia Ministry of Defence" in [ent["name"], *ent["aliases"]]


def test_apposition_role_ends_at_its_closing_comma(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Viewers were told by Lorna Vickery, the editor-in-chief of the state-funded channel "
            "Ostrava Today, who later admitted that the story was wrong.")
    full = next(m for m in find_mentions(nlp(text)) if m.text == "Lorna Vickery")
    assert full.role is not None and full.role.startswith("editor-in-chief of")
    assert "who" not in full.role


def test_show_name_before_a_host_is_part_of_the_role(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The colonel told Evening Report host Dana Whitlock that the base was never hit."
    m = next(m for m in find_mentions(nlp(text)) if m.text == "Dana Whitlock")
    assert m.role == "Evening Report host"


def test_name_in_apposition_to_its_title_takes_the_title_phrase(nlp) -> None:  # type: ignore[no-untyped-def]
    """A parse where the name glosses the noun before it ("told [60 Minutes host] [Dana
    Whitlock]", the name an apposition of "host")."""
    from spacy.tokens import Doc

    words = ["She", "told", "60", "Minutes", "host", "Dana", "Whitlock", "that", "it", "rained"]
    heads = [1, 1, 3, 4, 1, 6, 4, 9, 9, 1]
    deps = ["nsubj", "ROOT", "compound", "compound", "dobj", "compound", "appos", "mark",
            "nsubj", "ccomp"]
    pos = ["PRON", "VERB", "NUM", "PROPN", "NOUN", "PROPN", "PROPN", "SCONJ", "PRON", "VERB"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert premodifier(doc[5:7], set()) == (doc[2].idx, "60 Minutes host")


def test_common_noun_phrase_before_an_org_is_its_role(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Viewers of the Ruritanian state-funded channel OTV heard the claim on Friday."
    m = next(m for m in find_mentions(nlp(text)) if m.text == "OTV")
    assert m.role == "Ruritanian state-funded channel"
    plain = next(m for m in find_mentions(nlp("The OTV studio stood empty on Friday."))
                 if m.text == "OTV")
    assert plain.role is None


def test_affiliation_after_an_apposition_closes_the_role(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The plan is already too late, said Tomas Brandt, Chairman of the Budget Committee, "
            "Ruritanian Parliament.")
    m = next(m for m in find_mentions(nlp(text)) if m.text == "Tomas Brandt")
    assert m.role == "Chairman of the Budget Committee, Ruritanian Parliament"
    text = "Tomas Brandt, Chairman of the Budget Committee, told Ruritanian Radio he would stay."
    m = next(m for m in find_mentions(nlp(text)) if m.text == "Tomas Brandt")
    assert m.role == "Chairman of the Budget Committee"


def test_an_acronym_tagged_as_a_place_once_is_the_organisation() -> None:
    from claimgraph.resolve.candidate import Candidate
    from claimgraph.resolve.mentions import _acronym_types

    cands = [Candidate(0, 3, "OTV", "ORG"), Candidate(10, 13, "OTV", "GPE"),
             Candidate(20, 22, "UK", "ORG"), Candidate(30, 32, "UK", "GPE")]
    assert [c.type for c in _acronym_types(cands)] == ["ORG", "ORG", "ORG", "GPE"]


def test_title_case_function_words_start_no_run() -> None:
    found = runs("Tanks Roll In Northern Valley War After Talks")
    assert "Northern Valley War" in found
    assert not any(r.startswith(("In ", "After ")) or r.endswith((" In", " After"))
                   for r in found)
