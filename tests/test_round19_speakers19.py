"""Speakers named by the name in apposition to their description (round 19, speakers19).

A description with a person's or an organisation's name in apposition resolves to that
name (FORMAT.md: the speaker is the actor's name; a description only for an unnamed
source): the name after the description's comma, the name the parse hangs on it as an
apposition, or a name that opens the clause right before the description's comma; the
description then becomes one of the actor's mentions, so a later "so der Justizminister"
is that actor too. The sentences are from German Wikinews (CC BY 2.5, "Wikinews
contributors"), doc ids as cited, read from the Wikinews train split's half train_b
(errors read there only; measured on train_a, the dev split and dev_news).
"""

from __future__ import annotations

import claimex

# German Wikinews (CC BY 2.5), spkatt-news-37511
PRISON = (
    "Nach Angaben der Sicherheitsbehörden sind in der "
    "gestrigen Nacht etwa 200 Gefangene aus einem Gefängnis "
    "in Brazzaville, der Hauptstadt der Republik Kongo, ausgebrochen. Gabriel Entcha-Ebia, der "
    "Justizminister des Landes, sagte, dass sich durch den Ausbruch der Gefangenen ein "
    "Sicherheitsproblem ergeben könne. Einige der "
    "Inhaftierten hätten Verbindungen zur organisierten "
    "Kriminalität, so der Justizminister."
)

# German Wikinews (CC BY 2.5), spkatt-news-74419
CLUB = (
    "Am Sonntag fand in Almere in der Nähe von Amsterdam "
    "das Fußballspiel zwischen den SC Buitenboys B3 und dem "
    "Amsterdamer Klub Nieuw-Sloten B1 statt. Rob Mueller, Klub-Sekretär "
    "der Buitenboys sagte zum „Algemeen Dagblad“, "
    "nach dem Spiel hätten alle Spieler dem "
    "Hobbyschiedsrichter die Hand gegeben."
)

# German Wikinews (CC BY 2.5), spkatt-news-38180
ADVOCATE = (
    "Das 47 Jahre alte VW-Gesetz, das der Verhinderung feindlicher Übernahmen "
    "dienen soll, verstößt nach Ansicht "
    "des Generalanwalts des Europäischen Gerichtshofes, "
    "Damazo Ruiz-Jarabo Colomer, gegen europäisches Recht."
)


def _speakers(extractor: claimex.Extractor, text: str) -> list[list[str]]:
    return [[s.name for s in q.speaker or []] for q in extractor.extract(text).quotes]


def test_name_before_description_speaks(extractor: claimex.Extractor) -> None:
    speakers = _speakers(extractor, PRISON)
    # the dass-clause and the "so der Justizminister" sentence: the minister's name
    assert speakers[1:] == [["Gabriel Entcha-Ebia"], ["Gabriel Entcha-Ebia"]]


def test_name_before_description_without_second_comma(extractor: claimex.Extractor) -> None:
    assert _speakers(extractor, CLUB) == [["Rob Mueller"]]


def test_name_after_description_speaks(extractor: claimex.Extractor) -> None:
    assert _speakers(extractor, ADVOCATE) == [["Damazo Ruiz-Jarabo Colomer"]]
