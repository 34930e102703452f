"""The public entry points: :func:`load`, :class:`Extractor`, :func:`extract`."""

from __future__ import annotations

import datetime
import logging
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import AbstractContextManager, nullcontext
from typing import Any, Literal, TypeVar, overload

import spacy.about
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import raise_error

from claimex import batch, components, guard, markup, tables
from claimex._version import __version__ as __version__
from claimex.components.word_checks import split_word_check
from claimex.convert import RECORD_ATTR, empty_record, finish_record, get_record, release
from claimex.errors import InputError
from claimex.inputs import check_date, check_text, document_id, limit_length, prepare
from claimex.models import ModelChoice, load_pipeline, resolve
from claimex.records import (
    Extraction,
    ExtractionResult,
    ExtractionWarning,
    ModelInfo,
)
from claimex.warmup import preload_lexicons, warm_tokenizer

_Context = TypeVar("_Context")

logger = logging.getLogger("claimex")

MAX_CHARS = 10_000_000
"""Default ``max_chars``: longer texts raise :class:`~claimex.errors.TextTooLongError`
(or, with ``truncate=True``, are cut). Shorter texts over ``nlp.max_length`` are
processed in pieces: 5,000,000 characters of news took 11 minutes and 1.1 GB peak RSS
on a busy two-core machine (``benchmarks/long_inputs.py``)."""


def _pipeline_name(meta: dict[str, object]) -> str:
    """The package-style name of a pipeline: "de_core_news_lg", "de_claimex_news"."""
    lang, name = str(meta.get("lang", "de")), str(meta.get("name", "pipeline"))
    return name if name.startswith(f"{lang}_") else f"{lang}_{name}"


class Extractor:
    """A loaded German pipeline with claimex's components: load once, extract many.

    Thread-safe: calls are serialised on the underlying spaCy pipeline.

    Example:
        >>> ex = load()  # doctest: +SKIP
        >>> ex.extract("Bundeskanzler Merz reiste nach Paris.").places[0].name  # doctest: +SKIP
        'Paris'
    """

    def __init__(
        self,
        nlp: Language,
        choice: ModelChoice,
        *,
        max_chars: int = MAX_CHARS,
        truncate: bool = False,
    ) -> None:
        """Wrap ``nlp`` (a German pipeline with claimex's components).

        Args:
            nlp: the pipeline; its tokenizer gets claimex's guard
                (:mod:`claimex.guard`), which keeps tokenising linear in the text.
            choice: which pipeline it is and why it was chosen.
            max_chars: the longest text accepted. Texts over the pipeline's
                ``max_length`` are processed in pieces (warning W004); texts over
                ``max_chars`` raise :class:`~claimex.errors.TextTooLongError`.
            truncate: cut texts over ``max_chars`` at a paragraph or sentence end and
                process the beginning (warning W006) instead of raising.

        Raises:
            ValueError: ``max_chars`` is not positive.
        """
        if max_chars < 1:
            raise ValueError("max_chars must be positive")
        self.max_chars = max_chars
        self.truncate = truncate
        self.nlp = nlp
        self.model = choice.model
        self.info = ModelInfo(
            name=_pipeline_name(nlp.meta),
            version=str(nlp.meta.get("version", "0.0.0")),
            source=choice.origin,
            spacy_version=spacy.about.__version__,
        )
        # re-entrant for a thread; a pipe() window holds it whichever thread reads it on
        self._lock = batch.PipelineLock()
        self._claimex_pipes = [name for name in components.PIPELINE if name in nlp.pipe_names]
        # The Extractor keeps only the records: no doc.spans groups for docs it drops.
        self._record_cfg = "claimex_records" in nlp.pipe_names
        # Common chunks stay in the tokenizer's cache, which memory zones do not fill:
        # filled at the first extraction (outside its zone), not here, which keeps about
        # 0.4 s of CPU out of load (benchmarks/load_time.py) and out of any process that
        # never extracts.
        self._warm = False
        # German words by the pipeline's lemma table: a word split at a line break
        # ("Bundes-\nregierung") is joined only where it makes one (claimex.linebreaks)
        self._split_word = split_word_check(nlp)
        preload_lexicons()  # none is read mid-run, when it may be replaced
        guard.install(nlp)  # no quadratic tokenising of long punctuation runs

    def _warm_up(self) -> None:
        """Fill the tokenizer's cache with frequent chunks once (:mod:`claimex.warmup`).

        Called before a memory zone opens; inside one (a caller's own zone) it waits for
        a later call, as nothing tokenised there would be kept.
        """
        with self._lock:
            if not self._warm and not getattr(self.nlp.vocab, "in_memory_zone", False):
                warm_tokenizer(self.nlp)
                self._warm = True

    @property
    def _cfg(self) -> dict[str, dict[str, Any]]:
        """``component_cfg`` for the Extractor's own runs (a new dict: spaCy edits it)."""
        return {"claimex_records": {"span_groups": False}} if self._record_cfg else {}

    def __repr__(self) -> str:
        return f"Extractor(model={self.model!r}, pipes={self.nlp.pipe_names})"

    def extract(
        self,
        text: str,
        *,
        id: str | None = None,
        date: datetime.date | str | None = None,
        max_chars: int | None = None,
        truncate: bool | None = None,
    ) -> Extraction:
        """Extract actors, places, figures and quotes from one German text.

        Args:
            text: the article text.
            id: the document's id, copied into the result (an id that is no str, such
                as an int, as its ``str()``, as :meth:`pipe` and the command line do).
            date: its publication date (a ``datetime.date`` or an ISO string), copied
                into the result.
            max_chars: this call's ``max_chars`` (default: the extractor's).
            truncate: this call's ``truncate`` (default: the extractor's).

        Raises:
            InputError: ``text`` is not a str, or ``date`` is not a date.
            TextTooLongError: ``text`` is longer than ``max_chars`` and ``truncate`` is
                false.
        """
        day = check_date(date)
        doc_id = document_id(id)  # one rule with pipe(): ids are strings
        text, limited = limit_length(
            check_text(text, single=True),
            self.max_chars if max_chars is None else max_chars,
            truncate=self.truncate if truncate is None else truncate,
        )
        source, warnings = prepare(text)
        warnings += limited
        # tags blanked, the copy normalised: offsets mapped back by ``offsets``
        text, offsets = markup.for_pipeline(source, warnings, raw=text, known=self._split_word)
        if not text.strip():
            return self._empty(source, doc_id, warnings, date=day)
        if not self._warm:
            self._warm_up()
        # The memory zone frees the strings this document adds to the vocab once its
        # record is built, so a long-running service does not grow (spaCy >= 3.8).
        with self._lock, self.nlp.memory_zone():
            size = self._piece_size(text)
            if size is not None:
                warnings.append(
                    guard.chunked_warning(text, size, self._piece_chars, given=len(source))
                )
                doc = self._long_doc(text, size=size)
            else:
                doc = self.nlp(text, component_cfg=self._cfg)
            result = self._convert(doc, doc_id, warnings, date=day)
            release(doc)
            return tables.within_cells(markup.resliced(result, source, offsets))

    @overload
    def pipe(
        self,
        items: Iterable[str | Mapping[str, Any]],
        *,
        as_tuples: Literal[False] = ...,
        batch_size: int = ...,
        n_process: int = ...,
        window: int = ...,
    ) -> Iterator[ExtractionResult]: ...

    @overload
    def pipe(
        self,
        items: Iterable[tuple[str | Mapping[str, Any], _Context]],
        *,
        as_tuples: Literal[True],
        batch_size: int = ...,
        n_process: int = ...,
        window: int = ...,
    ) -> Iterator[tuple[ExtractionResult, _Context]]: ...

    def pipe(
        self,
        items: Iterable[Any],
        *,
        as_tuples: bool = False,
        batch_size: int = 32,
        n_process: int = 1,
        window: int = batch.DEFAULT_WINDOW,
    ) -> Iterator[ExtractionResult] | Iterator[tuple[ExtractionResult, Any]]:
        """Extract from many documents, streaming: one result per input, in input order.

        Built on ``nlp.pipe``. With ``n_process > 1`` the whole pipeline, claimex's
        components included, runs in spaCy's worker processes, which send back each
        document's finished record (see :mod:`claimex.convert`).

        Args:
            items: texts (str), mappings with ``"text"`` and optionally ``"id"``, or, with
                ``as_tuples=True``, ``(text_or_mapping, context)`` pairs.
            as_tuples: yield ``(result, context)`` pairs, as ``nlp.pipe`` does.
            batch_size: documents per ``nlp.pipe`` batch. A batch's documents are parsed
                together, so peak memory grows with batch size times article length: over
                the 1,028 whole 10kGNAD test articles (up to 32,600 characters) one process
                peaks at 842 MiB with 32, 565 MiB with 4 (docs/performance.md); lower it for
                long articles where memory is tight.
            n_process: worker processes (``nlp.pipe``'s ``n_process``).
            window: documents per spaCy memory zone; the strings and lexemes they add to
                the vocabulary are freed after each window, which keeps a long run's
                memory flat. ``items`` is read a window at a time (up to ``window``
                documents before the first result); results come out one by one, in
                order, as each is done. 0 turns zones off (windows of 1,000 documents
                then).

        Yields:
            An :class:`~claimex.records.Extraction` per document, or an
            :class:`~claimex.records.ExtractionFailure` where the input is not text or a
            pipeline component raised on it. Empty texts give empty extractions; texts
            over ``nlp.max_length`` are processed in chunks (warning W004). Where
            reading ``items`` raises (a generator whose source fails midway), the results
            of the documents read before it come first, then its exception.

        Raises:
            ValueError: ``batch_size`` < 1, ``n_process`` 0 or below -1, or ``window`` < 0.
            TypeError: ``batch_size``, ``n_process`` or ``window`` is not an int.
            InputError: ``items`` is one str, bytes or mapping instead of an iterable of
                documents (E001; a str would be read one character at a time). All of
                these are raised by the call itself, before any document is read.

        Example:
            >>> ex = load()  # doctest: +SKIP
            >>> docs = [{"id": "a", "text": "Merz reiste nach Paris."}, {"id": "b", "text": None}]
            >>> [type(r).__name__ for r in ex.pipe(docs)]  # doctest: +SKIP
            ['Extraction', 'ExtractionFailure']
        """
        _check_pipe_options(batch_size=batch_size, n_process=n_process, window=window)
        if isinstance(items, str | bytes | Mapping):
            # A str would be read one character at a time, a mapping key by key.
            raise InputError(
                f"E001 pipe() takes an iterable of documents, not one {type(items).__name__}: "
                "pass a list (pipe([text])) or call extract(text) for a single text."
            )
        return self._pipe(
            items, as_tuples=as_tuples, batch_size=batch_size, n_process=n_process, window=window
        )

    def _pipe(
        self, items: Iterable[Any], *, as_tuples: bool, batch_size: int, n_process: int, window: int
    ) -> Iterator[Any]:
        """The generator behind :meth:`pipe`, after its arguments are checked."""
        stream = batch.items(items, as_tuples=as_tuples)
        size = window if window > 0 else batch.DEFAULT_WINDOW
        for chunk in batch.windows(stream, size):
            results = self._pipe_window(
                chunk, batch_size=batch_size, n_process=n_process, zone=window > 0
            )
            if as_tuples:
                yield from ((result, item.context) for result, item in results)
            else:
                yield from (result for result, _ in results)

    def _pipe_window(
        self, chunk: list[batch.Item], *, batch_size: int, n_process: int, zone: bool
    ) -> Iterator[tuple[ExtractionResult, batch.Item]]:
        """Process one window of items inside one spaCy memory zone.

        Results come out in input order as soon as they are ready (not at the window's
        end), so a consumer can write and flush each one.
        """
        results: dict[int, ExtractionResult] = {}
        regular: list[batch.Item] = []
        long: list[batch.Item] = []
        for item in chunk:
            if item.error is None:
                try:
                    text, limited = limit_length(
                        check_text(item.text), self.max_chars, truncate=self.truncate
                    )
                    item.source, item.warnings = prepare(text)
                    item.warnings += limited
                    item.text, item.offsets = markup.for_pipeline(
                        item.source, item.warnings, raw=text, known=self._split_word
                    )
                    item.date = check_date(item.date)
                except Exception as exc:  # becomes the item's failure
                    item.error = exc
            if item.error is not None:
                results[item.index] = batch.failure(item)
            elif not str(item.text).strip():
                results[item.index] = self._empty(
                    str(item.text), item.id, item.warnings, date=item.date
                )
            elif self._piece_size(str(item.text)) is not None:
                long.append(item)
            else:
                regular.append(item)
        position = 0

        def ready() -> Iterator[tuple[ExtractionResult, batch.Item]]:
            nonlocal position
            while position < len(chunk) and chunk[position].index in results:
                item = chunk[position]
                position += 1
                result = results.pop(item.index)
                if isinstance(result, Extraction) and item.source is not None:
                    result = tables.within_cells(markup.resliced(result, item.source, item.offsets))
                yield result, item

        def steps() -> Iterator[tuple[ExtractionResult, batch.Item]]:
            with self._memory_zone(zone):
                yield from ready()
                for item in long:
                    size = self._piece_size(str(item.text)) or self._piece_chars
                    given = None if item.source is None else len(item.source)
                    chunked = guard.chunked_warning(
                        str(item.text), size, self._piece_chars, given=given
                    )
                    item.warnings.append(chunked)
                    results[item.index] = self._guarded(item, self._extract_long)
                    yield from ready()
                for item, result in self._pipe_regular(regular, batch_size, n_process):
                    results[item.index] = result
                    yield from ready()

        if not self._warm:
            self._warm_up()
        # the window holds the lock, also while its results are handled, whichever
        # thread reads them (batch.PipelineLock)
        yield from self._lock.held(steps())
        if position != len(chunk):
            raise RuntimeError("E041 a document of the window got no result")

    def _pipe_regular(
        self, regular: list[batch.Item], batch_size: int, n_process: int
    ) -> Iterator[tuple[batch.Item, ExtractionResult]]:
        """Run ``nlp.pipe`` over ``regular``; yield each item with its result, in order.

        spaCy drops a document whose component raised (the error handler logs it), so the
        output docs are an ordered subsequence of the input: each text travels with its
        position as ``nlp.pipe`` context, which matches docs to items. A dropped document
        is run again alone, at once, which names the component that failed.
        """
        log = batch.FailureLog()
        pending = regular
        with batch.error_handler(self.nlp, log):
            while pending:
                position = 0
                try:
                    for doc, at in self._docs(pending, batch_size, n_process):
                        if not isinstance(at, int) or not position <= at < len(pending):
                            raise RuntimeError("E041 nlp.pipe returned a doc for no input text")
                        for dropped in pending[position:at]:
                            yield dropped, self._retry(dropped, log)
                        item = pending[at]
                        position = at + 1
                        yield item, self._guarded(item, _given(doc))
                    for dropped in pending[position:]:
                        yield dropped, self._retry(dropped, log)
                    pending = []
                except Exception:  # a component that cannot take an error handler raised
                    # The batch in flight failed: retry its documents one by one, go on after.
                    in_flight = batch_size * max(n_process, 1)
                    for dropped in pending[position : position + in_flight]:
                        yield dropped, self._retry(dropped, log)
                    pending = pending[position + in_flight :]

    def _retry(self, item: batch.Item, log: batch.FailureLog) -> ExtractionResult:
        """Run a document that ``nlp.pipe`` dropped again, alone."""
        if item.text in log.by_text:
            item.component = log.by_text[item.text][0]
        return self._guarded(item, self._extract_one(item))

    def _docs(
        self, items: list[batch.Item], batch_size: int, n_process: int
    ) -> Iterator[tuple[Doc, object]]:
        """``(doc, position in items)`` pairs from ``nlp.pipe``.

        With ``n_process > 1`` the whole pipeline, claimex's stages included, runs in
        spaCy's worker processes; there ``claimex_records`` replaces each doc by an empty
        one that carries only its finished record (see :mod:`claimex.convert`).
        """
        texts = ((str(item.text), position) for position, item in enumerate(items))
        if n_process == 1:
            return self.nlp.pipe(
                texts, as_tuples=True, batch_size=batch_size, component_cfg=self._cfg
            )
        if "claimex_records" in self.nlp.pipe_names:
            return self._records(items, batch_size, n_process)
        # Without it claimex's results cannot leave a worker: run them here.
        parsed = self.nlp.pipe(
            texts,
            as_tuples=True,
            batch_size=batch_size,
            n_process=n_process,
            disable=self._claimex_pipes,
        )
        model_pipes = [name for name in self.nlp.pipe_names if name not in self._claimex_pipes]
        return self.nlp.pipe(parsed, as_tuples=True, batch_size=batch_size, disable=model_pipes)

    def _records(
        self, items: list[batch.Item], batch_size: int, n_process: int
    ) -> Iterator[tuple[Doc, object]]:
        """``(doc carrying its record, position in items)`` from spaCy's worker processes.

        The texts go to ``nlp.pipe`` as plain strings: with ``as_tuples`` spaCy would
        tokenise each text in this process and send the doc to a worker as bytes, work
        the workers should do. Each record holds its text, which matches it to its item:
        spaCy keeps the order and only drops failed documents, and equal texts give equal
        results, so the first pending item with the record's text is the one.
        """
        docs = self.nlp.pipe(
            (str(item.text) for item in items),
            batch_size=batch_size,
            n_process=n_process,
            component_cfg={"claimex_records": {"record_only": True}},
        )
        position = 0
        for doc in docs:
            record = get_record(doc)
            if record is None:
                raise RuntimeError("E041 a worker returned a doc without its record")
            while position < len(items) and str(items[position].text) != record.text:
                position += 1
            doc._.set(RECORD_ATTR, record)  # parsed once
            yield doc, position
            position += 1

    def _guarded(self, item: batch.Item, make_doc: Callable[[str], Doc]) -> ExtractionResult:
        """Build ``item``'s extraction, or its failure if making or converting the doc raises."""
        try:
            doc = make_doc(str(item.text))
            result = self._convert(doc, item.id, item.warnings, date=item.date)
            release(doc)
            return result
        except Exception as exc:  # one bad document never stops a batch
            item.error = exc
            return batch.failure(item)

    def _extract_one(self, item: batch.Item) -> Callable[[str], Doc]:
        """Run the pipeline on one text, noting on ``item`` which component raised."""

        def make_doc(text: str) -> Doc:
            doc = self.nlp.make_doc(text)
            for name, proc in self.nlp.pipeline:
                try:
                    doc = proc(doc, **self._cfg.get(name, {}))
                except Exception:
                    item.component = name
                    raise
            return doc

        return make_doc

    def _extract_long(self, text: str) -> Doc:
        """A doc carrying the record of a text over ``nlp.max_length``, made in pieces.

        Raises:
            TextTooLongError: ``text`` is longer than ``max_chars`` (without ``truncate``).
        """
        with batch.error_handler(self.nlp, raise_error):
            return self._long_doc(text, size=self._piece_size(text))

    @property
    def _piece_chars(self) -> int:
        """Texts longer than this run in pieces: bounded memory (~18 KB a token in the
        model) and no document near spaCy's ``max_length``."""
        return min(guard.PIECE_CHARS, self.nlp.max_length)

    def _piece_size(self, text: str) -> int | None:
        """Characters per piece for ``text``, or None where it runs whole."""
        return guard.piece_size(text, chars=self._piece_chars)

    def _memory_zone(self, enabled: bool) -> AbstractContextManager[object]:
        if enabled and not getattr(self.nlp.vocab, "in_memory_zone", False):
            zone: AbstractContextManager[object] = self.nlp.memory_zone()
            return zone
        return nullcontext()

    def _long_doc(
        self,
        text: str,
        warnings: list[ExtractionWarning] | None = None,
        *,
        size: int | None = None,
    ) -> Doc:
        """An empty doc carrying the record of ``text``, processed in bounded pieces.

        The whole pipeline runs on one piece at a time (:func:`claimex.guard.extract_in_pieces`):
        time linear in the text, memory that of one piece. ``warnings`` go on the record.
        """
        record = guard.extract_in_pieces(
            self.nlp, text, size=size or self._piece_chars, component_cfg=self._cfg
        )
        if warnings:
            record = record.model_copy(update={"warnings": [*warnings, *record.warnings]})
        if not Doc.has_extension(RECORD_ATTR):  # a pipeline without claimex_records
            Doc.set_extension(RECORD_ATTR, default=None)
        carrier = Doc(self.nlp.vocab, words=[])
        carrier._.set(RECORD_ATTR, record)
        return carrier

    def _convert(
        self,
        doc: Doc,
        doc_id: str | None,
        warnings: list[ExtractionWarning],
        *,
        date: datetime.date | None = None,
    ) -> Extraction:
        return finish_record(doc, model=self.info, doc_id=doc_id, warnings=warnings, date=date)

    def _empty(
        self,
        text: str,
        doc_id: str | None,
        warnings: list[ExtractionWarning],
        *,
        date: datetime.date | None = None,
    ) -> Extraction:
        return empty_record(text, model=self.info, doc_id=doc_id, warnings=warnings, date=date)


_PIPE_OPTION_LEAST = {"batch_size": 1, "window": 0, "n_process": 1}
"""The least value of each ``pipe()`` option (``n_process`` also takes -1: all CPUs)."""


def check_pipe_option(name: str, value: object) -> int:
    """``value`` if it is allowed for the ``pipe()`` option ``name`` (batch_size, window,
    n_process), else a TypeError (no int) or ValueError naming the option and the value.
    The CLI's --batch-size, --window and --n-process are checked by the same rule."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{name} must be an int, not {type(value).__name__} ({value!r})")
    least = _PIPE_OPTION_LEAST[name]
    all_cpus = name == "n_process"
    if value < least and not (all_cpus and value == -1):
        allowed = f">= {least}" + (" (or -1: all CPUs)" if all_cpus else "")
        raise ValueError(f"{name} must be {allowed}, not {value}")
    return value


def _check_pipe_options(*, batch_size: object, n_process: object, window: object) -> None:
    """Refuse bad ``pipe()`` options at the call, naming the option and its value.

    A negative ``window`` turned memory zones off without a word, and a ``window`` or
    ``batch_size`` that is no int failed only when the first result was read, inside
    ``islice`` or a comparison.
    """
    for name, value in (("batch_size", batch_size), ("window", window), ("n_process", n_process)):
        check_pipe_option(name, value)


def _given(doc: Doc) -> Callable[[str], Doc]:
    def make_doc(_: str) -> Doc:
        return doc

    return make_doc


def add_components(nlp: Language) -> Language:
    """Add claimex's components to a German spaCy pipeline (in place) and return it."""
    for name in reversed(components.PRE_PIPELINE):
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, first=True)
    for name in components.PIPELINE:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    return nlp


def load(
    model: str | None = None, *, max_chars: int = MAX_CHARS, truncate: bool = False
) -> Extractor:
    """Load a German pipeline (see :mod:`claimex.models` for the order) with claimex on top.

    Args:
        model: a package name or path (``"de_claimex_news"``: the bundled pipeline);
            None picks one (:mod:`claimex.models`).
        max_chars: the longest text accepted (see :class:`Extractor`).
        truncate: process the beginning of longer texts instead of raising.

    Raises:
        ModelNotFoundError: no German pipeline can be found or loaded.
        ValueError: ``max_chars`` is not positive.
    """
    choice = resolve(model)
    # spaCy's sentencizer, lookup lemmatizer and entity ruler give way to faster pipes with
    # the same annotations (components.spacy_pipes, components.entity_ruler: about 0.5 and
    # 3 ms less per article).
    nlp = add_components(components.install_column_pipes(load_pipeline(choice)))
    return Extractor(nlp, choice, max_chars=max_chars, truncate=truncate)


_default: dict[str | None, Extractor] = {}
_default_lock = threading.Lock()


def default_extractor(model: str | None = None) -> Extractor:
    """The process-wide cached :class:`Extractor` for ``model``."""
    with _default_lock:
        if model not in _default:
            _default[model] = load(model)
        return _default[model]


def extract(
    text: str,
    *,
    id: str | None = None,
    date: datetime.date | str | None = None,
    model: str | None = None,
    max_chars: int | None = None,
    truncate: bool | None = None,
) -> Extraction:
    """Extract from one German text with a cached default :class:`Extractor`.

    Args:
        text: the article text.
        id: the document's id, copied into the result.
        date: its publication date (``datetime.date`` or ISO string), copied into the result.
        model: the German pipeline (see :func:`load`).
        max_chars: the longest text accepted (default :data:`MAX_CHARS`).
        truncate: process the beginning of a longer text (warning W006) instead of
            raising.

    Raises:
        InputError: ``text`` is not a str, or ``date`` is not a date.
        TextTooLongError: ``text`` is longer than ``max_chars`` and ``truncate`` is false.
        ModelNotFoundError: no German pipeline can be found or loaded.
    """
    check_text(text, single=True)
    return default_extractor(model).extract(
        text, id=id, date=date, max_chars=max_chars, truncate=truncate
    )
