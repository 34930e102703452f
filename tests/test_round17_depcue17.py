"""Quote finding, round 17 (depcue17): the dependency frame ``indirect.dependency``, a cue
verb's clausal complement read from the parse where no hand-written pattern made a quote.
Errors read on the Wikinews train split's half train_b, measured on train_a, the dev split
and dev_news. The sentences are from German Wikinews (CC BY 2.5, "Wikinews contributors"),
doc ids as cited, read from train_b; each failed before the change.
"""

from __future__ import annotations

import claimex


def _quotes(extractor: claimex.Extractor, text: str) -> list[tuple[str, str | None, str | None]]:
    """(text, speaker, pattern) of each quote found in ``text``."""
    return [(q.text, q.speaker_name, q.pattern) for q in extractor.extract(text).quotes]


def test_zu_infinitive_complement_opening_with_zu(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-71772: the infinitive clause of "vorschlagen"
    # opens with "zu", which the comma pattern reads as a blocker
    text = (
        "Die EU-Kommission schlug vor, zu prüfen, ob mit dem Kosovo ein anderes Abkommen "
        "geschlossen werden kann."
    )
    assert _quotes(extractor, text) == [
        (
            "zu prüfen, ob mit dem Kosovo ein anderes Abkommen geschlossen werden kann",
            "EU-Kommission",
            "indirect.dependency",
        )
    ]


def test_cue_in_a_relative_clause(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-54978: the cue verb closes a relative
    # clause, its zu-infinitive follows; the relative pronoun's noun speaks
    text = (
        "Im Rahmen einer Talkshow wurde ein islamistischer Prediger aus London zugeschaltet, "
        "der alle Nichtmoslems aufforderte, nicht mehr Israel zu unterstützen."
    )
    quotes = _quotes(extractor, text)
    assert [(t, p) for t, _, p in quotes] == [
        ("nicht mehr Israel zu unterstützen", "indirect.dependency")
    ]
    assert "Prediger" in (quotes[0][1] or "")


def test_second_statement_of_another_cue(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-60475: a sentence that already has a quote
    # ("Annabi sei tot") holds a second cue verb with its own clause
    text = (
        "René Préval, der Präsident des Staates im Westen der Insel Hispaniola sagte vor der "
        "Presse, Annabi sei tot, doch UN-Pressesprecher Nicholas Birnback erklärte, den Tod "
        "Annabis bislang nicht bestätigen zu können."
    )
    assert _quotes(extractor, text) == [
        ("Annabi sei tot", "René Préval", "indirect.comma"),
        (
            "den Tod Annabis bislang nicht bestätigen zu können",
            "Nicholas Birnback",
            "indirect.dependency",
        ),
    ]


def test_agentless_passive_of_a_narrating_cue_is_no_quote(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-71489: "befürchten" in an agentless passive
    # is the article's narration (not in cues.json agentless_passive)
    text = (
        "Doch es wird befürchtet, dass sich viele der Vermissten tot in dem gesunkenen Wrack "
        "befinden."
    )
    assert _quotes(extractor, text) == []
