"""claimex_label_consistency: one label per name within an article."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

import claimex
from claimex.components import PIPELINE
from claimex.components.consistency import LabelConsistency, consistent_labels

STEINBRUECK = (
    "Der frühere Finanzminister Peer Steinbrück hat die Bundesregierung kritisiert. "
    "In Berlin sagte Steinbrück am Montag, die Schuldenbremse sei kein Selbstzweck. "
    "Steinbrücks Vorschlag stieß in der Union auf Ablehnung."
)
HENTSCHEL = (
    "Hentschel war nach Angaben der Polizei allein unterwegs. Hentschel habe den Wagen in "
    "Leipzig abgestellt, teilte die Staatsanwaltschaft mit. Die Ermittler suchen nun Zeugen, "
    "die Hentschel am Bahnhof gesehen haben. Ob Hentschel Komplizen hatte, ist offen."
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.blank("de")


def labelled(doc: Doc, names: list[tuple[str, str]]) -> list[Span]:
    """Spans for ``(text, label)`` pairs, each at the next one-or-more-token occurrence."""
    texts = [token.text for token in doc]
    spans: list[Span] = []
    position = 0
    for name, label in names:
        words = name.split()
        while texts[position : position + len(words)] != words:
            position += 1
        spans.append(Span(doc, position, position + len(words), label=label))
        position += len(words)
    return spans


def labels(spans: list[Span]) -> list[tuple[str, str]]:
    return [(span.text, span.label_) for span in spans]


def test_stage_runs_between_entities_and_actors() -> None:
    position = PIPELINE.index("claimex_label_consistency")
    assert PIPELINE[position - 1] == "claimex_entities"
    assert PIPELINE[position + 1] == "claimex_actors"
    assert spacy.blank("de").has_factory("claimex_label_consistency")


def test_full_name_fixes_later_short_forms(nlp: Language) -> None:
    doc = nlp(STEINBRUECK)
    ents = labelled(
        doc,
        [
            ("Peer Steinbrück", "PER"),
            ("Bundesregierung", "ORG"),
            ("Berlin", "LOC"),
            ("Steinbrück", "LOC"),
            ("Steinbrücks", "LOC"),
            ("Union", "ORG"),
        ],
    )
    assert labels(consistent_labels(ents)) == [
        ("Peer Steinbrück", "PER"),
        ("Bundesregierung", "ORG"),
        ("Berlin", "LOC"),
        ("Steinbrück", "PER"),
        ("Steinbrücks", "PER"),
        ("Union", "ORG"),
    ]


def test_short_form_before_the_full_name_stays(nlp: Language) -> None:
    doc = nlp(
        "Steinbrück bleibt dabei. Der frühere Finanzminister Peer Steinbrück hat die "
        "Bundesregierung kritisiert."
    )
    ents = labelled(doc, [("Steinbrück", "LOC"), ("Peer Steinbrück", "PER")])
    assert labels(consistent_labels(ents, majority=False)) == labels(ents)


def test_clear_majority_relabels_the_rest(nlp: Language) -> None:
    doc = nlp(HENTSCHEL)
    ents = labelled(
        doc,
        [
            ("Hentschel", "PER"),
            ("Hentschel", "PER"),
            ("Leipzig", "LOC"),
            ("Staatsanwaltschaft", "ORG"),
            ("Hentschel", "LOC"),
            ("Hentschel", "PER"),
        ],
    )
    fixed = labels(consistent_labels(ents))
    assert [label for text, label in fixed if text == "Hentschel"] == ["PER"] * 4
    assert ("Leipzig", "LOC") in fixed


def test_narrow_majority_changes_nothing(nlp: Language) -> None:
    doc = nlp(HENTSCHEL)
    ents = labelled(doc, [("Hentschel", "PER"), ("Hentschel", "LOC"), ("Hentschel", "PER")])
    assert labels(consistent_labels(ents)) == labels(ents)  # 2 of 3 is not enough
    assert labels(consistent_labels(ents, min_share=0.5))[1] == ("Hentschel", "PER")


def test_disabled_stage_leaves_the_doc(nlp: Language) -> None:
    doc = nlp(STEINBRUECK)
    doc.ents = labelled(doc, [("Peer Steinbrück", "PER"), ("Steinbrück", "LOC")])
    LabelConsistency(nlp, enabled=False)(doc)
    assert labels(list(doc.ents))[1] == ("Steinbrück", "LOC")
    LabelConsistency(nlp)(doc)
    assert labels(list(doc.ents))[1] == ("Steinbrück", "PER")


def test_min_share_is_checked(nlp: Language) -> None:
    with pytest.raises(ValueError, match="min_share"):
        LabelConsistency(nlp, min_share=1.0)


def test_pipeline_gives_a_surname_its_full_name_label(extractor: claimex.Extractor) -> None:
    """The bundled NER calls the second "Kuhn" an organisation; the full name decides."""
    result = extractor.extract(
        "Der Fraktionschef der Grünen, Fritz Kuhn, hat den Plan abgelehnt. Kuhn sagte in "
        "Stuttgart, das Land brauche mehr Investitionen. Auch in Kuhns Partei gibt es Kritik."
    )
    kuhn = [ent.label for ent in result.entities if ent.text == "Kuhn"]
    assert kuhn == ["PER"]
    assert "Kuhn" not in {place.name for place in result.places}
