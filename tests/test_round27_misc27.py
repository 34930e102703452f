"""MISC names, round 27 (misc27, issue 14): lists of titles in quotation marks, and nouns
that introduce a work's or a product's name. Errors read on the Wikinews train split's
half train_a, measured on train_b, the dev split and dev_news. The sentences are from
German Wikinews (CC BY 2.5, "Wikinews contributors"), doc ids as cited, read from
train_a; each test failed before the change (c1a8394).
"""

from __future__ import annotations

import claimex


def _ents(extractor: claimex.Extractor, text: str) -> list[tuple[str, str]]:
    """(text, label) of each entity found in ``text``."""
    return [(e.text, e.label) for e in extractor.extract(text).entities]


def test_a_title_coordinated_with_a_quoted_work_is_a_misc(extractor: claimex.Extractor) -> None:
    # spkatt-news-22065: "„Madonna“" is a MISC after the work noun "Gemälde"; the title
    # joined to it by "und" is a painting too
    text = (
        "August 2004 wurden im Osloer Munch-Museum die Gemälde „Madonna“ und „Der Schrei“ "
        "des norwegischen Expressionisten Edvard Munch gestohlen."
    )
    found = _ents(extractor, text)
    assert ("Madonna", "MISC") in found, found
    assert ("Der Schrei", "MISC") in found, found


def test_a_list_of_quoted_titles_is_misc_and_no_quote(extractor: claimex.Extractor) -> None:
    # spkatt-news-17843: two film titles joined by "oder", no work noun before them; the
    # second, which has a finite verb, was read as a direct quote
    text = (
        "Der am 24.04.1922 geborene Delmare hat früher in vielen großen DEFA-Produktionen "
        "mitgespielt. So zum Beispiel in „Nackt unter Wölfen“ oder „Jeder stirbt für sich "
        "allein“."
    )
    result = extractor.extract(text)
    found = [(e.text, e.label) for e in result.entities]
    assert ("Nackt unter Wölfen", "MISC") in found, found
    assert ("Jeder stirbt für sich allein", "MISC") in found, found
    assert "Jeder stirbt für sich allein" not in [q.text for q in result.quotes]


def test_a_list_of_three_songs_and_of_type_codes(extractor: claimex.Extractor) -> None:
    # spkatt-news-48551 (songs) and spkatt-news-54568 (tram types: codes, also in lower case)
    songs = (
        "Berühmt geworden ist er in der breiten Öffentlichkeit für seine Interpretation "
        "russischer Folklore-Lieder wie „Kalinka“, „Moskauer Nächte“ oder „Schwarze Augen“."
    )
    found = _ents(extractor, songs)
    for title in ("Kalinka", "Moskauer Nächte", "Schwarze Augen"):
        assert (title, "MISC") in found, found
    trams = (
        "Die Wiener Linien GmbH & Co KG, in letzter Zeit nicht immer für Sicherheit, dafür "
        "aber für Datenschutzskandale, Diskriminierung und Unfälle bekannt, erneuern nach "
        "langem Tauziehen und einer Anzeige des Verkehrs-Arbeitsinspektorates, da die Wiener "
        "Linien Prüfberichte nicht vorgelegt hatten, die Sicherheitssysteme der Türen der "
        "Straßenbahntypen „E1“ und „E2“ und die der dazugehörigen Beiwagen „c4“ und „c5“."
    )
    found = _ents(extractor, trams)
    for code in ("E1", "E2", "c4", "c5"):
        assert (code, "MISC") in found, found


def test_quoted_words_of_a_list_that_are_no_titles_stay_untagged(
    extractor: claimex.Extractor,
) -> None:
    # spkatt-news-28736: adjectives in lower case in quotation marks, gold none (the rule
    # asks for capitalised members; the gold of both train halves gives such lists no
    # entity); unchanged behaviour, kept as the rule's boundary
    text = "Dieser bestehe aus „repressiven“ und „präventiven“ Maßnahmen."
    assert _ents(extractor, text) == []


def test_a_variety_name_and_a_study_title_are_misc(extractor: claimex.Extractor) -> None:
    # spkatt-news-61557 ("Sortennamen", lexicon/work_nouns.txt "Sortenname": the NER
    # tagged "Fortuna" ORG) and spkatt-news-79492 ("Studie": the NER tagged "Berlin"
    # inside the title LOC)
    variety = (
        "Die neue transgene Kartoffelsorte, für die BASF eine Genehmigung erwirken möchte, "
        "trägt den Sortennamen „Fortuna“ und ist eine Speisekartoffel."
    )
    assert ("Fortuna", "MISC") in _ents(extractor, variety)
    study = (
        "Die Studie trägt den Titel „Linke Gewalt in Berlin 2009 - 2013“, und die "
        "Ergebnisse wurden mit der vorhergehenden Studie „Linke Gewalt in Berlin 2003 bis "
        "2008“ verglichen."
    )
    found = _ents(extractor, study)
    assert ("Linke Gewalt in Berlin 2003 bis 2008", "MISC") in found, found
