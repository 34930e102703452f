"""Cue verbs learned from data (``models/cue_lexicon.py``): particles, the weak paradigm, and
the frame a cue use heads, on a sentence of German Wikinews (CC BY 2.5)."""

from __future__ import annotations

from collections import Counter

from models.cue_lexicon import entry, frames_of, split_particle, verb_lemma, weak_forms

import claimex

# German Wikinews, train_b, doc spkatt-news-64137
HYPOTHESIS = (
    "Da die neu analysierten Funde aus verschiedenen Teilen Europas stammen, formulierten die "
    "Forscher die Hypothese, dass pflanzliche Nahrung und eventuell auch aus Mehl hergestellte "
    "Nahrungsmittel in Europa kulturell eine bedeutendere Rolle spielten als bisher angenommen."
)


def test_split_particle() -> None:
    assert split_particle("ankündigen") == ("an", "kündigen")
    assert split_particle("vorlegen") == ("vor", "legen")
    assert split_particle("verlauten") == ("", "verlauten")
    assert split_particle("formulieren") == ("", "formulieren")


def test_weak_forms() -> None:
    assert {"formuliert", "formulierte", "formulierten"} <= weak_forms("formulieren")
    assert "geformuliert" not in weak_forms("formulieren")
    assert {"gesagt", "sagte"} <= weak_forms("sagen")
    assert {"rechnet", "gerechnet"} <= weak_forms("rechnen")
    assert "stimmet" not in weak_forms("stimmen")


def test_entry_of_a_particle_verb() -> None:
    seen: dict[str, Counter[str]] = {
        "legte": Counter({"legen": 3}),
        "gelegt": Counter({"legen": 1}),
    }
    proposal = entry("vorlegen", Counter({"object": 4, "dass": 1}), Counter(), 4, seen, {})
    assert proposal["frames"] == ["object"]
    assert proposal["particle"] == "vor"
    assert "legte" in proposal["split_forms"]
    assert "gelegt" not in proposal["split_forms"]
    assert {"vorgelegt", "vorlegte", "vorzulegen"} <= set(proposal["forms"])


def test_dass_frame(extractor: claimex.Extractor) -> None:
    doc = extractor.nlp(HYPOTHESIS)
    cue = next(t for t in doc if t.text == "formulierten")
    assert verb_lemma(cue) == "formulieren"
    dass = next(t for t in doc if t.text == "dass")
    assert frames_of(doc, cue, (dass.i, len(doc) - 1), direct=False) == ["dass"]
