"""Organisation spans of round 14 (helper org14), on a sentence of the train_b article it
was found in: German Wikinews (CC BY 2.5, "Wikinews contributors"), read from
models/gold/wikinews/train.jsonl. The case failed before its fix."""

from __future__ import annotations

import claimex
from claimex.components.known_orgs import listed_form_of

# German Wikinews (CC BY 2.5), spkatt-news-59270
IAEA_SENTENCE = (
    "Auch weitere Staatsrepräsentanten und Sprecher wichtiger Organisationen gratulierten "
    "Obama, so der italienische Ministerpräsident Berlusconi, der Leiter der Internationalen "
    "Atomenergiebehörde IAEA, Mohammed ElBaradei („Mir fällt niemand ein, der diese Ehre "
    "mehr verdient hätte.“), und der norwegische Ministerpräsident Jens Stoltenberg: „Der "
    "Preis kommt nicht zu früh.“"
)


def test_listed_acronym_after_its_name_is_a_second_name(extractor: claimex.Extractor) -> None:
    # merge_org_neighbours: a listed organisation and its listed acronym right after it
    # stay two names, as the gold spans them; both are mentions of one actor
    result = extractor.extract(IAEA_SENTENCE)
    found = [(e.text, e.label) for e in result.entities]
    assert ("Internationalen Atomenergiebehörde", "ORG") in found
    assert ("IAEA", "ORG") in found
    assert ("Internationalen Atomenergiebehörde IAEA", "ORG") not in found
    actors = {a.name: {m.text for m in a.mentions} for a in result.actors}
    assert actors["Internationale Atomenergiebehörde"] >= {
        "Internationalen Atomenergiebehörde",
        "IAEA",
    }


def test_listed_form_of() -> None:
    assert listed_form_of("IAEA", "Internationalen Atomenergiebehörde")
    assert not listed_form_of("SPD", "CDU")
    assert not listed_form_of("IAEA", "Putin")
