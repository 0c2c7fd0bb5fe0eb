"""Ingest a batch of paths into a store: read, clean, parse, extract, save, resolve.

Each document is stored in its own transaction, so a killed run leaves a consistent store and a
re-run completes it. A bad document is recorded and named; the batch goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..config import Settings
from ..errors import ClaimgraphError, IngestError
from ..model import RawDoc, content_id
from ..process import Prepared, enrich, prepare
from ..store.sqlite import SQLiteStore
from .readers import iter_files, read_path

log = logging.getLogger(__name__)


@dataclass
class IngestReport:
    """What one ingest run did."""

    ingested: int = 0
    unchanged: int = 0
    near_duplicates: int = 0
    failed: list[IngestError] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        """The contract's exit status: 0 all stored, 3 some failed and the rest stored."""
        return 3 if self.failed else 0


Progress = Callable[[str, int], None]  # (event, files done) -> None


def count_files(paths: list[str]) -> int:
    """How many files the paths name (for a progress bar's total)."""
    return sum(1 for f in iter_files(paths) if isinstance(f, Path))


def ingest_paths(paths: list[str], store: SQLiteStore, settings: Settings,
                 progress: Progress | None = None) -> IngestReport:
    """Ingest files and folders into the store; see the module docstring."""
    report = IngestReport()
    batch: list[Prepared] = []
    seen: set[str] = set()
    for item in _documents(paths, settings, progress):
        if isinstance(item, IngestError):
            _fail(store, report, item)
            continue
        doc_id = content_id(item.raw)
        if doc_id in seen or store.has_document(doc_id):
            if doc_id not in seen:
                store.add_source(doc_id, item.source)
            else:
                _pending_sources(batch, doc_id, item.source)
            report.unchanged += 1
            continue
        seen.add(doc_id)
        try:
            batch.append(prepare(item))
        except Exception as exc:  # noqa: BLE001 - one document's failure must not stop the batch
            _fail(store, report, IngestError(item.source, _reason(exc), "clean"))
            continue
        if len(batch) >= settings.batch_size:
            _flush(batch, store, settings, report)
            batch = []
    _flush(batch, store, settings, report)
    return report


def _documents(paths: list[str], settings: Settings, progress: Progress | None
               ) -> Iterator[RawDoc | IngestError]:
    done = 0
    for path in iter_files(paths):
        if isinstance(path, IngestError):
            yield path
            continue
        yield from read_path(path, settings.max_bytes)
        done += 1
        if progress:
            progress("file", done)


def _pending_sources(batch: list[Prepared], doc_id: str, source: str) -> None:
    for prep in batch:
        if prep.result.id == doc_id:
            prep.result.extra_sources.append(source)


def _flush(batch: list[Prepared], store: SQLiteStore, settings: Settings,
           report: IngestReport) -> None:
    if not batch:
        return
    from ..nlp.pipeline import load_pipeline
    from ..resolve.resolver import resolve_document

    nlp = load_pipeline(settings.model)
    texts = [p.view.text[: settings.max_parse_chars] for p in batch]
    parsed_docs = iter(nlp.pipe(texts, batch_size=settings.batch_size))
    for prep in batch:
        source = prep.result.source
        try:
            parsed = next(parsed_docs)
            result = enrich(prep, parsed)
        except ClaimgraphError as exc:
            _fail(store, report, IngestError(source, str(exc), "extract"))
            continue
        except Exception as exc:  # noqa: BLE001 - recorded and named, the batch goes on
            log.debug("extraction failed on %s", source, exc_info=True)
            _fail(store, report, IngestError(source, _reason(exc), "extract"))
            continue
        duplicate = store.find_near_duplicate(result.signature, settings.near_duplicate_threshold)
        store.save_document(result, duplicate)
        for extra in result.extra_sources:
            store.add_source(result.id, extra)
        resolve_document(store, result.id)
        report.ingested += 1
        report.near_duplicates += duplicate is not None


def _fail(store: SQLiteStore, report: IngestReport, err: IngestError) -> None:
    report.failed.append(err)
    store.record_failure(err.source, err.stage, err.reason)


def _reason(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"
