"""``indirect.source_verb``: a verb whose source stands in a prepositional phrase
(``cues.json`` ``according_to.wie_source_verbs``) heading a main clause with a dass-clause
or a Konjunktiv clause after its comma: "Aus dem Bericht geht hervor, dass …", "Aus
Regierungskreisen verlautete, der Minister werde …". The source is the phrase, or the owner
it names (:func:`~claimex.components.quotes.fields.source_phrase`); the same verbs in
a wie-clause are ``according_to.wie``."""

from __future__ import annotations

from functools import partial

from claimex.components.quotes.clauses import clause_stop, has_finite_clause, has_subjunctive
from claimex.components.quotes.fields import source_phrase
from claimex.components.quotes.lexicon import SENT_END
from claimex.components.quotes.state import Analysis, Candidate, make_candidate


def source_verb_clause(state: Analysis, lo: int, end: int) -> Candidate | None:
    """The first finite source verb of tokens [lo, end) whose clause names its source and
    ends in a comma before a dass-clause or a Konjunktiv clause, as a candidate."""
    verbs = state.lex.wie_source_verbs
    if not verbs or not state.has_pos:
        return None
    doc = state.doc
    texts, lower = state.tokens.text, state.lower
    finite = state.tokens.finite  # = doc[i].tag_ in FINITE_TAGS, without a Token per word
    for i in range(lo, end - 2):
        if i not in finite or state.inside[i]:
            continue
        base = doc[i].lemma_.lower()
        if not any(verb.endswith(base) for verb in verbs):
            continue  # no source verb, also with a particle before it ("hervor" + "gehen")
        c_lo = state.clause_start(i, lo)
        if lower[c_lo] == "wie":
            continue  # "wie aus … hervorgeht": according_to.wie
        comma = next(
            (j for j in range(i + 1, min(end - 1, i + 16))
             if texts[j] in (",", ";", ":") or texts[j] in SENT_END),
            None,
        )  # fmt: skip
        if comma is None or texts[comma] != ",":
            continue
        particle = next((j for j in range(i + 1, comma) if doc[j].tag_ == "PTKVZ"), None)
        lemma = base
        if particle is not None:
            lemma = lower[particle] + lemma  # "geht … hervor": hervorgehen
        preps = verbs.get(lemma)
        if preps is None:
            continue
        found, source = source_phrase(state, c_lo, comma, preps)
        if not found:
            continue
        nxt = comma + 1
        hi = clause_stop(state, nxt, end)
        if hi - nxt < 3:
            continue
        if lower[nxt] != "dass" and not (
            has_finite_clause(state, nxt, hi)
            and has_subjunctive(state, nxt, hi, present_only=False)
        ):
            continue
        return make_candidate(
            state, nxt, hi, "indirect", doc[i : i + 1], lemma,
            partial(state.resolve, source, doc[i]), "indirect.source_verb",
        )  # fmt: skip
    return None
