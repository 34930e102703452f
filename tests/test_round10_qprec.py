"""Round 10 (issue 15, item 4): per-pattern quote precision. Sentences the sentence
patterns took for reports although their grammar shows they report nothing: a cue that is
a passive infinitive (a statement still to be made). The sentences are from German
Wikinews (CC BY 2.5, "Wikinews contributors"), the train_a half (odd lines) of
models/gold/wikinews/train.jsonl; each case failed before its fix."""

from __future__ import annotations

import pytest

import claimex

NO_QUOTE_CASES = [
    # German Wikinews (CC BY 2.5), spkatt-news-6659: "bestätigt werden" under "muss" is a
    # statement still to be made (indirect.comma took the clause after it)
    pytest.param(
        "Die Entscheidung muss noch von der UNIDO-Generalversammlung Ende November 2005 "
        "bestätigt werden, im Dezember soll er sein Amt antreten.",
        "im Dezember",
        id="passive_infinitive_cue",
    ),
]


@pytest.mark.parametrize(("text", "content"), NO_QUOTE_CASES)
def test_no_report(extractor: claimex.Extractor, text: str, content: str) -> None:
    start = text.index(content)
    quotes = extractor.extract(text).quotes
    assert not [q for q in quotes if q.start <= start < q.end], [q.text for q in quotes]


def test_question_answer_still_quoted(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-49334: the answer after the question stays
    # a statement
    text = (
        "Was würdest du sagen, welche deiner Arbeiten hast du am meisten genossen? Neben "
        "den großen internationalen Projekten für Depeche Mode habe ich am meisten meine "
        "Zusammenarbeit mit meinen Freunden der \N{DOUBLE LOW-9 QUOTATION MARK}Sportfreunde "
        "Stiller\N{LEFT DOUBLE QUOTATION MARK} genossen."
    )
    quotes = extractor.extract(text).quotes
    assert any(q.text.startswith("Neben den großen") for q in quotes), [q.text for q in quotes]
