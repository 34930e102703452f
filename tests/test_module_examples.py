"""The examples in claimex's module and function docstrings run as written (doctest).

Each module of the package is one case, so a broken example names its module. Examples
that need an optional service (a Dask cluster) are marked ``# doctest: +SKIP`` where
they stand.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import claimex

MODULES = sorted(
    info.name
    for info in pkgutil.walk_packages(claimex.__path__, prefix="claimex.")
    if not info.name.endswith("__main__")
)


def test_the_package_has_examples() -> None:
    finder = doctest.DocTestFinder()
    examples = sum(
        len(test.examples)
        for name in MODULES
        for test in finder.find(importlib.import_module(name))
    )
    assert examples >= 100, examples


@pytest.mark.parametrize("name", MODULES)
def test_module_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, verbose=False, report=False, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"
