"""Round 9, wrong speakers (issue 15): a speaker class found among the train_a quotes whose
speaker was another actor, on a sentence of the article it was found in (German Wikinews,
CC BY 2.5, "Wikinews contributors"); the case failed before its fix."""

from __future__ import annotations

import claimex


def _quotes(extractor: claimex.Extractor, text: str) -> list[tuple[str, str | None, str | None]]:
    """(text, speaker, pattern) of each quote found in ``text``."""
    return [(q.text, q.speaker_name, q.pattern) for q in extractor.extract(text).quotes]


def test_enumeration_subject_keeps_its_first_conjunct(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-23657: the commas of an enumeration before
    # the cue join its conjuncts; they open no clause that would cut off the first one
    text = (
        "Die Organisationen Transparency International, Campact und LobbyControl werfen "
        "Norbert Lammert Verzögerung der Veröffentlichungspflicht vor."
    )
    assert _quotes(extractor, text) == [
        (
            "Norbert Lammert Verzögerung der Veröffentlichungspflicht",
            "Transparency International; Campact; LobbyControl",
            "reported.object",
        )
    ]
