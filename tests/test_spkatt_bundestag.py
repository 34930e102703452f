"""SpkAtt-2023 Bundestag speeches as speaker-ranker training examples
(``models/spkatt_bundestag.py``): the rebuilt text and its token offsets, the events as
message/cue/source spans, and the gold speakers named from claimex's parse, on a real speech
of the dev split (SpkAtt-2023, CC BY-SA 4.0; skipped where ``../shared`` is absent)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from models.spkatt_bundestag import Speech, gold_document, label_speakers, read_speech
from models.train_speakers import collect, included, training_rows

import claimex
from claimex.components.speaker_model import speaker_hook, speaker_model
from tests.conftest import shared_path

SPEECH = "19002_Zusatzpunkt_3_AfD_Hilse_ID19209500_21.11.2017.json"
LOW = "\N{DOUBLE LOW-9 QUOTATION MARK}"
HIGH = "\N{LEFT DOUBLE QUOTATION MARK}"


@pytest.fixture(scope="module")
def speech() -> Speech:
    path: Path = shared_path("data", "quotes", "spkatt2023", "dev", SPEECH)
    return read_speech(path)


@pytest.fixture(scope="module")
def labelled(speech: Speech, extractor: claimex.Extractor) -> dict[str, Any]:
    """The speech's gold document with the speakers named, and its collected rows."""
    gold = gold_document(speech)
    rows = collect(extractor, [gold], prepare=label_speakers, nested=True)
    return {"gold": gold, "rows": rows}


def _event(speech: Speech, message_start: str) -> Any:
    return next(
        e
        for e in speech.events
        if speech.text[e.message[0] : e.message[1]].startswith(message_start)
    )


def test_text_is_rebuilt_with_token_offsets(speech: Speech) -> None:
    assert speech.text.startswith("Frau Präsidentin! Werte Kollegen! Offensichtlich haben")
    assert f"das Thema {LOW}schneller Kohleausstieg{HIGH} in den letzten 24 Stunden" in (
        speech.text
    )
    assert " ," not in speech.text
    assert " ." not in speech.text
    assert speech.text[slice(*speech.offsets[(2, 8)])] == "Kohleausstieg"
    assert all(speech.text[s:e] for s, e in speech.offsets.values())


def test_events_become_message_cue_and_source_spans(speech: Speech) -> None:
    # 15 events carry a message; the nominal cues without one ("Antrag", "Debatte") do not
    assert len(speech.events) == 15
    assert speech.without_message > 0
    first = _event(speech, "einen visionslosen Gastgeber")
    assert (first.cue, first.source_text) == ("nennen", "Sie")
    greens = _event(speech, "dass die geplante und als Staatsziel")
    assert greens.cue == "stellen fest"  # the particle (PTC) follows the cue word
    assert greens.source_text == "Die Grünen"
    assert greens.cue_span is not None
    assert speech.text[slice(*greens.cue_span)] == "stellen"
    unsourced = _event(speech, "zu diesem seit Jahren unerbittlich")
    assert unsourced.source is None


def test_speakers_are_named_from_the_parse(labelled: dict[str, Any]) -> None:
    gold, text = labelled["gold"], labelled["gold"]["text"]

    def by_message(start: str) -> dict[str, Any]:
        return next(q for q in gold["quotes"] if text[q["start"] : q["end"]].startswith(start))

    greens = by_message("dass die geplante und als Staatsziel")
    assert greens["source_type"] in ("actor", "description")
    assert "Grünen" in greens["speaker"]
    assert greens["kind"] == "indirect"  # a dass-clause with a finite verb
    weisgerber = by_message("ist der Anteil Deutschlands")
    assert weisgerber["speaker"] == "Weisgerber"  # "Frau Weisgerber": the actor's name
    unsourced = by_message("zu diesem seit Jahren unerbittlich")
    assert (unsourced["speaker"], unsourced["exclude"]) == (None, False)
    # pronoun sources name nobody the annotation resolves: excluded, not "none"
    for message in ("einen visionslosen Gastgeber", "diesen Antrag abzulehnen"):
        quote = by_message(message)
        assert (quote["source_type"], quote["exclude"]) == ("pronoun", True)


def test_rows_for_included_quotes_only(labelled: dict[str, Any]) -> None:
    (doc,) = labelled["rows"]
    assert len(doc.on_gold) == len(included(doc.gold)) < len(doc.gold["quotes"])
    assert all(q.cands and q.cands[-1][0] is None for q in doc.on_gold)  # "none" is last
    text = doc.gold["text"]
    greens = next(q for q in doc.on_pipeline if text[q.start :].startswith("dass die geplante"))
    assert greens.matched
    assert "Grünen" in str(greens.gold)
    x, y = training_rows([doc])
    assert len(x) == len(y)
    assert 0 < sum(y) < len(y)


# From the speech 19163_Tagesordnungspunkt_19_AfD_Hilse (SpkAtt-2023 train): the entity stage
# makes a person of the split-off apostrophe-s ("macht 's") whose name is blank; the
# ranker's features once crashed on it (the first word of an empty name).
PARACELSUS = (
    "Nitrat ist für Pflanzen lebensnotwendig. Aber auch hier gilt nach Paracelsus: Allein "
    "die Dosis macht \N{RIGHT SINGLE QUOTATION MARK}s, dass ein Ding kein Gift sei. Er "
    "sagte, die Landwirte hätten viel erreicht."
)


def test_ranker_features_survive_a_blank_actor_name(extractor: claimex.Extractor) -> None:
    with speaker_hook(None, model=speaker_model()):
        result = extractor.extract(PARACELSUS)
    assert [q.text for q in result.quotes][-1] == "die Landwirte hätten viel erreicht"
