"""Quote false positives of the Wikinews train split (issue 15, round 9, quote precision):
verbs of perception and judgement are no verbs of saying with a clause (FORMAT.md
and models/gold/README.md W9, W17), so ``cues.json`` keeps only their direct and trailing
frames. Each sentence is copied from an article of the read half of the train split
(German Wikinews, CC BY 2.5, "Wikinews contributors") and made a false quote before."""

from __future__ import annotations

import pytest

import claimex

CASES = [
    # German Wikinews (CC BY 2.5), spkatt-news-16935: noticing, no statement (W9)
    pytest.param(
        "Zwar bemerkte der Pilot die Probleme direkt nach dem Start, zum Flughafen "
        "zurückkehren konnte er jedoch nicht mehr.",
        "bemerken",
        id="bemerken-comma",
    ),
    # German Wikinews (CC BY 2.5), spkatt-news-38651: a court's judgement, no speech
    # cue (W17); the ob-clause is the question judged
    pytest.param(
        "Der Prozess war der erste in der Geschichte des IGH, in dem er über die Frage "
        "geurteilt hat, ob ein Land Völkermord begangen hat.",
        "urteilen",
        id="urteilen-ob",
    ),
]


@pytest.mark.parametrize(("text", "cue"), CASES)
def test_no_clause_quote_of_non_speech_verb(
    extractor: claimex.Extractor, text: str, cue: str
) -> None:
    quotes = extractor.extract(text).quotes
    assert [(q.text, q.pattern) for q in quotes if q.cue == cue] == []
