"""Round 21 (robust21): what online news text carries, found by the new perturbations of
``benchmarks.robustness`` (``benchmarks.online_text``). The sentences are Wikinews train_b
sentences (doc ids in comments), the emoji, hashtags, spaces, apostrophes, URLs and
copyright lines synthetic.

- emoji are removed from the copy the pipeline reads, with a space before them
  (``normalize``): one inside or after a name split it or cut it short;
- a hashtag's "#" before a letter is removed there too ("#Westerwelle" was a place);
- a no-break, narrow no-break or thin space between digits before a group of three reads
  as the thousands point ("28\u202f000" was the figure 28);
- an elided pronoun ("war's" typeset with U+2019) and a URL are no name
  (``entity_spans.trim_edges``);
- a year after "\u00a9" or "Copyright" is a year, no figure (``figure_year_cues``).
"""

from __future__ import annotations

import pytest

import claimex
from claimex.normalize import normalise

# Wikinews train_b, spkatt-news-71772
WESTERWELLE = (
    "{tag}Bundesaußenminister Guido {mark}Westerwelle (FDP) erklärte, die Regierung erkenne "
    "an, was {tag}Serbien seit der Entscheidung im Dezember an Veränderungen geleistet habe, "
    "das Ziel vor den Augen und erreichbar."
)
# Wikinews train_b, spkatt-news-21661
WIESE = "Für Reinke kam Tim{mark} Wiese ins Tor."
# Wikinews train_b, spkatt-news-64977
RWE = (
    "Die Verhandlungen betreffen 28{space}000 Mitarbeiter von RWE, die unter anderem bei den "
    "Kraftwerks-, Vertriebs- und Netztöchtern des Konzerns beschäftigt sind."
)
# Wikinews train_b, spkatt-news-37511
REVOLTE = "Medienberichten zufolge war{elision} vor dem Ausbruch zu einer Revolte gekommen."
# Wikinews train_b, spkatt-news-42492
BRUNSBUETTEL = (
    "Grund für den Brand in Brunsbüttel waren laut Ministerium Arbeiten an der "
    "Stromübergabestelle vom Kraftwerk in das Netz.{url} Beim Wiederanschalten sei es zu "
    "einem Kurzschluss gekommen."
)
EMOJI = [
    " \U0001f44d\U0001f3fd",  # thumbs up, skin tone
    " \u2764\ufe0f",  # heart, variation selector
    " \U0001f468\u200d\U0001f4bb",  # man technologist (ZWJ sequence)
    " \U0001f1e9\U0001f1ea",  # flag of Germany
]


def _names(result: claimex.Extraction, text: str) -> list[str]:
    mentions = [m for actor in result.actors for m in actor.mentions]
    for m in mentions:
        assert text[m.start : m.end] == m.text
    return sorted(actor.name for actor in result.actors)


def _places(result: claimex.Extraction) -> list[str]:
    return sorted(place.name for place in result.places)


@pytest.mark.parametrize("mark", EMOJI)
def test_an_emoji_inside_a_name_splits_no_name(extractor: claimex.Extractor, mark: str) -> None:
    plain, marked = WIESE.format(mark=""), WIESE.format(mark=mark)
    assert _names(extractor.extract(marked), marked) == _names(extractor.extract(plain), plain)
    plain = WESTERWELLE.format(tag="", mark="")
    marked = WESTERWELLE.format(tag="", mark=mark.strip() + " ")
    result = extractor.extract(marked)
    assert _names(result, marked) == _names(extractor.extract(plain), plain)
    assert _places(result) == ["Serbien"]


def test_hashtags_read_as_their_words(extractor: claimex.Extractor) -> None:
    plain, tagged = WESTERWELLE.format(tag="", mark=""), WESTERWELLE.format(tag="#", mark="#")
    result = extractor.extract(tagged)
    assert _names(result, tagged) == _names(extractor.extract(plain), plain)
    assert "Guido Westerwelle" in _names(result, tagged)
    assert _places(result) == ["Serbien"]
    assert [s.name for q in result.quotes for s in q.speaker] == ["Guido Westerwelle"]


@pytest.mark.parametrize("space", ["\u202f", "\u00a0", "\u2009"])
def test_a_typeset_thousands_space_keeps_the_number(
    extractor: claimex.Extractor, space: str
) -> None:
    text = RWE.format(space=space)
    figures = [(f.text, f.value) for f in extractor.extract(text).figures]
    assert figures == [(f"28{space}000", 28000.0)]


def test_spaces_between_other_digits_stay_spaces() -> None:
    text = "Im Jahr 2008\u00a01234 Fälle, 12\u00a034 Tore, 1\u202f250\u202f000 Euro"
    copy, _, _ = normalise(text)
    assert copy == "Im Jahr 2008 1234 Fälle, 12 34 Tore, 1.250.000 Euro"


def test_an_elided_pronoun_is_no_person(extractor: claimex.Extractor) -> None:
    text = REVOLTE.format(elision="\u2019s")
    assert _names(extractor.extract(text), text) == []


def test_a_url_is_no_actor(extractor: claimex.Extractor) -> None:
    text = BRUNSBUETTEL.format(url=" (http://example.org/2025/03/meldung.html)")
    result = extractor.extract(text)
    assert _names(result, text) == []
    assert not any("http" in e.text for e in result.entities)


def test_hashtags_and_urls_stay_in_the_records_text(extractor: claimex.Extractor) -> None:
    """The copy the pipeline reads loses the "#" and the emoji; the records' offsets and
    texts are the input's."""
    text = WESTERWELLE.format(tag="#", mark="#") + " \U0001f44d\U0001f3fd"
    result = extractor.extract(text)
    for entity in result.entities:
        assert text[entity.start : entity.end] == entity.text
    assert "Guido #Westerwelle" in [e.text for e in result.entities]


# Wikinews train_b, spkatt-news-2937
NUERNBERG = (
    "Die Stadt Nürnberg begründet diese Erhöhung mit dem erweiterten Angebot durch die neue "
    "Eisbären und Schneelöwenanlage.\n\n{line}\n\nDie MobiCard kostet nun 26,80 statt 25,50 "
    "Euro im Monat."
)


@pytest.mark.parametrize("line", ["\u00a9 2025 dpa-infocom GmbH", "Copyright 2025 Reuters"])
def test_a_copyright_year_is_no_figure(extractor: claimex.Extractor, line: str) -> None:
    plain, marked = NUERNBERG.format(line=""), NUERNBERG.format(line=line)
    figures = [f.text for f in extractor.extract(marked).figures]
    assert figures == [f.text for f in extractor.extract(plain).figures]
    assert "2025" not in figures
