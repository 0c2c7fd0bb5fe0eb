"""`ask`: who asserts, denies or hedges a proposition across the store."""

from __future__ import annotations

from typing import Any

from ..config import Settings
from ..store.sqlite import SQLiteStore


def ask_store(store: SQLiteStore, question: str, settings: Settings) -> list[dict[str, Any]]:
    """Items (source, holder, stance, start, end, text, score) about the proposition."""
    return []
