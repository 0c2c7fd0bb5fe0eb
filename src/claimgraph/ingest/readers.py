"""Readers: paths in, RawDoc (or an IngestError naming the document) out.

Page dumps (.txt and any other text file), HTML, JSON Lines, JSON files of article records and
WARC archives. A reader never raises for a bad document: it yields the error, so the batch goes
on. A JSON file that holds no article record (a manifest, a settings file) is no document: it is
skipped with a warning naming it.
"""

from __future__ import annotations

import gzip
import io
import json
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import IngestError
from ..model import RawDoc
from .decode import decode_bytes
from .html import html_hints, visible_text

log = logging.getLogger(__name__)

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
WARC_SUFFIXES = (".warc", ".warc.gz")
JSONL_KEYS = ("url", "title", "published", "outlet", "authors")

WARC_LIMIT = 4_000_000_000  # bytes of a decompressed archive read at most

ReadResult = RawDoc | IngestError


def iter_files(paths: list[str]) -> Iterator[Path | IngestError]:
    """Every file under the given paths, folders recursively, in a stable order."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield Path(root) / name
        elif path.is_file():
            yield path
        else:
            yield IngestError(str(p), "no such file or folder")


def read_path(path: Path, max_bytes: int) -> Iterator[ReadResult]:
    """The documents one file holds (one for a page, several for JSONL or WARC)."""
    name = path.name
    try:
        size = path.stat().st_size
        if (
            size > max_bytes
            and not name.endswith(WARC_SUFFIXES)
            and path.suffix not in JSONL_SUFFIXES
        ):
            yield IngestError(name, f"file too large ({size:,} bytes; the limit is {max_bytes:,})")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield IngestError(name, f"cannot read ({exc.strerror or exc})")
        return
    if name.lower().endswith(WARC_SUFFIXES):
        yield from read_warc(data, name, max_bytes)
    elif path.suffix.lower() in JSONL_SUFFIXES:
        yield from read_jsonl(data, name, max_bytes)
    elif path.suffix.lower() == ".json":
        yield from read_json(data, name)
    elif path.suffix.lower() in HTML_SUFFIXES:
        yield _guard(lambda: read_html(decode_bytes(data, name), name))
    else:
        yield _guard(lambda: read_text(data, name))


def _guard(make: Any) -> ReadResult:
    try:
        result: RawDoc = make()
        return result
    except IngestError as exc:
        return exc


def read_text(data: bytes, source: str) -> RawDoc:
    """A plain-text page dump: the raw text is the decoded file; HTML inside is read as HTML."""
    text = decode_bytes(data, source)
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html")):
        return read_html(text, source)
    return RawDoc(source=source, raw=text, kind="text")


def read_html(html: str, source: str, hints: dict[str, Any] | None = None) -> RawDoc:
    """An HTML page: the raw text is its visible text; markup metadata become hints."""
    raw = visible_text(html, source)
    found = html_hints(html, (hints or {}).get("url"))
    found.update({k: v for k, v in (hints or {}).items() if v})
    return RawDoc(source=source, raw=raw, kind="html", hints=found)


def read_jsonl(data: bytes, name: str, max_bytes: int) -> Iterator[ReadResult]:
    """One article per line: `text` or `html`, optional url, title, published, outlet, authors."""
    try:
        text = decode_bytes(data, name)
    except IngestError as exc:
        yield exc
        return
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        source = f"{name}#{lineno}"
        if len(line) > max_bytes:
            yield IngestError(source, "record too large")
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestError(source, f"line {lineno} is not JSON ({exc.msg})")
            continue
        yield _guard(lambda rec=rec, source=source: _jsonl_record(rec, source))


def read_json(data: bytes, name: str) -> Iterator[ReadResult]:
    """A JSON file: one article object (`text` or `html`, like a JSONL record) or an array of
    them (each `name#N`, from 1). A file with no such record is not an article and is skipped."""
    try:
        value = json.loads(decode_bytes(data, name))
    except IngestError as exc:
        yield exc
        return
    except (json.JSONDecodeError, RecursionError) as exc:
        yield IngestError(name, f"not JSON ({getattr(exc, 'msg', 'nested too deeply')})")
        return
    records = value if isinstance(value, list) else [value]
    if not any(_is_article(r) for r in records):
        log.warning("%s skipped: a JSON file with no article record ('text' or 'html')", name)
        return
    if not isinstance(value, list):
        yield _guard(lambda: _jsonl_record(value, name))
        return
    for i, rec in enumerate(records, start=1):
        yield _guard(lambda rec=rec, source=f"{name}#{i}": _jsonl_record(rec, source))


def _is_article(rec: Any) -> bool:
    return isinstance(rec, dict) and any(isinstance(rec.get(k), str) for k in ("text", "html"))


def _jsonl_record(rec: Any, source: str) -> RawDoc:
    if not isinstance(rec, dict):
        raise IngestError(source, "record is not a JSON object")
    hints = {k: rec[k] for k in JSONL_KEYS if rec.get(k)}
    if isinstance(hints.get("authors"), str):
        hints["authors"] = [hints["authors"]]
    if not all(isinstance(v, str) for k, v in hints.items() if k != "authors"):
        raise IngestError(source, "url, title, published and outlet must be strings")
    if isinstance(rec.get("text"), str) and rec["text"].strip():
        return RawDoc(source=source, raw=rec["text"], kind="jsonl", hints=hints)
    if isinstance(rec.get("html"), str) and rec["html"].strip():
        doc = read_html(rec["html"], source, hints)
        return RawDoc(source=source, raw=doc.raw, kind="jsonl", hints=doc.hints)
    raise IngestError(source, "record has neither a non-empty 'text' nor 'html' string")


def read_warc(data: bytes, name: str, max_bytes: int) -> Iterator[ReadResult]:
    """HTML and plain-text responses of a WARC file, one document per record."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    count = 0
    if data[:2] == b"\x1f\x8b":  # read whole-file and per-record gzip alike, with a size cap
        try:
            data = gzip.GzipFile(fileobj=io.BytesIO(data)).read(WARC_LIMIT)
        except (OSError, EOFError) as exc:
            yield IngestError(name, f"not a readable gzip file ({exc})")
            return
    try:
        for index, record in enumerate(ArchiveIterator(io.BytesIO(data))):
            if record.rec_type not in ("response", "resource"):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI") or ""
            source = f"{name}#{index}"
            ctype = (
                record.http_headers.get_header("Content-Type")
                if record.http_headers
                else record.rec_headers.get_header("Content-Type")
            ) or ""
            if "html" not in ctype and "text/plain" not in ctype:
                continue
            body = record.content_stream().read(max_bytes + 1)
            count += 1
            if len(body) > max_bytes:
                yield IngestError(source, "record too large")
                continue
            if "html" in ctype:
                yield _guard(lambda b=body, s=source, u=url: _warc_html(b, s, u))
            else:
                yield _guard(
                    lambda b=body, s=source, u=url: RawDoc(
                        s, decode_bytes(b, s), "warc", {"url": u} if u else {}
                    )
                )
    except (ArchiveLoadFailed, OSError, ValueError, EOFError) as exc:
        yield IngestError(name, f"not a readable WARC archive ({exc})")
        return
    if count == 0:
        yield IngestError(name, "WARC archive holds no HTML or text responses")


def _warc_html(body: bytes, source: str, url: str) -> RawDoc:
    doc = read_html(decode_bytes(body, source), source, {"url": url} if url else None)
    return RawDoc(source=source, raw=doc.raw, kind="warc", hints=doc.hints)
