"""The errors claimgraph raises: each carries a message a user can act on."""

from __future__ import annotations


class ClaimgraphError(Exception):
    """Base class of every error claimgraph raises on purpose."""


class IngestError(ClaimgraphError):
    """A document could not be read or processed; names the document and the reason."""

    def __init__(self, source: str, reason: str, stage: str = "read") -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
        self.stage = stage


class ExtractError(ClaimgraphError):
    """An extraction stage failed on a document."""


class StoreError(ClaimgraphError):
    """The store cannot be opened, migrated or written."""


class ConfigError(ClaimgraphError):
    """A setting is missing or invalid."""
