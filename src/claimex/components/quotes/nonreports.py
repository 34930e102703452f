"""Grammatical signs that a sentence pattern's candidate reports nothing (issue 15, item 4:
precision per pattern, measured on the Wikinews train halves). Each check reads the clause
around the cue, never a word list of one sentence:

- a passive infinitive cue: a statement still to be made ("Die Entscheidung muss noch …
  bestätigt werden, …");
- a court's act: a cue that also names what a court does (cues.json ``court_act``:
  "verurteilt", "bestätigt", "eingestuft") with a court or a judge as its subject or
  agent in its clause ("Das Amtsgericht hat X zu einer Geldstrafe verurteilt", "wurde vom
  Amtsgericht als Querulant eingestuft"): the decision, not a statement (gold convention
  W17, models/gold/README.md).

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
    # a court act's verb is no cue in another reading either ("sah es das Gericht als
    # erwiesen an": ansehen, not sehen)
    acts = {
        c.quote.cue_span.start
        for c in candidates
        if c.quote.cue_span is not None and _court_act(state, c)
    }
    return [
        c
        for c in candidates
        if c.quote.cue_span is None
        or not (_passive_infinitive(state, c.quote.cue_span) or c.quote.cue_span.start in acts)
    ]


_NOUN_PHRASE_TAGS = frozenset({"ART", "ADJA", "PIAT", "PDAT", "PPOSAT", "NN", "NE", "CARD"})
_AGENT_PREPOSITIONS = frozenset({"von", "vom", "durch"})


def _court_act(state: Analysis, candidate: Candidate) -> bool:
    """Whether the candidate's cue is a court act (cues.json ``court_act``) whose clause
    names a court or a judge outside the content, as a subject or a passive agent: no
    preposition but "von"/"vom"/"durch" before its noun phrase ("Vor Gericht bestätigte der
    Angeklagte …" still speaks)."""
    quote = candidate.quote
    cue = quote.cue_span
    lex = state.lex
    if cue is None or quote.cue not in lex.court_acts or not lex.court_nouns:
        return False
    doc = state.doc
    lo, hi = state.sent_bounds(cue.start)
    c_lo = state.clause_start(cue.start, lo)
    c_hi = state.clause_end(cue.end - 1, hi)
    for i in range(c_lo, c_hi):
        token = doc[i]
        if state.inside[i] or quote.start <= token.idx < quote.end:
            continue
        if token.tag_ not in ("NN", "NE") or not token.lower_.endswith(lex.court_nouns):
            continue
        j = i - 1
        while j >= c_lo and doc[j].tag_ in _NOUN_PHRASE_TAGS:
            j -= 1
        before = doc[j] if j >= lo else None
        if before is None or not before.tag_.startswith("APPR"):
            return True
        if before.lower_ in _AGENT_PREPOSITIONS:
            return True
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
