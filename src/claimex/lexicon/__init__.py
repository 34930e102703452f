"""German word lists as UTF-8 data files, loaded once.

Each ``*.txt`` file holds one entry per line; ``#`` starts a comment. Each ``*.json`` file
holds a table; each ``*.tsv`` file a word and a count per line. Use :func:`words`,
:func:`table` and :func:`counts`; all cache.

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


@cache
def counts(name: str) -> dict[str, int]:
    """Return the rows ``word<TAB>count`` of ``lexicon/<name>.tsv`` (``#`` lines are comments).

    Example:
        >>> counts("common_nouns")["Kerosin"] > 0
        True
    """
    rows: dict[str, int] = {}
    for line in _read(f"{name}.tsv").splitlines():
        if line and not line.startswith("#"):
            word, count = line.split("\t")
            rows[word] = int(count)
    return rows
