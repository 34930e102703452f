"""Round 23: a line break after a comma or a function word goes on in the same sentence, also
before a capitalised word (``claimex.linebreaks._unfinished``): no heading, caption or
paragraph ends with "der" or ",". Found by the ``stray-breaks`` perturbation of
``benchmarks.robustness`` (a single broken line in a pasted text: "Rick\\nPerry" stays
broken, "Präsident der\\nVereinigten Staaten" no longer). The sentences are Wikinews
train_b sentences (doc ids in comments); the line breaks are synthetic.
"""

from __future__ import annotations

import pytest

import claimex
from claimex.components.word_checks import split_word_check
from claimex.linebreaks import unwrap_edits
from claimex.markup import for_pipeline

from .test_round22_robust22 import SALCEDO

# Wikinews train_b, spkatt-news-41694
HAMBURG = (
    "Heute demonstrierten in Hamburg nach Angaben der Veranstalter rund 7.000 Menschen "
    "gegen das ASEM-Treffen, die Polizei spricht von 4.000 Demonstrationsteilnehmern."
)


@pytest.mark.parametrize(
    ("text", "word"), [(HAMBURG, "der"), (HAMBURG, "von"), (SALCEDO, "Salcedo,")]
)
def test_a_break_after_a_function_word_or_comma_is_a_space(
    extractor: claimex.Extractor, text: str, word: str
) -> None:
    at = text.index(f" {word} ") + len(word) + 1
    broken = text[:at] + "\n" + text[at + 1 :]
    copy, offsets = for_pipeline(broken, [], known=split_word_check(extractor.nlp))
    assert copy == text
    assert offsets is not None
    result = extractor.extract(broken)
    clean = extractor.extract(text)
    assert [(q.start, q.end, [s.name for s in q.speaker]) for q in result.quotes] == [
        (q.start, q.end, [s.name for s in q.speaker]) for q in clean.quotes
    ]
    assert [(e.start, e.end, e.label) for e in result.entities] == [
        (e.start, e.end, e.label) for e in clean.entities
    ]
    assert [(f.text, f.value) for f in result.figures] == [(f.text, f.value) for f in clean.figures]


@pytest.mark.parametrize(
    "text",
    [
        # a heading ends with a noun or a name, a paragraph with its punctuation
        "Demonstration gegen das ASEM-Treffen\n" + HAMBURG,
        "Hamburg, 10. September\n" + HAMBURG,
        HAMBURG + "\nDie Polizei zog eine positive Bilanz.",
    ],
)
def test_a_heading_or_paragraph_end_keeps_its_break(text: str) -> None:
    assert list(unwrap_edits(text)) == []
