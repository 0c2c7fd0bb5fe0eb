"""Settings: defaults < claimgraph.toml < CLAIMGRAPH_* < explicit options."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.config import DEFAULT_MODEL, load_settings
from claimgraph.errors import ConfigError


def test_precedence_file_then_environment_then_options(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = tmp_path / "claimgraph.toml"
    cfg.write_text('db = "from-file.db"\nbatch_size = 4\n', encoding="utf-8")
    assert load_settings(cfg).db == "from-file.db"
    monkeypatch.setenv("CLAIMGRAPH_DB", "from-env.db")
    assert load_settings(cfg).db == "from-env.db"
    assert load_settings(cfg, db="from-cli.db").db == "from-cli.db"
    assert load_settings(cfg).batch_size == 4
    assert load_settings(cfg).model == DEFAULT_MODEL


def test_unknown_setting_and_bad_values_are_clear_errors(tmp_path: Path) -> None:
    cfg = tmp_path / "claimgraph.toml"
    cfg.write_text('colour = "blue"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown setting 'colour'"):
        load_settings(cfg)
    cfg.write_text('batch_size = "many"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="batch_size"):
        load_settings(cfg)


def test_a_missing_model_is_a_config_error() -> None:
    from claimgraph.nlp.pipeline import load_pipeline

    with pytest.raises(ConfigError, match="not installed"):
        load_pipeline("en_core_web_nonexistent")
