"""claimgraph: news pages in, a source-attributed evidence graph out.

The public API: the same verbs as the command line.
"""

from __future__ import annotations

from .config import Settings, load_settings
from .errors import ClaimgraphError, ConfigError, ExtractError, IngestError, StoreError
from .ingest.run import IngestReport, ingest_paths
from .model import Claim, DocResult, Mention, Meta, RawDoc, Statement
from .present.export import export_json
from .store.sqlite import SQLiteStore

__version__ = "0.1.0"

__all__ = [
    "Claim",
    "ClaimgraphError",
    "ConfigError",
    "DocResult",
    "ExtractError",
    "IngestError",
    "IngestReport",
    "Mention",
    "Meta",
    "RawDoc",
    "SQLiteStore",
    "Settings",
    "Statement",
    "StoreError",
    "export_json",
    "ingest_paths",
    "load_settings",
]
