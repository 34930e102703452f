"""Interview transcripts: the interviewee's answers are their statements, one quote per
sentence, kind "indirect", cue null (pattern ``indirect.interview`` in
``lexicon/quote_patterns.json``), and the questions are none.

A transcript has speaker labels: three or more sentences open with a person's name and a
colon ("R. Kelly: Für sehr unwahrscheinlich.", "'' Pau'': …"). An answer runs from a
person's label to the next question or label; a question (a sentence that ends in "?")
and the sentences of an interviewer's turn (a label that names no person: "Wikinews:")
make no quote.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from claimex.components.quotes.spans import QuoteSpan
from claimex.components.quotes.state import Analysis, make_quote
from claimex.components.speakers import SourceRef

LABELLED = "indirect.interview"
_LABEL_PUNCT = frozenset({":", "'", "''", '"', "-", "\N{EN DASH}", "\N{EM DASH}"})
MIN_INTERVIEW_LABELS = 3
"""Sentences opening with a person's name and a colon that make a text an interview."""


@dataclass(frozen=True)
class Interview:
    """Where an interview's turns are: the sentences whose answers are quotes, the
    interviewee's mention (resolved by the sentence loop when it reaches the sentence),
    and the sentences that ask."""

    answers: dict[int, int]  # answer sentence -> its first token (after a label)
    speakers: dict[int, Span]  # sentence -> the interviewee named in it
    asked: frozenset[int]  # questions and the interviewer's sentences


def answer_quote(
    state: Analysis, k: int, interview: Interview, turn: list[SourceRef]
) -> QuoteSpan | None:
    """The quote of answer sentence ``k``: the interviewee's words."""
    hi = state.sents[k][1]
    return make_quote(state, interview.answers[k], hi, "indirect", None, None, list(turn), LABELLED)


def is_question(state: Analysis, lo: int, hi: int) -> bool:
    """Whether sentence [lo, hi) ends with a question mark (before closing marks)."""
    texts = state.tokens.text
    j = hi - 1
    while j > lo and (texts[j] in _LABEL_PUNCT or state.tokens.is_space[j]):
        j -= 1
    return texts[j] == "?"


def interview_labels(state: Analysis) -> dict[int, tuple[int, Span | None]]:
    """The speaker labels of an interview transcript ("R. Kelly: Für sehr
    unwahrscheinlich.", "'' Pau'': Ihren Detailfragen …", "Wikinews: Ist …?"): sentence
    index -> (the token after the label's colon, the label if it names a person, else None:
    the interviewer). Empty unless at least ``MIN_INTERVIEW_LABELS`` labels name a person."""
    doc = state.doc
    texts = state.tokens.text
    labels: dict[int, tuple[int, Span | None]] = {}
    persons = 0
    for k, (lo, hi) in enumerate(state.sents):
        i = lo
        while i < hi and texts[i] in _LABEL_PUNCT:
            i += 1
        j = i
        while j < hi and j - i < 4 and texts[j][:1].isupper() and texts[j] not in _LABEL_PUNCT:
            j += 1
        colon = j
        while colon < hi and texts[colon] in ("'", "''", '"'):
            colon += 1
        if j == i or colon >= hi - 1 or texts[colon] != ":":
            continue
        if state.has_pos and any(t.pos_ in ("VERB", "AUX") for t in doc[i:j]):
            continue
        person = any(t.ent_type_ == "PER" for t in doc[i:j])
        persons += person
        labels[k] = (colon + 1, doc[i:j] if person else None)
    return labels if persons >= MIN_INTERVIEW_LABELS else {}


def labelled_interview(state: Analysis) -> Interview | None:
    """The turns of a transcript with speaker labels, or None for other texts: a person's
    label opens an answer that runs to the next question or label; an interviewer's label
    opens a turn that asks."""
    labels = interview_labels(state)
    if not labels:
        return None
    answers: dict[int, int] = {}
    speakers: dict[int, Span] = {}
    asked: set[int] = set()
    holder: str | None = None  # "person", "interviewer" or None (unknown)
    for k, (lo, hi) in enumerate(state.sents):
        label = labels.get(k)
        if label is not None:
            holder = "person" if label[1] is not None else "interviewer"
            if label[1] is not None:
                speakers[k] = label[1]
        if is_question(state, lo, hi):
            asked.add(k)
            holder = None if holder == "person" else holder
        elif holder == "interviewer":
            asked.add(k)
        elif holder == "person":
            answers[k] = label[0] if label is not None else lo
    return Interview(answers, speakers, frozenset(asked))
