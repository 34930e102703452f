"""A court's act is no statement (round 13, qfp13: quote false positives).

Some cue verbs also name what a court does: it sentences ("verurteilt"), upholds a verdict
("bestätigt"), classifies ("eingestuft"), finds ("sah es als erwiesen an"). With a court
or a judge as the subject or the passive agent of its clause, such a verb reports the
decision, not a statement, and the gold convention W17 (models/gold/README.md) makes no
quote of it. The sentences are from German Wikinews (CC BY 2.5, "Wikinews
contributors"), doc ids as cited, read from the Wikinews train split's half train_a
(errors read there only; measured on train_b, the dev split and dev_news).
"""

from __future__ import annotations

import pytest

import claimex

COURT_ACTS = [
    # German Wikinews (CC BY 2.5), spkatt-news-79990
    "Das Amtsgericht Berlin-Tiergarten hat Lohfink am 22. August 2016 zu einer Geldstrafe "
    "wegen falscher Verd\N{LATIN SMALL LETTER A WITH DIAERESIS}chtigung verurteilt.",
    # German Wikinews (CC BY 2.5), spkatt-news-70915
    "Am Freitag hat ein Gericht das Urteil gegen die ehemalige "
    "Ministerpr\N{LATIN SMALL LETTER A WITH DIAERESIS}sidentin Julia Timoschenko "
    "best\N{LATIN SMALL LETTER A WITH DIAERESIS}tigt.",
    # German Wikinews (CC BY 2.5), spkatt-news-46316: the finding is not "sehen" either
    "Da Frauen in Saudi-Arabien im Vergleich zu M\N{LATIN SMALL LETTER A WITH DIAERESIS}nnern "
    "nur \N{LATIN SMALL LETTER A WITH DIAERESIS}u\N{LATIN SMALL LETTER SHARP S}erst "
    "eingeschr\N{LATIN SMALL LETTER A WITH DIAERESIS}nkte Rechte haben, unter anderem ist "
    "auch Autofahren tabu, sah es das Gericht zun\N{LATIN SMALL LETTER A WITH DIAERESIS}chst "
    "als erwiesen an, dass sie gegen die strenge Sittenordnung "
    "versto\N{LATIN SMALL LETTER SHARP S}en hatte.",
    # German Wikinews (CC BY 2.5), spkatt-news-33398
    "Der Verfasser dieser Seite wurde vom Amtsgericht Berlin-Tiergarten als Querulant eingestuft.",
]

SPEECH = [
    # German Wikinews (CC BY 2.5), spkatt-news-19927: the same cue, no court
    (
        "Der zust\N{LATIN SMALL LETTER A WITH DIAERESIS}ndige Feuerwehrchef Juan Chavez "
        "best\N{LATIN SMALL LETTER A WITH DIAERESIS}tigte den Vorfall am Sonntag "
        "gegen\N{LATIN SMALL LETTER U WITH DIAERESIS}ber der Presse.",
        "den Vorfall",
    ),
    # German Wikinews (CC BY 2.5), spkatt-news-48520: a court that speaks
    (
        "Das Gericht weist auf den zu beobachtenden Wandel in der Nutzung von Computern hin.",
        "auf den zu beobachtenden Wandel",
    ),
]


@pytest.mark.parametrize("text", COURT_ACTS)
def test_court_act_is_no_quote(extractor: claimex.Extractor, text: str) -> None:
    assert extractor.extract(text).quotes == []


@pytest.mark.parametrize(("text", "content"), SPEECH)
def test_speech_cue_still_quotes(extractor: claimex.Extractor, text: str, content: str) -> None:
    quotes = extractor.extract(text).quotes
    assert len(quotes) == 1
    assert quotes[0].text.startswith(content)
