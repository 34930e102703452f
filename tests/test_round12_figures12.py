"""Figure errors of the Wikinews train split (round 12, figures12), each on a sentence of the
article it was found in: German Wikinews (CC BY 2.5, "Wikinews contributors"). Every case
failed before its fix; the fixes are general (a genitive number word, vague quantities left
out as the annotation guide's rule 16 says, a span between two years, a bare count that takes
the counted noun of the count before it in its sentence, a noun cut at a hyphen and
coordinated, a number word after a conjunction that continues a count)."""

from __future__ import annotations

import spacy

import claimex
from claimex.components.figures import get_figures


def _figures(extractor: claimex.Extractor, text: str) -> list[tuple[str, float, str | None]]:
    return [(f.text, f.value, f.unit) for f in extractor.extract(text).figures]


def test_genitive_number_word(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-12491
    text = (
        "Das Bundesverfassungsgericht hatte Klagen zweier Abgeordneter abgewiesen, die das "
        "Verfahren als nicht verfassungskonform angesehen hatten."
    )
    assert _figures(extractor, text) == [("zweier", 2.0, "Abgeordneter")]


def test_genitive_number_word_at_sentence_end(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-6062
    text = (
        "Schwierigkeiten bestehen aber bezüglich der rechtstechnischen Realisierung des "
        "Vorhabens; denn das Bundeswahlrecht erlaubt keine gemeinsame Kandidatur zweier Parteien."
    )
    assert [f[:2] for f in _figures(extractor, text)] == [("zweier", 2.0)]


def test_vague_plural_is_no_figure(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-58397
    assert _figures(extractor, "Tausende Passagiere sitzen fest.") == []


def test_vague_plurals_on_request() -> None:
    nlp = spacy.blank("de")
    nlp.add_pipe("claimex_figures", config={"vague_plurals": True})
    figures = get_figures(nlp("Tausende von Menschen flohen vor den Kämpfen."))
    assert [(f.text, f.value, f.unit, f.qualifier) for f in figures] == [
        ("Tausende", 1000.0, "Menschen", "approx")
    ]


def test_vague_plurals_switched_on_after_use() -> None:
    nlp = spacy.blank("de")
    figures = nlp.add_pipe("claimex_figures")
    text = "Tausende von Menschen flohen vor den Kämpfen."
    assert get_figures(nlp(text)) == []
    figures.vague_plurals = True  # the word tests remembered from the first doc are reset
    assert [f.text for f in get_figures(nlp(text))] == ["Tausende"]


def test_span_between_two_years(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-80391
    text = (
        "Er war 1980 bis 1989 Präsident des iranischen Parlaments und galt schon damals als "
        "„heimlicher Regierungschef“."
    )
    assert _figures(extractor, text) == []


def test_range_of_round_hundreds_stays_a_figure() -> None:
    nlp = spacy.blank("de")
    nlp.add_pipe("claimex_figures")
    figures = get_figures(nlp("Es kamen 1500 bis 2000 Demonstranten."))
    assert [(f.text, f.value, f.upper) for f in figures] == [("1500 bis 2000", 1500.0, 2000.0)]


def test_vague_quantifier_before_number_word(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-25147
    text = "Der Wert der DFS beträgt mehrere hundert Millionen Euro."
    assert _figures(extractor, text) == []


def test_bare_count_takes_the_noun_of_its_sentence(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-35318
    text = "Von 149 Abgeordneten stimmten nur 74 mit Ja."
    assert _figures(extractor, text) == [
        ("149", 149.0, "Abgeordneten"),
        ("74", 74.0, "Abgeordneten"),
    ]


def test_truncated_compound_coordination(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-47946
    text = (
        "In Camden Market gibt es sechs Straßen- und Hallenmärkte mit zahlreichen Bars, "
        "Clubs und Szeneläden."
    )
    assert _figures(extractor, text) == [("sechs", 6.0, "Straßen- und Hallenmärkte")]


def test_elliptical_number_word_after_conjunction(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-60157
    text = "Zwei Menschen wurden getötet und drei verletzt."
    assert _figures(extractor, text) == [("Zwei", 2.0, "Menschen"), ("drei", 3.0, "Menschen")]


def test_number_word_after_conjunction_without_count_before() -> None:
    nlp = spacy.blank("de")
    nlp.add_pipe("claimex_figures")
    assert get_figures(nlp("Sie kamen und drei gingen.")) == []
