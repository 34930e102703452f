"""Reported speech: a cue verb with a noun-phrase or prepositional object
(``reported.object``), or a participle cue with the object before it
(``reported.perfect``)."""

from __future__ import annotations

from functools import partial

from spacy.tokens import Span

from claimex.components.quotes.lexicon import PASSIVE_AUX, PERFECT_AUX
from claimex.components.quotes.state import Analysis, Candidate, make_candidate
from claimex.components.speakers import is_personal_pronoun


def reported(
    state: Analysis, lo: int, end: int, c_start: int, c_end: int, lemma: str
) -> Candidate | None:
    """``reported.object``: a cue verb with a noun-phrase or prepositional object
    ("betonte Putin die engen Beziehungen", "warnte vor einem Einmarsch")."""
    doc = state.doc
    lex = state.lex
    c_hi = state.clause_end(c_end, end)
    subject = state.subject_of(c_start, c_end, lo, end)
    k = state.skip_adverbs(c_end, c_hi)
    if subject is not None and subject.start >= c_end:
        k = state.skip_adverbs(subject.end, c_hi)
    if k >= c_hi and c_end >= c_hi:
        return reported_perfect(state, lo, c_start, c_end, lemma, subject)
    if k >= c_hi or doc[c_end].lower_ == "sich":
        return None
    if all(t.lower_ in PERFECT_AUX | PASSIVE_AUX for t in doc[k:c_hi]):
        return None  # a verb-final cue: "…, der die Ablöse verlangt hatte, soll …"
    first = doc[k]
    preps = lex.object_prepositions.get(lemma, frozenset())
    if first.lower_ in preps:
        pass
    elif preps and lemma in lex.preposition_only and any(
        t.lower_ in preps for t in doc[k + 1 : min(c_hi, k + 3)]
    ):
        pass  # "geht die BWB vor allem von einem Binnenmarktproblem aus"
    elif lemma in lex.preposition_only or not (
        state.is_determiner(first)
        or state.is_adjective(first)
        or (first.text[:1].isupper() and not is_personal_pronoun(first))
    ):
        return None
    stop = end
    particle = lex.particles.get(lemma)
    if particle and doc[end - 1].lower_ == particle:
        stop = end - 1
    if stop - k < 2:
        return None
    cue = doc[c_start]
    return make_candidate(
        state, k, stop, "reported", doc[c_start:c_end], lemma,
        partial(state.resolve, subject, cue), "reported.object",
    )  # fmt: skip




def reported_perfect(
    state: Analysis, lo: int, c_start: int, c_end: int, lemma: str, subject: Span | None
) -> Candidate | None:
    """``reported.perfect``: a participle cue at its clause end takes the object before
    it: "Kurz hat das Urteil als Unrecht bezeichnet"."""
    doc = state.doc
    c_lo = state.clause_start(c_start, lo)
    aux = next((j for j in range(c_lo, c_start) if doc[j].lower_ in PERFECT_AUX), None)
    if aux is None or (state.has_pos and doc[c_start].tag_ not in ("VVPP", "VVFIN", "")):
        # (a participle the tagger read as finite: "hat … das Urteil bedauert")
        return None
    if state.lex.frames.get(lemma) and lemma in state.lex.not_reflexive and any(
        t.lower_ == "sich" for t in doc[aux + 1 : c_start]
    ):
        return None  # "hätten sich … für nicht zuständig erklärt"
    k = aux + 1
    if subject is not None and subject.start <= k < subject.end:
        k = subject.end
    while (k < c_start and doc[k].text in ("(", ")")) or (
        k < c_start and doc[k - 1].text == "(" and doc[k].text != ")"
    ):
        k += 1
    k = state.skip_adverbs(k, c_start)
    if c_start - k < 2:
        return None
    first = doc[k]
    if not (state.is_determiner(first) or state.is_adjective(first)):
        return None
    cue = doc[c_start]
    return make_candidate(
        state, k, c_start, "reported", doc[c_start:c_end], lemma,
        partial(state.resolve, subject, cue), "reported.perfect",
    )  # fmt: skip
