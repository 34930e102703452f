"""The field before a cue verb: which of two subjects the parse gives the verb speaks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from claimex.components.labels import SUBJECT

if TYPE_CHECKING:
    from claimex.components.quotes.state import Analysis


def fronted_subject(state: Analysis, cue: Token, lo: int, start: int) -> Span | None:
    """The cue's subject where it fills the field before the finite cue by itself, with an
    apposition set off by commas ("Der bayerische CSU-Vorsitzende, Edmund Stoiber, warf der
    SPD … vor"): a verb-second clause has one constituent before its verb, so a noun phrase
    after the cue that the parse also calls a subject is an object ("der SPD", dative).
    ``lo``: where the sentence starts; the commas make the cue open a clause of its own.
    None where no nominative subject of a person or a body starts the sentence.
    """
    if not state.has_dep or start - lo < 3 or state.doc[start - 1].text != ",":
        return None
    for child in cue.children:
        if (
            child.dep_ in SUBJECT
            and child.left_edge.i == lo
            and child.i < start
            and "Nom" in child.morph.get("Case", [])
        ):
            span = state.doc[lo : start - 1]  # with its apposition: the name in it speaks
            return span if state.animate(span) else None
    return None
