"""Corpus-scale helpers behind :meth:`claimex.Extractor.pipe`: input items, failures, windows.

:meth:`~claimex.Extractor.pipe` accepts plain strings, ``{"id": ..., "text": ...}`` mappings
or, with ``as_tuples=True``, ``(text_or_mapping, context)`` pairs. Each item becomes an
:class:`Item`; an item that is not text keeps its error and comes out as an
:class:`~claimex.records.ExtractionFailure`, in its place.

Example:
    >>> [item.id for item in items(["Text", {"id": 7, "text": "Mehr"}], as_tuples=False)]
    [None, '7']
    >>> item = next(items([({"id": 8}, "ctx")], as_tuples=True))
    >>> (item.id, item.context, type(item.error).__name__)
    ('8', 'ctx', 'InputError')
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, TypeVar, cast

from spacy.language import Language
from spacy.tokens import Doc

from claimex._version import __version__
from claimex.errors import ClaimexError, InputError
from claimex.inputs import document_id
from claimex.normalize import OffsetMap
from claimex.records import ExtractionFailure

logger = logging.getLogger("claimex")

_Step = TypeVar("_Step")

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
        doc_id = document_id(payload.get("id"))
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
    """Cut ``stream`` into lists of at most ``size`` items (``size`` >= 1).

    Where reading ``stream`` raises (a caller's generator whose source fails midway), the
    items read before it are yielded first as a last, shorter list and the exception is
    raised after them: the documents the caller already handed over get their results,
    as with ``nlp.pipe``, instead of being dropped with the window."""
    iterator = iter(stream)
    while True:
        chunk: list[Item] = []
        try:
            chunk.extend(islice(iterator, size))
        except Exception:
            if chunk:
                yield chunk
            raise
        if not chunk:
            return
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


class PipelineLock:
    """The lock that serialises an :class:`~claimex.Extractor`'s use of its pipeline.

    Re-entrant for a thread, like ``threading.RLock``. A :meth:`held` generator (a
    ``pipe()`` window) holds it under a token of its own instead of a thread: whichever
    thread advances the generator goes on with the window, and the window's end releases
    it in that thread. A thread-bound ``RLock`` raised ``RuntimeError: cannot release
    un-acquired lock`` at the end of a window whose generator was read from more than one
    thread, as a thread pool does that streams a response (Starlette's
    ``StreamingResponse`` over a plain generator: one ``next()`` per pool thread), and left
    the pipeline locked. While a window's generator waits between results, the thread that
    read it last may enter (an ``extract`` call in the loop that reads ``pipe``, as with an
    ``RLock``); other threads wait for the window's end. One thread at a time runs.
    """

    def __init__(self) -> None:
        self._state = threading.Condition(threading.Lock())
        self._holder: object = None  # the outermost owner: a thread's ident or a window's token
        self._depth = 0
        self._reader: dict[object, int] = {}  # window token -> the thread that read it last
        self._running: int | None = None  # the thread inside, None while a window waits
        self._runs = 0  # how deep that thread is inside

    def _enter(self, thread: int) -> None:
        self._running = thread
        self._runs += 1

    def _leave(self) -> None:
        self._runs -= 1
        if self._runs == 0:
            self._running = None
            self._state.notify_all()

    def _open_to(self, owner: object, thread: int) -> bool:
        if self._running not in (None, thread):
            return False
        holder = self._holder
        return holder is None or holder in (owner, thread) or self._reader.get(holder) == thread

    def acquire(self, owner: object = None) -> None:
        """Wait until the pipeline is free for ``owner`` (default: this thread), take it."""
        thread = threading.get_ident()
        owner = thread if owner is None else owner
        with self._state:
            self._state.wait_for(lambda: self._open_to(owner, thread))
            if self._holder is None:
                self._holder = owner
            self._depth += 1
            if owner != thread:
                self._reader[owner] = thread
            self._enter(thread)

    def release(self) -> None:
        with self._state:
            if self._depth < 1:
                raise RuntimeError("release of an unlocked PipelineLock")
            self._leave()
            self._depth -= 1
            if self._depth == 0:
                self._holder = None
                self._reader.clear()
                self._state.notify_all()

    def __enter__(self) -> PipelineLock:
        self.acquire()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()

    def _pause(self) -> None:
        with self._state:
            self._leave()

    def _resume(self, token: object) -> None:
        thread = threading.get_ident()
        with self._state:
            self._state.wait_for(lambda: self._running in (None, thread))
            self._reader[token] = thread
            self._enter(thread)

    def held(self, steps: Iterator[_Step]) -> Iterator[_Step]:
        """``steps``, run while this lock is held under a token of their own: taken at the
        first step, released after the last one or when the generator is closed (``steps``
        closed first, so that its cleanup, a memory zone's end, runs under the lock)."""
        token = object()
        self.acquire(token)
        try:
            while True:
                try:
                    step = next(steps)
                except StopIteration:
                    break
                self._pause()
                try:
                    yield step
                finally:
                    self._resume(token)
        finally:
            try:
                close: Callable[[], object] | None = getattr(steps, "close", None)
                if close is not None:
                    close()
            finally:
                self.release()
