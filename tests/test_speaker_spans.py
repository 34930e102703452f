"""Source spans cut to their noun phrase before the speaker resolver names them
(components/speakers/phrases.py ``noun_phrase``; gold conventions W7 and W15 of models/gold)."""

from __future__ import annotations

import pytest

import claimex
from claimex.components.speakers import noun_phrase

# (sentence, the source span as a quote stage may cut it, the noun phrase it names)
CASES = [
    pytest.param(
        "Der Gewerkschaftschef, der am Montag auf einer Kundgebung in Hamburg war, sagte, "
        "dass die Löhne steigen müssten.",
        "Der Gewerkschaftschef, der am Montag auf einer Kundgebung in Hamburg war",
        "Der Gewerkschaftschef",
        id="relative-clause",
    ),
    pytest.param(
        "Am Dienstag wurde seitens der Behörden des Landes laut Reuters erneut betont, dass "
        "keine ausländischen Helfer einreisen dürften.",
        "der Behörden des Landes laut Reuters",
        "der Behörden des Landes",
        id="second-source-marker",
    ),
    pytest.param(
        "Nach dem Tod des Staatschefs müsste laut Verfassung der Parlamentspräsident "
        "übergangsweise das Amt übernehmen.",
        "Verfassung der Parlamentspräsident",
        "Verfassung",
        id="nominative-is-no-attribute",
    ),
    pytest.param(
        "Zur Beobachtung der Partei verweist der 330 Seiten starke Bericht auf "
        "programmatische Aussagen.",
        "der 330 Seiten",
        "Bericht",
        id="measure-attribute",
    ),
    pytest.param(
        "Der Minister räumte zwar Fehler ein, wies aber jede Verantwortung zurück.",
        "zwar Fehler",
        "Fehler",
        id="leading-adverb",
    ),
    # German Wikinews (CC BY 2.5, "Wikinews contributors"), an article of the dev split
    pytest.param(
        "Sie entstammen Zeitungsberichten zufolge pakistanischen Einwandererfamilien.",
        "entstammen Zeitungsberichten",
        "Zeitungsberichten",
        id="verb-second-after-pronoun",
    ),
    # German Wikinews (CC BY 2.5), spkatt-news-31627: an apposition in commas after a name
    # is no part of the source
    pytest.param(
        "Tegaye Mununhe, der Polizeichef der betroffenen Region, sagte gegenüber der "
        "Nachrichtenagentur AFP, dass nun weitere Boote im Einsatz seien.",
        "Tegaye Mununhe, der Polizeichef der betroffenen Region",
        "Tegaye Mununhe",
        id="apposition-after-name",
    ),
    # German Wikinews (CC BY 2.5), spkatt-news-68811: nor an insertion after a description
    pytest.param(
        "Die Unterstützer der Vorlage, darunter auch die Bürgerfraktion, verwiesen auf die "
        "Verantwortung, die man gegenüber den zukünftigen Generationen wahrnehmen müsse.",
        "Die Unterstützer der Vorlage, darunter auch die Bürgerfraktion",
        "Die Unterstützer der Vorlage",
        id="insertion-after-description",
    ),
    # German Wikinews (CC BY 2.5), spkatt-news-24259: a name after a description in
    # commas is the source
    pytest.param(
        "Der Manager der Fußballnationalmannschaft aus Ecuador, Vincio Luna, hat Probleme "
        "mit der Justiz.",
        "Der Manager der Fußballnationalmannschaft aus Ecuador, Vincio Luna",
        "Vincio Luna",
        id="name-after-description",
    ),
]

# spans that are noun phrases already and must stay whole
WHOLE = [
    pytest.param(
        "Der Landesbeauftragte für Datenschutz, die Grünen und die nicht im Landtag "
        "vertretenen Linken hatten die Pläne kritisiert.",
        "Der Landesbeauftragte für Datenschutz, die Grünen und die nicht im Landtag "
        "vertretenen Linken",
        id="coordination-with-comma",
    ),
    pytest.param(
        "Vertreter aller im Deutschen Bundestag vertretenen Parteien warnten vor den Gefahren "
        "des Rechtsextremismus.",
        "Vertreter aller im Deutschen Bundestag vertretenen Parteien",
        id="extended-attribute",
    ),
    pytest.param(
        "Ein Sprecher der Polizei in Berlin sagte, die Lage sei ruhig.",
        "Ein Sprecher der Polizei in Berlin",
        id="genitive-and-place",
    ),
]


def _span(extractor: claimex.Extractor, sentence: str, source: str) -> object:
    doc = extractor.nlp(sentence)
    start = sentence.index(source)
    span = doc.char_span(start, start + len(source))
    assert span is not None
    return span


@pytest.mark.parametrize(("sentence", "source", "expected"), CASES)
def test_source_span_is_cut_to_its_noun_phrase(
    extractor: claimex.Extractor, sentence: str, source: str, expected: str
) -> None:
    span = _span(extractor, sentence, source)
    assert noun_phrase(span).text == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(("sentence", "source"), WHOLE)
def test_noun_phrase_stays_whole(extractor: claimex.Extractor, sentence: str, source: str) -> None:
    span = _span(extractor, sentence, source)
    assert noun_phrase(span).text == source  # type: ignore[arg-type]


def test_relative_clause_is_not_the_speaker(extractor: claimex.Extractor) -> None:
    text = (
        "In Hongkong gehen die Proteste weiter. C.Y. Leung, der am Montag auf einer "
        "Veranstaltung in der an Hongkong grenzenden Provinz Guandong war, sagte, dass die "
        "Regierung keine Gewalt anwenden werde."
    )
    quotes = extractor.extract(text).quotes
    assert quotes
    assert quotes[-1].speaker_name == "C.Y. Leung"


def test_second_source_marker_is_not_in_the_speaker(extractor: claimex.Extractor) -> None:
    text = (
        "Am Dienstag wurde seitens der Behörden des Landes laut Reuters erneut deutlich "
        "gemacht, dass in Myanmar keine ausländischen Helfer benötigt würden."
    )
    quotes = extractor.extract(text).quotes
    assert quotes
    assert quotes[0].speaker_name is not None
    assert "laut" not in quotes[0].speaker_name


def test_apposition_in_commas_is_not_the_speaker(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-31627
    text = (
        "Die Boote sind laut Deftalgne Tessema zudem recht klein. Tegaye Mununhe, der "
        "Polizeichef der betroffenen Region, sagte gegenüber der Nachrichtenagentur AFP, "
        "dass nun weitere Boote im Einsatz seien und die Suche nach Überlebenden und "
        "Vermissten Tag und Nacht fortgeführt werde."
    )
    quotes = extractor.extract(text).quotes
    assert quotes
    assert quotes[-1].speaker_name == "Tegaye Mununhe"


def test_possessor_name_stays_in_an_unnamed_source(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-56965: "Demjanjuks Sohn" is an unnamed
    # source named by its description, the possessor's name included (gold FORMAT)
    text = (
        "Der mutmaßliche NS-Scherge John Demjanjuk wurde entgegen ursprünglicher Planungen "
        "am vergangenen Freitag doch nicht nach München ausgeliefert. Der Flug käme für "
        "Demjanjuk einer Folter gleich, so bestätigt das Gericht. Es wurde von Demjanjuks "
        "Sohn die Mutmaßung geäußert, Deutschland brauche nur ein Opfer."
    )
    quotes = extractor.extract(text).quotes
    assert [q.speaker_name for q in quotes if q.text.startswith("Deutschland")] == [
        "Demjanjuks Sohn"
    ]
