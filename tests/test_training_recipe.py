"""The training recipe of the bundled pipeline runs end to end (tiny subset, a few steps),
and the shipped pipeline loads bare with the expected components, labels and rules."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import spacy

from claimex.models import bundled_path

from .conftest import shared_path

COMPONENTS = [
    "tok2vec",
    "tagger",
    "morphologizer",
    "sentencizer",
    "parser",
    "ner",
    "entity_ruler",
    "lemmatizer",
]
KEPT_WHOLE = [
    "Mio.",
    "Mrd.",
    "ca.",
    "Dr.",
    "u.a.",
    "z.B.",
    "bzw.",
    "Nr.",
    "Prof.",
    "Einwohner:innen",
    "Bürger*innen",
    "Lehrer_innen",
]


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    return spacy.load(bundled_path())


def test_shipped_pipeline_has_components_labels_and_meta(nlp: spacy.language.Language) -> None:
    assert nlp.pipe_names == COMPONENTS
    assert set(nlp.get_pipe("ner").labels) == {"PER", "LOC", "ORG", "MISC"}
    assert {"nsubj", "obj", "ccomp", "nmod"} <= set(nlp.get_pipe("parser").labels)
    assert {"NN", "NE", "VVFIN", "ART"} <= set(nlp.get_pipe("tagger").labels)
    assert nlp.meta["name"] == "de_claimex_news"
    assert nlp.lang == "de"
    assert nlp.meta["version"]
    assert nlp.meta["license"]
    assert nlp.meta["sources"]
    assert nlp.config["paths"]["train"] is None


def test_shipped_pipeline_keeps_news_abbreviations_and_gender_forms(
    nlp: spacy.language.Language,
) -> None:
    doc = nlp.make_doc(
        "Laut Dr. Meier bzw. Prof. Schulz zahlen ca. 2,6 Mio. Einwohner:innen, Bürger*innen "
        "und Lehrer_innen u.a. 5 Mrd. Euro, z.B. für Schule Nr. 4. Es stand 3:0."
    )
    words = [t.text for t in doc]
    for kept in KEPT_WHOLE:
        assert kept in words
    assert words[-2:] == ["3:0", "."]


def test_shipped_pipeline_annotates(nlp: spacy.language.Language) -> None:
    doc = nlp("Die Kanzlerin traf am Montag in Berlin den Präsidenten. Sie sprach mit ihm.")
    assert doc.has_annotation("DEP")
    assert doc.has_annotation("MORPH")
    assert doc.has_annotation("TAG")
    assert doc.has_annotation("POS")
    assert len(list(doc.sents)) == 2
    assert doc[1].lemma_ == "Kanzlerin"
    assert doc[1].morph.get("Gender") == ["Fem"]
    assert doc[1].morph.get("Number") == ["Sing"]
    assert ("Berlin", "LOC") in {(e.text, e.label_) for e in doc.ents}


def test_shipped_pipeline_loads_without_spacy_lookups_data() -> None:
    """The lemma table is serialised inside the pipeline: no runtime dependency."""
    code = (
        "import sys, spacy; sys.modules['spacy_lookups_data'] = None; "
        f"nlp = spacy.load({str(bundled_path())!r}); "
        "print(nlp('Die Häuser standen leer.')[1].lemma_)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout
    assert out.strip() == "Haus"


def test_training_recipe_runs_on_a_tiny_subset(tmp_path: Path) -> None:
    pytest.importorskip(
        "spacy_lookups_data",
        reason="the training recipe needs the train extra: pip install -e '.[train]'",
    )
    from models.train import run

    shared = shared_path("data").parent
    target = tmp_path / "pipeline"
    result = run(shared=shared, workdir=tmp_path / "work", target=target, tiny=True)
    nlp = spacy.load(target)
    assert nlp.pipe_names == COMPONENTS
    assert set(nlp.get_pipe("ner").labels) == {"PER", "LOC", "ORG", "MISC"}
    assert [t.text for t in nlp("Sie zählt 3 Mio. Einwohner:innen.")][2:4] == ["3", "Mio."]
    meta = json.loads((target / "meta.json").read_text(encoding="utf-8"))
    scores = meta["performance"]
    assert scores == result["scores"]
    assert 0.0 <= scores["ner_germeval_dev"]["f1"] <= 1.0
    assert scores["words_per_second_1_core"] > 0
    counts = result["counts"]
    assert isinstance(counts, dict)
    assert counts["dev_ner"] == 100
    assert counts["germeval"] == 150


def _tiny_ner_run(
    tmp_path: Path, config: str, *, ner_into: Path | None = None, ner_head: Path | None = None
) -> Path:
    """The tiny recipe with an NER config on GermEval + Wikinews, into a finished pipeline
    (``ner_into`` or ``ner_head``); returns the written pipeline's path."""
    pytest.importorskip(
        "spacy_lookups_data",
        reason="the training recipe needs the train extra: pip install -e '.[train]'",
    )
    from models.train import HERE, run

    target = tmp_path / "pipeline"
    run(
        shared=shared_path("data").parent,
        workdir=tmp_path / "work",
        target=target,
        tiny=True,
        config=HERE / config,
        corpora=("germeval", "wikinews"),
        ner_into=ner_into,
        ner_head=ner_head,
    )
    return target


def test_ner_with_its_own_tok2vec_replaces_only_the_ner(tmp_path: Path) -> None:
    """``--config models/config_ner_own.cfg --ner-into``: tagger and parser stay untouched."""
    target = _tiny_ner_run(tmp_path, "config_ner_own.cfg", ner_into=bundled_path())
    swapped = spacy.load(target)
    base = spacy.load(bundled_path())
    assert swapped.pipe_names == COMPONENTS
    assert swapped.config["components"]["ner"]["model"]["tok2vec"]["@architectures"] == (
        "spacy.Tok2Vec.v2"
    )
    text = (
        "Der Bundestag hat am Donnerstag in Berlin über den Haushalt beraten, sagte "
        "Wolfgang Schäuble."
    )
    new, old = swapped(text), base(text)
    assert [(t.tag_, t.dep_, t.head.i) for t in new] == [(t.tag_, t.dep_, t.head.i) for t in old]
    assert (target / "meta.json").is_file()


def test_ner_head_fine_tunes_only_the_ner(tmp_path: Path) -> None:
    """``--config models/config_ner_head.cfg --ner-head``: the frozen tok2vec and every other
    component stay byte-for-byte, only the ner's weights change."""
    target = _tiny_ner_run(tmp_path, "config_ner_head.cfg", ner_head=bundled_path())
    base = bundled_path()
    for name in ("tok2vec", "tagger", "morphologizer", "parser"):
        assert (target / name / "model").read_bytes() == (base / name / "model").read_bytes()
    assert (target / "ner" / "model").read_bytes() != (base / "ner" / "model").read_bytes()
    assert spacy.load(target).pipe_names == COMPONENTS


def test_shipped_ruler_holds_token_patterns(nlp: spacy.language.Language) -> None:
    """Token patterns load without running the pipeline over every name (models/package.py
    ``token_patterns``; ``python -m models.package --tokenize-ruler``)."""
    patterns = nlp.get_pipe("entity_ruler").patterns  # type: ignore[attr-defined]
    assert all(isinstance(p["pattern"], list) for p in patterns)
    # the one-word names stand in one set per label (models/package.py grouped_patterns)
    grouped = [p for p in patterns if isinstance(p["pattern"][0].get("ORTH"), dict)]
    assert len(grouped) == len({p["label"] for p in grouped}) >= 2
    names = sum(len(p["pattern"][0]["ORTH"]["IN"]) for p in grouped)
    assert names + len(patterns) - len(grouped) > 1000


def test_grouped_patterns_keep_a_word_under_two_labels_apart() -> None:
    from models.package import grouped_patterns

    patterns = [
        {"label": "LOC", "pattern": [{"ORTH": "Minsk"}]},
        {"label": "LOC", "pattern": [{"ORTH": "Transnistrien"}]},
        {"label": "ORG", "pattern": [{"ORTH": "Kreml"}]},
        {"label": "LOC", "pattern": [{"ORTH": "Kreml"}]},
        {"label": "ORG", "pattern": [{"ORTH": "Institute"}, {"ORTH": "for"}]},
    ]
    assert grouped_patterns(patterns) == [
        {"label": "LOC", "pattern": [{"ORTH": {"IN": ["Minsk", "Transnistrien"]}}]},
        {"label": "ORG", "pattern": [{"ORTH": "Kreml"}]},
        {"label": "LOC", "pattern": [{"ORTH": "Kreml"}]},
        {"label": "ORG", "pattern": [{"ORTH": "Institute"}, {"ORTH": "for"}]},
    ]


def test_token_patterns_find_what_phrase_patterns_find() -> None:
    """The gazetteer as token patterns and as phrase patterns give the same entities on the
    first Wikinews dev articles (text CC BY 2.5, Wikinews contributors, read from
    ../shared: skipped without it)."""
    from models.package import gazetteer_patterns, token_patterns

    from claimex.gold import read_gold

    root = Path(__file__).resolve().parents[1]
    shared = shared_path("data").parent  # the gold's texts are read from ../shared
    gold = read_gold(root / "models/gold/wikinews/dev.jsonl", shared=shared)
    texts = [doc["text"] for doc in gold][:8]
    entities = []
    for tokens in (False, True):
        pipeline = spacy.load(bundled_path(), exclude=["entity_ruler"])
        ruler = pipeline.add_pipe(
            "entity_ruler", after="ner", config={"phrase_matcher_attr": "ORTH"}
        )
        phrases = gazetteer_patterns()
        ruler.add_patterns(token_patterns(pipeline, phrases) if tokens else phrases)  # type: ignore[attr-defined]
        entities.append(
            [[(e.start, e.end, e.label_) for e in doc.ents] for doc in pipeline.pipe(texts)]
        )
    assert entities[0] == entities[1]
    assert sum(len(doc) for doc in entities[0]) > 20


def test_recipe_trains_on_one_half_of_the_wikinews_split(tmp_path: Path) -> None:
    """``--wikinews-train``: the NER of a cross-fitted entity check (models/ner_head.py)
    learns one half of the Wikinews train split, never the half it predicts."""
    pytest.importorskip(
        "spacy_lookups_data",
        reason="the training recipe needs the train extra: pip install -e '.[train]'",
    )
    from models.convert import convert
    from models.train_entity_check import train_half

    shared = shared_path("data").parent
    half = train_half("train_a", folder=tmp_path / "halves")
    counts = convert(shared, tmp_path / "corpus", tiny=True, wikinews_train=half)
    assert counts["wikinews_articles"] == len(half.read_text(encoding="utf-8").splitlines())
    full = convert(shared, tmp_path / "full", tiny=True)
    assert full["wikinews_articles"] > counts["wikinews_articles"] > 0


def test_ner_head_recipe_leaves_the_shipped_files_alone_by_default(tmp_path: Path) -> None:
    """``python -m models.ner_head`` writes its pipeline and check under ``--workdir``
    unless told to ship: the recipe scored below the shipped NER through claimex (round 18)."""
    from models import ner_head, package, train_entity_check

    args = ner_head.options(["--workdir", str(tmp_path)])
    assert args.target == tmp_path / "pipeline"
    assert args.check_out == tmp_path / "entity_check.json"
    assert args.target.resolve() != package.TARGET.resolve()
    assert args.check_out.resolve() != train_entity_check.OUT.resolve()
    shipped = ner_head.options(["--target", str(package.TARGET)])
    assert shipped.target == package.TARGET
