"""The faster load of the bundled pipeline: the lemma table read by claimex.models and the
gazetteer matcher built from stored token splits give exactly what spaCy's own paths give."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.lookups import Table
from spacy.matcher import PhraseMatcher

from claimex.components.gazetteer_matcher import gazetteer_matcher, stored_splits
from claimex.components.namewords import gazetteer_entries
from claimex.models import _load, build_table, bundled_path

# German Wikinews (CC BY 2.5, "Wikinews contributors"), articles of the dev split
SENTENCES = (
    "Adidas-Vorstand Erich Stamminger, zuständig für das US-Geschäft, hatte bereits im Juni "
    "angekündigt, sein Geschäft in den Vereinigten Staaten stärken zu wollen.",
    "JFK trug diese Uhr während der Vereidigungszeremonie zum Präsidenten der Vereinigten "
    "Staaten von Amerika.",
)


@pytest.fixture(scope="module")
def fast() -> Language:
    return _load(str(bundled_path()))


@pytest.fixture(scope="module")
def plain() -> Language:
    return spacy.load(bundled_path())


def test_build_table_is_spacys_table() -> None:
    data = {"Häuser": "Haus", "sagte": "sagen", 12345: "x"}
    assert build_table("lemma_lookup", data).to_bytes() == Table("lemma_lookup", data).to_bytes()
    assert build_table("leer", {}).to_bytes() == Table("leer", {}).to_bytes()


def test_fast_load_equals_spacy_load(fast: Language, plain: Language) -> None:
    assert fast.pipe_names == plain.pipe_names
    assert fast.config.to_str() == plain.config.to_str()
    lookups = fast.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
    assert lookups.to_bytes() == plain.get_pipe("lemmatizer").lookups.to_bytes()  # type: ignore[attr-defined]
    assert isinstance(lookups.get_table("lemma_lookup"), Table)
    for text in SENTENCES:
        assert [(t.lemma_, t.tag_, t.ent_type_) for t in fast(text)] == [
            (t.lemma_, t.tag_, t.ent_type_) for t in plain(text)
        ]


def test_gazetteer_matcher_uses_stored_splits(fast: Language) -> None:
    # the stored splits were made by the bundled pipeline's tokenizer: rerun
    # `python -m models.package --gazetteer-tokens` after changing it
    splits = stored_splits(fast)
    assert splits
    names = {name for _, name in gazetteer_entries()}
    stored = len(names & splits.keys())
    assert stored >= 0.95 * len(names), (
        f"lexicon/gazetteer_tokens.json splits {stored} of the gazetteer's {len(names)} "
        "names: rerun `python -m models.package --gazetteer-tokens`"
    )


def test_gazetteer_matcher_equals_doc_patterns(fast: Language) -> None:
    entries = gazetteer_entries()
    reference = PhraseMatcher(fast.vocab, attr="ORTH")
    by_label: dict[str, list[str]] = {}
    for label, name in entries:
        by_label.setdefault(label, []).append(name)
    for label, names in by_label.items():
        reference.add(label, [fast.make_doc(name) for name in names])
    matcher = gazetteer_matcher(fast, entries)
    assert matcher.__reduce__()[1][2] == reference.__reduce__()[1][2]  # the patterns
    for text in SENTENCES:
        doc = fast.make_doc(text)
        assert matcher(doc) == reference(doc)
        assert "Vereinigten Staaten" in [span.text for span in matcher(doc, as_spans=True)]


def test_gazetteer_matcher_other_tokenizer_splits_at_load() -> None:
    nlp = spacy.blank("de")
    assert stored_splits(nlp) == {}
    matcher = gazetteer_matcher(nlp, [("LOC", "Vereinigten Staaten")])
    doc = nlp.make_doc(SENTENCES[0])
    assert [doc[start:end].text for _, start, end in matcher(doc)] == ["Vereinigten Staaten"]
