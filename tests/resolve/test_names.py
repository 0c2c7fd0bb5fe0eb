"""Name keys and the person matcher, on invented names."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from claimgraph.resolve.match import person_match, short_matches_full
from claimgraph.resolve.normalize import acronym, name_tokens, org_key, token_key

SUITE = Path(__file__).parent / "data" / "name_variants.tsv"


@pytest.mark.parametrize(("a", "b"), [
    ("Baqirzadeh", "Baghirzadeh"), ("Rahimee", "Rahimei"), ("Mansour", "Mansur"),
    ("Khosrow", "Hosrow"), ("Hassan", "Hasan"), ("Karapetyan", "Karapetian"), ("Şahin", "Sahin"),
])
def test_romanisation_variants_share_a_token_key(a: str, b: str) -> None:
    assert token_key(a) == token_key(b)


@pytest.mark.parametrize(("a", "b"), [
    ("Farzan Dehqanpour", "Farzan Dehghanpour"), ("J. Tabarov", "Jamshid Tabarov"),
    ("Nourollah al-Kazemi", "Nourollah el-Kazemi"), ("Timur Amir-Golzadeh", "Timur Amirgolzadeh"),
    ("Mohammad Sepahi", "Muhammad Sepahee"),
])
def test_spellings_of_one_person_match(a: str, b: str) -> None:
    assert person_match(a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("John Doe", "Jane Doe"), ("Dan Ross", "Don Ross"), ("Daniel Verdi", "Daniela Verdi"),
    ("Rustam Kerimov", "Timur Kerimov"), ("K. Tabarov", "Jamshid Tabarov"),
])
def test_namesakes_never_match(a: str, b: str) -> None:
    assert not person_match(a, b)


def test_a_middle_part_of_a_name_is_a_short_form() -> None:
    assert short_matches_full(name_tokens("Golshiri"), name_tokens("Akbar Golshiri Tabar"))
    assert not short_matches_full(name_tokens("Akbar"), name_tokens("Akbar Golshiri Tabar"))


def test_organisation_keys_ignore_order_demonyms_and_spelling() -> None:
    assert org_key("Ministry of Defence of Freedonia") == org_key("Freedonian Defense Ministry")
    assert org_key("Freedonian Army") == org_key("the armed forces of Freedonia")
    assert org_key("Freedonian Army") != org_key("Sylvanian Army")
    assert acronym("National Water Directorate") == "nwd"


def test_name_variant_suite_pairwise_f1_is_at_least_090() -> None:
    rows = list(csv.DictReader(SUITE.open(encoding="utf-8"), delimiter="\t"))
    positives = sum(r["label"] == "1" for r in rows)
    assert positives >= 200 and len(rows) - positives >= 100
    tp = fp = fn = 0
    for r in rows:
        said, truth = person_match(r["a"], r["b"]), r["label"] == "1"
        tp += said and truth
        fp += said and not truth
        fn += truth and not said
    p, rec = tp / (tp + fp), tp / (tp + fn)
    assert 2 * p * rec / (p + rec) >= 0.90
