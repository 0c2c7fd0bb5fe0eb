"""The diagnosis tool reads brat gold and scores statements the way the PolNeAR scorer does."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from types import SimpleNamespace

from claimgraph.attribute.diagnose import _count, _figures, gold_of, matches, scorer_trim

TEXT = "The mayor said that the bridge opens in May.\n\n“Tolls follow,” she added. Rain fell."


def _split(tmp_path: Path) -> Path:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "a.txt").write_text(TEXT, encoding="utf-8")
    first = TEXT.index("that")
    second_open = TEXT.index("“Tolls")
    ann = "\n".join([
        "T1\tSource 0 9\tThe mayor",
        "T2\tCue 10 14\tsaid",
        f"T3\tContent {first} {len(TEXT.split(chr(10))[0])}\tx",
        "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",
        f"T4\tContent {second_open} {TEXT.index(' she')}\tx",
        "E2\tAttribution:T2 Content:T4",
    ])
    (tmp_path / "attributions" / "a_annotator1.ann").write_text(ann + "\n", encoding="utf-8")
    return tmp_path


def test_gold_is_trimmed_like_the_scorer(tmp_path: Path) -> None:
    gold = gold_of(str(_split(tmp_path)), "a.txt", TEXT)
    contents = sorted(TEXT[g["content"][0]:g["content"][1]] for g in gold)
    assert contents == ["Tolls follow", "the bridge opens in May"]
    assert [g["source"] for g in gold if g["source"]] == [(0, 9)]


def test_scorer_trim_drops_marks_and_a_leading_that() -> None:
    a, b = scorer_trim((TEXT.index("that"), TEXT.index("\n")), TEXT)
    assert TEXT[a:b] == "the bridge opens in May"
    a, b = scorer_trim((TEXT.index("“Tolls"), TEXT.index(" she")), TEXT)
    assert TEXT[a:b] == "Tolls follow"


def test_overlap_match_needs_half_of_the_longer_span() -> None:
    assert matches((0, 10), (0, 6))
    assert not matches((0, 10), (0, 4))
    assert not matches((0, 4), (0, 10))


def test_counts_one_to_one_with_exact_and_source(tmp_path: Path) -> None:
    gold = gold_of(str(_split(tmp_path)), "a.txt", TEXT)
    start = TEXT.index("the bridge")
    good = SimpleNamespace(start=start, end=TEXT.index("May") + 3, speaker_span=(4, 9))
    twice = SimpleNamespace(start=start, end=TEXT.index("in May"), speaker_span=None)
    wrong = SimpleNamespace(start=TEXT.index("Rain"), end=len(TEXT), speaker_span=None)
    counts: Counter[str] = Counter()
    _count(gold, [good, twice, wrong], TEXT, counts)
    res = _figures(counts)
    assert (counts["tp"], counts["exact"], counts["pred"], counts["gold"]) == (1, 1, 3, 2)
    assert res["source_given_content"] == 1.0
    assert res["content_overlap"]["r"] == 0.5


def test_word_count_of_a_span() -> None:
    from claimgraph.attribute.diagnose import _words

    a, b = scorer_trim((TEXT.index("that"), TEXT.index("\n")), TEXT)
    assert _words(TEXT, (a, b)) == 5
    assert _words(TEXT, (0, 0)) == 0
