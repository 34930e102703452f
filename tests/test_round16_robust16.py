"""Round 16 (robust16): what ``benchmarks/robustness.py`` found, beyond HTML markup
(``tests/test_markup.py``)."""

from __future__ import annotations

import cProfile
import pstats

import spacy
from benchmarks.crash_sweep import offset_errors

import claimex
from claimex.components.sentence_periods import MAX_SENTENCE, cap_sentences
from claimex.markup import blank_invisible

# Wikinews train_b, spkatt-news-64617: "… war Trainer Thomas Schaaf zufrieden: „Ein guter
# Start“, sagte er zur Sportschau." with the closing mark and the comma lost (the
# perturbations unmatched-quotes and long-line): a sentence with a cue per clause that
# goes on and on when repeated.
SCHAAF = (
    "war Trainer Thomas Schaaf zufrieden: \N{DOUBLE LOW-9 QUOTATION MARK}Ein guter Start "
    "sagte er zur Sportschau"
)


def _token_reads(extractor: claimex.Extractor, text: str) -> int:
    """How often the pipeline reads ``doc[i]`` for ``text`` (deterministic, unlike time)."""
    profile = cProfile.Profile()
    profile.enable()
    extractor.extract(text)
    profile.disable()
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    return sum(
        calls[1]
        for (path, _, name), calls in stats.items()
        if name == "__getitem__" and "doc.pyx" in path
    )


def test_trailing_cue_check_is_linear_in_the_sentence(extractor: claimex.Extractor) -> None:
    """``_bare_trailing`` listed the finite verbs from the sentence start to every cue:
    time in cues x sentence length (44,000 characters of such clauses: 4.9 s, twice
    that 9.6 s; 2.5 and 4.1 s after)."""
    once = _token_reads(extractor, " ".join([SCHAAF] * 100))
    twice = _token_reads(extractor, " ".join([SCHAAF] * 200))
    assert once > 0  # spaCy's Doc reports its calls to the profiler
    assert twice / once < 2.5  # 3.45 before: quadratic


def test_no_sentence_runs_on_without_end(extractor: claimex.Extractor) -> None:
    """A text without sentence marks (punctuation lost) is cut into sentences of at most
    MAX_SENTENCE tokens: the parser's and the quote rules' time per sentence grows with
    its square (40,000 characters of such text took 7.1 s of CPU, 1.4 s after)."""
    text = " ".join([SCHAAF.replace(":", "")] * 40)  # 520 tokens, no sentence mark
    doc = extractor.nlp(text)
    assert len(doc) > 2 * MAX_SENTENCE
    assert max(len(sentence) for sentence in doc.sents) <= MAX_SENTENCE
    result = extractor.extract(text)
    assert result.text == text


def test_sentences_with_marks_are_left_alone() -> None:
    nlp = spacy.blank("de")
    doc = cap_sentences(nlp(" ".join([SCHAAF + "."] * 40)), limit=MAX_SENTENCE)
    assert [t.i for t in doc if t.is_sent_start] == [0]


# Wikinews train_b, spkatt-news-71489
FERRY = (
    "Das F\u00e4hrschiff war auf dem Weg von Kimbe auf Neubritannien nach Lae auf der "
    "Hauptinsel Neuguinea."
)
GILLARD = (
    "Australiens Ministerpr\u00e4sidentin Julia Gillard bezeichnete das Ungl\u00fcck als "
    "\N{DOUBLE LOW-9 QUOTATION MARK}gro\u00dfe Trag\u00f6die\N{LEFT DOUBLE QUOTATION MARK}."
)


def _entities(result: claimex.Extraction) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in result.entities]


def _zero_width_after_every_second_word(text: str) -> str:
    words = text[:-1].split(" ")
    glued = [w + "\N{ZERO WIDTH SPACE}" if k % 2 else w for k, w in enumerate(words)]
    return " ".join(glued) + "\N{ZERO WIDTH SPACE}."


def test_zero_width_spaces_after_words(extractor: claimex.Extractor) -> None:
    """A zero-width space after a word (pasted from a web page) was glued to the word:
    "Neuguinea\\u200b\\u200b." as a person in the ferry sentence, "Julia Gillard\\u200b"
    as a name. As a space (one more space token for the model) the names come back, not
    always all of them (Neubritannien here)."""
    for text in (FERRY, GILLARD):
        spaced = _zero_width_after_every_second_word(text)
        result = extractor.extract(spaced)
        assert result.text == spaced
        assert offset_errors(result) == []
        found = _entities(result)
        assert found
        assert set(found) <= set(_entities(extractor.extract(text)))


def test_byte_order_mark_before_the_first_word(extractor: claimex.Extractor) -> None:
    """A text read with its byte order mark (UTF-8 with BOM): the mark stuck to the first
    word ("Australiens" was lost)."""
    result = extractor.extract("\N{ZERO WIDTH NO-BREAK SPACE}" + GILLARD)
    assert [(e.text, e.start) for e in result.entities] == [
        (e.text, e.start + 1) for e in extractor.extract(GILLARD).entities
    ]


def test_soft_hyphen_inside_a_word_stays() -> None:
    text = "Bundes\N{SOFT HYPHEN}tag"
    assert blank_invisible(text) == text
