"""Fill spaCy's tokenizer cache with frequent German chunks once, outside memory zones.

spaCy's tokenizer remembers how it split each whitespace-separated chunk ("sagte,",
"Euro.", up to ``max_cache_size`` = 10,000 of them) and skips the prefix, suffix and infix
rules the next time, but it remembers nothing inside a memory zone (the cached entries
would point at lexemes the zone frees). :class:`claimex.Extractor` runs each window of
documents in a zone to keep a long run's memory bounded, so without help it would split
every chunk of every document afresh. :func:`warm_tokenizer` tokenises the 8,000 most
frequent chunks of openly licensed German text (``lexicon/frequent_chunks.txt``, built by
``python -m models.frequent_chunks``) once, outside any zone: their lexemes and cache
entries stay for good (a fixed, small amount of memory), and about two thirds of the
chunks of a news article are found in the cache inside a zone too.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokenizer import Tokenizer

from claimex.lexicon import words

_PER_CALL = 1000  # chunks per tokenizer call (one doc each)


def warm_tokenizer(nlp: Language) -> int:
    """Tokenise the frequent chunks once so that ``nlp``'s tokenizer cache keeps them.

    Returns:
        The number of chunks tokenised: 0 inside a memory zone (nothing would be kept) or
        for a tokenizer that is not spaCy's rule-based ``Tokenizer``.

    Example:
        >>> import spacy
        >>> warm_tokenizer(spacy.blank("de")) > 1000
        True
    """
    if getattr(nlp.vocab, "in_memory_zone", False) or not isinstance(nlp.tokenizer, Tokenizer):
        return 0
    chunks = sorted(words("frequent_chunks"))
    for i in range(0, len(chunks), _PER_CALL):
        nlp.tokenizer(" ".join(chunks[i : i + _PER_CALL]))
    return len(chunks)
