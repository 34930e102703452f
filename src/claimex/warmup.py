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
chunks of a news article are found in the cache inside a zone too. It costs about 0.4 s
of CPU (8,000 chunks split and 7,600 lexemes made), so :class:`claimex.Extractor` runs it
at its first extraction, not at load (``benchmarks/load_time.py``).

:func:`preload_lexicons` reads claimex's word lists and tables at load, so that none is
read in the middle of a run.
"""

from __future__ import annotations

from importlib import resources

from spacy.language import Language
from spacy.tokenizer import Tokenizer

from claimex.components.knowledge import knowledge_entries
from claimex.lexicon import counts, table, words


def warm_tokenizer(nlp: Language) -> int:
    """Tokenise the frequent chunks once so that ``nlp``'s tokenizer cache keeps them.

    Behind claimex's guard (:func:`claimex.guard.install`) the wrapped tokenizer, the
    guard's ``base``, is warmed: the cache is its own.

    Returns:
        The number of chunks tokenised: 0 inside a memory zone (nothing would be kept) or
        for a tokenizer that is not spaCy's rule-based ``Tokenizer``.

    Example:
        >>> import spacy
        >>> warm_tokenizer(spacy.blank("de")) > 1000
        True
    """
    tokenizer = getattr(nlp.tokenizer, "base", nlp.tokenizer)
    if getattr(nlp.vocab, "in_memory_zone", False) or not isinstance(tokenizer, Tokenizer):
        return 0
    chunks = sorted(words("frequent_chunks"))
    # One call per chunk: spaCy's tokenizer caches a chunk's split only while no special
    # case (an exception such as "z.B.", or a prefix or suffix that is one) has been met
    # earlier in the same text (``Tokenizer._save_cached`` reads a flag set once per text:
    # spaCy's fix for explosion/spaCy#1250). With 1,000 chunks joined per call (before
    # round 26) only those before the first special case of each call stayed cached, 1,838
    # of the 8,000; one call each caches 7,996 (the other 4 are special cases themselves).
    for chunk in chunks:
        tokenizer(chunk)
    return len(chunks)


def preload_lexicons() -> int:
    """Read every word list (``lexicon/*.txt``), table (``lexicon/*.json``) and count table
    (``lexicon/*.tsv``; ``knowledge.tsv`` through its own reader) now.

    The stages read a list the first time a document needs it, some only after dozens of
    documents; a list replaced while a long run is under way (a package upgraded in
    place, an edited checkout) would then be read half-written, and a half-read word
    list stays cached. Read at load, the run uses one consistent set.

    Returns:
        The number of files read (or found cached).
    """
    count = 0
    for entry in resources.files("claimex.lexicon").iterdir():
        stem, _, suffix = entry.name.rpartition(".")
        if suffix == "txt":
            words(stem)
        elif suffix == "json":
            table(stem)
        elif suffix == "tsv" and stem == "knowledge":
            knowledge_entries()
        elif suffix == "tsv":
            counts(stem)
        else:
            continue
        count += 1
    return count
