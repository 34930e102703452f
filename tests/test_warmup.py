"""The tokenizer cache warm-up (claimex.warmup): frequent chunks stay cached for zones."""

from __future__ import annotations

import spacy

from claimex.lexicon import words
from claimex.warmup import warm_tokenizer

# a news sentence made of listed chunks only (asserted below)
SENTENCE = (
    "Die Regierung hat am Montag in Wien mitgeteilt, dass die Zahl der Flüchtlinge gestiegen ist."
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
