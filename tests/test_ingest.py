"""Ingest: readers for every input type, hostile input, idempotence, near-duplicates."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from claimgraph.config import Settings
from claimgraph.ingest.readers import read_path
from claimgraph.ingest.run import ingest_paths
from claimgraph.model import RawDoc
from claimgraph.present.export import export_json
from claimgraph.store.sqlite import SQLiteStore

PAGE = """Harbour Board Rejects Dredging Plan

By Ana Lind
May 2, 2021

The harbour board voted on Thursday to reject a plan to dredge the northern channel, saying the cost was too high for the town.

"We cannot spend money we do not have," board chair Ivo Berg told the meeting. He said the vote was final.

Fishermen said the decision would leave the channel too shallow for larger boats by next winter.
"""


def page(n: int) -> str:
    """A distinct good page (different enough not to be a near-duplicate of the others)."""
    topics = ["bridge", "school", "library", "market", "stadium", "tramway", "clinic"]
    t = topics[n % len(topics)]
    return (
        f"Council Debates the {t.title()} Budget\n\n"
        f"The town council met on a Monday in {2000 + n} to discuss the {t} budget for the "
        f"coming year, and members disagreed about almost every line of it.\n\n"
        f'"The {t} needs repairs now," said councillor number {n}, who has argued for more '
        f"money since the {t} was first opened to the public.\n\n"
        f"Others said the {t} could wait another {n + 2} years before any money is spent.\n"
    )


def ingest(tmp_path: Path, *paths: Path, workers: int = 1):  # type: ignore[no-untyped-def]
    settings = Settings(
        db=str(tmp_path / "t.db"), max_bytes=5_000_000, workers=workers, batch_size=2
    )
    with SQLiteStore(settings.db) as store:
        report = ingest_paths([str(p) for p in paths], store, settings)
        data = export_json(store)
    return report, data


@pytest.mark.parametrize("workers", [1, 2])
def test_hostile_files_are_named_and_the_good_pages_stored(tmp_path: Path, workers: int) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    for i in range(5):
        (folder / f"good{i}.txt").write_text(page(i), encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "latin1.txt").write_bytes(
        "Caf\xe9 cr\xe8me au lait \xe0 la fa\xe7on de Z\xfcrich. ".encode("latin-1") * 20
    )
    (folder / "huge.txt").write_bytes(b"word " * 1_200_000)
    (folder / "scripts.html").write_text("<html><script>" + "var x=1;" * 5000 + "</script></html>")
    (folder / "lines.jsonl").write_text('{"text": "fine text here about a dispute"}\nnot json\n')
    report, data = ingest(tmp_path, folder, tmp_path / "missing-folder", workers=workers)
    failed = {f.source: f.reason for f in report.failed}
    assert set(failed) == {
        "empty.txt",
        "binary.txt",
        "huge.txt",
        "scripts.html",
        "lines.jsonl#2",
        str(tmp_path / "missing-folder"),
    }
    assert "empty" in failed["empty.txt"]
    assert "binary" in failed["binary.txt"]
    assert "too large" in failed["huge.txt"]
    assert "not JSON" in failed["lines.jsonl#2"]
    assert "no such file" in failed[str(tmp_path / "missing-folder")]
    assert report.exit_code == 3
    sources = {d["source"] for d in data["documents"]}
    assert {f"good{i}.txt" for i in range(5)} <= sources
    assert "latin1.txt" in sources  # invalid UTF-8 is decoded with the detected charset
    latin = next(d for d in data["documents"] if d["source"] == "latin1.txt")
    assert "Zürich" in latin["text"]


def test_reingesting_stores_nothing_new_and_keeps_every_source_name(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "a.txt").write_text(PAGE, encoding="utf-8")
    ingest(tmp_path, folder)
    (folder / "copy.txt").write_text(PAGE, encoding="utf-8")
    report, data = ingest(tmp_path, folder)
    assert report.ingested == 0 and report.unchanged == 2
    assert len(data["documents"]) == 1
    assert data["documents"][0]["sources"] == ["a.txt", "copy.txt"]


def test_near_duplicate_is_linked_to_the_original(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "a.txt").write_text(PAGE, encoding="utf-8")
    (folder / "b.txt").write_text(
        "Republished by another site\n\n" + PAGE + "\nShare this\n", encoding="utf-8"
    )
    (folder / "c.txt").write_text(page(3), encoding="utf-8")
    report, data = ingest(tmp_path, folder)
    by = {d["source"]: d for d in data["documents"]}
    assert by["a.txt"]["duplicate_of"] is None
    assert by["b.txt"]["duplicate_of"] == by["a.txt"]["id"]
    assert by["c.txt"]["duplicate_of"] is None
    assert report.near_duplicates == 1


def test_raw_text_of_a_page_dump_is_the_decoded_file(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"\xef\xbb\xbf" + PAGE.replace("\n", "\r\n").encode("utf-8"))
    [doc] = list(read_path(path, 10_000_000))
    assert isinstance(doc, RawDoc)
    assert doc.raw == path.open(encoding="utf-8-sig").read()


def test_every_stored_span_points_at_its_text_in_the_raw(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    _, data = ingest(tmp_path, tmp_path / "a.txt")
    raw = (tmp_path / "a.txt").read_text(encoding="utf-8")
    doc = data["documents"][0]
    for line in doc["text"].split("\n"):
        assert line.strip() in raw
    for stmt in doc["statements"]:
        assert raw[stmt["start"] : stmt["end"]] == stmt["content"]


def test_jsonl_records_keep_their_metadata(tmp_path: Path) -> None:
    rec = {
        "text": PAGE,
        "url": "https://example.org/a",
        "title": "Given Title",
        "published": "2021-05-02T10:00:00Z",
        "outlet": "Example Post",
        "authors": ["Ana Lind"],
    }
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(rec) + "\n" + json.dumps({"html": "<p>" + page(1) + "</p>"}) + "\n")
    report, data = ingest(tmp_path, path)
    assert report.ingested == 2 and not report.failed
    first = next(d for d in data["documents"] if d["source"] == "a.jsonl#1")
    assert first["meta"]["title"] == "Given Title"
    assert first["meta"]["outlet"] == "Example Post"
    assert first["meta"]["published"] == "2021-05-02"
    assert first["raw"] == PAGE


def test_html_page_raw_is_its_visible_text(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Board rejects plan</title><script>alert(1)</script></head>"
        "<body><nav><a href='/'>Home</a></nav><article><h1>Board rejects plan</h1>"
        + "".join(f"<p>{ln}</p>" for ln in PAGE.split("\n\n")[2:])
        + "</article></body></html>"
    )
    path = tmp_path / "a.html"
    path.write_text(html, encoding="utf-8")
    _, data = ingest(tmp_path, path)
    doc = data["documents"][0]
    assert "alert(1)" not in doc["raw"]
    assert "harbour board voted" in doc["text"]
    for stmt in doc["statements"]:
        assert doc["raw"][stmt["start"] : stmt["end"]] == stmt["content"]


def test_warc_responses_become_documents(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    for i in range(2):
        body = "<html><body><p>" + page(i).replace("\n\n", "</p><p>") + "</p></body></html>"
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0"
        )
        rec = writer.create_warc_record(
            f"https://example.org/{i}",
            "response",
            payload=io.BytesIO(body.encode("utf-8")),
            http_headers=headers,
        )
        writer.write_record(rec)
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(gzip.compress(buf.getvalue()))
    report, data = ingest(tmp_path, path)
    assert report.ingested == 2, report.failed
    assert all(d["source"].startswith("crawl.warc.gz#") for d in data["documents"])


def test_broken_warc_is_one_failure(tmp_path: Path) -> None:
    path = tmp_path / "bad.warc"
    path.write_bytes(b"WARC/1.0\r\nthis is not a warc record\r\n\r\n" * 3)
    report, _ = ingest(tmp_path, path)
    assert [f.source for f in report.failed] == ["bad.warc"]


def test_killed_ingest_leaves_a_consistent_store_and_a_rerun_completes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "p"
    folder.mkdir()
    for i in range(4):
        (folder / f"g{i}.txt").write_text(page(i), encoding="utf-8")
    original = SQLiteStore.save_document
    calls = {"n": 0}

    def dying_save(self, doc, duplicate):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 3:
            self.conn.execute("BEGIN IMMEDIATE")
            self.conn.execute("INSERT INTO failures VALUES ('half', 'written', 'row', 'now')")
            raise KeyboardInterrupt  # the process is killed in the middle of a write
        return original(self, doc, duplicate)

    monkeypatch.setattr(SQLiteStore, "save_document", dying_save)
    with pytest.raises(KeyboardInterrupt):
        ingest(tmp_path, folder)
    monkeypatch.setattr(SQLiteStore, "save_document", original)
    report, data = ingest(tmp_path, folder)
    assert sorted(d["source"] for d in data["documents"]) == [f"g{i}.txt" for i in range(4)]
    assert report.unchanged == 2 and report.ingested == 2
    with SQLiteStore(tmp_path / "t.db") as store:
        assert store.query("SELECT count(*) FROM failures WHERE source='half'")[0][0] == 0


def test_json_files_hold_records_or_are_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "j"
    folder.mkdir()
    (folder / "one.json").write_text(json.dumps({"text": PAGE, "outlet": "Example Post"}))
    (folder / "many.json").write_text(json.dumps([{"text": page(1)}, {"html": f"<p>{page(2)}</p>"},
                                                  {"url": "https://example.org/no-text"}]))
    (folder / "manifest.json").write_text(json.dumps([{"doc": "a.txt", "topic": "floods"}]))
    (folder / "broken.json").write_text("[{\"text\": ")
    report, data = ingest(tmp_path, folder)
    sources = {d["source"] for d in data["documents"]}
    assert sources == {"one.json", "many.json#1", "many.json#2"}
    failed = {f.source: f.reason for f in report.failed}
    assert set(failed) == {"many.json#3", "broken.json"}
    assert "not JSON" in failed["broken.json"]
    assert report.exit_code == 3
