"""The in-domain Wikinews gold (``models/gold/wikinews``) and its tools."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")


def train_halves(items: Sequence[T]) -> tuple[list[T], list[T]]:
    """The two halves of the train split, in the order of ``train.jsonl``: ``train_a`` its
    odd lines (1st, 3rd, ...), ``train_b`` its even ones; rounds of error reading take one
    half and judge on the other (docs/accuracy.md).

    Example:
        >>> train_halves(["a1", "b1", "a2", "b2", "a3"])
        (['a1', 'a2', 'a3'], ['b1', 'b2'])
    """
    return list(items[0::2]), list(items[1::2])
