"""The token columns of a doc the speaker ranker reads (:class:`DocColumns`)."""

from __future__ import annotations

from itertools import accumulate
from typing import cast

import numpy
from spacy.attrs import DEP, HEAD
from spacy.tokens import Doc, Span

from claimex.components.doctokens import pos_tags, token_texts, token_view
from claimex.components.speaker_model.features import quote_marks
from claimex.components.speaker_model.model import QuoteLike
from claimex.components.speakers import SpeakerResolver


class DocColumns:
    """A doc's texts, part of speech, dependency labels, heads and sentence starts, read
    once as lists, with the sentence and span geometry the ranker asks about per quote.
    """

    def __init__(self, doc: Doc, resolver: SpeakerResolver) -> None:
        self.doc = doc
        self.resolver = resolver
        self.starts = resolver.sentence_starts or [0]
        n = len(doc)
        self.texts = token_texts(doc)
        self.lowers = token_view(doc).lowers
        self.pos: list[str] = pos_tags(doc)  # shared with the other stages: read only
        self.dep: list[str] = []
        self.heads: list[int] = []
        if n:
            columns = doc.to_array([DEP, HEAD])
            strings = doc.vocab.strings
            ids = cast(list[int], columns[:, 0].tolist())
            names = {v: strings[v] for v in set(ids)}
            self.dep = list(map(names.__getitem__, ids))
            offsets = columns[:, 1].astype(numpy.int64)  # relative heads (uint64 wraps)
            self.heads = (offsets + numpy.arange(n, dtype=numpy.int64)).tolist()
        # how many ":" and quotation-mark tokens stand before each token
        marks = quote_marks()
        # (C-level map passes, no Python frame per token)
        self._colons: list[int] = list(accumulate(map(":".__eq__, self.texts), initial=0))
        self._marks: list[int] = list(accumulate(map(marks.__contains__, self.texts), initial=0))
        self._roots: dict[tuple[int, int], int] = {}

    def sentence_of(self, i: int) -> int:
        return self.resolver.sentence_of(i)

    def _sentence_start(self, sent: int) -> int:
        if sent <= 0:
            return 0
        return self.starts[sent] if sent < len(self.starts) else len(self.doc)

    def _root(self, start: int, end: int) -> int:
        """``doc[start:end].root.i``, once per span."""
        if end - start == 1:
            return start
        key = (start, end)
        root = self._roots.get(key)
        if root is None:
            root = self._roots[key] = Span(self.doc, start, end).root.i
        return root

    def token_range(self, quote: QuoteLike) -> tuple[int, int]:
        span = self.doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            i = min(len(self.doc) - 1, max(0, self._token_at(quote.start)))
            return i, i + 1
        return span.start, span.end

    def _token_at(self, char: int) -> int:
        idx = token_view(self.doc).idx
        for i, text in enumerate(self.texts):
            if idx[i] + len(text) > char:
                return i
        return len(self.doc) - 1
