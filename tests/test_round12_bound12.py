"""Entity span boundaries of the Wikinews train split (round 12, issue 14), each on a
sentence of the article it was found in: German Wikinews (CC BY 2.5, "Wikinews
contributors"), read from /tmp/s6/train_a.jsonl (the odd lines of the train split). Every
case failed before its fix; the fixes are general (lexicon/roles.txt), measured on train_a
and checked on train_b, dev and dev_news."""

from __future__ import annotations

import claimex


def test_playing_position_stands_outside_the_actor_name(extractor: claimex.Extractor) -> None:
    # roles.txt (playing positions). German Wikinews (CC BY 2.5), spkatt-news-59630
    text = (
        "Nach Angaben der Polizeidirektion Hannover ist Fussballnationaltorwart Robert Enke "
        "gestern am frühen Abend gestorben. Enke sei bei Neustadt-Eilvese auf einem "
        "Bahnübergang von einem Zug erfasst und getötet worden."
    )
    result = extractor.extract(text)
    assert "Robert Enke" in {actor.name for actor in result.actors}
