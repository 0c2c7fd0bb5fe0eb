"""Ingest a batch of paths into a store: read, clean, parse, extract, save, resolve.

The per-document stages run in `process_batch`, a pure function of a list of documents, in
this process or in a pool of worker processes (`Settings.workers`). Only this module's main
loop touches the store: each document is saved in its own transaction, so a killed run leaves
a consistent store and a re-run completes it. A bad document is recorded and named; the batch
goes on.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from ..config import Settings
from ..errors import ClaimgraphError, IngestError
from ..model import DocResult, RawDoc, content_id
from ..process import Prepared, embed_results, enrich, prepare
from ..store.sqlite import SQLiteStore
from .readers import iter_files, read_path

log = logging.getLogger(__name__)

Outcome = DocResult | IngestError
Progress = Callable[[str, int], None]  # (event, files done) -> None


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


def count_files(paths: list[str]) -> int:
    """How many files the paths name (for a progress bar's total)."""
    return sum(1 for f in iter_files(paths) if isinstance(f, Path))


def process_batch(docs: list[RawDoc], model: str, max_parse_chars: int) -> list[Outcome]:
    """The per-document stages over a batch: no store, no shared state (runs in any process)."""
    from ..nlp.pipeline import load_pipeline

    outcomes: list[Outcome | None] = [None] * len(docs)
    prepared: list[tuple[int, Prepared]] = []
    for i, doc in enumerate(docs):
        try:
            prepared.append((i, prepare(doc)))
        except Exception as exc:  # noqa: BLE001 - recorded and named, the batch goes on
            log.debug("cleaning failed on %s", doc.source, exc_info=True)
            outcomes[i] = IngestError(doc.source, _reason(exc), "clean")
    if prepared:
        nlp = load_pipeline(model)
        texts = [p.view.text[:max_parse_chars] for _, p in prepared]
        for (i, prep), parsed in zip(prepared, nlp.pipe(texts), strict=True):
            try:
                outcomes[i] = enrich(prep, parsed, vectors=False)
            except ClaimgraphError as exc:
                outcomes[i] = IngestError(prep.result.source, str(exc), "extract")
            except Exception as exc:  # noqa: BLE001 - recorded and named, the batch goes on
                log.debug("extraction failed on %s", prep.result.source, exc_info=True)
                outcomes[i] = IngestError(prep.result.source, _reason(exc), "extract")
        try:
            embed_results([o for o in outcomes if isinstance(o, DocResult)])
        except Exception:  # noqa: BLE001 - the claims are kept; the store embeds them later
            log.warning("batch embedding failed; claims are embedded when indexed", exc_info=True)
    return [o for o in outcomes if o is not None]


def ingest_paths(paths: list[str], store: SQLiteStore, settings: Settings,
                 progress: Progress | None = None) -> IngestReport:
    """Ingest files and folders into the store; see the module docstring."""
    report = IngestReport()
    with _Runner(store, settings, report) as runner:
        batch: list[RawDoc] = []
        for item in _documents(paths, settings, progress):
            if isinstance(item, IngestError):
                runner.fail(item)
            elif runner.is_new(item):
                batch.append(item)
                if len(batch) >= settings.batch_size:
                    runner.submit(batch, parallel=True)
                    batch = []
        if batch:
            runner.submit(batch, parallel=False)
    from ..claims.cluster import index_pending

    index_pending(store)  # corpus stage: embed and cluster the new documents' claims
    return report


class _Runner:
    """Runs batches (in a pool when workers > 1) and saves their outcomes in order."""

    def __init__(self, store: SQLiteStore, settings: Settings, report: IngestReport) -> None:
        self.store, self.settings, self.report = store, settings, report
        self.seen: dict[str, list[str]] = {}  # id -> other names met before it was saved
        self.pending: deque[Future[list[Outcome]]] = deque()
        self.pool: ProcessPoolExecutor | None = None
        self.workers = settings.workers if settings.workers > 0 else (os.cpu_count() or 1)
        self.max_pending = 2 * self.workers

    def __enter__(self) -> _Runner:
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            if exc[0] is None:
                while self.pending:
                    self._save(self.pending.popleft().result())
        finally:
            if self.pool is not None:
                self.pool.shutdown(wait=True, cancel_futures=True)

    def is_new(self, doc: RawDoc) -> bool:
        doc_id = content_id(doc.raw)
        if doc_id in self.seen:
            self.seen[doc_id].append(doc.source)
            self.report.unchanged += 1
            return False
        if self.store.has_document(doc_id):
            self.store.add_source(doc_id, doc.source)
            self.report.unchanged += 1
            return False
        self.seen[doc_id] = []
        return True

    def submit(self, batch: list[RawDoc], parallel: bool) -> None:
        """Process a batch: in the pool when one is (or is worth) running, else right here."""
        args = (batch, self.settings.model, self.settings.max_parse_chars)
        if self.pool is None and parallel and self.workers > 1:
            self.pool = self._start_pool()
        if self.pool is None:
            self._save(process_batch(*args))
            return
        self.pending.append(self.pool.submit(process_batch, *args))
        while len(self.pending) >= self.max_pending:
            self._save(self.pending.popleft().result())

    def _start_pool(self) -> ProcessPoolExecutor:
        from ..nlp.pipeline import load_pipeline

        load_pipeline(self.settings.model)  # loaded once here, inherited by forked workers
        return ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("fork"))

    def fail(self, err: IngestError) -> None:
        self.report.failed.append(err)
        self.store.record_failure(err.source, err.stage, err.reason)

    def _save(self, outcomes: list[Outcome]) -> None:
        from ..resolve.resolver import resolve_document

        for result in outcomes:
            if isinstance(result, IngestError):
                self.fail(result)
                continue
            duplicate = self.store.find_near_duplicate(
                result.signature, self.settings.near_duplicate_threshold)
            result.extra_sources = self.seen.pop(result.id, [])
            self.store.save_document(result, duplicate)
            resolve_document(self.store, result.id)
            self.report.ingested += 1
            self.report.near_duplicates += duplicate is not None


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


def _reason(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"
