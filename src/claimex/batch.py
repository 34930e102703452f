"""Corpus-scale helpers behind :meth:`claimex.Extractor.pipe`: input items, failures, windows.

:meth:`~claimex.Extractor.pipe` accepts plain strings, ``{"id": ..., "text": ...}`` mappings
or, with ``as_tuples=True``, ``(text_or_mapping, context)`` pairs. Each item becomes an
:class:`Item`; an item that is not text keeps its error and comes out as an
:class:`~claimex.records.ExtractionFailure`, in its place.

Example:
    >>> [item.id for item in items(["Text", {"id": 7, "text": "Mehr"}], as_tuples=False)]
    [None, '7']
    >>> item = next(items([(None, "ctx")], as_tuples=True))
    >>> (item.context, type(item.error).__name__)
    ('ctx', 'InputError')
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, cast

from spacy.language import Language
from spacy.tokens import Doc

from claimex._version import __version__
from claimex.errors import ClaimexError, InputError
from claimex.normalize import OffsetMap
from claimex.records import ExtractionFailure

logger = logging.getLogger("claimex")

# Documents processed per spaCy memory zone (see docs/performance.md): the strings and
# lexemes of a window's documents are freed when the window ends.
DEFAULT_WINDOW = 1000


@dataclass
class Item:
    """One input document on its way through :meth:`~claimex.Extractor.pipe`."""

    index: int
    id: str | None
    text: object
    context: Any = None
    error: Exception | None = None
    component: str | None = None
    warnings: list[Any] = field(default_factory=list)
    date: Any = None
    source: str | None = None
    """The prepared text as given, where ``text`` is the copy the pipeline reads
    (:mod:`claimex.markup`)."""
    offsets: OffsetMap | None = None
    """The map of the copy's offsets back to ``source`` where the copy was normalised
    (:mod:`claimex.normalize`)."""


def _payload(index: int, payload: object, context: Any) -> Item:
    if isinstance(payload, Mapping):
        raw_id = payload.get("id")
        doc_id = None if raw_id is None else str(raw_id)
        if "text" not in payload:
            error = InputError("E001 the mapping has no 'text' key: pass {'id': ..., 'text': ...}.")
            return Item(index, doc_id, None, context, error)
        return Item(index, doc_id, payload["text"], context, date=payload.get("date"))
    return Item(index, None, payload, context)


def items(source: Iterable[object], *, as_tuples: bool) -> Iterator[Item]:
    """Turn the inputs of :meth:`~claimex.Extractor.pipe` into :class:`Item` records, lazily."""
    for index, obj in enumerate(source):
        if not as_tuples:
            yield _payload(index, obj, None)
        elif isinstance(obj, tuple) and len(obj) == 2:
            yield _payload(index, obj[0], obj[1])
        else:
            error = InputError(
                "E001 with as_tuples=True every item must be a (text, context) pair, "
                f"not {type(obj).__name__}."
            )
            yield Item(index, None, None, None, error)


def windows(stream: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """Cut ``stream`` into lists of at most ``size`` items (``size`` >= 1)."""
    iterator = iter(stream)
    while chunk := list(islice(iterator, size)):
        yield chunk


ErrorHandler = Callable[[str, Any, list[Doc], Exception], None]


class FailureLog:
    """An ``nlp.set_error_handler`` callback that remembers failures instead of raising.

    spaCy drops a document whose component raised; the log keeps, per text, the
    component and the exception, so the caller can put a failure in its place.
    """

    def __init__(self) -> None:
        self.by_text: dict[str, tuple[str | None, Exception]] = {}

    def __call__(
        self, name: str | None, proc: object, docs: list[Doc] | None, exc: Exception
    ) -> None:
        for doc in docs or []:
            self.by_text[doc.text] = (name, exc)


@contextmanager
def error_handler(nlp: Language, handler: ErrorHandler) -> Iterator[None]:
    """Install ``handler`` on ``nlp`` and its components for the block, then restore theirs.

    This is ``nlp.set_error_handler`` made reversible and safe: in spaCy 3.8 the Cython
    components (``parser``, ``ner``) have no slot for a handler and raise AttributeError
    from ``set_error_handler``; they keep re-raising, and the caller deals with that.
    """
    pipeline: Any = nlp
    saved_default = pipeline.default_error_handler
    saved: dict[str, ErrorHandler] = {}
    pipeline.default_error_handler = handler
    try:
        for name, proc in nlp.pipeline:
            if not hasattr(proc, "set_error_handler"):
                continue
            previous = cast(Any, proc).get_error_handler()
            try:
                cast(Any, proc).set_error_handler(handler)
            except AttributeError:  # a cdef component without an error_handler slot
                continue
            saved[name] = previous
        yield
    finally:
        pipeline.default_error_handler = saved_default
        for name, previous in saved.items():
            cast(Any, nlp.get_pipe(name)).set_error_handler(previous)


def failure(item: Item) -> ExtractionFailure:
    """The failure record of ``item``: its ``error`` and the ``component`` that raised it.

    A :class:`~claimex.errors.ClaimexError` keeps its own message; anything else names the
    component and tells the user how to see the traceback. The failure is logged.
    """
    exc = item.error or RuntimeError("unknown failure")
    if isinstance(exc, ClaimexError):
        message = str(exc)
    else:
        where = f"pipeline component {item.component!r}" if item.component else "processing"
        message = (
            f"E040 {where} failed on this document: {type(exc).__name__}: {exc}. "
            "The other documents are unaffected; run extract() on this text alone to "
            "see the traceback."
        )
    logger.warning("document %s failed: %s", item.id or f"#{item.index}", message)
    return ExtractionFailure(
        id=item.id,
        index=item.index,
        error=message,
        error_type=type(exc).__name__,
        component=item.component,
        claimex_version=__version__,
    )
