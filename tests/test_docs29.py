"""Round 29 (docs29): the user docs' account of the components' settings against the code.

docs/index.md quoted the learned entity check's threshold as 0.7 after the shipped model
had moved to 0.5, and named 9 of the components' 17 settings; these tests tie the page to
the factories' ``default_config`` and to ``lexicon/entity_check.json``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from spacy.language import Language

import claimex  # noqa: F401  (registers the factories)
from claimex import components

ROOT = Path(__file__).resolve().parents[1]
INDEX = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
CHECK_FILE = ROOT / "src" / "claimex" / "lexicon" / "entity_check.json"


def _settings_section() -> str:
    start = INDEX.index("## Settings of claimex's components")
    return INDEX[start : INDEX.index("\n## ", start + 1)]


def test_index_quotes_the_shipped_entity_check_threshold() -> None:
    quoted = re.search(r"a probability of at least ([0-9.]+)", INDEX)
    assert quoted is not None
    shipped = json.loads(CHECK_FILE.read_text(encoding="utf-8"))["threshold"]
    assert float(quoted.group(1)) == shipped


def test_settings_table_names_every_setting_with_its_default() -> None:
    section = _settings_section()
    for name in components.PIPELINE:
        config = Language.get_factory_meta(name).default_config
        assert f"`{name}`" in section, name
        for setting in config:
            assert f"`{setting}`" in section, (name, setting)


def test_settings_table_gives_the_numeric_defaults() -> None:
    section = _settings_section()
    for name in components.PIPELINE:
        for setting, value in Language.get_factory_meta(name).default_config.items():
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                row = next(line for line in section.splitlines() if f"`{setting}`" in line)
                assert str(value) in row, (name, setting, value, row)
