"""ORG and MISC names after a noun for their kind, without quotation marks (issue 14, round
9): ``media_names`` and ``work_names`` of ``claimex_entities``. Each sentence is copied from
an article of the Wikinews train split (German Wikinews, CC BY 2.5, "Wikinews
contributors"; the document id beside it) and failed before the rule; the rules were
measured on the train split and checked on the dev split."""

from __future__ import annotations

import pytest

import claimex

from .entity_docs import entities_found

MEDIA_CASES = [
    # German Wikinews (CC BY 2.5), spkatt-news-53890
    pytest.param(
        "Nach Angaben der Zeitung China Daily sind die Fluten in der Provinz Guangxi die "
        "schwersten seit 101 Jahren.",
        ("China Daily", "ORG"),
        ("China", "LOC"),
        id="china-daily",
    ),
    # German Wikinews (CC BY 2.5), spkatt-news-64651
    pytest.param(
        "Das Nachrichtenportal EurActiv will aus Quellen nahe den Verhandlungsteilnehmern "
        "erfahren haben, dass sich Großbritannien und die Niederlande gegen eine Einigung "
        "gestellt hätten, allerdings sei auch die mangelnde Kompromissbereitschaft des "
        "Parlamentspräsidenten kritisiert worden.",
        ("EurActiv", "ORG"),
        None,
        id="euractiv",
    ),
    # German Wikinews (CC BY 2.5), spkatt-news-78858
    pytest.param(
        "Nach Angaben des Rezensenten Alan Posener in der Tageszeitung DIE WELT sei der "
        "Anstoß zu diesem Buch auch ein Gespräch mit Füller gewesen.",
        ("DIE WELT", "ORG"),
        ("DIE", "ORG"),
        id="die-welt",
    ),
]


@pytest.mark.parametrize(("text", "expected", "gone"), MEDIA_CASES)
def test_media_name_after_media_noun(
    extractor: claimex.Extractor,
    text: str,
    expected: tuple[str, str],
    gone: tuple[str, str] | None,
) -> None:
    entities = entities_found(extractor, text)
    assert expected in entities
    assert gone is None or gone not in entities


WORK_CASES = [
    # German Wikinews (CC BY 2.5), spkatt-news-9679: the NER's ORG "Raumfähre Atlantis"
    pytest.param(
        "Die Maßnahme könnte sich als notwendig erweisen, wenn der nächste Flug der "
        "Raumfähre Atlantis im September verschoben werden sollte.",
        ("Atlantis", "MISC"),
        id="raumfaehre",
    ),
    # German Wikinews (CC BY 2.5), spkatt-news-12325: "Katrina" was an ORG
    pytest.param(
        "Die Vereinigten Staaten verweigerten die Annahme von 15 Tonnen Lebensmitteln aus "
        "Deutschland, die als Hilfsgüter für die Opfer des Hurrikans Katrina gedacht waren.",
        ("Katrina", "MISC"),
        id="hurrikan",
    ),
    # German Wikinews (CC BY 2.5), spkatt-news-33398: the NER's ORG "Software Mediawiki"
    pytest.param(
        "Bis zur Sperrung des Angebots durch den litauischen Provider "
        "\N{DOUBLE LOW-9 QUOTATION MARK}Serverimaailma.com\N{LEFT DOUBLE QUOTATION MARK} "
        "wurde die Website als Wiki mit der Software Mediawiki betrieben.",
        ("Mediawiki", "MISC"),
        id="software",
    ),
    # German Wikinews (CC BY 2.5), spkatt-news-69157: the NER's MISC "Shuttle Atlantis"
    pytest.param(
        "Das Space Shuttle Atlantis ist vorgestern um 5.57 Uhr Ortszeit \N{EN DASH} das "
        "entspricht 11.57 Uhr (MESZ) \N{EN DASH} in Cape Canaveral gelandet.",
        ("Atlantis", "MISC"),
        id="shuttle",
    ),
]


@pytest.mark.parametrize(("text", "expected"), WORK_CASES)
def test_work_name_after_work_noun(
    extractor: claimex.Extractor, text: str, expected: tuple[str, str]
) -> None:
    assert expected in entities_found(extractor, text)


def test_first_name_after_work_noun_stays_a_person(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-40716: "Roman" is a work noun and a first name
    text = (
        "Der vom Bildungsminister Roman Giertych ausgearbeitete Entwurf mit dem Ziel, "
        "jegliche Art \N{DOUBLE LOW-9 QUOTATION MARK}homosexueller "
        "Propaganda\N{LEFT DOUBLE QUOTATION MARK} aus dem öffentlichen Leben zu tilgen, sah "
        "unter anderem vor, alle Hinweise auf Homosexualität aus den Lehrbüchern zu streichen."
    )
    assert ("Roman Giertych", "PER") in entities_found(extractor, text)
