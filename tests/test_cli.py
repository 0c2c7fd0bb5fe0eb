"""The command-line contract: ingest, export, ask."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

GOOD = """Example Headline About a Dispute

The ministry said on Monday that the talks had failed. "We tried everything," the minister told reporters.

A second paragraph with enough words to count as prose for the cleaner and the tests here.
"""


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "claimgraph.cli", *args], capture_output=True, text=True, timeout=300
    )


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b.txt").write_text(
        GOOD.replace("Monday", "Tuesday") + "Another line.\n", encoding="utf-8"
    )
    return folder


def test_ingest_export_roundtrip_and_reingest_is_idempotent(tmp_path: Path, pages: Path) -> None:
    db = str(tmp_path / "x.db")
    first = run("ingest", "--db", db, str(pages))
    assert first.returncode == 0, first.stderr
    second = run("ingest", "--db", db, str(pages))
    assert second.returncode == 0, second.stderr
    assert "unchanged 2" in second.stderr
    data = json.loads(run("export", "--db", db, "--format", "json").stdout)
    assert len(data["documents"]) == 2
    for doc in data["documents"]:
        assert set(doc) >= {
            "source",
            "sources",
            "id",
            "language",
            "duplicate_of",
            "meta",
            "text",
            "statements",
        }
        assert set(doc["meta"]) >= {"title", "outlet", "published", "authors"}


def test_ask_json_returns_a_list_and_file_returns_a_mapping(tmp_path: Path, pages: Path) -> None:
    db = str(tmp_path / "x.db")
    run("ingest", "--db", db, str(pages))
    one = run("ask", "--db", db, "--json", "the talks failed")
    assert one.returncode == 0, one.stderr
    assert isinstance(json.loads(one.stdout), list)
    qfile = tmp_path / "q.txt"
    qfile.write_text("the talks failed\nthe minister resigned\n", encoding="utf-8")
    many = run("ask", "--db", db, "--json", "--file", str(qfile))
    assert set(json.loads(many.stdout)) == {"the talks failed", "the minister resigned"}


def test_export_without_database_fails_clearly(tmp_path: Path) -> None:
    r = run("export", "--db", str(tmp_path / "none.db"), "--format", "json")
    assert r.returncode == 2
    assert "no database" in r.stderr


def test_entities_merge_from_the_command_line(tmp_path: Path) -> None:
    from claimgraph.demo import demo_corpus

    db = str(tmp_path / "x.db")
    run("ingest", "--db", db, str(demo_corpus()))
    ents = json.loads(run("export", "--db", db, "--format", "json").stdout)["entities"]
    assert len(ents) >= 2
    a, b = ents[0]["id"], ents[1]["id"]
    merged = run("entities", "merge", "--db", db, a, b)
    assert merged.returncode == 0, merged.stderr
    after = json.loads(run("export", "--db", db, "--format", "json").stdout)["entities"]
    assert b not in {e["id"] for e in after}
    refused = run("entities", "merge", "--db", db, "no such actor", "nobody either")
    assert refused.returncode == 2
    assert "error" in refused.stderr


def test_claims_shows_holders_by_their_entity_name(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    folder.mkdir()
    for i, day in enumerate(("Monday", "Tuesday")):
        (folder / f"{i}.txt").write_text(
            f"Harbour Talks Collapse\n\nThe Kingdom of Denmark denied on {day} that its navy had "
            "blocked the harbour of Eastport. Denmark said that the ships had only passed through "
            "the strait.\n\nThe union said the harbour had been closed for three days.\n",
            encoding="utf-8")
    db = str(tmp_path / "x.db")
    assert run("ingest", "--db", db, str(folder)).returncode == 0
    out = run("claims", "--db", db, "--json", "--min-docs", "2")
    assert out.returncode == 0, out.stderr
    holders = {h for p in json.loads(out.stdout) for hs in p["holders"].values() for h in hs}
    assert "Denmark" in holders
    assert "Kingdom of Denmark" not in holders


def test_statements_lists_when_and_where_and_filters_by_speaker(tmp_path: Path) -> None:
    folder = tmp_path / "dated"
    folder.mkdir()
    (folder / "c.txt").write_text(
        "Harbour Talks Collapse\n\nPublished 2024-05-10\n\n"
        "Ann Cole said in an interview on Monday that the harbour would close for a month. "
        "Tom Reed, the port director, said the ferries would keep running all summer.\n\n"
        "A closing paragraph with enough words to count as prose for the page cleaner here.\n",
        encoding="utf-8")
    db = str(tmp_path / "d.db")
    assert run("ingest", "--db", db, str(folder)).returncode == 0
    r = run("statements", "--db", db, "--json", "--speaker", "cole")
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    assert [s["speaker"] for s in rows] == ["Ann Cole"]
    assert rows[0]["medium"] == "in an interview"
    assert rows[0]["when"] == "2024-05-06"  # the Monday before the page's date
    everyone = json.loads(run("statements", "--db", db, "--json").stdout)
    assert {s["speaker"] for s in everyone} == {"Ann Cole", "Tom Reed"}
    table = run("statements", "--db", db)
    assert table.returncode == 0 and "said" in table.stdout
