"""A sentence that the next one attributes to a source it names, a demonstrative and a
verb of announcing ("… wird neuer Trainer. Dies gab die Vereinsführung bekannt.";
``indirect.anaphoric_cue``), and the announcer a "Demnach …" sentence refers to (moved
out of :mod:`.continuation` unchanged)."""

from __future__ import annotations

from collections.abc import Container, Sequence

from claimex.components.quotes.lexicon import ACCUSATIVE, DATIVE, FINITE_TAGS
from claimex.components.quotes.spans import QuoteSpan
from claimex.components.quotes.state import Analysis, make_quote
from claimex.components.speakers import SourceRef

# after a sentence-initial "Das" the bundled tagger reads the finite verb as an attributive
# adjective ("Das gab … bekannt", "Das berichten arabische Medien": ADJA; issue 15,
# Wikinews train); the cue match already says it is a verb of announcing
ANAPHORIC_VERB_TAGS = FINITE_TAGS | {"ADJA"}


def anaphoric_quote(
    state: Analysis, k: int, quotes: Sequence[QuoteSpan], direct_sents: Container[int]
) -> QuoteSpan | None:
    """``indirect.anaphoric_cue``: sentence ``k`` opens with a demonstrative and a finite
    verb of announcing (``cues.json`` ``anaphors``, ``according_to.wie_verbs``) followed by
    its subject, a person or a body: "Dies gab die Vereinsführung heute bekannt.", "Das
    bestätigte die Organisation in Bonn." The sentence before is the statement, unless it
    holds a quotation or a quote made by a cue of its own (a cue-less guess gives way)."""
    lo, hi = state.sents[k]
    doc = state.doc
    if k == 0 or k - 1 in direct_sents or hi - lo < 3 or state.lower[lo] not in state.lex.anaphors:
        return None
    cue = next(iter(state.cues_in(lo + 1, hi)), None)
    if cue is None or cue[0] != lo + 1 or cue[2] not in state.lex.wie_verbs:
        return None
    c_start, c_end, lemma = cue
    if state.has_pos and doc[c_start].tag_ not in ANAPHORIC_VERB_TAGS:
        return None
    subject = state.subject_of(c_start, c_end, c_start, hi)
    if subject is None or subject.start < c_end or subject[0].lower_ in ACCUSATIVE | DATIVE:
        return None  # the subject follows the verb: "Dies gab die Vereinsführung bekannt"
    p_lo, p_hi = state.sents[k - 1]
    last = quotes[-1] if quotes else None
    if (
        last is not None
        and last.end > doc[p_lo].idx
        and last.cue is not None
        and last.kind != "reported"
    ):
        # (a reported object gives way: "Die Freien Demokraten schließen eine …
        # Ampelkoalition … aus. Dies bestätigte … Guido Westerwelle"; the whole sentence
        # is what the announcer confirms, issue 15, Wikinews train)
        return None
    quote = make_quote(
        state, p_lo, p_hi, "indirect", doc[c_start:c_end], lemma, [],
        "indirect.anaphoric_cue",
    )  # fmt: skip
    if quote is not None:
        quote.sources = state.resolve(subject, doc[c_start])
    return quote


def announcer(state: Analysis, k: int) -> list[SourceRef]:
    """The source of a "Demnach …" sentence with no quote before it: the subject of a verb
    of announcing (``cues.json`` ``according_to.wie_verbs``) in the sentence before that
    names a person or a body ("… hat die FIFA die Vergabe zweier Fußball-Weltmeisterschaften
    bekannt gegeben. Demnach …"; issue 15, Wikinews train), else none."""
    if k == 0:
        return []
    p_lo, p_hi = state.sents[k - 1]
    lex, lower = state.lex, state.lower
    cues = state.cues_in(p_lo, p_hi)
    # a participle written apart from its particle ("bekannt gegeben", as in "wie … bekannt
    # gegeben wurde", :mod:`.according_to`): the participle is the verb
    cues += [
        (i + 1, i + 2, lex.forms[lower[i] + lower[i + 1]])
        for i in range(p_lo, p_hi - 1)
        if lower[i] + lower[i + 1] in lex.forms
    ]
    for c_start, c_end, lemma in cues:
        if lemma in lex.wie_verbs:
            subject = state.subject_of(c_start, c_end, p_lo, p_hi)
            if subject is not None and state.animate(subject):  # a person or a body
                return state.resolve(subject, state.doc[c_start])
    return []
