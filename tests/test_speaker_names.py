"""Speaker names in the form the gold convention wants, on real sentences of the Wikinews
train split (German Wikinews, CC BY 2.5, "Wikinews contributors"):

- a compound of a statement noun names its first part ("Nach Polizeiangaben" -> Polizei);
- a person's name the NER missed after a person noun is the speaker's name, not the
  description around it ("laut Verhandlungsführer Hans-Peter Lafos", "Nach Angaben des
  stellvertretenden Gouverneurs Nasser Baoum der Provinz Schabwa"), also in commas after
  the description ("der Chef der Bundesagentur für Arbeit, Frank-Jürgen Weise,");
- academic titles between a person noun and a named person are skipped ("laut
  Klinikdirektor Prof. Dr. Matthias W. Beckmann");
- a speaker named with an initial is the person of that surname the article names in
  full ("R. Kelly:" after "Dr. Robert Kelly"), a surname with its particle the person
  named before ("Wie de Maizière darlegte" after "Thomas de Maizière")."""

from __future__ import annotations

import pytest

import claimex

CASES = [
    pytest.param(
        "Jufer war zu 10 Jahren Haft verurteilt worden, weil er am 79. Geburtstag des "
        "Königs in Chiang Mai Poster, die Bhumibols Konterfei zeigten, mit schwarzer Farbe "
        "besprüht hatte. Nach Polizeiangaben soll Oliver Jufer, der seit mehr als zehn "
        "Jahren in Thailand lebt, nun so bald wie möglich in sein Heimatland abgeschoben "
        "werden.",
        "soll Oliver Jufer",
        "Polizei",
        id="statement-compound-names-its-first-part",
    ),
    pytest.param(
        "Die Verhandlungen betreffen 28.000 Mitarbeiter von RWE, die unter anderem bei den "
        "Kraftwerks-, Vertriebs- und Netztöchtern des Konzerns beschäftigt sind. Die ab der "
        "übernächsten Woche geplanten Streiks werden laut Verhandlungsführer Hans-Peter "
        "Lafos von der Gewerkschaft ver.di voraussichtlich vor allem Kraftwerke und den "
        "Tagebau betreffen.",
        "Die ab der",
        "Hans-Peter Lafos",
        id="missed-name-after-title",
    ),
    pytest.param(
        "Nach Angaben des stellvertretenden Gouverneurs Nasser Baoum der Provinz Schabwa "
        "kommen die Verhandlungen zur Freilassung der Familie von Jürgen Chrobog gut voran. "
        "Eine Freilassung sei eventuell am heutigen Tag schon möglich.",
        "kommen die",
        "Nasser Baoum",
        id="missed-name-inside-genitive-description",
    ),
    pytest.param(
        "Die Zahl der Erwerbstätigen stieg im Oktober erstmals auf 40,26 Millionen. „Die "
        "positive Entwicklung am Arbeitsmarkt setzt sich fort“, äußerte sich der Chef der "
        "Bundesagentur für Arbeit, Frank-Jürgen Weise, in Nürnberg.",
        "Die positive",
        "Frank-Jürgen Weise",
        id="missed-name-in-commas-after-description",
    ),
    pytest.param(
        "Nachdem die künstliche Befruchtung ihren Weg in die Praxis gefunden hat und man "
        "damit laut Klinikdirektor Prof. Dr. Matthias W. Beckmann „jetzt Paaren helfen "
        "[kann], deren Behandlung vor 30 Jahren kaum denkbar war“, suchen die "
        "Reproduktionsforscher an der Erlanger Universitätsklinik inzwischen nach einem Weg, "
        "der es jungen krebskranken Frauen ermöglichen soll, eigene Kinder zu bekommen.",
        "jetzt Paaren",
        "Matthias W. Beckmann",
        id="academic-titles-before-name",
    ),
    pytest.param(
        "Interviewt wurden Dr. Robert Kelly von der Universität Busan (Südkorea) und Scott "
        "Snyder vom Council on Foreign Relations (CFR), einem US-amerikanischen Think-Tank. "
        "Robert Kelly ist Experte für Außen- und Sicherheitspolitik, Scott Snyder Experte "
        "für Nordkorea beim CFR. Nordkorea hat wiederholt Südkorea gedroht. Für wie "
        "wahrscheinlich halten Sie es, dass diesen Drohungen Taten folgen? : : R. Kelly: Für "
        "sehr unwahrscheinlich. Sollte es zu einem Krieg kommen, würde Nordkorea ihn "
        "verlieren.",
        "Sollte es",
        "Robert Kelly",
        id="initialled-name-is-the-full-name",
    ),
    pytest.param(
        "Am Rande der Innenministerkonferenz hat der deutsche Bundesinnenminister Thomas de "
        "Maizière (CDU) am Freitag bekanntgegeben, dass die angebliche Paketbombe, die in "
        "einem Flugzeug auf der Route Windhoek (Namibia) \N{EN DASH} München (Deutschland) "
        "gefunden worden war, eine Attrappe gewesen sei. Wie de Maizière darlegte, handelte "
        "es sich dabei um einen so genannten Realtest-Koffer einer US-Firma, wie sie zur "
        "Überprüfung der Flugsicherheit eingesetzt würden.",
        "handelte es",
        "Thomas de Maizière",
        id="surname-with-particle-is-the-named-person",
    ),
]


@pytest.fixture(scope="module")
def extractor() -> claimex.Extractor:
    return claimex.load()


@pytest.mark.parametrize(("text", "quote_start", "speaker"), CASES)
def test_speaker_name(
    extractor: claimex.Extractor, text: str, quote_start: str, speaker: str
) -> None:
    result = extractor.extract(text)
    at = text.index(quote_start)
    quotes = [q for q in result.quotes if q.start <= at < q.end]
    assert quotes, [q.text for q in result.quotes]
    assert quotes[0].speaker_name == speaker
