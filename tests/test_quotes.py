"""claimex_quotes: quote marks, patterns, speakers; rules on blank docs, TIGER and UD parses."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

import claimex
from claimex.components.quotemarks import pair_quote_marks
from claimex.components.quotes import QuoteSpan, cue_lexicon, get_quote_warnings, get_quotes
from claimex.evaluate import score_documents
from claimex.lexicon import table

from .conftest import SEED_GOLD, SEED_TEXT, SHARED

DATA = Path(__file__).parent / "data"
L, R = "\N{DOUBLE LOW-9 QUOTATION MARK}", "\N{LEFT DOUBLE QUOTATION MARK}"


XFAIL = {
    "indirect-continuation": "no morphology on a blank pipeline: the first clause's "
    "Konjunktiv 'verbreite' is not in the word list, so the comma clause is not taken",
}


def _cases() -> list[Any]:
    lines = (DATA / "quote_sentences.jsonl").read_text(encoding="utf-8").splitlines()
    return [
        pytest.param(
            case,
            id=case["id"],
            marks=[pytest.mark.xfail(strict=True, reason=XFAIL[case["id"]])]
            if case["id"] in XFAIL
            else [],
        )
        for case in map(json.loads, lines)
        if not case.get("pipeline")
    ]


def _pipeline_cases() -> list[Any]:
    lines = (DATA / "quote_sentences.jsonl").read_text(encoding="utf-8").splitlines()
    return [
        pytest.param(case, id=case["id"]) for case in map(json.loads, lines) if case.get("pipeline")
    ]


@pytest.fixture(scope="module")
def nlp() -> Language:
    nlp = spacy.blank("de")
    nlp.add_pipe("claimex_actors")
    nlp.add_pipe("claimex_quotes")
    return nlp


def run(nlp: Language, text: str, entities: list[tuple[int, int, str]]) -> Doc:
    """Tokenize, set the given entities (as an NER would), run claimex's components."""
    doc = nlp.make_doc(text)
    spans = [doc.char_span(s, e, label, alignment_mode="expand") for s, e, label in entities]
    doc.ents = spacy.util.filter_spans([s for s in spans if s is not None])
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def _entities_by_text(text: str, pairs: list[list[str]]) -> list[tuple[int, int, str]]:
    found = []
    for surface, label in pairs:
        start = text.find(surface)
        while start >= 0:
            found.append((start, start + len(surface), label))
            start = text.find(surface, start + 1)
    return found


@pytest.mark.parametrize("case", _cases())
def test_sentence_patterns(nlp: Language, case: dict[str, Any]) -> None:
    text = case["text"]
    doc = run(nlp, text, _entities_by_text(text, case["entities"]))
    quotes = get_quotes(doc)
    expected = case["quotes"]
    summary = [(q.kind, q.speaker, q.text) for q in quotes]
    assert len(quotes) == len(expected), summary
    for want, got in zip(expected, quotes, strict=True):
        assert got.kind == want["kind"], summary
        if want["contains"]:
            assert want["contains"] in text[got.start : got.end], summary
        if want["speaker"]:
            assert got.speaker is not None, summary
            assert want["speaker"] in got.speaker, summary


@pytest.mark.parametrize("case", _pipeline_cases())
def test_sentence_patterns_with_pipeline(
    extractor: claimex.Extractor, case: dict[str, Any]
) -> None:
    """Rules that need the tagger and parser ("pipeline": true in the case)."""
    text = case["text"]
    quotes = extractor.extract(text).quotes
    expected = case["quotes"]
    summary = [(q.kind, q.speaker_name, q.text) for q in quotes]
    assert len(quotes) == len(expected), summary
    for want, got in zip(expected, quotes, strict=True):
        assert got.kind == want["kind"], summary
        assert want["contains"] in text[got.start : got.end], summary
        if want["speaker"]:
            assert got.speaker_name is not None, summary
            assert want["speaker"] in got.speaker_name, summary


def test_at_least_forty_sentences() -> None:
    assert len(_cases()) >= 40


# ----- quotation marks -----------------------------------------------------------------
def test_unpaired_mark_is_a_warning_not_an_error(nlp: Language) -> None:
    doc = run(nlp, f"Er sagte {L}wir kommen morgen. Dann ging er.", [])
    assert get_quotes(doc) == []
    assert any("unpaired" in w for w in get_quote_warnings(doc))


def test_odd_marks_never_fail(nlp: Language) -> None:
    guillemet = "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    for text in ['"', f"{L}{R}{R}", "a ' b ' c '", f"{R} x {L}", guillemet]:
        run(nlp, text, [])


def test_nested_pairs() -> None:
    inner_open = "\N{SINGLE LOW-9 QUOTATION MARK}"
    inner_close = "\N{LEFT SINGLE QUOTATION MARK}"
    pairs, unpaired = pair_quote_marks(f"{L}a {inner_open}b{inner_close} c{R}")
    assert [(p.depth, p.open) for p in pairs] == [(0, 0), (1, 3)]
    assert unpaired == []


def test_interrupted_quote_is_one_record(nlp: Language) -> None:
    text = f"{L}Wir{R}, sagte Merz, {L}werden gewinnen.{R}"
    quotes = get_quotes(run(nlp, text, [(text.index("Merz"), text.index("Merz") + 4, "PER")]))
    assert len(quotes) == 1
    # text is always text[start:end]; the parts hold the content around the cue
    assert quotes[0].text == text[quotes[0].start : quotes[0].end]
    assert quotes[0].text == f"Wir{R}, sagte Merz, {L}werden gewinnen."
    assert [part[2] for part in quotes[0].parts] == ["Wir", "werden gewinnen."]
    assert all(text[a:b] == t for a, b, t in quotes[0].parts)
    assert quotes[0].speaker == "Merz"


# ----- lexicon ---------------------------------------------------------------------------
def test_cue_lexicon_size_and_frames() -> None:
    data = table("cues")
    assert len(data["verbs"]) + len(data["nouns"]) >= 80
    lex = cue_lexicon()
    for lemma in ("sagen", "erklären", "betonen", "verkünden", "warnen", "fordern", "kritisieren"):
        assert lemma in lex.frames
    assert lex.forms["sagte"] == "sagen"
    assert lex.split_forms["teilte"] == "mitteilen"


# ----- dependency parses: TIGER (de_core_news_*) and UD (bundled pipeline) ---------------
WORDS = ["Nach", "dem", "Treffen", "hat", "der", "Minister", "am", "Montag", "in", "Berlin",
         "erklärt", ",", "die", "Lage", "sei", "ernst", "."]  # fmt: skip
POS = ["ADP", "DET", "NOUN", "AUX", "DET", "NOUN", "ADP", "PROPN", "ADP", "PROPN",
       "VERB", "PUNCT", "DET", "NOUN", "AUX", "ADJ", "PUNCT"]  # fmt: skip
MORPHS = [""] * 14 + ["Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", "", ""]
TIGER = (
    [3, 2, 0, 3, 5, 3, 3, 6, 3, 8, 3, 3, 13, 14, 10, 14, 3],
    ["mo", "nk", "nk", "ROOT", "nk", "sb", "mo", "nk", "mo", "nk", "oc", "punct", "nk", "sb",
     "oc", "pd", "punct"],
)  # fmt: skip
UD = (
    [2, 2, 10, 10, 5, 10, 7, 10, 9, 10, 10, 10, 13, 15, 15, 10, 10],
    ["case", "det", "obl", "aux", "det", "nsubj", "case", "obl", "case", "obl", "ROOT",
     "punct", "det", "nsubj", "cop", "ccomp", "punct"],
)  # fmt: skip


@pytest.mark.parametrize(("heads", "deps"), [TIGER, UD], ids=["tiger", "ud"])
def test_subject_from_dependencies(nlp: Language, heads: list[int], deps: list[str]) -> None:
    doc = Doc(nlp.vocab, words=WORDS, heads=heads, deps=deps, pos=POS, morphs=MORPHS,
              sent_starts=[True] + [False] * (len(WORDS) - 1))  # fmt: skip
    doc.ents = [Span(doc, 5, 6, "PER")]  # "Minister" stands in for a name here
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    quotes = get_quotes(doc)
    assert [(q.kind, q.cue, q.speaker) for q in quotes] == [("indirect", "erklären", "Minister")]
    assert quotes[0].text == "die Lage sei ernst"


# ----- the seed article ------------------------------------------------------------------
@pytest.fixture(scope="module")
def seed_quotes(nlp: Language) -> list[QuoteSpan]:
    gold = json.loads(SEED_GOLD.read_text("utf-8"))
    text = SEED_TEXT.read_text(encoding="utf-8")
    ents = [(e["start"], e["end"], e["label"]) for e in gold["entities"]]
    return get_quotes(run(nlp, text, ents))


def test_seed_all_gold_quotes(seed_quotes: list[QuoteSpan], seed_gold: dict[str, Any]) -> None:
    pred = {"quotes": [{"start": q.start, "end": q.end, "kind": q.kind, "speaker": q.speaker}
                       for q in seed_quotes]}  # fmt: skip
    report = score_documents([(seed_gold, pred)])
    assert report["quotes"]["f1"] == 1.0, report["quotes"]
    assert report["attribution"]["f1"] == 1.0, report["attribution"]
    assert report["quotes"]["kind_accuracy"] == 1.0


@pytest.mark.parametrize(
    ("start_text", "kind", "cue", "speaker"),
    [
        ("Ich hoffe", "direct", "sagen", "Lukaschenko"),
        ("Die Fähigkeit", "direct", "so", "Institute for the Study of War"),
        ("es unwahr", "direct", "zu dem Schluss kommen", "Institute for the Study of War"),
        ("Dazu gehören", "indirect", "sagen", "Wladimir Putin"),
        ("Minsk und Moskau", "indirect", "erklären", "Lukaschenko"),
        ("eine engere", "reported", "verkünden", "Wladimir Putin; Lukaschenko"),
    ],
)
def test_seed_quote(
    seed_quotes: list[QuoteSpan], start_text: str, kind: str, cue: str, speaker: str
) -> None:
    quote = next(q for q in seed_quotes if q.text.startswith(start_text))
    assert (quote.kind, quote.cue, quote.speaker) == (kind, cue, speaker)


def test_seed_quoted_name_is_not_a_quote(seed_quotes: list[QuoteSpan]) -> None:
    assert not any(q.text.startswith("Institute") for q in seed_quotes)


def test_seed_description_becomes_a_mention(nlp: Language, seed_gold: dict[str, Any]) -> None:
    text = SEED_TEXT.read_text(encoding="utf-8")
    doc = run(nlp, text, [(e["start"], e["end"], e["label"]) for e in seed_gold["entities"]])
    isw = next(a for a in doc._.claimex_actors if "Study of War" in a.name)
    assert "Denkfabrik" in [span.text for span in isw.spans]


# ----- the real pipeline on gold files ---------------------------------------------------
def _gold_files() -> list[Any]:
    files = [pytest.param("seed", id="seed")]
    # dev/test gold name their texts in ../shared's corpora
    marks = [] if SHARED is not None else [pytest.mark.skip(reason="../shared is not available")]
    files.append(pytest.param("dev_news", id="dev_news", marks=marks))
    files.append(pytest.param("test_news", id="test_news", marks=marks))
    return files


@pytest.mark.parametrize("name", _gold_files())
def test_gold_quotes_with_pipeline(extractor: claimex.Extractor, name: str) -> None:
    from claimex.gold import read_gold

    if name == "seed":
        golds = [json.loads(SEED_GOLD.read_text("utf-8"))]
        golds[0]["text"] = SEED_TEXT.read_text(encoding="utf-8")
        floor, attribution_floor = 0.95, 0.9  # measured 1.0 / 1.0
    elif name == "test_news":
        golds = list(read_gold(DATA / "test_news.jsonl"))
        floor, attribution_floor = 0.92, 0.77  # measured 0.950 / 0.800
    else:
        golds = list(read_gold(DATA / "dev_news.jsonl"))
        # issue 5's targets for the dev set (measured 0.925 / 0.850)
        floor, attribution_floor = 0.90, 0.80
    pairs = [(g, extractor.extract(g["text"]).model_dump(mode="json")) for g in golds]
    report = score_documents(pairs)
    assert report["quotes"]["f1"] >= floor, report["quotes"]
    assert report["attribution"]["f1"] >= attribution_floor, report["attribution"]
