"""Round 28 (robust28): bad input and worst-case time after the rule rounds. Sentences from
train_b (credited by document id), made pathological by repetition."""

from __future__ import annotations

import cProfile
import pstats
import re
import sys
from collections.abc import Iterator

import pytest
from spacy.attrs import ORTH

import claimex
from claimex import markup
from claimex.components.sentence_periods import (
    MAX_SENTENCE,
    _breaks,
    _leading_marks,
    _split_periods,
    sentence_periods,
)

# spkatt-news-30019 (an obituary): a direct quotation opens right after a sentence's end
LOW, HIGH = "\N{DOUBLE LOW-9 QUOTATION MARK}", "\N{LEFT DOUBLE QUOTATION MARK}"
OBITUARY = (
    f"Die letzten 30 Jahre verbrachte Barrett in vollkommener Isolation. {LOW}Er ist der "
    "kreative Kopf, der in Erinnerung geblieben ist. Der Künstler. Der vor der Zeit "
    f"ging{HIGH}, schrieb {LOW}Die Zeit{HIGH} in einem Nachruf. "
)


def _annotation_checks(call: object) -> int:
    profile = cProfile.Profile()
    profile.runcall(call)  # type: ignore[arg-type]
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    return sum(
        calls for (_, _, name), (calls, *_) in stats.items() if name.endswith("has_annotation")
    )


def _starts_one_by_one(extractor: claimex.Extractor, text: str) -> list[bool | None]:
    """The sentence starts as the component set them token by token before round 28."""
    doc = extractor.nlp.make_doc(text)
    orths = doc.to_array(ORTH)
    if _split_periods(doc, orths) is None:
        orths = doc.to_array(ORTH)
    for i in _leading_marks(doc, orths):
        doc[i].is_sent_start = True
        doc[i + 1].is_sent_start = False
    marks = _breaks(doc, orths).nonzero()[0].tolist()
    for before, after in zip([-1, *marks], [*marks, len(doc)], strict=True):
        for i in range(before + 1 + MAX_SENTENCE, after, MAX_SENTENCE):
            doc[i].is_sent_start = True
    return [token.is_sent_start for token in doc]


def test_sentence_starts_are_set_in_time_linear_in_the_text(
    extractor: claimex.Extractor,
) -> None:
    # each quotation opened after a sentence's end, and each 250 tokens of a run without
    # a sentence mark, was marked with Token.is_sent_start, which walks the whole doc
    # (spaCy's has_annotation("DEP") on a doc not yet parsed): 2 walks per quotation, 100
    # for the obituary 50 times; a piece of 10,000 tokens of such text spent 0.07 s there
    # (40 kB; 1 s at 160 kB). Now one write of the column, the same starts.
    for text, least in ((OBITUARY * 50, 50), (OBITUARY.replace(".", "") * 50, 8)):
        doc = extractor.nlp.make_doc(text)
        assert _annotation_checks(lambda doc=doc: sentence_periods(doc)) <= 2
        starts = [token.is_sent_start for token in doc]
        one_by_one = _starts_one_by_one(extractor, text)
        if "." in text:
            assert starts == one_by_one
        else:  # the same starts and those of runs without a final mark (the next test)
            assert all(starts[i] for i, start in enumerate(one_by_one) if start)
        assert starts.count(True) >= least


def test_no_sentence_runs_on_over_colons_without_end(extractor: claimex.Extractor) -> None:
    # the obituary's sentences each ending in a colon (a transcript's labels, a list):
    # the parser read on over every colon and line break, one sentence of all 2,050
    # tokens (6,152 tokens for 40,000 characters of train_b sentences), over which the
    # quote rules spend time in the square of its length. A run without ". ! ?" is cut
    # after its last mark within 500 tokens; real runs stay under 137 tokens.
    text = "\n".join([OBITUARY.replace(".", ":")] * 50)
    doc = extractor.nlp(text)
    assert len(doc) > 4 * 2 * MAX_SENTENCE
    assert max(len(sentence) for sentence in doc.sents) <= 2 * MAX_SENTENCE


class _Reading:
    """A compiled pattern that notes how much text each search and finditer is given."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.read = 0

    def _window(self, text: str, pos: int, endpos: int) -> None:
        self.read += max(0, min(endpos, len(text)) - pos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        self._window(text, pos, endpos)
        return self.pattern.search(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        self._window(text, pos, endpos)
        return self.pattern.finditer(text, pos, endpos)


def test_open_comments_are_not_read_to_the_end_of_the_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the obituary's words each after a "<!--" that no "-->" closes (a page cut off in
    # its markup, or a text about HTML): the comment pattern read from each "<!--" to the
    # end of the text, time in the square of the length (has_markup: 1.2 s for 100,000
    # characters, hours for the 10 MB a call accepts). No comment closes after the last
    # "-->", so the comment patterns read only up to it; the same matches.
    words = OBITUARY.split()
    text = " ".join(f"<!-- {word}" for word in words * 20)
    closed = f"<!-- Nachruf -->{text}"
    for patterns in (("_TAG", "has_markup"), ("_MARKUP", "stripped")):
        name, function = patterns
        for given, readable in ((text, 0), (closed, len("<!-- Nachruf -->"))):
            reading = _Reading(getattr(markup, name))
            monkeypatch.setattr(markup, name, reading)
            result = getattr(markup, function)(given)
            monkeypatch.undo()
            assert result == getattr(markup, function)(given)
            assert reading.read <= readable
    assert not markup.has_markup(text)
    assert markup.stripped(closed)[0] == text
