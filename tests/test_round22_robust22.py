"""Round 22 (robust22): online and transmitted text, found by the new perturbations of
``benchmarks.robustness`` (``benchmarks.online_text``: hard-wrap, ticker, caption-credit,
via-source). The sentences are Wikinews train_b sentences (doc ids in comments); the line
breaks, hyphens, ticker stamps, credits, sources and handles are synthetic.

- a hard-wrapped text's soft line breaks are spaces for the pipeline's copy, and a word
  split with a hyphen at a break is joined where the joined word is known
  (``claimex.linebreaks``); a compound's hyphen stays ("WM-\\nTauglichkeit");
- live-ticker stamps at a paragraph's start ("12:51 Uhr: ", "+++ 11:16 +++ ", "Update: ")
  are page furniture, and so are a caption's credit at a line's end ("... Foto:
  dpa/Lena Krüger"), a source in brackets ("(Quelle: Tagesspiegel)") and "via @handle"
  (``claimex.furniture``).
"""

from __future__ import annotations

import pytest

import claimex
from claimex.components.word_checks import split_word_check
from claimex.linebreaks import unwrap_edits
from claimex.markup import for_pipeline
from claimex.normalize import edited

# Wikinews train_b, spkatt-news-45213
SALCEDO = (
    "\N{DOUBLE LOW-9 QUOTATION MARK}Für uns besteht kein Zweifel, dass Brasilien seinen "
    "Zusagen im Bewerbungsdossier nachkommen wird\N{LEFT DOUBLE QUOTATION MARK}, sagte Hugo "
    "Salcedo, Kopf einer Gruppe von Inspektoren, die Brasilien Ende August 2007 auf seine "
    "\N{DOUBLE LOW-9 QUOTATION MARK}WM-Tauglichkeit\N{LEFT DOUBLE QUOTATION MARK} hin "
    "überprüft hatten."
)
# the same, wrapped at 57 characters, "Inspektoren" and "WM-Tauglichkeit" split at breaks
SALCEDO_WRAPPED = (
    "\N{DOUBLE LOW-9 QUOTATION MARK}Für uns besteht kein Zweifel, dass Brasilien seinen\n"
    "Zusagen im Bewerbungsdossier nachkommen wird\N{LEFT DOUBLE QUOTATION MARK}, sagte Hugo\n"
    "Salcedo, Kopf einer Gruppe von Inspek-\n"
    "toren, die Brasilien Ende August 2007 auf seine \N{DOUBLE LOW-9 QUOTATION MARK}WM-\n"
    "Tauglichkeit\N{LEFT DOUBLE QUOTATION MARK} hin überprüft hatten."
)
# Wikinews train_b, spkatt-news-41694
HAMBURG = (
    "Heute demonstrierten in Hamburg nach Angaben der Veranstalter rund 7.000 Menschen "
    "gegen das ASEM-Treffen, die Polizei spricht von 4.000 Demonstrationsteilnehmern."
)


def _quotes(result: claimex.Extraction) -> list[tuple[str, list[str]]]:
    return [(" ".join(q.text.split()), [s.name for s in q.speaker]) for q in result.quotes]


def _sliced(result: claimex.Extraction, text: str) -> None:
    for record in [*result.entities, *result.quotes, *result.figures]:
        assert text[record.start : record.end] == record.text


def test_a_hard_wrapped_quotation_reads_as_the_clean_one(extractor: claimex.Extractor) -> None:
    result = extractor.extract(SALCEDO_WRAPPED)
    _sliced(result, SALCEDO_WRAPPED)
    assert _quotes(result) == [
        (
            "Für uns besteht kein Zweifel, dass Brasilien seinen Zusagen im "
            "Bewerbungsdossier nachkommen wird",
            ["Hugo Salcedo"],
        )
    ]
    assert _quotes(result) == _quotes(extractor.extract(SALCEDO))


def test_the_pipelines_copy_of_a_hard_wrapped_text_is_the_clean_text(
    extractor: claimex.Extractor,
) -> None:
    copy, offsets = for_pipeline(SALCEDO_WRAPPED, [], known=split_word_check(extractor.nlp))
    assert copy == SALCEDO
    assert offsets is not None
    start = copy.index("Inspektoren")
    assert SALCEDO_WRAPPED[offsets.start(start) : offsets.end(start + len("Inspektoren"))] == (
        "Inspek-\ntoren"
    )


@pytest.mark.parametrize(
    ("wrapped", "read"),
    [
        ("die Bundes-\nregierung", "die Bundesregierung"),  # a word split: joined
        ("Ost-\nund Westdeutschland", "Ost-\nund Westdeutschland"),  # a suspended compound
        ("die britisch-\nfranzösische Achse", "die britisch-\nfranzösische Achse"),
    ],
)
def test_a_hyphen_at_a_break_goes_only_where_the_joined_word_is_known(
    extractor: claimex.Extractor, wrapped: str, read: str
) -> None:
    assert edited(wrapped, unwrap_edits(wrapped, split_word_check(extractor.nlp)))[0] == read


def test_a_paragraph_end_stays_a_line_break() -> None:
    # the next line's first word would have fitted: the line ends a paragraph
    text = "Er kam.\nDann ging er wieder nach Hause, sagte er am Abend.\nNein."
    assert list(unwrap_edits(text)) == []


@pytest.mark.parametrize("stamp", ["12:51 Uhr: ", "+++ 12:51 +++ ", "Update: ", "12.51 Uhr - "])
def test_a_ticker_stamp_is_no_part_of_the_quote(extractor: claimex.Extractor, stamp: str) -> None:
    text = f"{SALCEDO}\n\n{stamp}{HAMBURG}"
    result = extractor.extract(text)
    _sliced(result, text)
    assert _quotes(result) == _quotes(extractor.extract(f"{SALCEDO}\n\n{HAMBURG}"))
    assert all(not q.text.startswith(stamp.strip()[:2]) for q in result.quotes)


def test_a_caption_credit_at_a_line_end_names_no_actor(extractor: claimex.Extractor) -> None:
    text = (
        f"{SALCEDO} Foto: dpa/Lena Krüger\n\n{HAMBURG} (Foto: Jana Vogt/AFP)\n\n"
        f"{HAMBURG} Bild: Getty Images"
    )
    result = extractor.extract(text)
    _sliced(result, text)
    assert sorted(a.name for a in result.actors) == ["Hugo Salcedo"]


def test_a_source_in_brackets_and_a_handle_name_no_actor(extractor: claimex.Extractor) -> None:
    text = f"{SALCEDO[:-1]} (Quelle: Tagesspiegel). via @tagesschau\n\n{HAMBURG} via @dpa"
    result = extractor.extract(text)
    _sliced(result, text)
    assert sorted(a.name for a in result.actors) == ["Hugo Salcedo"]
    assert _quotes(result) == _quotes(extractor.extract(f"{SALCEDO}\n\n{HAMBURG}"))


@pytest.mark.parametrize("word", ["Zweifel,", "nachkommen"])
def test_one_broken_line_inside_a_quotation_keeps_the_quotation(
    extractor: claimex.Extractor, word: str
) -> None:
    """A single line break before a lower-case word in a text that is not hard-wrapped
    otherwise (found by the newcomer of round 22 in a pasted newsletter) is a space for the
    pipeline: the quotation's marks stay a pair and the quote and its speaker are the
    clean text's."""
    at = SALCEDO.index(word) + len(word)
    broken = HAMBURG + " " + SALCEDO[:at] + "\n" + SALCEDO[at + 1 :]
    result = extractor.extract(broken)
    _sliced(result, broken)
    assert not [w for w in result.warnings if w.code == "W050"]
    assert _quotes(result) == _quotes(extractor.extract(HAMBURG + " " + SALCEDO))


def test_a_line_broken_inside_a_quotation_before_a_capital_keeps_the_quotation(
    extractor: claimex.Extractor,
) -> None:
    """A line break before a capitalised word inside a quotation that the next line closes
    is a space too: the quote and its speaker are the clean text's."""
    at = SALCEDO.index(" Brasilien")
    broken = HAMBURG + "\n" + SALCEDO[:at] + "\n" + SALCEDO[at + 1 :]
    result = extractor.extract(broken)
    _sliced(result, broken)
    assert not [w for w in result.warnings if w.code == "W050"]
    assert _quotes(result) == _quotes(extractor.extract(HAMBURG + "\n" + SALCEDO))


def test_a_quotation_continued_over_paragraphs_keeps_its_break() -> None:
    """German continues a quotation over paragraphs by opening the next one with the mark
    again: that line break is a paragraph's end, not a broken line."""
    text = (
        "\N{DOUBLE LOW-9 QUOTATION MARK}Für uns besteht kein Zweifel.\n"
        "\N{DOUBLE LOW-9 QUOTATION MARK}Brasilien wird seinen Zusagen nachkommen"
        "\N{LEFT DOUBLE QUOTATION MARK}, sagte Hugo Salcedo."
    )
    assert list(unwrap_edits(text)) == []
