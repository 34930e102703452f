"""German word lists as UTF-8 data files, loaded once.

Each ``*.txt`` file holds one entry per line; ``#`` starts a comment. Each ``*.json`` file
holds a table. Use :func:`words` and :func:`table`; both cache.

Example:
    >>> "Präsident" in words("roles")
    True
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


def _read(name: str) -> str:
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")


@cache
def words(name: str) -> frozenset[str]:
    """Return the entries of ``lexicon/<name>.txt`` as a frozen set."""
    entries = set()
    for line in _read(f"{name}.txt").splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries.add(entry)
    return frozenset(entries)


@cache
def table(name: str) -> Any:
    """Return the parsed content of ``lexicon/<name>.json``."""
    return json.loads(_read(f"{name}.json"))
