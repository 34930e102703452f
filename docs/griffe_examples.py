"""Griffe extension for the API reference (mkdocs.yml): claimex's docstrings head their
doctest examples ``Example:`` (docs STYLE: Args / Returns / Raises / Example), which
griffe's Google parser reads as an admonition, not as code; read them as ``Examples:``."""

from __future__ import annotations

import re
from typing import Any

from griffe import Extension, Object

_EXAMPLE = re.compile(r"^(\s*)Example:\s*$", re.MULTILINE)


class ExampleSections(Extension):
    """Turns ``Example:`` headings into Google ``Examples:`` sections."""

    def on_instance(self, *, obj: Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = _EXAMPLE.sub(r"\1Examples:", obj.docstring.value)
