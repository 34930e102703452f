"""Names and titles in quotation marks after an article (round 7): the marks enclose the
head of a noun phrase ("die „Aktion Deutschland hilft“", "des „Spiegel“"), no direct
quote, and the clause runs on over them to its cue and its subject. Sentences from German
Wikinews (CC BY 2.5, "Wikinews contributors"), train split, half a."""

from __future__ import annotations

import claimex

LOW = "\N{DOUBLE LOW-9 QUOTATION MARK}"
HIGH = "\N{LEFT DOUBLE QUOTATION MARK}"


def _quotes(extractor: claimex.Extractor, text: str) -> list[tuple[str, str | None, str]]:
    """(text, speaker, pattern) of each quote found in ``text``."""
    return [(q.text, q.speaker_name, q.pattern) for q in extractor.extract(text).quotes]


def test_name_in_marks_before_cue_is_no_quote(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-50226
    text = (
        f"Moritz Wohlrab von der {LOW}Aktion Deutschland hilft{HIGH} sagte, es sei in "
        "Deutschland fatalerweise ein falscher Eindruck entstanden, wonach die Hilfe in "
        "Myanmar nicht ankomme."
    )
    quotes = _quotes(extractor, text)
    assert not any(q[2].startswith("direct.") for q in quotes)
    assert any(
        q[0].startswith("es sei in Deutschland") and q[1] == "Moritz Wohlrab" for q in quotes
    )


def test_name_in_marks_is_the_subject_of_wie(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-50226
    text = (
        f"Wie die {LOW}Aktion Deutschland hilft{HIGH} heute mitteilte, werde insbesondere "
        "von den Hilfsorganisationen, die bereits vor dem Zyklon in Myanmar tätig waren, "
        "trotz aller behördlicher Behinderungen effektive Hilfe geleistet."
    )
    quotes = _quotes(extractor, text)
    assert len(quotes) == 1
    assert quotes[0][2] == "according_to.wie"
    assert (quotes[0][1] or "").startswith("Aktion Deutschland")


def test_name_in_marks_with_a_cue_after_it_is_no_quote(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-22943
    text = (
        f"Bill Keller, der Chefredakteur der {LOW}New York Times{HIGH}, bekräftigt in einer "
        "Stellungnahme vom 27.02.2006 den Bericht von Michael Gordon und zitiert noch "
        "einmal aus der geheimen Studie des US-Militärs über die irakische "
        "Verteidigungsstrategie, die aus dem Jahr 2005 stammt."
    )
    assert not any(q[0] == "New York Times" for q in _quotes(extractor, text))


def test_genitive_name_in_marks_belongs_to_the_subject(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-20384
    text = (
        f"Um 11:09 Uhr MEZ berichtet die Online-Ausgabe des {LOW}Spiegel{HIGH}, dass "
        "Thorsten Feldmann, Anwalt des Vereins, einen Antrag auf Aussetzung der "
        "einstweiligen Verfügung gestellt hat."
    )
    quotes = _quotes(extractor, text)
    assert [q[2] for q in quotes] == ["indirect.dass"]
    assert quotes[0][1] == "Spiegel"
