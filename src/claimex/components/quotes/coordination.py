"""Coordinated predicates of one subject: "X verb1 … und verb2 …", each cue verb with its
own statement ("Der Vertreter Libyens nannte die Sanktionen eine moralische Unterstützung
… und rief die libysche Armee auf, ihr eigenes Volk zu unterstützen"; issue 15, Wikinews
train errors)."""

from __future__ import annotations

from collections.abc import Iterator

from claimex.components.doctokens import fine_tags, has_feature, pos_tags
from claimex.components.labels import COORDINATING
from claimex.components.quotes.lexicon import FINITE_TAGS
from claimex.components.quotes.state import Analysis


def after_first_finite(state: Analysis, lo: int, hi: int) -> Iterator[int]:
    """The tokens of sentence [lo, hi - 2) after its first finite verb, outside
    quotations, finite verbs left out: where a conjunction can join a second clause or
    predicate to the first."""
    inside, finite = state.inside, state.tokens.finite
    seen_verb = False
    for j in range(lo, hi - 2):
        if inside[j]:
            continue
        if j in finite:
            seen_verb = True
        elif seen_verb:
            yield j


def coordinated_predicate(state: Analysis, lo: int, hi: int) -> int | None:
    """The coordinating conjunction of sentence [lo, hi) that joins a second predicate to
    the first one's subject: the conjunction stands after the sentence's first finite verb,
    with no subordinate clause opened between them, and right after it comes a finite cue
    verb not in Konjunktiv, or a split cue verb form the tagger missed ("… und rief die
    libysche Armee auf, …"); None where there is none. Measured (issue 15, round 12): the
    Wikinews train halves, the dev split and SpkAtt-2023 Bundestag train; allowing any
    cue form after the conjunction (participles inside a dass-clause: "dass A geprüft und
    bestätigt werde") cost SpkAtt message tokens."""
    if not state.has_pos:
        return None
    doc = state.doc
    inside = state.inside
    pos, tags = pos_tags(doc), fine_tags(doc)
    for j in after_first_finite(state, lo, hi):
        if tags[j] in SUBORDINATING:
            return None  # "…, dass A geprüft und bestätigt werde": inside a clause
        if pos[j] not in COORDINATING:
            continue
        verb = doc[j + 1]
        if (
            not inside[j + 1]
            and (verb.tag_ in FINITE_TAGS or verb.lower_ in state.lex.split_forms)
            and not has_feature(verb, "Mood", "Sub")
            and state.verb_cue(verb, hi) is not None
        ):  # the tagger may miss a split verb: "und rief die libysche Armee auf" (ADJD)
            return j
    return None


SUBORDINATING = frozenset({"KOUS", "PRELS", "PRELAT", "PWS", "PWAV", "PWAT"})
"""STTS tags that open a subordinate clause (conjunctions, relative and interrogative
words)."""
