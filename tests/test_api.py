"""Public API: loading, pipeline resolution, bad input, long texts."""

from __future__ import annotations

import pytest
import spacy

import claimex
from claimex import models
from claimex.errors import ClaimexError, InputError, ModelNotFoundError

from .conftest import SEED_TEXT


def test_exported_members() -> None:
    """Everything in __all__ exists, and every public non-module name is exported."""
    import types

    assert len(set(claimex.__all__)) == len(claimex.__all__)
    for name in claimex.__all__:
        assert hasattr(claimex, name), name
    public = {
        name
        for name in dir(claimex)
        if not name.startswith("_") and not isinstance(getattr(claimex, name), types.ModuleType)
    }
    assert public - {"annotations"} <= set(claimex.__all__)


def test_registered_factories_snapshot() -> None:
    """claimex's spaCy factories are registered under stable names."""
    nlp = spacy.blank("de")
    for name in claimex.components.PIPELINE:
        assert nlp.has_factory(name), name
    assert claimex.components.PIPELINE[:4] == (
        "claimex_entities",
        "claimex_label_consistency",
        "claimex_actors",
        "claimex_places",
    )


@pytest.mark.parametrize("bad", [None, b"Putin sagte", bytearray(b"x"), 42, ["Putin"]])
def test_non_text_raises_input_error(bad: object) -> None:
    with pytest.raises(InputError, match="E001") as info:
        claimex.extract(bad)  # type: ignore[arg-type]
    assert isinstance(info.value, TypeError)
    assert isinstance(info.value, ClaimexError)


@pytest.mark.parametrize("empty", ["", "   ", "\n\n\t"])
def test_empty_text_gives_empty_extraction(empty: str) -> None:
    result = claimex.extract(empty)
    assert result.text == empty
    assert (result.entities, result.actors, result.places, result.quotes) == ([], [], [], [])
    assert result.model is not None


def test_result_records_the_pipeline(extractor: claimex.Extractor) -> None:
    result = extractor.extract("Olaf Scholz traf Emmanuel Macron in Paris.")
    assert result.model == extractor.info
    assert result.model.source in {"bundled", "installed", "environment", "argument"}
    assert result.claimex_version == claimex.__version__


def test_model_property_loads_bare(extractor: claimex.Extractor) -> None:
    bare = spacy.load(extractor.model)
    assert "ner" in bare.pipe_names
    assert not any(name.startswith("claimex_") for name in bare.pipe_names)
    assert set(bare.pipe_names) < set(extractor.nlp.pipe_names)


def test_resolution_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(models.ENV_VAR, raising=False)
    monkeypatch.setattr(spacy.util, "is_package", lambda name: False)
    assert models.resolve().origin == "bundled"
    monkeypatch.setattr(spacy.util, "is_package", lambda name: name == "de_core_news_md")
    assert models.resolve() == models.ModelChoice("de_core_news_md", "installed")
    monkeypatch.setattr(spacy.util, "is_package", lambda name: name.startswith("de_core"))
    assert models.resolve().model == "de_core_news_lg"
    monkeypatch.setenv(models.ENV_VAR, "/opt/pipelines/de_custom")
    assert models.resolve() == models.ModelChoice("/opt/pipelines/de_custom", "environment")
    assert models.resolve("de_core_news_sm") == models.ModelChoice("de_core_news_sm", "argument")


def test_missing_model_is_a_clear_error() -> None:
    with pytest.raises(ModelNotFoundError, match="E010") as info:
        claimex.load("de_no_such_pipeline")
    assert isinstance(info.value, OSError)


def test_broken_unicode_is_repaired_with_a_warning(extractor: claimex.Extractor) -> None:
    text = "Angela Merkel besuchte Wien.\ud800 Dort sprach sie mit Van der Bellen."
    result = extractor.extract(text)
    assert [w.code for w in result.warnings] == ["W001"]
    assert len(result.text) == len(text)
    result.model_dump_json()  # serialisable despite the broken input


def test_html_and_foreign_language_warn(extractor: claimex.Extractor) -> None:
    html = (
        "<html><body><p>Angela Merkel besuchte Wien.</p><p>Sie traf den Kanzler.</p></body></html>"
    )
    assert "W002" in {w.code for w in extractor.extract(html).warnings}
    english = (
        "The president of the United States met the prime minister of the United Kingdom in "
        "Washington on Monday, and they talked about trade, security and the war in Ukraine "
        "for more than two hours before they spoke to reporters."
    )
    assert "W003" in {w.code for w in extractor.extract(english).warnings}
    assert not extractor.extract(SEED_TEXT.read_text(encoding="utf-8")).warnings


def test_text_over_max_length_is_chunked_with_original_offsets() -> None:
    extractor = claimex.load()
    text = SEED_TEXT.read_text(encoding="utf-8")
    whole = extractor.extract(text)
    extractor.nlp.max_length = 1500
    chunked = extractor.extract(text)
    assert "W004" in {w.code for w in chunked.warnings}
    assert chunked.text == text
    for entity in chunked.entities:
        assert text[entity.start : entity.end] == entity.text
    # The model sees other context at chunk edges, so allow small differences.
    chunk_places = {p.name for p in chunked.places}
    whole_places = {p.name for p in whole.places}
    assert len(chunk_places & whole_places) >= 0.8 * len(chunk_places | whole_places)
    # mentions from every chunk end up in one actor
    late = [m for a in chunked.actors for m in a.mentions if m.start > 2500]
    assert late


def test_pipe_matches_extract(extractor: claimex.Extractor) -> None:
    texts = [
        "Olaf Scholz traf Emmanuel Macron in Paris.",
        "",
        "In Wien sagte Bundeskanzler Karl Nehammer, die Lage sei ernst.",
    ]
    piped = list(extractor.pipe(texts))
    assert len(piped) == 3
    for text, result in zip(texts, piped, strict=True):
        single = extractor.extract(text)
        assert result.entities == single.entities
        assert result.actors == single.actors
