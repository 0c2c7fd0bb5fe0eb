"""The per-document stages: pure functions of one document, no store, no shared state.

    prepare(raw_doc)  -> DocResult with clean view, metadata, signature   (no spaCy)
    enrich(result, parsed) -> the same, with language, statements, mentions

`parse_text(result)` is what spaCy parses: the headline (if any), then the body.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .ingest import dedup
from .ingest.boilerplate import find_layout
from .ingest.clean import CleanView, raw_lines, view_of
from .ingest.meta import find_meta
from .model import Claim, DocResult, Mention, RawDoc, Statement, content_id

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass
class Prepared:
    """A document after cleaning: its result so far and the view spaCy will parse."""

    result: DocResult
    view: CleanView
    body_offset: int  # where the body starts in view.text (after the headline)


def prepare(raw_doc: RawDoc) -> Prepared:
    """Clean a raw document and read its metadata; nothing here needs spaCy."""
    raw = raw_doc.raw
    lines = raw_lines(raw)
    if raw_doc.kind == "text":
        layout = find_layout(raw, lines)
        title, body = layout.title, layout.body
    else:
        title, body = _markup_layout(raw, lines, raw_doc.hints)
    if title is None and not body and lines:
        title, body = _bare_layout(raw, lines)
    meta = find_meta(raw, title, body, raw_doc.hints)
    parse_lines = ([title] if title else []) + body
    view = view_of(raw, parse_lines, title)
    body_offset = (title[1] - title[0] + 2) if title and body else (len(view.text) if title else 0)
    result = DocResult(id=content_id(raw), source=raw_doc.source, kind=raw_doc.kind, raw=raw,
                       meta=meta)
    result.text = view.text[body_offset:]
    result.segments = [s for s in view.segments if s[0] >= body_offset]
    result.signature = dedup.signature(result.text)
    return Prepared(result, view, body_offset)


def _bare_layout(raw: str, lines: list[tuple[int, int]]
                 ) -> tuple[tuple[int, int] | None, list[tuple[int, int]]]:
    """When the cleaner kept nothing: a lone short line is a headline, anything else the body."""
    first = lines[0]
    if len(lines) == 1 and first[1] - first[0] <= 300:
        return first, []
    return None, lines


def _markup_layout(raw: str, lines: list[tuple[int, int]], hints: dict[str, object]
                   ) -> tuple[tuple[int, int] | None, list[tuple[int, int]]]:
    """For HTML/WARC/JSONL: the raw lines that the markup extractor kept as main text."""
    main = hints.get("main_text")
    title_text = hints.get("title")
    title = next((ln for ln in lines if isinstance(title_text, str)
                  and raw[ln[0]:ln[1]] == title_text.strip()), None)
    if isinstance(main, str) and main.strip():
        keep = {ln.strip() for ln in main.split("\n") if ln.strip()}
        body = [ln for ln in lines if raw[ln[0]:ln[1]] in keep and ln != title]
        if body:
            return title, body
    layout = find_layout(raw, lines)
    return title or layout.title, layout.body


def enrich(prep: Prepared, parsed: Doc | None, vectors: bool = True) -> DocResult:
    """Run the per-document stages that need the parse; map every span to raw offsets. Without
    `vectors` the claims are left unembedded (`embed_results` embeds a whole batch at once)."""
    from .attribute import extract_statements
    from .attribute.build import AUTHOR
    from .claims.extract import author_of, extract_claims
    from .nlp.language import detect_language
    from .resolve.mentions import find_mentions

    result = prep.result
    result.language = detect_language(result.text)
    if parsed is None:
        return result
    view, body = prep.view, prep.body_offset
    mentions = find_mentions(parsed)
    writer = author_of(result.meta)
    statements = [replace(s, speaker=writer) if s.speaker == AUTHOR else s
                  for s in extract_statements(parsed, mentions, published=result.meta.published)
                  if s.start >= body]
    claims = extract_claims(parsed, statements, mentions, result.meta, body, vectors=vectors)
    result.mentions = [_mention_to_raw(m, view, result.raw) for m in mentions]
    result.statements = [_statement_to_raw(s, view, result.raw) for s in statements]
    result.claims = [_claim_to_raw(c, view, result.raw) for c in claims]
    return result


def _span(view: CleanView, span: tuple[int, int] | None) -> tuple[int, int] | None:
    return view.span_to_raw(*span) if span else None


def _mention_to_raw(m: Mention, view: CleanView, raw: str) -> Mention:
    start, end = view.span_to_raw(m.start, m.end)
    return replace(m, start=start, end=end, text=raw[start:end])


def _claim_to_raw(c: Claim, view: CleanView, raw: str) -> Claim:
    start, end = view.span_to_raw(c.start, c.end)
    return replace(c, start=start, end=end, text=raw[start:end])


def _statement_to_raw(s: Statement, view: CleanView, raw: str) -> Statement:
    start, end = view.span_to_raw(s.start, s.end)
    return replace(s, start=start, end=end, content=raw[start:end],
                   speaker_span=_span(view, s.speaker_span), cue_span=_span(view, s.cue_span))


def embed_results(results: list[DocResult]) -> None:
    """Embed the claims of several documents in one pass: sorted by length across documents,
    batches carry less padding than one document's claims alone, and a text repeated across
    documents is encoded once."""
    from .claims.extract import embed_claims

    claims = [c for r in results for c in r.claims if c.vector is None]
    embedded = iter(embed_claims(claims))
    for r in results:
        r.claims = [next(embedded) if c.vector is None else c for c in r.claims]
