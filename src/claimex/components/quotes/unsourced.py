"""Whether the text around a cue-less Konjunktiv sentence (``indirect.konjunktiv``) names
anyone who could have said it (issue 15, Wikinews train). A sentence whose first finite
verb is a Konjunktiv ("Die Feuerwehr habe über 10 Rohre … im Einsatz.") is reported speech
through and through; where no quote shortly before it has a speaker, its own sentence
frames nothing and the sentence before it has no subject that can speak ("Jetzt droht ein
Streik. Der Lohn der Arbeiter liege derzeit 25 bis 30 Prozent unter dem Tariflohn."), the
article reports it without naming a source: the learned ranker may only carry on the voice
of someone quoted earlier (:attr:`~.spans.QuoteSpan.earlier_speaker_only`), not pick a
name nearby that said nothing ("Hawley Arms", "Tesla Grohmann Automation")."""

from __future__ import annotations

from claimex.components.quotes.clauses import has_subjunctive
from claimex.components.quotes.state import Analysis


def unsourced(state: Analysis, lo: int, hi: int) -> bool:
    """Whether nothing around Konjunktiv sentence [lo, hi) names its source: the sentence
    has no indicative frame of its own (:func:`framed`) and the sentence before it no
    subject that can speak (:func:`animate_subject`). The caller has found neither a
    subject of the sentence's own main clause nor a quote shortly before it with a
    speaker."""
    if framed(state, lo, hi):
        return False
    k = state.sent_of[lo]
    return k == 0 or not animate_subject(state, k - 1)


def first_finite(state: Analysis, lo: int, hi: int) -> int | None:
    """The first finite verb of tokens [lo, hi) outside quotation marks."""
    inside, finite = state.inside, state.tokens.finite
    return next((i for i in range(lo, hi) if i in finite and not inside[i]), None)


def framed(state: Analysis, lo: int, hi: int) -> bool:
    """Whether sentence [lo, hi) opens with a frame of its own: its first finite verb
    outside quotes is no Konjunktiv ("Ein Gericht … folgte dem Eilantrag des … John
    Demjanjuk, dass er nicht verhandlungsfähig sei", "Jean-Luc Mélenchon, hat … angeregt,
    Nicolas Sarkozy solle …"), so a name in it may be the source."""
    first = first_finite(state, lo, hi)
    return first is not None and not has_subjunctive(state, first, first + 1, present_only=False)


def animate_subject(state: Analysis, k: int) -> bool:
    """Whether the subject of sentence ``k``'s first finite verb outside quotation marks
    names a person or a body ("Hoyzer soll umfassendes Wissen … haben. Es seien jedoch so
    viele, …"), not a thing ("Jetzt droht ein Streik.")."""
    lo, hi = state.sents[k]
    verb = first_finite(state, lo, hi)
    if verb is None:
        return False
    subject = state.subject_of(verb, verb + 1, lo, hi)
    return subject is not None and state.animate(subject)
