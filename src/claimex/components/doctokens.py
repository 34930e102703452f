"""Token texts (and morphology, tags and lemmas) read once per doc and shared by claimex's stages.

``doc[i]`` builds a new ``Token`` object on every access, and each stage scans every token
several times; the stages read the texts from one list instead. The list lives in
``doc.user_data`` under a ``claimex_`` extension key, so the record stage and
:func:`claimex.convert.release` drop it with claimex's other per-doc values (it never
travels in a serialised doc). It is rebuilt whenever the doc's length no longer matches
(a component that retokenised the doc in between).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Set as AbstractSet
from functools import lru_cache
from operator import add
from typing import Any, cast

from spacy.attrs import (
    IDX,
    IS_ALPHA,
    IS_PUNCT,
    IS_SPACE,
    LEMMA,
    LIKE_NUM,
    MORPH,
    ORTH,
    POS,
    SENT_START,
    SPACY,
    TAG,
)
from spacy.tokens import Doc, Token

TEXTS_KEY = ("._.", "claimex_token_texts", None, None)
TEXT_KEY = ("._.", "claimex_doc_text", None, None)
MORPH_KEY = ("._.", "claimex_morph_keys", None, None)
STARTS_KEY = ("._.", "claimex_sentence_starts", None, None)


def token_texts(doc: Doc) -> list[str]:
    """The text of every token of ``doc``, in order (read once, then cached on the doc).

    Example:
        >>> import spacy
        >>> token_texts(spacy.blank("de")("Putin sagte das."))
        ['Putin', 'sagte', 'das', '.']
    """
    data = _user_data(doc)
    cached = data.get(TEXTS_KEY)
    if isinstance(cached, list) and len(cached) == len(doc):
        return cached
    texts = strings_of(doc, doc.to_array(ORTH).tolist()) if len(doc) else []
    data[TEXTS_KEY] = texts
    return texts


def pos_tags(doc: Doc) -> list[str]:
    """``token.pos_`` of every token of ``doc``, in order (read once, then cached on the doc).

    Example:
        >>> import spacy
        >>> doc = spacy.blank("de")("Putin sagte")
        >>> doc[0].pos_ = "PROPN"
        >>> pos_tags(doc)
        ['PROPN', '']
    """
    return _string_column(doc, POS, POS_KEY)


def fine_tags(doc: Doc) -> list[str]:
    """``token.tag_`` of every token of ``doc`` (see :func:`pos_tags`)."""
    return _string_column(doc, TAG, TAG_KEY)


def lemmas(doc: Doc) -> list[str]:
    """``token.lemma_`` of every token of ``doc`` (see :func:`pos_tags`)."""
    return _string_column(doc, LEMMA, LEMMA_KEY)


POS_KEY = ("._.", "claimex_pos_tags", None, None)
TAG_KEY = ("._.", "claimex_fine_tags", None, None)
LEMMA_KEY = ("._.", "claimex_lemmas", None, None)


def _string_column(doc: Doc, attr: int, key: tuple[str, str, None, None]) -> list[str]:
    """The strings of one attribute column of ``doc``, cached on it under ``key`` (rebuilt
    where the doc's length changed: a stage retokenised it)."""
    data = _user_data(doc)
    cached = data.get(key)
    if isinstance(cached, list) and len(cached) == len(doc):
        return cached
    ids: list[int] = doc.to_array(attr).tolist() if len(doc) else []
    column = strings_of(doc, ids)
    data[key] = column
    return column


def strings_of(doc: Doc, ids: list[int]) -> list[str]:
    """``[doc.vocab.strings[i] for i in ids]``, each distinct hash decoded once per process:
    a hash always names the same string (and a symbol id the same symbol), so one bounded
    table serves every doc; decoding each token's strings anew cost more than the lookup.

    Example:
        >>> import spacy
        >>> doc = spacy.blank("de")("Putin sagte")
        >>> strings_of(doc, [doc.vocab.strings["Putin"], 0])
        ['Putin', '']
    """
    known = _STRINGS
    try:
        return list(map(known.__getitem__, ids))
    except KeyError:
        pass
    strings = doc.vocab.strings
    missing = {v: strings[v] for v in set(ids).difference(known)}
    if len(known) < _MAX_STRINGS:
        known.update(missing)
        return list(map(known.__getitem__, ids))
    return [missing[v] if v in missing else known[v] for v in ids]


# string hash -> its string, shared by the docs of the process (a pure mapping; it stops
# growing at _MAX_STRINGS entries, a news stream's common words having come first)
_STRINGS: dict[int, str] = {}
_MAX_STRINGS = 200_000


class TokenView:
    """The token attributes claimex's entity and actor rules read, for one doc.

    Built once per doc by :func:`token_view`: the rules look at a few tokens of each of
    many spans, and a ``Token`` (or ``Span``) object per look cost more than the look.
    Holds only attributes that no claimex stage changes (texts, lexical flags, offsets);
    not the entity columns, which ``claimex_entities`` rewrites.
    """

    __slots__ = (
        "_capitalised",
        "_counts",
        "_vocabulary",
        "idx",
        "is_alpha",
        "is_punct",
        "is_space",
        "like_num",
        "lowers",
        "text",
        "texts",
    )

    def __init__(self, doc: Doc) -> None:
        self.texts: list[str] = token_texts(doc)
        self.lowers: list[str] = list(map(str.lower, self.texts))  # = Token.lower_
        self.text: str = doc_text(doc)
        columns = doc.to_array(_VIEW_COLUMNS).T.tolist() if len(doc) else [[]] * 5
        self.idx: list[int] = columns[0]
        self.is_punct: list[int] = columns[1]
        self.is_space: list[int] = columns[2]
        self.like_num: list[int] = columns[3]
        self.is_alpha: list[int] = columns[4]
        self._counts: Counter[str] | None = None
        self._capitalised: list[int] | None = None
        self._vocabulary: frozenset[str] | None = None

    def capitalised(self) -> list[int]:
        """The tokens whose text begins with a capital letter (``text[:1].isupper()``), in
        order (found on the first call): the rules that look for names and nouns skip
        the other words without a test each.

        Example:
            >>> import spacy
            >>> token_view(spacy.blank("de")("Laut Putin ist „Ärger“ da.")).capitalised()
            [0, 1, 4]
        """
        if self._capitalised is None:
            self._capitalised = [i for i, text in enumerate(self.texts) if text[:1].isupper()]
        return self._capitalised

    def capitalised_before(self, stop: int) -> list[int]:
        """:meth:`capitalised` up to token ``stop`` (excluded): for a rule that reads words
        after the capitalised one (``stop`` = the doc's length less those words).

        Example:
            >>> import spacy
            >>> token_view(spacy.blank("de")("Laut Putin ist „Ärger“ da.")).capitalised_before(4)
            [0, 1]
        """
        capitalised = self.capitalised()
        return capitalised[: bisect_left(capitalised, stop)]

    def vocabulary(self) -> frozenset[str]:
        """The distinct token texts of the doc (found on the first call, one pass shared by
        the rules): a rule that needs one of a few words tests the doc once and skips it
        without them.

        Example:
            >>> import spacy
            >>> sorted(token_view(spacy.blank("de")("für Kinder und für Eltern")).vocabulary())
            ['Eltern', 'Kinder', 'für', 'und']
        """
        if self._vocabulary is None:
            self._vocabulary = frozenset(self.texts)
        return self._vocabulary

    def positions(self, wanted: AbstractSet[str]) -> list[int]:
        """The tokens whose text is in ``wanted``, in order: ``[]`` without a scan where
        the doc has none of them (:meth:`vocabulary`).

        Example:
            >>> import spacy
            >>> token_view(spacy.blank("de")("für Kinder und für Eltern")).positions({"für"})
            [0, 3]
        """
        if self.vocabulary().isdisjoint(wanted):
            return []
        return [i for i, text in enumerate(self.texts) if text in wanted]

    def count(self, text: str) -> int:
        """How many tokens of the doc read ``text`` (counted once, on the first call)."""
        if self._counts is None:
            self._counts = Counter(self.texts)
        return self._counts[text]

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text`` for ``0 <= start <= end <= len(doc)``."""
        if start >= end:
            return ""
        return self.text[self.idx[start] : self.idx[end - 1] + len(self.texts[end - 1])]


_VIEW_COLUMNS = [IDX, IS_PUNCT, IS_SPACE, LIKE_NUM, IS_ALPHA]
VIEW_KEY: Any = ("._.", "claimex_token_view", None, None)


def token_view(doc: Doc) -> TokenView:
    """The :class:`TokenView` of ``doc`` (built once, then cached on the doc).

    Example:
        >>> import spacy
        >>> view = token_view(spacy.blank("de")("Der Präsident Wladimir Putin sagte."))
        >>> view.span_text(2, 4), view.lowers[1], view.is_punct[-1]
        ('Wladimir Putin', 'präsident', 1)
    """
    view = doc.user_data.get(VIEW_KEY)
    if isinstance(view, TokenView) and len(view.texts) == len(doc):
        return view
    view = doc.user_data[VIEW_KEY] = TokenView(doc)
    return view


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once from :func:`token_texts` and cached on the doc.

    Example:
        >>> import spacy
        >>> doc_text(spacy.blank("de")("Putin sagte das."))
        'Putin sagte das.'
    """
    data = _user_data(doc)
    cached = data.get(TEXT_KEY)
    texts = token_texts(doc)
    if isinstance(cached, tuple) and cached[0] is texts:
        return str(cached[1])
    spaces = doc.to_array(SPACY).tolist() if len(doc) else []
    # (texts is token_texts(doc): one entry per token, as spaces)
    text = "".join(map(add, texts, map(_WHITESPACE.__getitem__, spaces)))
    data[TEXT_KEY] = (texts, text)
    return text


_WHITESPACE = ("", " ")  # a token's SPACY flag -> the whitespace after it


def feature_values(token: Token, field: str) -> tuple[str, ...]:
    """The values of one morphological feature of ``token``: ``token.morph.get(field)``,
    from the doc's MORPH column read once per doc (stages never change morphology).

    Example:
        >>> import spacy
        >>> doc = spacy.blank("de")("Putins Rede")
        >>> doc[0].set_morph("Case=Dat,Gen|Number=Sing")
        >>> feature_values(doc[0], "Case"), feature_values(doc[1], "Case")
        (('Dat', 'Gen'), ())
    """
    return feature_values_at(token.doc, token.i, field)


def morph_keys(doc: Doc) -> list[int]:
    """The hash of every token's morphological analysis (``token.morph.key``), read once
    per doc and shared by the stages that read morphology (no stage changes it).

    Example:
        >>> import spacy
        >>> doc = spacy.blank("de")("Putins Rede")
        >>> doc[0].set_morph("Case=Gen")
        >>> morph_keys(doc) == [doc[0].morph.key, 0]
        True
    """
    data: dict[Any, Any] = doc.user_data  # (not _user_data: asked per token)
    keys = data.get(MORPH_KEY)
    if not (isinstance(keys, list) and len(keys) == len(doc)):
        keys = data[MORPH_KEY] = doc.to_array(MORPH).tolist() if len(doc) else []
    return cast(list[int], keys)


def feature_values_at(doc: Doc, i: int, field: str) -> tuple[str, ...]:
    """:func:`feature_values` of token ``i`` of ``doc``, without building the ``Token``."""
    data: dict[Any, Any] = doc.user_data  # (as morph_keys, inline: asked per token)
    keys = data.get(MORPH_KEY)
    if not (isinstance(keys, list) and len(keys) == len(doc)):
        keys = morph_keys(doc)
    key = keys[i]
    fields = _FEATURES.get(key)
    if fields is None:
        fields = morph_features(doc.vocab.strings[key])
        if len(_FEATURES) < _MAX_FEATURES:
            _FEATURES[key] = fields
    return fields.get(field, ())


# morphology hash -> its analysis by field (a hash always names the same analysis; a
# pipeline has a few thousand distinct ones)
_FEATURES: dict[int, dict[str, tuple[str, ...]]] = {}
_MAX_FEATURES = 100_000


def has_feature(token: Token, field: str, value: str) -> bool:
    """Whether ``token``'s morphology lists ``value`` under ``field`` (see
    :func:`feature_values`): ``has_feature(token, "Case", "Gen")``."""
    return value in feature_values(token, field)


@lru_cache(maxsize=4096)
def morph_features(morph: str) -> dict[str, tuple[str, ...]]:
    """A morphological analysis by field, parsed once per distinct analysis.

    Example:
        >>> morph_features("Case=Dat,Gen|Number=Sing")
        {'Case': ('Dat', 'Gen'), 'Number': ('Sing',)}
    """
    fields: dict[str, tuple[str, ...]] = {}
    for feature in morph.split("|") if morph else ():
        field, _, values = feature.partition("=")
        fields[field] = tuple(values.split(","))
    return fields


def sentence_starts(doc: Doc) -> list[int]:
    """The first token of each sentence, as ``[sent.start for sent in doc.sents]`` gives
    them, without building the sentence spans (the doc needs sentence boundaries).

    Example:
        >>> import spacy
        >>> nlp = spacy.blank("de")
        >>> _ = nlp.add_pipe("sentencizer")
        >>> sentence_starts(nlp("Putin sprach. Er ging."))
        [0, 3]
    """
    data = _user_data(doc)
    cached = data.get(STARTS_KEY)
    if isinstance(cached, tuple) and cached[0] == len(doc):
        return cast(list[int], cached[1])
    flags = doc.to_array(SENT_START).tolist()
    starts = [0] + [i for i in range(1, len(flags)) if flags[i] == 1] if flags else []
    data[STARTS_KEY] = (len(doc), starts)
    return starts


def sentence_start(doc: Doc, i: int) -> int:
    """The first token of the sentence holding token ``i``: ``doc[i].sent.start``.

    Example:
        >>> import spacy
        >>> nlp = spacy.blank("de")
        >>> _ = nlp.add_pipe("sentencizer")
        >>> doc = nlp("Putin sprach. Er ging.")
        >>> sentence_start(doc, 1), sentence_start(doc, 4)
        (0, 3)
    """
    starts = sentence_starts(doc)
    return starts[bisect_right(starts, i) - 1] if starts else 0


def _user_data(doc: Doc) -> dict[Any, Any]:
    # spaCy keys extension values by tuples, though its stubs say str
    return cast(dict[Any, Any], doc.user_data)
