"""The tokenizer cache warm-up (claimex.warmup): frequent chunks stay cached for zones."""

from __future__ import annotations

import pytest
import spacy

import claimex
from claimex import _api, guard, lexicon
from claimex.lexicon import counts, table, words
from claimex.models import ModelChoice
from claimex.warmup import warm_tokenizer

# a news sentence made of listed chunks only (asserted below)
SENTENCE = (
    "Die Regierung hat am Montag in Wien mitgeteilt, dass die Zahl der Flüchtlinge gestiegen ist."
)

# German Wikinews (CC BY 2.5, "Wikinews contributors"), an article of the dev split
NEW_CHUNKS = (
    "Im Schweizer Kanton Solothurn wird heute eine neue Regierung und ein neues Parlament gewählt."
)


def _strings_added_in_zone(nlp: spacy.language.Language, text: str) -> int:
    with nlp.memory_zone():
        before = len(nlp.vocab.strings)
        nlp(text)
        return len(nlp.vocab.strings) - before


def test_sentence_is_made_of_frequent_chunks() -> None:
    assert all(chunk in words("frequent_chunks") for chunk in SENTENCE.split())


def test_warm_chunks_need_no_new_strings_inside_a_zone() -> None:
    cold, warm = spacy.blank("de"), spacy.blank("de")
    assert warm_tokenizer(warm) == len(words("frequent_chunks"))
    # a cold tokenizer interns every chunk again inside the zone (and splits it again)
    assert _strings_added_in_zone(cold, SENTENCE) > 0
    assert _strings_added_in_zone(warm, SENTENCE) == 0


def test_warm_up_changes_no_tokenisation() -> None:
    cold, warm = spacy.blank("de"), spacy.blank("de")
    warm_tokenizer(warm)
    texts = [SENTENCE, "„Wir sind bereit“, sagte Kurz (ÖVP) am 3. März – laut APA."]  # noqa: RUF001
    for text in texts:
        assert [t.text for t in cold(text)] == [t.text for t in warm(text)]


def test_no_warm_up_inside_a_zone() -> None:
    nlp = spacy.blank("de")
    with nlp.memory_zone():
        assert warm_tokenizer(nlp) == 0


def test_no_word_list_is_read_after_load(
    extractor: claimex.Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a list read mid-run could be half-written (an edited checkout, an in-place upgrade)
    words.cache_clear()
    table.cache_clear()
    counts.cache_clear()
    fresh = claimex.Extractor(extractor.nlp, ModelChoice(extractor.model, "argument"))
    reads: list[str] = []
    read = lexicon._read

    def spy(name: str) -> str:
        reads.append(name)
        return read(name)

    monkeypatch.setattr(lexicon, "_read", spy)
    assert fresh.extract(NEW_CHUNKS).places
    [piped] = fresh.pipe([NEW_CHUNKS])
    assert piped == fresh.extract(NEW_CHUNKS)
    assert reads == []


def test_a_guarded_tokenizer_is_warmed_behind_its_guard() -> None:
    nlp = guard.install(spacy.blank("de"))
    assert warm_tokenizer(nlp) == len(words("frequent_chunks"))
    assert _strings_added_in_zone(nlp, SENTENCE) == 0


def test_warm_up_at_the_first_extraction_not_at_load(
    extractor: claimex.Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    # load pays no warm-up (benchmarks/load_time.py); the first extraction warms once
    calls: list[bool] = []

    def spy(nlp: spacy.language.Language) -> int:
        calls.append(nlp.vocab.in_memory_zone)
        return warm_tokenizer(nlp)

    monkeypatch.setattr(_api, "warm_tokenizer", spy)
    fresh = claimex.Extractor(extractor.nlp, ModelChoice(extractor.model, "argument"))
    assert calls == []
    first = fresh.extract(NEW_CHUNKS)
    [piped] = fresh.pipe([NEW_CHUNKS])
    assert calls == [False]  # once, outside the memory zone
    assert first == piped
    other = claimex.Extractor(extractor.nlp, ModelChoice(extractor.model, "argument"))
    assert list(other.pipe([NEW_CHUNKS])) == [first]
    assert calls == [False, False]


# German Wikinews (CC BY 2.5), spkatt-news-52151 (train_a): every chunk is a listed one
CACHED_SENTENCE = (
    "Die Zahl der Fluggäste entwickelte sich am Flughafen Bremen in den letzten Jahren "
    "sehr positiv."
)


def _prefix_rule_calls_in_zone(warm: bool, text: str) -> int:
    """How often the tokenizer tries its prefix rule on ``text`` inside a memory zone: at
    least once for each chunk it splits afresh, never for a chunk found in its cache."""
    nlp = spacy.blank("de")
    search = nlp.tokenizer.prefix_search
    calls: list[str] = []

    def counted(chunk: str) -> object:
        calls.append(chunk)
        return search(chunk)

    nlp.tokenizer.prefix_search = counted  # (setting it empties the cache: before warm-up)
    if warm:
        warm_tokenizer(nlp)
    calls.clear()
    with nlp.memory_zone():
        nlp.tokenizer(text)
    return len(calls)


def test_every_warm_chunk_is_found_in_the_cache_inside_a_zone() -> None:
    # round 26: the warm-up joined 1,000 chunks per tokenizer call, and spaCy caches no
    # chunk of a text after its first special case ("z.B.", "Jan."): 11 of these 15
    # chunks were split again in every zone. One call per chunk caches them all.
    assert all(chunk in words("frequent_chunks") for chunk in CACHED_SENTENCE.split())
    assert _prefix_rule_calls_in_zone(False, CACHED_SENTENCE) >= len(CACHED_SENTENCE.split())
    assert _prefix_rule_calls_in_zone(True, CACHED_SENTENCE) == 0
