"""The entity check's recipe (``models/train_entity_check.py``) and the shipped file
(``src/claimex/lexicon/entity_check.json``) speak the same features: the rows the recipe
extracts from a real article carry feature templates the shipped model has weights for,
the shipped model applied to those rows changes the spans the runtime check changes, and
the recipe's fit on the same rows gives the same weights in processes with other hash
seeds (issue 14 asks that the shipped file be what ``python -m models.train_entity_check``
makes; why the file shipped now is not what the recipe makes at today's code:
docs/entity_rules.md, "Round 27: recipe27")."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

import claimex
from claimex.components.entity_check import NONE, entity_check_model
from claimex.inputs import prepare

pytest.importorskip("sklearn")

from models.train_entity_check import CLASSES, Runner, SpanRow, fit

from .conftest import under_hash_seeds

# Wikinews train_a, spkatt-news-24259 (text German Wikinews CC BY 2.5; entities from
# models/gold/wikinews, CC BY 4.0): the NER tags the manager "Vincio Luna" and a later
# "Luna" as places and takes "Luna Menschenhandel" as one person; the shipped check turns
# the two places into persons and drops the third span.
TEXT = (
    "Der Manager der Fußballnationalmannschaft aus Ecuador, Vincio Luna, hat Probleme mit "
    "der Justiz. Er wurde am Mittwoch verhaftet. Die Behörden werfen Luna Menschenhandel "
    "vor. Er soll am letzten Freitag, dem 17. März 2006, zwei Menschen illegal in die USA "
    "eingeschleust haben, indem er Visaanträge für die Beiden im Konsulat der USA abgeben "
    "hatte. Als Begründung für die Einreise der beiden gab er an, sie wären angeblich "
    "Spieler und Funktionäre der Nationalmannschaft. Offiziell gehören die beiden jedoch "
    "nicht der Nationalmannschaft an. Für die Einschleusung soll er laut Ecuadorianischen "
    "Presseinformationen eine Geldsumme zwischen 8.000 und 11.000 Euro erhalten haben. Luna "
    "ist seit acht Jahren für die Nationalmannschat verantwortlich. Er hat die Tat nicht "
    "gestanden. Die Sportfunktionäre des nationalen Fußballverbandes stehen hinter Luna. Die "
    "Mannschaft aus Ecuador ist ein WM-Gruppengegner Deutschlands. Das erste Spiel, das bei "
    "der WM auf Ecuador zukommt, findet am 9. Juni 2006 um 21.00 Uhr in Gelsenkirchen statt. "
    "Die Mannschaft spielt gegen Polen. Auf Deutschland trifft Ecuador am 20.06.2006 um "
    "16.00 Uhr in Berlin."
)
GOLD: dict[tuple[int, int], str | None] = {
    (46, 53): "LOC",
    (55, 66): "PER",
    (149, 153): "PER",
    (250, 253): "LOC",
    (327, 330): "LOC",
    (671, 675): "PER",
    (838, 842): "PER",
    (863, 870): "LOC",
    (896, 908): "LOC",
    (939, 941): "MISC",
    (946, 953): "LOC",
    (1002, 1015): "LOC",
    (1051, 1056): "LOC",
    (1062, 1073): "LOC",
    (1081, 1088): "LOC",
    (1119, 1125): "LOC",
}


def _template(feature: str) -> str:
    """A feature without its label prefix (``with_label``) and value: ``LOC|pw=in`` -> ``pw``."""
    head, _, rest = feature.partition("|")
    if rest and head in CLASSES:
        feature = rest
    return feature.partition("=")[0]


@pytest.fixture(scope="module")
def rows() -> list[SpanRow]:
    runner = Runner()
    doc = runner.parse([prepare(TEXT)[0]], None)[0]
    return runner.rows(0, doc, GOLD)


def test_recipe_rows_use_the_shipped_models_feature_templates(rows: list[SpanRow]) -> None:
    model = entity_check_model()
    assert model is not None
    shipped = {_template(f) for f in model.weights}
    made = {_template(f) for row in rows for f in row.features}
    assert made <= shipped, made - shipped
    # most of what the recipe extracts here is a feature the shipped model weighs
    known = sum(f in model.weights for row in rows for f in row.features)
    assert known > 0.5 * sum(len(row.features) for row in rows)


def test_shipped_model_on_recipe_rows_changes_what_the_runtime_changes(
    rows: list[SpanRow], extractor: claimex.Extractor
) -> None:
    model = entity_check_model()
    assert model is not None
    changed = {
        (row.text, row.label, model.decide(row.features, row.label))
        for row in rows
        if model.decide(row.features, row.label) != row.label
    }
    assert changed == {
        ("Vincio Luna", "LOC", "PER"),
        ("Luna", "LOC", "PER"),
        ("Luna Menschenhandel", "PER", NONE),
    }
    found = {(e.text, e.label) for e in extractor.extract(TEXT).entities}
    assert ("Vincio Luna", "PER") in found
    assert ("Luna", "PER") in found
    assert not any(text == "Luna Menschenhandel" for text, _ in found)
    assert not any(label == "LOC" and "Luna" in text for text, label in found)


_OTHER_PROCESS = """
import json, pickle, sys
from models.train_entity_check import fit
rows = pickle.loads(open(sys.argv[1], "rb").read())
model = fit(rows, 1.0, 1)
print(json.dumps([model.bias, sorted(model.weights.items())]))
"""


def test_recipe_fit_is_the_same_in_other_processes(rows: list[SpanRow], tmp_path: Path) -> None:
    """The fit on the same rows in processes with other string hash seeds (set and dict
    orders of the features differ) gives the same weights to the last digit."""
    cache = tmp_path / "rows.pickle"
    cache.write_bytes(pickle.dumps(rows))
    model = fit(rows, 1.0, 1)
    here = json.dumps([model.bias, sorted(model.weights.items())])
    assert len(model.weights) > 50
    assert under_hash_seeds(_OTHER_PROCESS, str(cache)) == [here, here]
