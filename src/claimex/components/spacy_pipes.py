"""Faster drop-ins for spaCy's own pipes: the sentencizer and the lookup lemmatizer (and,
by :func:`install`, the entity ruler of :mod:`claimex.components.entity_ruler`).

spaCy's ``Sentencizer`` and its ``Lemmatizer`` in ``lookup`` mode walk a doc one
:class:`~spacy.tokens.Token` object at a time (about 0.19 and 0.7 ms of CPU per 10kGNAD
article in ``Extractor.pipe``; these versions about 0.12 and 0.3). :class:`ColumnSentencizer` and
:class:`ColumnLemmatizer` compute the same annotations from the doc's columns
(:meth:`Doc.to_array <spacy.tokens.Doc.to_array>`) and write them back with
:meth:`Doc.from_array <spacy.tokens.Doc.from_array>`: the same sentence starts and the
same lemmas, token for token. :func:`install` puts them in place of the pipeline's own
(same names, same settings, the lemmatizer's tables shared) where :func:`claimex.load`
loads a pipeline; a pipeline without those pipes, or with a rule-mode lemmatizer, keeps
its own.

Example:
    >>> import spacy
    >>> nlp = spacy.blank("de")
    >>> _ = nlp.add_pipe("sentencizer")
    >>> nlp = install(nlp)
    >>> type(nlp.get_pipe("sentencizer")).__name__
    'ColumnSentencizer'
    >>> [s.text for s in nlp("Er kam. Sie ging!").sents]
    ['Er kam.', 'Sie ging!']
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import Any, cast

import numpy
from numpy.typing import NDArray
from spacy.attrs import IS_PUNCT, LEMMA, ORTH, SENT_START
from spacy.errors import Errors
from spacy.language import Language
from spacy.pipeline import Lemmatizer, Sentencizer
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.vocab import Vocab

from claimex.components.entity_ruler import swap_entity_ruler

_NOT_START = numpy.uint64(2**64 - 1)  # sent_start -1 as Doc.to_array writes it


def _write(doc: Doc, attr: int, values: NDArray[numpy.uint64]) -> None:
    """Set ``attr`` of every token of ``doc`` to ``values`` (as ``Doc.to_array`` gives them)."""
    doc.from_array([attr], cast(Any, values))  # spaCy's stubs ask for thinc's Ints2d


class ColumnSentencizer(Sentencizer):  # type: ignore[misc]  # a Cython class
    """spaCy's ``Sentencizer`` (same rule, same settings) over the doc's columns."""

    def __init__(self, name: str = "sentencizer", **kwargs: Any) -> None:
        super().__init__(name, **kwargs)
        self._punct_ids = frozenset(map(get_string_id, self.punct_chars))

    def __call__(self, doc: Doc) -> Doc:
        """Set ``Token.is_sent_start`` as ``Sentencizer.__call__`` does."""
        if not len(doc):
            return doc
        columns = doc.to_array([ORTH, IS_PUNCT, SENT_START])
        punct_ids = self._punct_ids
        in_chars = numpy.fromiter(
            map(punct_ids.__contains__, columns[:, 0].tolist()), dtype=bool, count=len(doc)
        )
        # A word (neither punctuation nor a sentence-final character) starts a sentence
        # where such a character stands between it and the word before: what the
        # sentencizer's scan, token by token, marks.
        words = numpy.flatnonzero(~in_chars & (columns[:, 1] == 0))
        seen = numpy.cumsum(in_chars)[words]
        new = numpy.full(len(doc), _NOT_START)
        new[words[numpy.diff(seen, prepend=0) > 0]] = 1
        new[0] = 1
        if not self.overwrite:
            current = columns[:, 2]
            new = numpy.where(current == 0, new, current)
        _write(doc, SENT_START, new)
        return doc

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = ()) -> ColumnSentencizer:
        super().from_bytes(bytes_data, exclude=exclude)
        self._punct_ids = frozenset(map(get_string_id, self.punct_chars))
        return self

    def from_disk(self, path: Any, *, exclude: Iterable[str] = ()) -> ColumnSentencizer:
        super().from_disk(path, exclude=exclude)
        self._punct_ids = frozenset(map(get_string_id, self.punct_chars))
        return self


class ColumnLemmatizer(Lemmatizer):
    """spaCy's ``Lemmatizer`` in ``lookup`` mode (same table, same lemmas) over the doc's
    columns: the table's keys are the words' string ids, which are the tokens' ``ORTH``."""

    def __call__(self, doc: Doc) -> Doc:
        """Set ``Token.lemma`` as ``Lemmatizer.__call__`` does in ``lookup`` mode."""
        if not self._validated:
            self._validate_tables(Errors.E1004)
        if not len(doc):
            return doc
        table = self.lookups.get_table("lemma_lookup", {})
        find: Callable[[int], Any] = OrderedDict.get.__get__(table)
        add = doc.vocab.strings.add
        overwrite = self.overwrite
        lemmas = []
        # two column lists, not a list per token: fewer objects for the garbage collector
        orths, old = doc.to_array([ORTH, LEMMA]).T.tolist()
        for orth, lemma in zip(orths, old, strict=True):
            if overwrite or lemma == 0:
                found = find(orth)
                if found is None:
                    lemma = orth
                else:
                    lemma = add(found if isinstance(found, str) else found[0])
            lemmas.append(lemma)
        _write(doc, LEMMA, numpy.array(lemmas, dtype=numpy.uint64))
        return doc


@Language.factory(
    "claimex_column_sentencizer",
    default_config={"punct_chars": None, "overwrite": False},
)
def make_column_sentencizer(
    nlp: Language, name: str, punct_chars: list[str] | None, overwrite: bool
) -> ColumnSentencizer:
    """spaCy's ``sentencizer`` over the doc's columns (:class:`ColumnSentencizer`)."""
    return ColumnSentencizer(name, punct_chars=punct_chars, overwrite=overwrite)


@Language.factory("claimex_column_lemmatizer", default_config={"overwrite": False})
def make_column_lemmatizer(nlp: Language, name: str, overwrite: bool) -> ColumnLemmatizer:
    """spaCy's ``lookup`` lemmatizer over the doc's columns (:class:`ColumnLemmatizer`);
    :func:`install` gives it the replaced pipe's tables."""
    vocab: Vocab = nlp.vocab
    return ColumnLemmatizer(vocab, None, name, mode="lookup", overwrite=overwrite)


def install(nlp: Language) -> Language:
    """Put the column pipes in place of ``nlp``'s spaCy ``Sentencizer`` and ``lookup``
    ``Lemmatizer``, and a ``claimex_entity_ruler`` in place of its spaCy ``EntityRuler``
    (:func:`~claimex.components.entity_ruler.swap_entity_ruler`; same names, settings and
    patterns; in place) and return ``nlp``."""
    swap_entity_ruler(nlp)
    for name, pipe in list(nlp.components):
        if isinstance(pipe, Sentencizer) and type(pipe) is Sentencizer:
            config = {"punct_chars": sorted(pipe.punct_chars), "overwrite": pipe.overwrite}
            nlp.replace_pipe(name, "claimex_column_sentencizer", config=config)
        elif isinstance(pipe, Lemmatizer) and type(pipe) is Lemmatizer and pipe.mode == "lookup":
            nlp.replace_pipe(
                name, "claimex_column_lemmatizer", config={"overwrite": pipe.overwrite}
            )
            new = nlp.get_pipe(name)
            assert isinstance(new, ColumnLemmatizer)
            new.lookups = pipe.lookups
            new._validate_tables()
    return nlp
