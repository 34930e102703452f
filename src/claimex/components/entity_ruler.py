"""``claimex_entity_ruler``: spaCy's ``entity_ruler``, its exact-text patterns matched by a
dict lookup.

The bundled pipeline's ``entity_ruler`` holds ~160 ``ORTH`` token patterns (the one-word
names in one ``{"ORTH": {"IN": [...]}}`` set per label). spaCy's ``Matcher`` tries every
pattern at every token: ~3 ms of an article's ~50 ms. This component *is* an
``EntityRuler`` (same patterns, options, ``set_annotations``, serialisation) whose
``match`` looks each token's ``ORTH`` up in a dict from a first token to the token
sequences starting with it, and returns what ``EntityRuler.match`` returns: the distinct
``(key, start, end)`` matches, longest first, then leftmost. Where a pattern is anything
but a sequence of exact ``ORTH``/``TEXT`` values (or ``IN`` sets of them), where a ruler
holds phrase patterns, and where one token sequence would match under two keys (spaCy then
orders the tie by a set's iteration), ``match`` is spaCy's own.

:func:`swap_entity_ruler` puts it in place of a loaded pipeline's ``EntityRuler``, under
the same name and with the same pattern objects (nothing is re-added at load).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import product
from math import prod
from typing import Any

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc

FACTORY = "claimex_entity_ruler"
MAX_SEQUENCES = 200_000  # more token sequences (IN sets multiplied out): spaCy's Matcher
_TEXT_ATTRS = ("ORTH", "TEXT")

# a first token's ORTH -> [(the following tokens' ORTH, match key)]
Index = dict[int, list[tuple[tuple[int, ...], int]]]
Match = tuple[int, int, int]


def _token_values(token: object) -> list[int] | None:
    """The ORTH hashes one token pattern accepts, or None if it is no exact-text test."""
    if not isinstance(token, dict) or len(token) != 1:
        return None
    attr, value = next(iter(token.items()))
    if attr not in _TEXT_ATTRS:
        return None
    if isinstance(value, str):
        return [get_string_id(value)]
    texts = value.get("IN") if isinstance(value, dict) and list(value) == ["IN"] else None
    if isinstance(texts, list) and all(isinstance(text, str) for text in texts):
        return [get_string_id(text) for text in texts]
    return None


def orth_index(ruler: EntityRuler) -> Index | None:
    """The ruler's token patterns as a dict from a first token's ``ORTH``, or None where
    the dict would not find what spaCy's matchers find (see the module).

    Example:
        >>> import spacy
        >>> nlp = spacy.blank("de")
        >>> ruler = nlp.add_pipe("entity_ruler")
        >>> ruler.add_patterns([{"label": "LOC", "pattern": [{"ORTH": "Bad"}, {"ORTH": "Ems"}]}])
        >>> index = orth_index(ruler)
        >>> [len(rest) for rests in index.values() for rest, _ in rests]
        [1]
        >>> ruler.add_patterns([{"label": "LOC", "pattern": [{"LOWER": "ems"}]}])
        >>> orth_index(ruler) is None
        True
    """
    if any(ruler.phrase_patterns.values()):
        return None
    keys: dict[tuple[int, ...], int] = {}
    total = 0
    for label, patterns in ruler.token_patterns.items():
        key = get_string_id(label)  # Matcher._normalize_key
        for pattern in patterns:
            if not isinstance(pattern, list) or not pattern:
                return None
            choices = [_token_values(token) for token in pattern]
            if any(values is None for values in choices):
                return None
            total += prod(len(values or ()) for values in choices)
            if total > MAX_SEQUENCES:
                return None
            for sequence in product(*(values or () for values in choices)):
                if keys.setdefault(sequence, key) != key:
                    return None
    if not keys:
        return None  # spaCy's match warns that the ruler has no patterns
    index: Index = {}
    for sequence, key in keys.items():
        index.setdefault(sequence[0], []).append((sequence[1:], key))
    return index


def _length_then_start(match: Match) -> tuple[int, int]:
    return match[2] - match[1], -match[1]


class ClaimexEntityRuler(EntityRuler):
    """An ``EntityRuler`` whose ``match`` uses :func:`orth_index` where it applies."""

    def __init__(self, nlp: Language, name: str = "entity_ruler", **kwargs: Any) -> None:
        self._index: Index | None = None
        super().__init__(nlp, name, **kwargs)

    def take_over(self, ruler: EntityRuler) -> None:
        """Use ``ruler``'s patterns, matchers and options (the objects, not copies)."""
        name = self.name
        vars(self).update(vars(ruler))
        self.name = name
        self._index = orth_index(self)

    def match(self, doc: Doc) -> list[Match]:
        """``EntityRuler.match``: the distinct non-empty matches, longest first, then
        leftmost."""
        index = self._index
        if index is None:
            matches: list[Match] = super().match(doc)
            return matches
        orths: list[int] = doc.to_array(ORTH).tolist()
        found: list[Match] = []
        for start, orth in enumerate(orths):
            rests = index.get(orth)
            if rests is not None:
                for rest, key in rests:
                    end = start + 1 + len(rest)
                    if not rest or tuple(orths[start + 1 : end]) == rest:
                        found.append((key, start, end))
        found.sort(key=_length_then_start, reverse=True)
        return found

    def add_patterns(self, patterns: list[dict[str, Any]]) -> None:
        super().add_patterns(patterns)
        self._index = orth_index(self)

    def clear(self) -> None:
        super().clear()
        self._index = orth_index(self)

    def remove(self, ent_id: str) -> None:
        super().remove(ent_id)
        self._index = orth_index(self)


@Language.factory(
    FACTORY,
    assigns=["doc.ents", "token.ent_type", "token.ent_iob"],
    default_config={
        "phrase_matcher_attr": None,
        "matcher_fuzzy_compare": {"@misc": "spacy.levenshtein_compare.v1"},
        "validate": False,
        "overwrite_ents": False,
        "ent_id_sep": "||",
        "scorer": {"@scorers": "spacy.entity_ruler_scorer.v1"},
    },
    default_score_weights={"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "ents_per_type": None},
)
def make_entity_ruler(
    nlp: Language,
    name: str,
    phrase_matcher_attr: int | str | None,
    matcher_fuzzy_compare: Callable[..., bool],
    validate: bool,
    overwrite_ents: bool,
    ent_id_sep: str,
    scorer: Callable[..., dict[str, Any]] | None,
) -> ClaimexEntityRuler:
    """Create the ``claimex_entity_ruler`` component (``entity_ruler``'s options)."""
    return ClaimexEntityRuler(
        nlp,
        name,
        phrase_matcher_attr=phrase_matcher_attr,
        matcher_fuzzy_compare=matcher_fuzzy_compare,
        validate=validate,
        overwrite_ents=overwrite_ents,
        ent_id_sep=ent_id_sep,
        scorer=scorer,
    )


def swap_entity_ruler(nlp: Language) -> list[str]:
    """Replace each of ``nlp``'s spaCy ``EntityRuler`` components by a
    ``claimex_entity_ruler`` of the same name, options and patterns; return their names."""
    swapped = []
    for name, pipe in list(nlp.pipeline):
        if type(pipe) is EntityRuler:
            config = dict(_options(nlp.get_pipe_config(name)))
            fast = nlp.replace_pipe(name, FACTORY, config=config)
            assert isinstance(fast, ClaimexEntityRuler)
            fast.take_over(pipe)
            swapped.append(name)
    return swapped


def _options(config: dict[str, Any]) -> Iterable[tuple[str, Any]]:
    return ((key, value) for key, value in config.items() if key != "factory")
