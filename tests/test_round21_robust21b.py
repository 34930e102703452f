"""Round 21 (robust21b): page furniture of online news text, found by the perturbations
``bullets``, ``dateline``, ``boilerplate`` and ``urls`` of ``benchmarks.robustness``
(``benchmarks.online_text``). The sentences are Wikinews train_b sentences (doc ids in
comments), the furniture synthetic. The copy the pipeline reads is made without it
(``claimex.furniture``, read by ``markup.for_pipeline``); offsets stay the input's.

- an agency's dateline ("Brüssel/Berlin (Reuters) \u2014 ") was the start of a quote and
  the agency an actor; its places stay places;
- a byline's authors ("Von Anna Schmidt, Berlin") were actors: the writer of an article is
  no actor of what it reports;
- a bullet at a line start was the start of a quote and hid a capitalised number word
  ("\u2022 Zehn Soldaten") at a sentence start;
- a photo credit ("Foto: picture alliance/dpa | Michael Kappeler") and a share line
  ("Teilen auf Facebook | Twitter") gave actors;
- a URL between sentences was the start of the next sentence's quote.
"""

from __future__ import annotations

import pytest

import claimex
from claimex.furniture import furniture_edits

# Wikinews train_b, spkatt-news-37511
KONGO = (
    "Nach Angaben der Sicherheitsbehörden sind in der gestrigen Nacht etwa 200 Gefangene aus "
    "einem Gefängnis in Brazzaville, der Hauptstadt der Republik Kongo, ausgebrochen."
)
# Wikinews train_b, spkatt-news-71489
FAEHRE = (
    "Nach dem Untergang einer Fähre in der Nähe des Ortes Finschhafen im Osten von "
    "Papua-Neuguinea am Donnerstag wurden bis zum Einbruch der Nacht am Donnerstag 246 der "
    "nach Behördenangaben 350 Passagiere und 14 Besatzungsmitglieder des Fährschiffes "
    "„Rabaul Queen“ gerettet worden."
)
# Wikinews train_b, spkatt-news-25118
SOLDATEN = (
    "Zehn Soldaten der nepalesischen Armee sind bei einem Hubschrauberabsturz in der Nacht "
    "von Mittwoch auf Donnerstag getötet worden."
)
# Wikinews train_b, spkatt-news-25900
WTC = (
    "Am Donnerstag wurde in New York offiziell mit dem Neubau des World Trade Centers (WTC) "
    "begonnen.\n\n{line}\n\nDer neue Wolkenkratzer soll den Namen „Freedom Tower“ bekommen."
)
# Wikinews train_b, spkatt-news-42492
BRUNSBUETTEL = (
    "Grund für den Brand in Brunsbüttel waren laut Ministerium Arbeiten an der "
    "Stromübergabestelle vom Kraftwerk in das Netz.{url} Beim Wiederanschalten sei es zu "
    "einem Kurzschluss gekommen."
)


def _records(result: claimex.Extraction, text: str) -> dict[str, list[object]]:
    """Actor and place names, quotes with speakers, figures; every record's offsets slice
    the input to its text."""
    mentions = [m for r in [*result.actors, *result.places] for m in r.mentions]
    for span in [*mentions, *result.entities, *result.figures, *result.quotes]:
        assert text[span.start : span.end] == span.text
    return {
        "actors": sorted(a.name for a in result.actors),
        "places": sorted(p.name for p in result.places),
        "quotes": sorted((q.text, [s.name for s in q.speaker]) for q in result.quotes),
        "figures": sorted((f.text, f.value) for f in result.figures),
    }


@pytest.mark.parametrize(
    ("dateline", "places"),
    [
        ("BERLIN (dpa) \u2013 ", ["BERLIN"]),
        ("Brüssel/Berlin (Reuters) \u2014 ", ["Berlin", "Brüssel"]),
        ("Hamburg (AFP) - ", ["Hamburg"]),
        ("Berlin, 5. März (dpa) \u2013 ", ["Berlin"]),
        ("Kinshasa, 12.3.2025 (AFP) - ", ["Kinshasa"]),
    ],
)
def test_a_dateline_is_no_quote_and_its_agency_no_actor(
    extractor: claimex.Extractor, dateline: str, places: list[str]
) -> None:
    clean = _records(extractor.extract(KONGO), KONGO)
    text = dateline + KONGO
    marked = _records(extractor.extract(text), text)
    assert marked["quotes"] == clean["quotes"]
    assert marked["actors"] == clean["actors"]
    assert marked["places"] == sorted(clean["places"] + places)  # a place it is


@pytest.mark.parametrize(
    "byline",
    [
        "Von Anna Schmidt, Berlin",
        "Von Jonas Becker und Lea Wagner",
        "Ein Kommentar von Peter Hoffmann",
    ],
)
def test_a_byline_author_is_no_actor(extractor: claimex.Extractor, byline: str) -> None:
    clean = _records(extractor.extract(KONGO), KONGO)
    text = f"{byline}\n\n{KONGO}"
    marked = _records(extractor.extract(text), text)
    assert marked["actors"] == clean["actors"]
    assert marked["quotes"] == clean["quotes"]


@pytest.mark.parametrize("bullet", ["\u25b8 ", "\u2022 ", "* ", "- ", "\u2013 "])
def test_a_bullet_is_no_part_of_a_quote_or_a_figure(
    extractor: claimex.Extractor, bullet: str
) -> None:
    plain, text = f"{SOLDATEN}\n{FAEHRE}", f"{bullet}{SOLDATEN}\n{bullet}{FAEHRE}"
    marked = _records(extractor.extract(text), text)
    assert marked == _records(extractor.extract(plain), plain)
    assert ("Zehn", 10.0) in marked["figures"]
    assert any(quote.startswith("Nach dem Untergang") for quote, _ in marked["quotes"])


@pytest.mark.parametrize(
    "line",
    [
        "Foto: picture alliance/dpa | Michael Kappeler",
        "picture alliance/dpa | Michael Kappeler",
        "Teilen auf Facebook | Twitter | WhatsApp",
        "Lesen Sie auch: Wie Angela Merkel nach der Wahl weitermacht",
        "(Bild: Reuters)",
    ],
)
def test_credit_and_share_lines_give_no_actors(extractor: claimex.Extractor, line: str) -> None:
    plain, marked = WTC.format(line=""), WTC.format(line=line)
    assert _records(extractor.extract(marked), marked) == _records(extractor.extract(plain), plain)


def test_a_url_between_sentences_is_no_part_of_a_quote(extractor: claimex.Extractor) -> None:
    plain = BRUNSBUETTEL.format(url="")
    marked = BRUNSBUETTEL.format(url=" (http://example.org/2025/03/meldung.html)")
    result = _records(extractor.extract(marked), marked)
    assert result["quotes"] == _records(extractor.extract(plain), plain)["quotes"]
    assert "Beim Wiederanschalten sei es zu einem Kurzschluss gekommen" in [
        text for text, _ in result["quotes"]
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Von Merkel bis Merz reicht die Liste.",
        "Von Berlin nach Paris",
        "Teilen Sie uns Ihre Meinung mit.",
        "Die Seite www.cmsmon.cern.ch; die Hacker hinterließen eine Nachricht.",
        "Quelle: Das Amt meldete es. Dann kam der Bericht.",
        "Die Deutsche Presse-Agentur (dpa). Der neu entdeckte Riesenplanet.",
        "Er sagte: Foto: dpa",
        "Sie kam \u2013 und ging.",
    ],
)
def test_text_of_that_shape_is_no_furniture(text: str) -> None:
    assert list(furniture_edits(text)) == []
