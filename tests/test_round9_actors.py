"""Actor linking after the entities (round 9, issue 14), each on sentences of the train
article it was found in, copied exactly: German Wikinews (CC BY 2.5, "Wikinews
contributors"), read from the train split. Every case failed before its fix."""

from __future__ import annotations

import claimex


def _actors(extractor: claimex.Extractor, text: str) -> dict[str, list[str]]:
    """Each actor's name and the texts of its mentions."""
    return {
        actor.name: [mention.text for mention in actor.mentions]
        for actor in extractor.extract(text).actors
    }


def test_one_word_person_joins_the_name_it_begins(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-33857: "Ban" (a family name written first)
    # is "Ban Ki-moon", the one person whose name begins with it.
    text = (
        "Auf der UN-Generalversammlung am Freitag, den 13. Oktober 2006 wurde der "
        "62-jährige Ban Ki-moon, Außenminister Südkoreas, zum Nachfolger des amtierenden "
        "Generalsekretärs Kofi Annan, der bereits zehn Jahre das Amt inne hatte, per "
        "Akklamation gewählt. Ban wird seinen Vorgänger am 1. Januar 2007 ablösen."
    )
    actors = _actors(extractor, text)
    assert "Ban" not in actors
    assert "Ban" in actors["Ban Ki-moon"]


def test_one_word_person_joins_the_name_it_is_inside(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-83332: "Verdis" is a word inside the one
    # fuller person name of the text (not its last word), and joins that person.
    text = (
        "Am vergangenen Mittwoch (17. Juli) ging in Bregenz (Österreich) die Premiere von "
        "Giuseppe Verdis Oper „Rigoletto“ bei trockenem Wetter über die Bühne. Verdis Oper "
        "wurde in die Welt des Zirkus versetzt: ein Riesenclownskopf auf einer arenarunden "
        "Scheibe."
    )
    actors = _actors(extractor, text)
    assert "Verdis" not in actors
    assert any("Giuseppe Verdi" in name and "Verdis" in actors[name] for name in actors)
