"""Shared fixtures: the bundled pipeline loaded once, the seed article and gold files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import claimex
from claimex.gold import find_shared

TESTS = Path(__file__).parent
DATA = TESTS / "data"
ROOT = TESTS.parent
SHARED = find_shared(ROOT)
SEED_TEXT = ROOT / "examples" / "seed_article.txt"
# The seed article's hand-made gold annotation ships with the project (examples/).
SEED_GOLD = ROOT / "examples" / "seed_article.gold.json"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test with a clear reason when it is absent."""
    if SHARED is None:
        pytest.skip("../shared is not available (set CLAIMEX_SHARED to its path)")
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available")
    return path


@pytest.fixture(scope="session")
def extractor() -> claimex.Extractor:
    return claimex.load()


@pytest.fixture(scope="session")
def seed_gold() -> dict[str, Any]:
    gold: dict[str, Any] = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    return gold


@pytest.fixture(scope="session")
def seed_result(extractor: claimex.Extractor) -> claimex.Extraction:
    return extractor.extract(SEED_TEXT.read_text(encoding="utf-8"))
