"""Bare numbers before a bracket, a quotation mark or an enumerating comma (round 31,
figures31), read on train_a, on sentences of the articles they were found in: German
Wikinews (CC BY 2.5, "Wikinews contributors"). Each case failed before the fix. The fix is
general: a number in digits with no unit, no scale and no counted noun (none given by its
context either) right before a mark of lexicon/figure_grammar.json ``bare_number_marks``
(brackets, quotation marks, solidus, plus) or before a comma that another number follows
(``bare_number_list_marks``) counts nothing the text names; no gold figure of either train
half is such a number without a unit. A number that ends a clause stays a figure."""

from __future__ import annotations

import claimex


def _figures(extractor: claimex.Extractor, text: str) -> list[str]:
    return [f.text for f in extractor.extract(text).figures]


def test_an_enumeration_of_line_numbers_counts_nothing(extractor: claimex.Extractor) -> None:
    # spkatt-news-54568 (train_a): tram line numbers; before, 10, 18 and 49 were figures
    text = "Von dieser Remise aus werden die Straßenbahnlinien 5, 10, 18, 49, 52 und 58 bedient."
    assert not {"10", "18", "49"} & set(_figures(extractor, text))


def test_a_number_in_a_quoted_title_counts_nothing(extractor: claimex.Extractor) -> None:
    # spkatt-news-25582 (train_a): the exhibition's name; before, "12" was a figure
    text = "Im Jahr 2007 ist es wieder soweit: Dann nennt sie sich „documenta 12“ und findet statt."
    assert "12" not in _figures(extractor, text)


def test_a_dimension_before_a_multiplication_sign_stays_a_figure(
    extractor: claimex.Extractor,
) -> None:
    # spkatt-news-75684 (train_a): "65" before the multiplication sign is a gold figure
    # (of the dimensions); that sign is no mark of bare_number_marks, so the number stays
    text = (
        "Nach den Angaben des Fairphone Shops misst das Gerät 123 \u00d7 65 \u00d7 9,8 mm "
        "und wiegt 165 g."
    )
    assert "65" in _figures(extractor, text)
