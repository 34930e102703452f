"""Long documents in pieces, max_chars, and the tokenizer guard (claimex.guard)."""

from __future__ import annotations

import csv
import pickle
import time
from collections.abc import Callable
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

import claimex
from claimex import guard
from claimex.errors import InputError, TextTooLongError
from claimex.models import ModelChoice
from claimex.records import (
    Actor,
    Extraction,
    ExtractionWarning,
    Figure,
    Mention,
    Quote,
    QuotePart,
    Source,
)
from claimex.text import (
    LEFT_DOUBLE,
    LEFT_DOUBLE_LOW,
    LEFT_GUILLEMET,
    RIGHT_DOUBLE,
    RIGHT_GUILLEMET,
)

from .conftest import SEED_TEXT, shared_path

MARKS = f'{LEFT_DOUBLE_LOW}{LEFT_DOUBLE}"{LEFT_GUILLEMET}{RIGHT_GUILLEMET}'

SENTENCES = [
    f"{LEFT_DOUBLE_LOW}Wir sind bereit{LEFT_DOUBLE}, sagte Kurz (ÖVP) am 3. März.",
    "Die Zahl stieg um 2,6 Mio. Euro bzw. 12,5 % auf https://www.example.com/a/b?c=1.",
    f"Er sagte: {LEFT_DOUBLE_LOW}Das ist...{RIGHT_DOUBLE}{LEFT_DOUBLE} -- und ging. :-) z.B.",
    "Leitha:EbergassingFischamendGramatneusiedlHimbergKlein-NeusiedlLanzendorf"
    "LeopoldsdorfMaria-LanzendorfMoosbrunnRauchenwarthSchwadorfSchwechat liegt dort.",
]


def news_articles() -> list[str]:
    path = shared_path("data", "news", "10kgnad", "test.csv")
    with path.open(encoding="utf-8", newline="") as f:
        return [row[1] for row in csv.reader(f, delimiter=";", quotechar="'")]


def tokens(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(t.text, t.whitespace_) for t in nlp(text)]


# ---- the tokenizer guard -------------------------------------------------------------


def test_ordinary_sentences_keep_their_tokens() -> None:
    plain, guarded = spacy.blank("de"), guard.install(spacy.blank("de"))
    for text in SENTENCES:
        assert tokens(guarded, text) == tokens(plain, text)


def test_news_articles_keep_their_tokens() -> None:
    plain, guarded = spacy.blank("de"), guard.install(spacy.blank("de"))
    for text in news_articles()[:300]:
        assert tokens(guarded, text) == tokens(plain, text)


class _Spy:
    """A tokenizer that notes the longest whitespace-free run it was given."""

    def __init__(self, base: Callable[[str], Doc]) -> None:
        self.base = base
        self.longest = 0

    def __call__(self, text: str) -> Doc:
        self.longest = max([self.longest, *(len(chunk) for chunk in text.split())])
        return self.base(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(MARKS * 2000, id="quote-marks"),
        pytest.param("Er sagte: " + "€" * 3001 + " und ging.", id="euro-signs"),
        pytest.param("a.b," * 700, id="letters-and-marks"),
        pytest.param("x" * 5000, id="letters"),
        pytest.param(("." * 150 + " ") * 20 + ")" * 999, id="mixed-runs"),
    ],
)
def test_the_tokenizer_gets_no_run_over_max_run(text: str) -> None:
    nlp = spacy.blank("de")
    spy = _Spy(nlp.tokenizer)
    nlp.tokenizer = guard.GuardedTokenizer(spy)
    doc = nlp(text)
    assert spy.longest <= guard.MAX_RUN
    assert doc.text == text
    assert all(text[t.idx : t.idx + len(t.text)] == t.text for t in doc)


def test_runs_of_marks_split_as_the_tokenizer_would() -> None:
    plain, guarded = spacy.blank("de"), guard.install(spacy.blank("de"))
    text = "Er sagte " + MARKS * 100 + " und ging."  # 500 marks: slow, but not too slow
    assert tokens(guarded, text) == tokens(plain, text)


def _seconds(nlp: Language, text: str) -> float:
    best = float("inf")
    for _ in range(3):
        with nlp.memory_zone():  # no tokenizer cache: every run does the work
            start = time.process_time()  # CPU time: other processes on the machine do not count
            nlp.make_doc(text)
            best = min(best, time.process_time() - start)
    return best


def test_fifty_thousand_marks_take_linear_time() -> None:
    # spaCy's tokenizer alone: 10 s for 8,000 marks, minutes for 50,000
    nlp = guard.install(spacy.blank("de"))
    # four times the length: linear time is about 4 times as long, quadratic about 16
    quarter, full = _seconds(nlp, MARKS * 2500), _seconds(nlp, MARKS * 10000)
    assert full < 30
    assert full / quarter < 8


def test_guard_pickles_and_installs_once() -> None:
    nlp = guard.install(guard.install(spacy.blank("de")))
    assert isinstance(nlp.tokenizer, guard.GuardedTokenizer)
    assert not isinstance(nlp.tokenizer.base, guard.GuardedTokenizer)
    copy = pickle.loads(pickle.dumps(nlp.tokenizer))
    assert [t.text for t in copy(MARKS * 100)] == list(MARKS * 100)
    assert isinstance(nlp.tokenizer.base, Tokenizer)
    assert nlp.tokenizer.explain("z.B.") == nlp.tokenizer.base.explain("z.B.")


def test_the_extractor_guards_its_tokenizer(extractor: claimex.Extractor) -> None:
    assert isinstance(extractor.nlp.tokenizer, guard.GuardedTokenizer)
    text = "Merkel sagte: " + MARKS * 600
    result = extractor.extract(text)
    assert result.text == text
    assert sum(w.code == "W050" for w in result.warnings) <= 1  # no flood


# ---- long documents in pieces --------------------------------------------------------


def _check_offsets(result: Extraction) -> None:
    source = result.text
    spans: list[Mention | Figure | Quote | QuotePart] = []
    spans += [m for actor in result.actors for m in actor.mentions]
    spans += [m for place in result.places for m in place.mentions]
    spans += result.figures
    for quote in result.quotes:
        spans += [quote, *quote.parts]
        spans += [s.mention for s in quote.speaker if s.mention is not None]
        spans += [quote.cue_mention] if quote.cue_mention else []
    assert all(source[e.start : e.end] == e.text for e in result.entities)
    assert all(source[s.start : s.end] == s.text for s in spans)


@pytest.fixture(scope="module")
def long_text() -> str:
    return "\n\n".join(news_articles())[:20_000]


def test_a_long_text_is_processed_in_pieces(
    extractor: claimex.Extractor, long_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(extractor.nlp, "max_length", 2000)
    result = extractor.extract(long_text)
    assert result.text == long_text
    assert [w.code for w in result.warnings].count("W004") == 1
    _check_offsets(result)
    names = [actor.name for actor in result.actors]
    assert len(names) == len(set(names))  # merged by name across pieces
    assert [a.id for a in result.actors] == [f"A{i}" for i in range(1, len(names) + 1)]
    # some actor is named in more than one piece
    assert any(a.mentions[-1].start - a.mentions[0].start > 2000 for a in result.actors)
    ids = {actor.id for actor in result.actors}
    for quote in result.quotes:
        assert {s.actor_id for s in quote.speaker if s.actor_id} <= ids
        assert set(quote.actors) <= ids
        assert all(0 <= i < len(result.figures) for i in quote.figures)
    sentences = [m.sentence for a in result.actors for m in a.mentions]
    assert max(sentences) > 100  # numbered through the whole text
    # pipe's long-document path gives the same record
    [piped] = extractor.pipe([long_text])
    assert piped == result


def test_max_chars_raises_a_coded_error(extractor: claimex.Extractor) -> None:
    text = SEED_TEXT.read_text(encoding="utf-8")
    with pytest.raises(TextTooLongError, match=r"^E003 .*max_chars") as info:
        extractor.extract(text, max_chars=1000)
    assert isinstance(info.value, InputError)
    assert isinstance(info.value, ValueError)


def test_truncate_processes_the_beginning(extractor: claimex.Extractor) -> None:
    text = SEED_TEXT.read_text(encoding="utf-8")
    result = extractor.extract(text, max_chars=1000, truncate=True)
    assert 500 <= len(result.text) <= 1000
    assert text.startswith(result.text)
    assert [w.code for w in result.warnings] == ["W006"]
    _check_offsets(result)


def test_max_chars_in_pipe_and_load_options(
    extractor: claimex.Extractor, long_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    choice = ModelChoice(extractor.model, "argument")
    with pytest.raises(ValueError, match="max_chars"):
        claimex.Extractor(extractor.nlp, choice, max_chars=0)
    strict = claimex.Extractor(extractor.nlp, choice, max_chars=10_000)
    cutting = claimex.Extractor(extractor.nlp, choice, max_chars=10_000, truncate=True)
    monkeypatch.setattr(extractor.nlp, "max_length", 2000)
    [failure] = strict.pipe([long_text])
    assert isinstance(failure, claimex.ExtractionFailure)
    assert failure.error.startswith("E003")
    [result] = cutting.pipe([long_text])
    assert isinstance(result, Extraction)
    assert len(result.text) <= 10_000
    assert {"W004", "W006"} <= {w.code for w in result.warnings}
    _check_offsets(result)


# ---- merging records -----------------------------------------------------------------


def _piece(start: int, sentence: int, text: str) -> guard.Piece:
    name = Mention(text="Merkel", start=0, end=6, sentence=0)
    figure = Figure(text="3", start=text.index("3"), end=text.index("3") + 1, value=3.0)
    actor = Actor(id="A1", name="Merkel", type="PER", mentions=[name], roles=["Kanzlerin"])
    quote_start = text.index("Wir")
    quote = Quote(
        text=text[quote_start:-2],
        start=quote_start,
        end=len(text) - 2,
        kind="direct",
        speaker=[Source(name="Merkel", actor_id="A1", mention=name)],
        actors=["A1"],
        figures=[0],
        sentences=[1],
    )
    warning = ExtractionWarning(code="W050", message="unpaired mark at offset 2 (line 1)")
    record = Extraction(
        text=text, actors=[actor], figures=[figure], quotes=[quote], warnings=[warning] * 2
    )
    return guard.Piece(start, sentence, text.count("\n", 0, start), record)


def test_merge_shifts_offsets_and_merges_actors_by_name() -> None:
    text = f"Merkel kam. Sie sagte: {LEFT_DOUBLE_LOW}Wir haben 3.{LEFT_DOUBLE}\n" * 2
    half = len(text) // 2
    merged = guard.merge_pieces(text, [_piece(0, 0, text[:half]), _piece(half, 2, text[half:])])
    _check_offsets(merged)
    [actor] = merged.actors
    assert (actor.id, actor.roles) == ("A1", ["Kanzlerin"])
    assert [(m.start, m.sentence) for m in actor.mentions] == [(0, 0), (half, 2)]
    assert [q.figures for q in merged.quotes] == [[0], [1]]
    assert [q.sentences for q in merged.quotes] == [[1], [3]]
    assert [q.speaker[0].actor_id for q in merged.quotes] == ["A1", "A1"]
    warnings = merged.warnings
    assert [(w.count, w.message) for w in warnings] == [
        (1, "unpaired mark at offset 2 (line 1)"),
        (3, "unpaired mark at offset 2 (line 1)"),
    ]


def test_texts_over_the_piece_size_run_in_pieces_below_max_length(
    extractor: claimex.Extractor, long_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Memory is bounded by the piece size, not by spaCy's max_length: a text longer than
    a piece goes the piece path in extract() and pipe() alike."""
    monkeypatch.setattr(guard, "PIECE_CHARS", 2000)
    assert len(long_text) < extractor.nlp.max_length
    single = extractor.extract(long_text)
    [piped] = extractor.pipe([long_text])
    assert isinstance(piped, Extraction)
    assert "W004" in {w.code for w in single.warnings}
    assert single.model_dump(exclude={"warnings"}) == piped.model_dump(exclude={"warnings"})
    _check_offsets(single)


def test_token_dense_texts_run_in_pieces_of_bounded_tokens(
    extractor: claimex.Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A text of punctuation has a token per character: it is cut by its token count, not
    its length, so the model never sees more than about PIECE_TOKENS tokens at once."""
    assert guard.piece_size(SEED_TEXT.read_text(encoding="utf-8")) is None
    monkeypatch.setattr(guard, "PIECE_TOKENS", 400)
    text = SEED_TEXT.read_text(encoding="utf-8")[:600] + ' „“"«» ' * 300
    assert len(text) < guard.PIECE_CHARS
    size = guard.piece_size(text)
    assert size is not None
    assert size < len(text)
    sizes: list[int] = []
    real = guard.extract_in_pieces

    def spy(nlp: Any, piece_text: str, **kwargs: Any) -> Extraction:
        sizes.append(kwargs["size"])
        return real(nlp, piece_text, **kwargs)

    monkeypatch.setattr(guard, "extract_in_pieces", spy)
    result = extractor.extract(text)
    assert sizes == [size]
    assert "W004" in {w.code for w in result.warnings}
    _check_offsets(result)
