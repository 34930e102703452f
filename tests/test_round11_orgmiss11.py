"""ORG errors of the Wikinews train split's odd lines (issue 14, round 11), each on
sentences of the article it was found in: German Wikinews (CC BY 2.5, "Wikinews
contributors"), read from the gold of the train split. Every case failed before its fix;
the fixes are general (a tie of labels that a full name breaks for PER, a listed first
name that makes an ORG a person, nouns for doctrines that are no names)."""

from __future__ import annotations

import claimex

from .entity_docs import entities_found


def test_person_wins_a_tie_of_labels(extractor: claimex.Extractor) -> None:
    """The NER tags "Heiko Maas" ORG once and PER once: a name of several words goes to
    PER (German Wikinews (CC BY 2.5), spkatt-news-79990)."""
    text = (
        "Die Vorsitzende des Bundestagsrechtsausschusses, Renate Künast (Grüne), fragte, ob "
        "Heiko Maas (SPD) im Rechtsausschuss auf Fragen zu den Hintergründen der Entlassung "
        "des Generalbundesanwalts gelogen habe. Im Rahmen von Ermittlungen gegen zwei "
        "Journalisten wegen Landesverrats war es zu einer Eskalation gekommen, und "
        "Bundesjustizminister Heiko Maas (SPD) ließ am 4. August 2015 den "
        "Generalbundesanwalt Harald Range in den einstweiligen Ruhestand versetzen."
    )
    labels = [label for name, label in entities_found(extractor, text) if name == "Heiko Maas"]
    assert labels == ["PER", "PER"]


def test_first_name_makes_an_org_a_person(extractor: claimex.Extractor) -> None:
    """German Wikinews (CC BY 2.5), spkatt-news-61374: "Štefan Füle" tagged ORG."""
    text = (
        "Stellvertretend für die EU-Kommission empfahl der EU-Kommissar für Erweiterung und "
        "europäische Nachbarschaftspolitik Štefan Füle, Verhandlungen über einen EU-Beitritt "
        "Islands einzuleiten."
    )
    assert ("Štefan Füle", "PER") in entities_found(extractor, text)


def test_first_name_makes_an_org_a_person_after_a_role(extractor: claimex.Extractor) -> None:
    """German Wikinews (CC BY 2.5), spkatt-news-78858: "Gustav Wyneken" tagged ORG."""
    text = (
        "Füllers Argumentationslinie beginnt bei Platons Interpretation der Liebe und zieht "
        "sich über die Pädagogik der Wandervogelbewegung von Hans Blüher und den "
        "Schulreformer Gustav Wyneken bis hin zu anerkannten Reformpädagogen wie Hartmut von "
        "Hentig."
    )
    assert ("Gustav Wyneken", "PER") in entities_found(extractor, text)


def test_doctrine_is_no_name(extractor: claimex.Extractor) -> None:
    """German Wikinews (CC BY 2.5), spkatt-news-21450: "Nationalsozialismus" tagged ORG."""
    text = (
        "Die Entwicklung im Iran verglich Merkel mit dem Erstarken des Nationalsozialismus "
        "in Deutschland vor 1933."
    )
    assert "Nationalsozialismus" not in [name for name, _ in entities_found(extractor, text)]
