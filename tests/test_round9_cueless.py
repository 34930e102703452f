"""Speakers of cue-less Konjunktiv sentences (``indirect.konjunktiv``; issue 15, ninth
round): a sentence whose first finite verb is a Konjunktiv, with no quote shortly before it
that has a speaker, no frame of its own and no subject before it that can speak, is
reported without a source. The learned ranker may give it only the speaker of an earlier
quote, not a name nearby that said nothing. Each case is from an article of the Wikinews
train split (German Wikinews, CC BY 2.5, "Wikinews contributors"); the unsourced cases
failed before the change (the ranker named a company, the rescue services, a prince)."""

from __future__ import annotations

import pytest

import claimex


def _quotes(extractor: claimex.Extractor, text: str) -> list[tuple[str, str | None, str | None]]:
    """(text, speaker, pattern) of each quote found in ``text``."""
    return [(q.text, q.speaker_name, q.pattern) for q in extractor.extract(text).quotes]


UNSOURCED_CASES = [
    # German Wikinews (CC BY 2.5), spkatt-news-80937
    pytest.param(
        "Vor einigen Monaten hatte Tesla die Firma Grohmann Automation in der Stadt Prüm in "
        "Rheinland-Pfalz übernommen. Jetzt droht ein Streik. Der Lohn der Arbeiter liege "
        "derzeit 25 bis 30 Prozent unter dem Tariflohn.",
        "Der Lohn der Arbeiter liege",
        id="no-subject-before",
    ),
    # German Wikinews (CC BY 2.5), spkatt-news-82125
    pytest.param(
        "An der Rettung mussten sich neben Rettungsdienst, Feuerwehr und Polizei auch Helfer "
        "des Katastrophenschutzes beteiligen. Vor dem Unfall habe sich der 22-Jährige in "
        "unmittelbarer Nachbarschaft zur Unfallstelle bei einer Party befunden.",
        "Vor dem Unfall habe sich",
        id="rescue-services-before",
    ),
    # German Wikinews (CC BY 2.5), spkatt-news-48618
    pytest.param(
        "Die Führung der britischen Armee hatte am 29. Februar beschlossen, ihn aus der "
        "afghanischen Provinz Helmand zurückzuholen, nachdem bekannt geworden war, dass er "
        "aktiv gegen die Taliban kämpfte. Das britische Verteidigungsministerium habe Angst "
        "gehabt, dass Prinz Harry zur Zielscheibe der Taliban werden könnte.",
        "Das britische Verteidigungsministerium habe",
        id="name-inside-sentence-before",
    ),
]


@pytest.mark.parametrize(("text", "quote_start"), UNSOURCED_CASES)
def test_unsourced_konjunktiv_has_no_speaker(
    extractor: claimex.Extractor, text: str, quote_start: str
) -> None:
    found = [q for q in _quotes(extractor, text) if q[0].startswith(quote_start)]
    assert found, _quotes(extractor, text)
    assert found[0][1:] == (None, "indirect.konjunktiv")


def test_subject_before_still_speaks(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-3354: a person is the subject of the sentence
    # before, so the ranker may still name him
    text = (
        "Hoyzer soll umfassendes Wissen über ähnliche Vorgänge haben. Es seien jedoch so "
        "viele, dass sie ihm nicht mehr alle präsent seien."
    )
    found = [q for q in _quotes(extractor, text) if q[0].startswith("Es seien jedoch")]
    assert found
    assert found[0][1] == "Hoyzer"
