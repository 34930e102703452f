"""Round 8 (nouns): a one-word NER place that the tagger calls a common noun stays when
neither the lemma table nor lexicon/common_nouns.tsv knows it as a German word and no
determiner, numeral or coordinated common noun makes it one (``drop_common_nouns``).

The sentences are from German Wikinews (CC BY 2.5, "Wikinews contributors"), read from the
train_a half of the Wikinews train split; each case failed before the change."""

from __future__ import annotations

import pytest

import claimex

from .entity_docs import entities_found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # German Wikinews (CC BY 2.5), spkatt-news-59985
        pytest.param(
            "Israelis, die möglicherweise aus der nahegelegenen Siedlung Tapuah kommen, hatten "
            "in den vergangenen Wochen mehrere Anschläge im Westjordanland verübt.",
            "Tapuah",
            id="settlement",
        ),
        # German Wikinews (CC BY 2.5), spkatt-news-66791
        pytest.param(
            "Die Unruhen im Stadtteil Mokattam waren ausgebrochen, als etwa eintausend "
            "christliche Ägypter gegen den Brandanschlag auf eine Kairoer Kirche am 5. März "
            "protestierten.",
            "Mokattam",
            id="district",
        ),
        # German Wikinews (CC BY 2.5), spkatt-news-49204
        pytest.param(
            "Außer aus Rio de Janeiro weist das Amt auch auf erhöhte Fallzahlen von "
            "Dengue-Fieber in weiteren Städten und Provinzen des Landes hin, so in Ceara, "
            "Bahia, Paraiba, Maranhao, Pernambuco und Piaui.",
            "Piaui",
            id="coordinated",
        ),
    ],
)
def test_unknown_place_tagged_as_noun_stays(
    extractor: claimex.Extractor, text: str, place: str
) -> None:
    assert (place, "LOC") in entities_found(extractor, text)


def test_common_nouns_stay_german_words(extractor: claimex.Extractor) -> None:
    """Common nouns the NER may take for names remain words of German, by the lemma table
    or by the noun list ("Kerosin", "Armut" are missing from the lemma table)."""
    from claimex.components.common_nouns import listed_noun, unknown_word
    from claimex.components.word_checks import german_word_check

    known = german_word_check(extractor.nlp)
    assert known is not None
    for word in (
        "Zukunft",
        "Armut",
        "Heizöl",
        "Kerosin",
        "Kleinbus",
        "Medikamenteneinfluss",
        "Bürgermeisterin",
    ):
        assert not unknown_word(word, known), word
    for word in ("Tapuah", "Mokattam", "Piaui"):
        assert unknown_word(word, known), word
    assert listed_noun("Kerosins")
    assert not listed_noun("Petrobaltic")
