"""Round 22 (speed22): the input stage and the sentence-period splitter scan less, with the
same results. Costs are counted as calls (cProfile), which, unlike time, are deterministic."""

from __future__ import annotations

import cProfile
import pstats
import re
from collections.abc import Callable

import spacy

from claimex.components.common_nouns import noun_stems
from claimex.components.sentence_periods import (
    MAX_SENTENCE,
    cap_sentences,
    sentence_periods,
    split_sentence_periods,
)
from claimex.furniture import furniture_edits
from claimex.inputs import prepare
from claimex.lexicon import words
from claimex.markup import blank_invisible, for_pipeline
from claimex.text import german_share, looks_like_mojibake

# Wikinews train_b, spkatt-news-2028: a year's period that ends a sentence ("2004. Der").
CARGOLIFTER = (
    "Die Baugenehmigung wurde im Februar 2004 erteilt, der Baubeginn war im März 2004. Der "
    "Verkäufer war die Firma Cargolifter AG, die im August 2002 in Insolvenz ging."
)
# Wikinews train_b, spkatt-news-52987: a web address inside a sentence (no furniture).
CERN = (
    "Dabei hatten die Hacker Zugriff auf die Website www.cmsmon.cern.ch; die Hacker "
    "hinterließen dort angeblich eine Nachricht."
)
# Wikinews train_b, spkatt-news-25900: quotation marks at a word's edges.
TOWER = "Der neue Wolkenkratzer soll den Namen \u201eFreedom Tower\u201c bekommen."


def _calls(run: Callable[[], object], name: str) -> int:
    """How often ``run`` calls functions or methods whose profile name holds ``name``."""
    profile = cProfile.Profile()
    profile.enable()
    run()
    profile.disable()
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    return sum(calls[1] for (_, _, function), calls in stats.items() if name in function)


def test_plain_text_input_needs_no_url_invisible_or_mojibake_scan() -> None:
    text = f"{CARGOLIFTER} {TOWER}\n{CARGOLIFTER}"

    def run() -> None:
        source, warnings = prepare(text)
        for_pipeline(source, warnings, raw=text)

    assert _calls(run, "'sub' of 're.Pattern'") == 0  # no scan for invisible characters
    assert _calls(lambda: looks_like_mojibake(text), "findall") == 0
    # no scan of the whole text: a try at each of its 2 line starts per pattern (line,
    # dateline, byline, bullet), and no URL scan without "://" or "www."
    assert _calls(lambda: list(furniture_edits(text)), "finditer") == 0
    assert for_pipeline(text, [])[0] == text
    assert blank_invisible(text) is text
    assert not looks_like_mojibake(text)
    soft = "Bun\u00addestag\u200b sagte"
    assert blank_invisible(soft) == "Bun\u00addestag  sagte"
    assert looks_like_mojibake("Die Bürger wählten.".encode().decode("latin-1"))


def test_furniture_found_at_line_starts_as_by_the_scan() -> None:
    assert list(furniture_edits(CERN)) == []  # inside a sentence: text
    text = "Er kam. (www.cmsmon.cern.ch) Gut. https://example.org/a"
    assert [text[a:b] for a, b, _ in furniture_edits(text)] == [
        " (www.cmsmon.cern.ch)",
        " https://example.org/a",
    ]
    page = (
        f"BERLIN (dpa) \u2013 {CARGOLIFTER}\nFoto: picture alliance/dpa | Michael Kappeler\n"
        f"\u2022 {TOWER}\nVon Anna Schmidt, Berlin\n{CERN}"
    )
    kept = "".join(
        page[a:b]
        for a, b in zip(
            [0, *(e for _, e, _ in furniture_edits(page))],
            [*(s for s, _, _ in furniture_edits(page)), len(page)],
            strict=True,
        )
    )
    assert kept == f"BERLIN{CARGOLIFTER}\n{TOWER}\nBerlin\n{CERN}"


_WORD = re.compile(r"[^\W\d_]+")


def _share_by_pattern(text: str) -> float:
    german = words("german_function_words")
    tokens = _WORD.findall(text[:20_000])[:2000]
    return sum(t.lower() in german for t in tokens) / len(tokens) if tokens else 0.0


def test_german_share_reads_the_words_the_pattern_reads() -> None:
    odd = (
        "z.B. Nr.5 x_y 2²-fach \u2013Ja\u2013 \u0130stanbul \u00bbNein\u00ab (die) ... "
        "O'Neill \u00a0und"
    )
    for text in (CARGOLIFTER, CERN, TOWER, odd, "", "12 34", "der " * 2500):
        assert german_share(text) == _share_by_pattern(text)
    assert _calls(lambda: german_share(TOWER), "findall") == 0  # words and marks at edges


def test_noun_stems_tries_only_endings_with_the_words_last_letter() -> None:
    def by_definition(word: str, min_stem: int) -> list[str]:
        return [word] + [
            word[: -len(e)]
            for e in words("noun_inflections")
            if word.endswith(e) and len(word) - len(e) >= min_stem
        ]

    for word in ("Präsidentinnen", "Kerosins", "Krieges", "Verkäufer", "Insolvenz", "", "s"):
        for min_stem in (1, 3, 4):
            assert noun_stems(word, min_stem=min_stem) == by_definition(word, min_stem)
    assert _calls(lambda: noun_stems("Insolvenz"), "'endswith' of 'str'") == 0


def test_sentence_periods_read_the_orth_column_once() -> None:
    nlp = spacy.blank("de")
    texts = [t.text for t in sentence_periods(nlp(CARGOLIFTER))]
    assert texts[texts.index("Der") - 2 : texts.index("Der")] == ["2004", "."]
    long_text = " ".join([TOWER[:-1]] * 40)  # one run of 400 tokens without a break
    doc = sentence_periods(nlp(long_text))
    apart = cap_sentences(split_sentence_periods(nlp(long_text)))
    starts = [t.i for t in doc if t.is_sent_start]
    assert starts == [t.i for t in apart if t.is_sent_start] == [0, MAX_SENTENCE]
    assert _calls(lambda: sentence_periods(nlp(long_text)), "to_array") == 1
