"""The data model: small frozen dataclasses shared by every stage.

Every span is a pair of offsets into the document's *raw* text (see docs/contract.md).
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

Span = tuple[int, int]


def content_id(text: str) -> str:
    """The id of a document: a hash of its raw text (so the same content is stored once)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:24]


def short_id(*parts: object) -> str:
    """A stable short id from a natural key."""
    key = "\x1f".join(str(p) for p in parts)
    return hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass(frozen=True)
class RawDoc:
    """What a reader yields: the raw text every offset points into, plus hints from the source."""

    source: str
    raw: str
    kind: str  # "text" | "html" | "jsonl" | "warc"
    hints: dict[str, Any] = field(default_factory=dict)  # title, url, published, outlet, authors


@dataclass(frozen=True)
class Meta:
    """Page metadata: headline, outlet, publication date (ISO 8601 prefix) and byline."""

    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    authors: tuple[str, ...] = ()
    url: str | None = None
    title_span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["authors"] = list(self.authors)
        d["title_span"] = list(self.title_span) if self.title_span else None
        return d


@dataclass(frozen=True)
class Mention:
    """A span naming an entity in a document; `cluster` groups mentions of one entity in it."""

    start: int
    end: int
    text: str
    type: str  # PERSON | ORG | GPE | NORP | MEDIA
    cluster: int = -1
    role: str | None = None


@dataclass(frozen=True)
class Statement:
    """An attribution: who said what (content span), through which cue, of which kind."""

    start: int
    end: int
    content: str
    speaker: str | None
    speaker_span: Span | None
    cue: str | None
    cue_span: Span | None
    kind: str  # direct | indirect | mixed
    speaker_cluster: int = -1  # the in-document mention cluster of the speaker, if any
    when: str | None = None
    medium: str | None = None
    speaker_entity: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "content": self.content,
            "speaker": self.speaker,
            "speaker_entity": self.speaker_entity,
            "speaker_span": list(self.speaker_span) if self.speaker_span else None,
            "cue": self.cue,
            "cue_span": list(self.cue_span) if self.cue_span else None,
            "kind": self.kind,
            "when": self.when,
            "medium": self.medium,
        }


@dataclass(frozen=True)
class Claim:
    """A proposition held by someone (a speaker, or the article's own voice) with a stance."""

    start: int
    end: int
    text: str
    holder: str
    stance: str  # assert | deny | hedge
    statement: int | None = None  # index of the statement it came from, None for narration
    vector: bytes | None = None  # float16 sentence embedding, made in the per-document stage


@dataclass
class DocResult:
    """Everything the per-document stages produce for one document."""

    id: str
    source: str
    kind: str
    raw: str
    text: str = ""
    segments: list[tuple[int, int, int]] = field(default_factory=list)  # (clean, raw, length)
    meta: Meta = field(default_factory=Meta)
    language: str | None = None
    statements: list[Statement] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    signature: list[int] = field(default_factory=list)  # MinHash values
    extra_sources: list[str] = field(default_factory=list)  # same content under other names
