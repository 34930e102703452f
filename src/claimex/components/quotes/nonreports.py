"""Grammatical signs that a sentence pattern's candidate reports nothing (issue 15, item 4:
precision per pattern, measured on the Wikinews train halves). Each check reads the clause
around the cue, never a word list of one sentence:

- a passive infinitive cue: a statement still to be made ("Die Entscheidung muss noch …
  bestätigt werden, …").

A check that dropped every candidate of a sentence ending in a question mark removed one
false quote on each Wikinews train half but 30 true cues on SpkAtt-2023 Bundestag train
(questions there report speech: "Haben Sie nicht gesagt, dass …?"), so it is not here.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from claimex.components.quotes.state import Analysis, Candidate


def reports(state: Analysis, candidates: Sequence[Candidate]) -> list[Candidate]:
    """The candidates of a sentence that no sign of this module marks as reporting
    nothing."""
    if not state.has_pos:
        return list(candidates)
    return [
        c
        for c in candidates
        if c.quote.cue_span is None or not _passive_infinitive(state, c.quote.cue_span)
    ]


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

