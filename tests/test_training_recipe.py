"""The training recipe of the bundled pipeline runs end to end (tiny subset, a few steps),
and the shipped pipeline loads bare with the expected components and labels."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from claimex.models import bundled_path

from .conftest import shared_path


def test_shipped_pipeline_loads_bare() -> None:
    nlp = spacy.load(bundled_path())
    assert {"tok2vec", "tagger", "morphologizer", "parser", "ner", "lemmatizer"} <= set(
        nlp.pipe_names
    )
    assert set(nlp.get_pipe("ner").labels) == {"PER", "LOC", "ORG", "MISC"}
    assert nlp.meta["name"] == "claimex_news"
    doc = nlp("Die Stadt hat 2,6 Mio. Einwohner:innen, ca. 5 Mrd. Euro u.a. für Schulen.")
    words = [t.text for t in doc]
    for kept in ("Mio.", "Einwohner:innen", "ca.", "Mrd.", "u.a."):
        assert kept in words
    assert doc.has_annotation("DEP")
    assert doc.has_annotation("MORPH")
    assert doc[1].lemma_ == "Stadt"


@pytest.mark.slow
def test_training_recipe_runs_on_a_tiny_subset(tmp_path: Path) -> None:
    from models.train import run

    shared = shared_path("data").parent
    target = tmp_path / "pipeline"
    result = run(shared=shared, workdir=tmp_path / "work", target=target, tiny=True)
    nlp = spacy.load(target)
    assert "ner" in nlp.pipe_names
    assert "lemmatizer" in nlp.pipe_names
    assert [t.text for t in nlp("Sie zählt 3 Mio. Einwohner:innen.")][2:4] == ["3", "Mio."]
    scores = result["scores"]
    assert isinstance(scores, dict)
    assert "ner_germeval_dev" in scores
