"""Round 11, issue 15 (speaker descriptions): the subject of a cue in German verb-second
order, where the field before the verb holds a clause adverb or the object. Sentences from
German Wikinews (CC BY 2.5, "Wikinews contributors"), train split half A; each case failed
before its fix."""

from __future__ import annotations

import claimex


def _speakers(extractor: claimex.Extractor, text: str) -> list[tuple[str, str | None]]:
    """(text, speaker) of each quote found in ``text``."""
    return [(q.text, q.speaker_name) for q in extractor.extract(text).quotes]


def test_clause_adverb_is_no_subject(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-12716: "Demnach" fills the field before the
    # verb, which the tagger took for a noun; the subject follows the verb
    text = (
        "Demnach erwartet Russland, dass Litauen dem Major der Luftstreitkräfte die "
        "Jurisdictionsimmunität zukommen lässt."
    )
    assert [speaker for _, speaker in _speakers(extractor, text)] == ["Russland"]


def test_nominative_pronoun_after_fronted_object(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-9019: two sentences of the article; "er"
    # after the finite cue is its subject (here the person named in the sentence before),
    # the fronted "Die Bürgerinnnen und Bürger" its object
    text = (
        "Bundestagspräsident Wolfgang Thierse hat die Auflösung angenommen. "
        "Die Bürgerinnnen und Bürger forderte er anschließend auf, von ihrem Wahlrecht "
        "sorgsamen Gebrauch zu machen."
    )
    assert _speakers(extractor, text) == [
        ("von ihrem Wahlrecht sorgsamen Gebrauch zu machen", "Wolfgang Thierse")
    ]
