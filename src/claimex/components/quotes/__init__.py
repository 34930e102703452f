"""``claimex_quotes``: every statement the article attributes to a source.

Reads the tokens (dependencies, morphology and sentences where the pipeline gives them),
``doc.ents`` and ``doc._.claimex_actors``; writes ``doc._.claimex_quotes``, a list of
:class:`QuoteSpan` in text order, ``doc._.claimex_quote_warnings`` (unpaired marks) and
``doc.spans["claimex_quote_candidates"]`` (the pattern matches the rules start from).

The patterns are data: ``lexicon/quote_patterns.json`` gives each an id, a kind, a
priority (the precedence between overlapping candidates), where possible a spaCy
``Matcher`` pattern, and its precision measured on the Wikinews dev split, which is the
quote's confidence. Every :class:`QuoteSpan` names the pattern that made it. Kinds, as in
``shared/gold/FORMAT.md``: direct (quotation marks), indirect (dass-clause, comma clause,
trailing cue, Konjunktiv continuation), according_to (laut X, X zufolge, nach Angaben von
X, wie X mitteilte, …, so X), reported (a cue verb with a noun-phrase object).

One module per stage: :mod:`.patterns` (the pattern file), :mod:`.tokens` and
:mod:`.state` (what every rule reads), :mod:`.direct`, :mod:`.sentence` (the sentence
patterns and the precedence), :mod:`.clauses`, :mod:`.according_to`, :mod:`.reported`,
:mod:`.continuation`, :mod:`.component` (the spaCy component). Speakers are resolved by
:class:`~claimex.components.speakers.SpeakerResolver`; the cue words are
``lexicon/cues.json``.
"""

from __future__ import annotations

from claimex.components.quotes.component import QuoteFinder, make_quote_finder
from claimex.components.quotes.lexicon import CueLexicon, cue_lexicon
from claimex.components.quotes.patterns import PatternError, PatternTable, QuotePattern
from claimex.components.quotes.spans import (
    CANDIDATES_KEY,
    QUOTES_ATTR,
    WARNINGS_ATTR,
    QuoteSpan,
    get_quote_warnings,
    get_quotes,
)
from claimex.components.quotes.tokens import konjunktiv_1_form, sentence_ranges

_konjunktiv_1_form = konjunktiv_1_form  # the name tests/test_quotes_continuation.py imports

__all__ = [
    "CANDIDATES_KEY",
    "QUOTES_ATTR",
    "WARNINGS_ATTR",
    "CueLexicon",
    "PatternError",
    "PatternTable",
    "QuoteFinder",
    "QuotePattern",
    "QuoteSpan",
    "cue_lexicon",
    "get_quote_warnings",
    "get_quotes",
    "konjunktiv_1_form",
    "make_quote_finder",
    "sentence_ranges",
]
