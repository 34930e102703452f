"""Grammatical signs that a sentence pattern's candidate reports nothing (issue 15, item 4:
precision per pattern, measured on the Wikinews train halves). Each check reads the clause
around the cue, never a word list of one sentence:

- a question: the sentence ends in a question mark ("Was würdest du sagen, welche …?");
- a passive infinitive cue: a statement still to be made ("Die Entscheidung muss noch …
  bestätigt werden, …").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from claimex.components.quotes.state import Analysis, Candidate


def reports(state: Analysis, candidates: Sequence[Candidate], lo: int, hi: int) -> list[Candidate]:
    """The candidates of sentence [lo, hi) that no sign of this module marks as reporting
    nothing."""
    if not state.has_pos:
        return list(candidates)
    if question(state, lo, hi):
        return []
    return [
        c
        for c in candidates
        if c.quote.cue_span is None or not _passive_infinitive(state, c.quote.cue_span)
    ]


def question(state: Analysis, lo: int, hi: int) -> bool:
    """Whether sentence [lo, hi) ends in a question mark outside quotation marks: a
    question asks, it reports no statement."""
    doc = state.doc
    for i in range(hi - 1, lo - 1, -1):
        if doc[i].is_space or state.is_mark(doc[i]):
            continue
        return doc[i].text == "?" and not state.inside[i]
    return False


def _passive_infinitive(state: Analysis, cue: Span) -> bool:
    """Whether the cue is a participle followed by the infinitive "werden": a passive
    infinitive under a modal, a statement still to be made ("muss noch … bestätigt
    werden")."""
    doc = state.doc
    last = cue[-1]
    return (
        last.tag_ == "VVPP"
        and last.i + 1 < len(doc)
        and doc[last.i + 1].tag_ == "VAINF"
        and doc[last.i + 1].lemma_ == "werden"
    )

