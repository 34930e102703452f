"""The gazetteer's ``PhraseMatcher`` (``ORTH``), built from stored token splits.

A phrase pattern is the sequence of its tokens' ``ORTH`` hashes. Splitting the
gazetteer's 7,900 names with ``nlp.make_doc`` at load cost about 0.7 s of CPU, most of
it for the 7,500 lexemes the names add to the vocab (``benchmarks/load_time.py``).
``lexicon/gazetteer_tokens.json`` (built by ``python -m models.package
--gazetteer-tokens``) holds each name's split by the bundled pipeline's tokenizer, with
a fingerprint of that tokenizer (its rules, ``Tokenizer.to_bytes`` without the vocab):
for a pipeline whose tokenizer has the same fingerprint, the stored splits are the ones
``make_doc`` would produce, and the matcher gets the same patterns as from ``make_doc``
Docs. Names the file lacks (added to the gazetteer later) and pipelines with another
tokenizer are split by ``make_doc``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Span

from claimex.components.knowledge import is_listed_city
from claimex.components.labels import CONTRACTED_ARTICLE, DETERMINER_TAGS
from claimex.lexicon import table

# a determiner or a preposition fused with an article ("die", "sein", "zum", "beim")
_ARTICLE_TAGS = DETERMINER_TAGS | CONTRACTED_ARTICLE

TOKENS_TABLE = "gazetteer_tokens"


def tokenizer_fingerprint(tokenizer: Tokenizer) -> str:
    """SHA-256 of a tokenizer's serialised rules (without the vocab)."""
    return hashlib.sha256(tokenizer.to_bytes(exclude=["vocab"])).hexdigest()


def stored_splits(nlp: Language) -> dict[str, list[str]]:
    """The stored token splits of the gazetteer's names, if they were made by a tokenizer
    with the same fingerprint as ``nlp``'s (else empty)."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return {}
    try:
        data = table(TOKENS_TABLE)
    except FileNotFoundError:
        return {}
    if data.get("tokenizer_sha256") != tokenizer_fingerprint(tokenizer):
        return {}
    splits: dict[str, list[str]] = data["splits"]
    return splits


def gazetteer_matcher(nlp: Language, entries: Iterable[tuple[str, str]]) -> PhraseMatcher:
    """A ``PhraseMatcher`` on ``ORTH`` with one pattern per ``(label, name)`` entry, the
    name split by ``nlp``'s tokenizer (its stored split where valid, see the module).

    Example:
        >>> import spacy
        >>> nlp = spacy.blank("de")
        >>> matcher = gazetteer_matcher(nlp, [("LOC", "Neu-Delhi"), ("ORG", "Deutsche Bahn")])
        >>> doc = nlp.make_doc("Die Deutsche Bahn fährt nicht nach Neu-Delhi.")
        >>> [(nlp.vocab.strings[key], doc[start:end].text) for key, start, end in matcher(doc)]
        [('ORG', 'Deutsche Bahn'), ('LOC', 'Neu-Delhi')]
    """
    splits = stored_splits(nlp)
    add = nlp.vocab.strings.add
    by_label: dict[str, list[list[int]]] = {}
    for label, name in entries:
        words = splits.get(name)
        if words is None:
            words = [token.text for token in nlp.make_doc(name)]
        by_label.setdefault(label, []).append([add(word) for word in words])
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    for label, patterns in by_label.items():
        # a pattern may be its tokens' ORTH hashes: what PhraseMatcher takes from a Doc
        matcher.add(label, patterns)  # type: ignore[arg-type]
    return matcher


def articled_town(match: Span) -> bool:
    """A one-word city of the gazetteer right after a determiner or a preposition fused with
    an article: there German reads the word as the common noun it also is ("zum Essen", "die
    Halle"), as a city's name takes no article.

    Example:
        >>> import spacy
        >>> nlp = spacy.blank("de")
        >>> doc = nlp("Es gab Chips zum Essen")
        >>> doc[3].tag_ = "APPR_ART"
        >>> articled_town(doc[4:5])
        True
    """
    if len(match) != 1 or match.start == 0:
        return False
    if match.doc[match.start - 1].tag_ not in _ARTICLE_TAGS:
        return False
    return is_listed_city(match.text)
