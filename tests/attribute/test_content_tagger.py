"""The learned content tagger: its features, its decoding, its cue links, its training data."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.attribute import content_tagger as ct
from claimgraph.attribute.content_features import SentenceView, token_features
from claimgraph.attribute.content_training import labels, outer_contents, raw_to_view
from claimgraph.ingest.clean import CleanView

REPORT = "The mayor said on Tuesday that the old bridge would reopen in May."
PLAIN = "The river rose overnight after two days of heavy rain."


def test_runs_of_a_bio_sequence() -> None:
    assert ct.spans_of(["O", "B", "I", "O", "I", "I", "B"]) == [(1, 3), (4, 6), (6, 7)]
    assert ct.spans_of(["O", "O"]) == []


def test_nested_contents_keep_the_outer_one() -> None:
    assert outer_contents([(10, 20), (0, 30), (40, 50)]) == [(0, 30), (40, 50)]
    assert outer_contents([(10, 20), (0, 30)], inner=True) == [(10, 20)]


def test_raw_offsets_map_into_the_clean_view() -> None:
    view = CleanView("ab\n\ncd", [(0, 5, 2), (4, 20, 2)])
    assert raw_to_view(view, 5) == 0
    assert raw_to_view(view, 21) == 5


def test_labels_mark_the_content_tokens(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(REPORT)
    start = REPORT.index("the old")
    got = labels(doc, 0, len(doc), [(start, REPORT.index("."))])
    words = [t.text for t in doc]
    assert got[words.index("the")] == "B"
    assert got[words.index("May")] == "I"
    assert got[words.index("said")] == "O"
    assert got[-1] == "O"


def test_plain_sentences_are_not_tagged(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(f"{PLAIN} {REPORT}")
    _, _, bounds = ct.doc_record(doc)
    assert len(bounds) == 1
    assert doc[bounds[0][0]].text == "The" and doc[bounds[0][0]].i > 0


def test_tokens_know_the_cue_whose_clause_holds_them(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(REPORT)
    record, quoted, _ = ct.doc_record(doc)
    view = SentenceView(doc, 0, len(doc), record, quoted)
    bridge = next(t.i for t in doc if t.text == "bridge")
    mayor = next(t.i for t in doc if t.text == "mayor")
    gov = view.gov[bridge]
    assert gov is not None and doc[gov[1]].text == "said" and gov[2] == "ccomp"
    assert view.gov[mayor] is None
    feats = token_features(view)
    assert all("b" in f for f in feats)
    assert "g_lem=say" in feats[bridge] and "g=none" in feats[mayor]


def test_quoted_tokens_are_marked(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“The bridge will open in May,” the mayor said."
    doc = nlp(text)
    record, quoted, _ = ct.doc_record(doc)
    view = SentenceView(doc, 0, len(doc), record, quoted)
    words = [t.text for t in doc]
    assert view.quoted[words.index("bridge")] == "1"
    assert view.quoted[words.index("mayor")] == "0"


def test_the_model_finds_a_plain_report_and_links_it(nlp) -> None:  # type: ignore[no-untyped-def]
    tagger = ct.load_tagger()
    if tagger is None:
        pytest.skip("python-crfsuite or the content model is missing")
    doc = nlp(REPORT)
    record, quoted, bounds = ct.doc_record(doc)
    found = ct.tag_sentences(doc, bounds, record, quoted, tagger)
    assert len(found) == 1
    t = found[0]
    assert doc[t.content[0]:t.content[1]].text.startswith("the old bridge would reopen")
    assert t.cue is not None and t.cue.text == "said" and t.relation == "ccomp"
    assert ct.may_stand(t)
    assert t.speaker is not None and t.speaker.text == "mayor"
    assert t.confidence > ct.MIN_CONFIDENCE


def test_no_content_in_a_sentence_without_attribution(nlp) -> None:  # type: ignore[no-untyped-def]
    tagger = ct.load_tagger()
    if tagger is None:
        pytest.skip("python-crfsuite or the content model is missing")
    doc = nlp("The council said nothing. " + PLAIN)
    record, quoted, _ = ct.doc_record(doc)
    second = (doc[-1].sent.start, doc[-1].sent.end)
    assert ct.tag_sentences(doc, [second], record, quoted, tagger) == []


def test_a_missing_model_leaves_the_rules_alone(tmp_path: Path) -> None:
    assert ct.load_tagger(str(tmp_path / "none.crfsuite")) is None


class FakeTagger:
    """Labels the words after `after` up to the final stop as one content, with a fixed
    confidence."""

    def __init__(self, after: str, confidence: float) -> None:
        self.after, self.confidence = after, confidence

    def tag(self, features: list[list[str]]) -> list[str]:
        words = [next(f[2:] for f in fs if f.startswith("w=")) for fs in features]
        k = words.index(self.after) + 1
        return ["O"] * k + ["B"] + ["I"] * (len(words) - k - 2) + ["O"]

    def marginal(self, label: str, i: int) -> float:
        return 1.0 - self.confidence if label == "O" else self.confidence


def _tagged(nlp, text: str, tagger: FakeTagger, taken: list | None = None):  # type: ignore[no-untyped-def]
    from claimgraph.attribute import build
    from claimgraph.attribute.quotes import find_quotes
    from claimgraph.attribute.spans import QuoteIndex

    doc = nlp(text)
    record, _, _ = ct.doc_record(doc)
    qidx = QuoteIndex(find_quotes(text))
    original = ct.load_tagger
    ct.load_tagger = lambda path=None: tagger  # type: ignore[assignment]
    try:
        return doc, build.tagged_statements(doc, qidx, set(), record, taken or [])
    finally:
        ct.load_tagger = original  # type: ignore[assignment]


def test_a_confident_content_of_an_unused_cue_becomes_a_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    doc, got = _tagged(nlp, REPORT, FakeTagger("that", 0.9))
    assert len(got) == 1
    p = got[0]
    assert REPORT[p.start:p.end] == "the old bridge would reopen in May"
    assert p.cue is not None and p.cue.text == "said"
    assert p.speaker is not None and p.speaker.text == "mayor"


def test_no_statement_when_unsure_or_the_cue_is_used(nlp) -> None:  # type: ignore[no-untyped-def]
    from claimgraph.attribute.build import Pending

    assert _tagged(nlp, REPORT, FakeTagger("that", 0.3))[1] == []
    doc = nlp(REPORT)
    said = next(t for t in doc if t.text == "said")
    rule = Pending(0, 5, "indirect", said, (said.idx, said.idx + 4), doc[1])
    assert _tagged(nlp, REPORT, FakeTagger("that", 0.9), [rule])[1] == []


def test_only_sentences_with_an_unused_reporting_clause_are_tagged(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(f"{PLAIN} {REPORT}")
    record, _, _ = ct.doc_record(doc)
    said = next(t.i for t in doc if t.text == "said")
    assert ct.open_sentences(doc, record, set()) == [(doc[said].sent.start, doc[said].sent.end)]
    assert ct.open_sentences(doc, record, {said}) == []
