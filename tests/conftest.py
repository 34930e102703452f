"""Shared fixtures: the bundled pipeline loaded once, the seed article and gold files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
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


def under_hash_seeds(script: str, *args: str, seeds: tuple[str, ...] = ("1", "2")) -> list[str]:
    """What ``python -c script args`` prints (stripped) in one fresh process per string hash
    seed, run from the repository root with ``models`` and ``src`` importable: a recipe whose
    output depends on set or dict order of strings prints differently under another seed."""
    outputs = []
    for seed in seeds:
        env = {**os.environ, "PYTHONHASHSEED": seed}
        env["PYTHONPATH"] = os.pathsep.join(
            [str(ROOT), str(ROOT / "src"), *filter(None, [env.get("PYTHONPATH")])]
        )
        out = subprocess.run(
            [sys.executable, "-c", script, *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        outputs.append(out.stdout.strip())
    return outputs
