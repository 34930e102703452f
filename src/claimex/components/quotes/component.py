"""``claimex_quotes``: the spaCy component that runs the quote patterns.

It compiles ``lexicon/quote_patterns.json`` with a ``Matcher`` per pipeline, writes the
matches to ``doc.spans["claimex_quote_candidates"]`` (label: the pattern id), runs the
rules from them, and saves the pattern file with the pipeline (``to_disk``/``from_disk``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from claimex.components.actors import ACTORS_ATTR
from claimex.components.linking import Referent
from claimex.components.namewords import lemma_forms
from claimex.components.quotes.continuation import (
    between_same_speaker,
    indirect_quotes,
    inherit_speakers,
)
from claimex.components.quotes.direct import direct_quotes
from claimex.components.quotes.patterns import PatternTable, default_patterns, find_anchors
from claimex.components.quotes.spans import (
    CANDIDATES_KEY,
    QUOTES_ATTR,
    WARNINGS_ATTR,
    QuoteSpan,
)
from claimex.components.quotes.state import Analysis
from claimex.components.quotes.tokens import Tokens
from claimex.components.speaker_model import choose_speakers

PATTERNS_FILE = "quote_patterns.json"


class QuoteFinder:
    """Find attributed statements in a doc; see the module docstring."""

    def __init__(
        self,
        nlp: Language,
        name: str = "claimex_quotes",
        *,
        min_words: int = 3,
        speaker_model: bool = True,
    ) -> None:
        self.name = name
        self.min_words = min_words
        self.speaker_model = speaker_model
        self.word_forms = lemma_forms(nlp)
        self.vocab = nlp.vocab
        self.set_patterns(default_patterns())
        if not Doc.has_extension(QUOTES_ATTR):
            Doc.set_extension(QUOTES_ATTR, default=None)
        if not Doc.has_extension(WARNINGS_ATTR):
            Doc.set_extension(WARNINGS_ATTR, default=None)

    def __call__(self, doc: Doc) -> Doc:
        actors: list[Referent] = []
        if Doc.has_extension(ACTORS_ATTR):
            actors = list(doc._.get(ACTORS_ATTR) or [])
        anchors = find_anchors(doc, self.matcher, self.patterns)
        doc.spans[CANDIDATES_KEY] = [Span(doc, a.start, a.end, label=a.pattern) for a in anchors]
        tokens = Tokens(doc, anchors, self.kinds)
        state, quotes = self._analyse(doc, actors, tokens)
        quotes.sort(key=lambda q: (q.start, q.end))
        inherit_speakers(state, quotes)
        quotes.extend(between_same_speaker(state, quotes))
        quotes.sort(key=lambda q: (q.start, q.end))
        add_description_mentions(actors, state.resolver.added)
        # the learned ranker may override the rules' speaker (``speaker_model``, on by default);
        # it leaves its calibrated probability in ``confidence`` (1.0: no model)
        precision = [q.confidence for q in quotes]
        for quote in quotes:
            quote.confidence = 1.0
        choose_speakers(doc, state.resolver, quotes, enabled=self.speaker_model)
        for quote in quotes:
            if quote.unnamed_source:
                quote.sources = []  # an agentless passive names no speaker
        for quote, measured in zip(quotes, precision, strict=True):
            quote.confidence = round(measured * quote.confidence, 3)
        doc._.set(QUOTES_ATTR, quotes)
        doc._.set(WARNINGS_ATTR, state.warnings)
        return doc

    def _analyse(
        self, doc: Doc, actors: list[Referent], tokens: Tokens
    ) -> tuple[Analysis, list[QuoteSpan]]:
        """One pass: direct quotations are found first (they mark the tokens inside
        them), then the sentences without marks; all sources, the direct quotes' too,
        are resolved in text order by the sentence loop, so a name the resolver learns
        ("erklärte Lukaschenko", missed by the NER) is known to every pronoun after it."""
        state = Analysis(
            doc, actors, min_words=self.min_words, word_forms=self.word_forms,
            tokens=tokens, patterns=self.patterns,
        )  # fmt: skip
        direct = direct_quotes(state)
        quotes = indirect_quotes(state, direct)
        return state, [c.quote for c in direct] + quotes

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Write the pattern file (``quote_patterns.json``) into the directory ``path``."""
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        text = json.dumps(self.patterns.data, ensure_ascii=False, indent=1)
        (folder / PATTERNS_FILE).write_text(text + "\n", encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> QuoteFinder:
        """Read and compile the pattern file a pipeline was saved with."""
        file = Path(path) / PATTERNS_FILE
        if file.exists():
            self.set_patterns(json.loads(file.read_text(encoding="utf-8")))
        return self

    def set_patterns(self, data: dict[str, Any]) -> None:
        """Validate and compile a pattern file's JSON (``quote_patterns.json``'s shape).

        Raises:
            PatternError: the file is malformed.
        """
        self.patterns = PatternTable.from_data(data)
        self.kinds = {p.id: p.kind for p in self.patterns}
        self.matcher = self.patterns.compile(self.vocab)


def add_description_mentions(actors: Sequence[Referent], added: Iterable[tuple[int, Span]]) -> None:
    """Add to the actors the descriptions the speaker resolver linked to them.

    "der Konzernchef" resolved as Alain Caparros's mention becomes one of his mentions (and
    a base form), so the records list it. The quote stage is where these links are made;
    it writes them into ``doc._.claimex_actors`` in place, once, after its rules are done.
    """
    for actor, span in added:
        ref = actors[actor]
        if all(s.start != span.start for s in ref.spans):
            ref.spans.append(span)
            ref.bases.append(span.text)


@Language.factory(
    "claimex_quotes",
    requires=["doc.ents", f"doc._.{ACTORS_ATTR}"],
    assigns=[f"doc._.{QUOTES_ATTR}", f"doc._.{WARNINGS_ATTR}"],
    default_config={"min_words": 3, "speaker_model": True},
)
def make_quote_finder(nlp: Language, name: str, min_words: int, speaker_model: bool) -> QuoteFinder:
    """Create the ``claimex_quotes`` component.

    Args:
        nlp: the pipeline.
        name: the component's name.
        min_words: the fewest words a quote may have (a quotation right after a cue and
            a colon is kept whatever its length: 'Scholz sagte: „Ja.“').
        speaker_model: let the learned speaker ranker
            (:mod:`~claimex.components.speaker_model`) override the rule resolver's speaker
            where its best candidate beats the rules' one by the shipped margin (the recipe
            chooses it out of fold on the halves of the Wikinews train split). On by default since
            2026-12-03, chosen on the dev sets: attribution F1 through ``extract``, rules /
            ranker (``benchmarks/speaker_table.py``): Wikinews dev 0.691 / 0.715, ``dev_news``
            0.850 / 0.842 (303 / 309 speakers right on both). The test splits' numbers are
            in docs/accuracy.md. Turn it off with
            ``nlp.add_pipe("claimex_quotes", config={"speaker_model": False})``.
    """
    return QuoteFinder(nlp, name, min_words=min_words, speaker_model=speaker_model)
