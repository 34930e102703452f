"""The public entry points: :func:`load`, :class:`Extractor`, :func:`extract`."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from importlib import metadata
from itertools import pairwise

import spacy.about
from spacy.language import Language
from spacy.tokens import Doc

from claimex import components
from claimex.convert import doc_to_extraction
from claimex.errors import InputError
from claimex.models import ModelChoice, load_pipeline, resolve
from claimex.records import Extraction, ExtractionWarning, ModelInfo
from claimex.text import german_share, looks_like_html, replace_surrogates, split_points

try:
    __version__ = metadata.version("claimex")
except metadata.PackageNotFoundError:  # running from a source tree
    __version__ = "0.0.0"

# A text with fewer German function words than this share gets a warning.
MIN_GERMAN_SHARE = 0.08


def check_text(text: object) -> str:
    """Return ``text`` if it is a str, else raise a clear :class:`InputError`.

    Raises:
        InputError: ``text`` is None, bytes or anything but a str.
    """
    if isinstance(text, str):
        return text
    if text is None:
        raise InputError("E001 text is None: pass the article text as a str.")
    if isinstance(text, bytes | bytearray):
        raise InputError(
            "E001 text is bytes: decode it first, e.g. data.decode('utf-8', errors='replace')."
        )
    raise InputError(f"E001 text must be a str, not {type(text).__name__}.")


def _prepare(text: str) -> tuple[str, list[ExtractionWarning]]:
    warnings: list[ExtractionWarning] = []
    text, replaced = replace_surrogates(text)
    if replaced:
        warnings.append(
            ExtractionWarning(
                code="W001",
                message=f"{replaced} broken Unicode characters (lone surrogates) were "
                "replaced by U+FFFD; offsets are unchanged.",
            )
        )
    if looks_like_html(text):
        warnings.append(
            ExtractionWarning(
                code="W002",
                message="the text contains HTML markup; strip it before extraction for "
                "clean results (offsets refer to the text as given).",
            )
        )
    if len(text) >= 200 and german_share(text) < MIN_GERMAN_SHARE:
        warnings.append(
            ExtractionWarning(
                code="W003",
                message="the text does not look German; claimex's pipeline is German-only "
                "and results will be poor.",
            )
        )
    return text, warnings


class Extractor:
    """A loaded German pipeline with claimex's components: load once, extract many.

    Thread-safe: calls are serialised on the underlying spaCy pipeline.

    Example:
        >>> ex = load()  # doctest: +SKIP
        >>> ex.extract("Bundeskanzler Merz reiste nach Paris.").places[0].name  # doctest: +SKIP
        'Paris'
    """

    def __init__(self, nlp: Language, choice: ModelChoice) -> None:
        self.nlp = nlp
        self.model = choice.model
        self.info = ModelInfo(
            name=f"{nlp.meta.get('lang', 'de')}_{nlp.meta.get('name', 'pipeline')}",
            version=str(nlp.meta.get("version", "0.0.0")),
            source=choice.origin,
            spacy_version=spacy.about.__version__,
        )
        self._lock = threading.RLock()
        self._claimex_pipes = [name for name in components.PIPELINE if name in nlp.pipe_names]

    def __repr__(self) -> str:
        return f"Extractor(model={self.model!r}, pipes={self.nlp.pipe_names})"

    def extract(self, text: str, *, id: str | None = None) -> Extraction:
        """Extract actors, places, figures and quotes from one German text.

        Raises:
            InputError: ``text`` is not a str.
        """
        text, warnings = _prepare(check_text(text))
        if not text.strip():
            return self._empty(text, id, warnings)
        with self._lock:
            if len(text) > self.nlp.max_length:
                doc = self._long_doc(text)
                warnings.append(
                    ExtractionWarning(
                        code="W004",
                        message=f"text of {len(text)} characters exceeds the pipeline's "
                        f"max_length ({self.nlp.max_length}); processed in chunks.",
                    )
                )
            else:
                doc = self.nlp(text)
            return self._convert(doc, id, warnings)

    def pipe(
        self, texts: Iterable[str], *, batch_size: int = 32, n_process: int = 1
    ) -> Iterator[Extraction]:
        """Extract from many texts, streaming, one :class:`Extraction` per text in order.

        Built on ``nlp.pipe``; with ``n_process > 1`` the German pipeline runs in worker
        processes and claimex's components in this one.

        Raises:
            InputError: a text is not a str.
        """
        prepared = ((_prepare(check_text(text))) for text in texts)
        buffer: list[tuple[str, list[ExtractionWarning]]] = []
        for item in prepared:
            buffer.append(item)
            if len(buffer) >= batch_size * max(1, n_process) * 4:
                yield from self._pipe_batch(buffer, batch_size=batch_size, n_process=n_process)
                buffer = []
        if buffer:
            yield from self._pipe_batch(buffer, batch_size=batch_size, n_process=n_process)

    def _pipe_batch(
        self,
        items: list[tuple[str, list[ExtractionWarning]]],
        *,
        batch_size: int,
        n_process: int,
    ) -> Iterator[Extraction]:
        limit = self.nlp.max_length
        regular = [i for i, (text, _) in enumerate(items) if text.strip() and len(text) <= limit]
        with self._lock:
            if n_process > 1:
                docs = self.nlp.pipe(
                    (items[i][0] for i in regular),
                    batch_size=batch_size,
                    n_process=n_process,
                    disable=self._claimex_pipes,
                )
                done = {i: self._run_claimex(doc) for i, doc in zip(regular, docs, strict=True)}
            else:
                docs = self.nlp.pipe((items[i][0] for i in regular), batch_size=batch_size)
                done = dict(zip(regular, docs, strict=True))
        for i, (text, warnings) in enumerate(items):
            if i in done:
                yield self._convert(done[i], None, warnings)
            else:
                yield self.extract(text)

    def _run_claimex(self, doc: Doc) -> Doc:
        for name in self._claimex_pipes:
            doc = self.nlp.get_pipe(name)(doc)
        return doc

    def _long_doc(self, text: str) -> Doc:
        bounds = [0, *split_points(text, self.nlp.max_length), len(text)]
        chunks = [text[a:b] for a, b in pairwise(bounds)]
        docs = list(self.nlp.pipe(chunks, disable=self._claimex_pipes))
        doc = Doc.from_docs(docs, ensure_whitespace=False)
        return self._run_claimex(doc)

    def _convert(
        self, doc: Doc, doc_id: str | None, warnings: list[ExtractionWarning]
    ) -> Extraction:
        return doc_to_extraction(
            doc, model=self.info, claimex_version=__version__, doc_id=doc_id, warnings=warnings
        )

    def _empty(
        self, text: str, doc_id: str | None, warnings: list[ExtractionWarning]
    ) -> Extraction:
        return Extraction(
            id=doc_id, text=text, model=self.info, claimex_version=__version__, warnings=warnings
        )


def add_components(nlp: Language) -> Language:
    """Add claimex's components to a German spaCy pipeline (in place) and return it."""
    for name in components.PIPELINE:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    return nlp


def load(model: str | None = None) -> Extractor:
    """Load a German pipeline (see :mod:`claimex.models` for the order) with claimex on top.

    Raises:
        ModelNotFoundError: no German pipeline can be found or loaded.
    """
    choice = resolve(model)
    return Extractor(add_components(load_pipeline(choice)), choice)


_default: dict[str | None, Extractor] = {}
_default_lock = threading.Lock()


def default_extractor(model: str | None = None) -> Extractor:
    """The process-wide cached :class:`Extractor` for ``model``."""
    with _default_lock:
        if model not in _default:
            _default[model] = load(model)
        return _default[model]


def extract(text: str, *, model: str | None = None) -> Extraction:
    """Extract from one German text with a cached default :class:`Extractor`.

    Raises:
        InputError: ``text`` is not a str.
        ModelNotFoundError: no German pipeline can be found or loaded.
    """
    check_text(text)
    return default_extractor(model).extract(text)
