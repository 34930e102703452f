"""Round 25, speed25 (issue 15, claimex's overhead over bare spaCy): the helpers that let
claimex skip work keep every answer. Sentences from train_a (credited by document id)."""

from __future__ import annotations

import re
from collections.abc import Sequence

import pytest

import claimex
from claimex import guard
from claimex.components.doctokens import morph_keys
from claimex.components.entity_check import DocContext, EntityCheckModel, entity_check_model
from claimex.components.quotes.tokens import Tokens

# spkatt-news-2464 (the first three sentences)
KYOTO = (
    "Am heutigen Samstag startet der europaweite Emissionshandel. Der Emissonshandel ist ein "
    "marktwirtschaftliches Instrument, mit dem die Europäische Union das im Kyoto-Protokoll "
    "festgelegte Ziel der Verringerung des CO2-Austoßes erreichen will. Im Rahmen des "
    "Kyoto-Protokolls hat die EU zugesagt, die Kohlendioxid-Emissionen im Zeitraum zwischen "
    "2008 und 2012 um acht Prozent gegenüber 1990 zu veringern."
)
# spkatt-news-73475
EU_CIRCLES = (
    "Aus EU-Kreisen verlautete, dies sei nur Spekulation, es gebe jedoch bei einigen "
    "EU-Partnern Skepsis hinsichtlich der wirtschaftlichen Entwicklung in Griechenland."
)


def _regex_cuts(text: str) -> list[int]:
    """The cuts of guard.cut_points as its pattern alone finds them (no prefilter)."""
    pattern = re.compile(rf"(?<!\S)\S{{{guard.MAX_RUN + 1},}}")
    return [
        cut
        for match in pattern.finditer(text)
        for cut in guard.run_cuts(text, match.start(), match.end(), guard.PIECE)
    ]


@pytest.mark.parametrize("run", [guard.MAX_RUN, guard.MAX_RUN + 1, 3 * guard.MAX_RUN])
def test_guard_prefilter_finds_every_long_run(run: int) -> None:
    # guard._may_have_run: an article has no long run; one glued to it (a pasted hash or
    # link of ``run`` characters) is found wherever it stands, and cut as the pattern cuts
    assert not guard._may_have_run(KYOTO, guard.MAX_RUN)
    assert guard.cut_points(KYOTO) == []
    for at in (0, KYOTO.index("Kyoto"), len(KYOTO)):
        text = KYOTO[:at] + " " + "x" * run + " " + KYOTO[at:]
        assert guard._may_have_run(text, guard.MAX_RUN) or run <= guard.MAX_RUN
        assert guard.cut_points(text) == _regex_cuts(text)
        assert bool(guard.cut_points(text)) == (run > guard.MAX_RUN)


def test_morphology_is_read_once_and_shared(extractor: claimex.Extractor) -> None:
    # doctokens.morph_keys: the MORPH column the entity check, the actor stage and the
    # quote rules share; its values are the tokens' analyses ("sei": Mood=Sub)
    doc = extractor.nlp(EU_CIRCLES)
    keys = morph_keys(doc)
    assert keys == [token.morph.key for token in doc]
    assert morph_keys(doc) is keys
    assert DocContext(doc, list(doc.ents)).morphs is keys
    tokens = Tokens(doc, [], {})
    sei = next(token.i for token in doc if token.text == "sei")
    assert tokens.subjunctive_mood[sei]
    assert not tokens.subjunctive_mood[sei - 1]  # "dies"


def test_source_verb_reads_finite_verbs_from_the_token_columns(
    extractor: claimex.Extractor,
) -> None:
    # quotes.source_verbs.source_verb_clause: "verlautete" found as a finite verb
    result = extractor.extract(EU_CIRCLES)
    assert [(q.pattern, q.cue, q.speaker_name) for q in result.quotes] == [
        ("indirect.source_verb", "verlauten", "EU-Kreisen")
    ]


def test_entity_check_skips_spans_it_may_not_change(
    extractor: claimex.Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    # entity_check.check_entities: the shipped model's actions never change a MISC span,
    # so its features are not built; "Kyoto-Protokoll" stays MISC
    model = entity_check_model()
    assert model is not None
    assert not model.may_change("MISC")
    assert all(model.may_change(label) for label in ("PER", "LOC", "ORG"))
    seen: list[list[str]] = []
    decide_all = EntityCheckModel.decide_all

    def recorded(
        self: EntityCheckModel, features: Sequence[Sequence[str]], labels: Sequence[str]
    ) -> list[str]:
        seen.append(list(labels))
        return decide_all(self, features, labels)

    monkeypatch.setattr(EntityCheckModel, "decide_all", recorded)
    result = extractor.extract(KYOTO)
    assert seen == [["ORG", "ORG"]]  # "Europäische Union", "EU"
    assert [(e.text, e.label) for e in result.entities] == [
        ("Europäische Union", "ORG"),
        ("Kyoto-Protokoll", "MISC"),
        ("Kyoto-Protokolls", "MISC"),
        ("EU", "ORG"),
    ]
