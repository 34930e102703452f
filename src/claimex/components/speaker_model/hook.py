"""The hook the quote stage calls: the ranker overrides the rules' speaker where confident."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar

from spacy.tokens import Doc

from claimex.components.speaker_model.model import (
    Candidate,
    QuoteLike,
    SpeakerModel,
    decide,
    speaker_model,
)
from claimex.components.speaker_model.ranker import SpeakerRanker
from claimex.components.speakers import (
    SourceRef,
    SpeakerResolver,
)

Hook = Callable[[Doc, SpeakerResolver, Sequence[QuoteLike]], None]
_HOOK: ContextVar[Hook | None] = ContextVar("claimex_speaker_hook", default=None)
_RULES_ONLY: ContextVar[bool] = ContextVar("claimex_speaker_rules_only", default=False)
_MODEL: ContextVar[SpeakerModel | None] = ContextVar("claimex_speaker_model", default=None)
_MARGIN: ContextVar[float | None] = ContextVar("claimex_speaker_margin", default=None)


@contextmanager
def speaker_hook(
    hook: Hook | None,
    *,
    rules_only: bool = False,
    model: SpeakerModel | None = None,
    margin: float | None = None,
) -> Iterator[None]:
    """Within the block, the quote stage calls ``hook`` before the ranker (training reads
    the rule resolver's state through it); ``rules_only`` keeps the rule resolver's
    speakers (for benchmarks). ``model`` replaces the shipped model and ``margin`` its
    override margin; either one runs the ranker even where the quote stage's
    ``speaker_model`` option is off (the margin sweep of training)."""
    token = _HOOK.set(hook)
    rules = _RULES_ONLY.set(rules_only)
    model_token = _MODEL.set(model)
    margin_token = _MARGIN.set(margin)
    try:
        yield
    finally:
        _HOOK.reset(token)
        _RULES_ONLY.reset(rules)
        _MODEL.reset(model_token)
        _MARGIN.reset(margin_token)


def choose_speakers(
    doc: Doc,
    resolver: SpeakerResolver,
    quotes: Sequence[QuoteLike],
    *,
    enabled: bool = True,
) -> None:
    """Let the learned ranker override the rule resolver's speaker where it is confident
    (called by the quote stage once its rules are done; see :func:`decide`).

    Leaves the rule resolver's choice where ``enabled`` is false (the quote stage's
    ``speaker_model`` option) unless :func:`speaker_hook` sets a model or margin, where no
    model ships, or where the doc has no dependency parse.
    """
    hook = _HOOK.get()
    if hook is not None:
        hook(doc, resolver, quotes)
    if _RULES_ONLY.get():
        return
    model = _MODEL.get()
    margin = _MARGIN.get()
    if not enabled and model is None and margin is None:
        return
    if model is None:
        model = speaker_model()
    if model is None or not quotes or not doc.has_annotation("DEP"):
        return  # the model learned from parsed docs: without a parse the rules decide
    if margin is None:
        margin = model.margin
    ranker = SpeakerRanker(doc, resolver)
    chosen: list[SourceRef] = []
    spoken: set[str] = set()  # the speakers of the quotes so far
    previous_end: int | None = None
    # a model trained before the "previous" candidate existed never scores one
    offer_previous = "type=previous" in model.weights
    for quote in quotes:
        cands = ranker.candidates(
            quote, previous=chosen, previous_end=previous_end, offer_previous=offer_previous
        )
        rule_name = Candidate("rule", list(quote.sources)).name
        override, confidence = decide(model, cands, rule_name, margin=margin)
        if override is not None and not _evidenced(quote, override, spoken):
            # the rules' choice stays, with its own confidence
            override, confidence = decide(model, cands, rule_name, margin=math.inf)
        if override is not None:
            quote.sources = list(override.sources)
        quote.confidence = confidence
        chosen = list(quote.sources)
        spoken.update(source.name for source in chosen)
        previous_end = quote.end


def _evidenced(quote: QuoteLike, override: Candidate, spoken: set[str]) -> bool:
    """Whether the ranker may give ``quote`` the speaker ``override``: always, except for a
    quote whose text around names no source (``QuoteSpan.earlier_speaker_only``, a
    Konjunktiv sentence of its own), which may only carry on the voice of someone quoted
    before it (``spoken``: their names), not take a name nearby that said nothing."""
    if not getattr(quote, "earlier_speaker_only", False):
        return True
    return bool(override.sources) and all(s.name in spoken for s in override.sources)
