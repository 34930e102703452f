"""Right span, wrong label (round 10, issue 14): names whose kind of organisation the words
around them give away, and the place word of a sports club named by its first word. The
sentences are from German Wikinews (CC BY 2.5, "Wikinews contributors"), read from the
train split (train_a half); each case failed before its fix."""

from __future__ import annotations

import pytest

import claimex


def _labels(extractor: claimex.Extractor, text: str) -> list[tuple[str, str]]:
    """(text, label) of each entity of ``text``."""
    return [(e.text, e.label) for e in extractor.extract(text).entities]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # German Wikinews (CC BY 2.5), spkatt-news-35012: an inflected organisation word
        pytest.param(
            "Der Betriebsrat und die Geschäftsleitung des Kaiserslauterer "
            "Nähmaschinenherstellers Pfaff haben sich geeinigt, bis zu 130 der noch übrigen "
            "500 Mitarbeiter zu entlassen.",
            "Pfaff",
            id="genitive-org-word",
        ),
        # German Wikinews (CC BY 2.5), spkatt-news-63418: a compound ending in -netzwerk
        pytest.param(
            "Die fünf Kubaner waren Teil des kubanischen Agentennetzwerkes „Red Avispa“ und "
            "haben Anfang der 90er-Jahre exilkubanische Gemeinden in Florida unterwandert, "
            "Beweismaterial über geplante Terroraktionen gesammelt und diese Informationen "
            "an die kubanische Regierung weitergeleitet.",
            "Red Avispa",
            id="quoted-after-org-word",
        ),
        # German Wikinews (CC BY 2.5), spkatt-news-74342: an organisation word heads the
        # apposition after the name
        pytest.param(
            "An VT Transman ist Arriva, ein Tochterunternehmen der Deutschen Bahn, mit 49,9 "
            "Prozent beteiligt, Mehrheitseigner ist der ungarische Konzern Videoton Holding "
            "ZRt.",
            "Arriva",
            id="apposition-org-word",
        ),
    ],
)
def test_name_after_org_word_is_org(extractor: claimex.Extractor, text: str, name: str) -> None:
    assert (name, "ORG") in _labels(extractor, text)


def test_club_place_word_first(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-1959: two sentences of the article; the club
    # "Nürnberg Ice Tigers" (models/knowledge/society.tsv) begins with its town
    text = (
        "Beim Spitzenspiel am vergangenen Dienstag in der Deutschen Eishockey-Liga (DEL) hat "
        "der bisherige Tabellenführer aus Nürnberg, die „Nürnberg Ice Tigers“, seinen Platz "
        "verteidigt und den Abstand zu den nachfolgenden Mannschaften noch erweitert. "
        "Nürnberg führt die Tabelle mit 59 Punkten vor den Kölner Haien mit 52 Punkten an."
    )
    record = extractor.extract(text)
    last = max((e for e in record.entities if e.text == "Nürnberg"), key=lambda e: e.start)
    assert last.label == "ORG"
    club = [a for a in record.actors if a.name == "Nürnberg Ice Tigers"]
    assert club
    assert "Nürnberg" in [m.text for m in club[0].mentions]
