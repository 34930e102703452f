"""Person spans of the Wikinews train split's odd half (train_a, issue 14, round 9 ``perloc``)
that name no one, each on a sentence of the article it was found in: German Wikinews (CC BY
2.5, "Wikinews contributors"). The fixes are grammatical: capitalised adjectives and a title
are no name (``drop_title_phrases``), a single letter without a full stop is no person's
name (``drop_single_letters``), and a span ending in a hyphen is the first part of a compound
(``drop_truncated_compounds``)."""

from __future__ import annotations

import claimex

from .entity_docs import entities_found


def test_adjective_and_title_are_no_person(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-35318
    text = (
        "Klaus Wowereit (SPD) ist bei der Wahl des Regierenden Bürgermeisters im ersten "
        "Wahlgang durchgefallen."
    )
    entities = entities_found(extractor, text)
    assert ("Klaus Wowereit", "PER") in entities
    assert not any("Bürgermeister" in name for name, _ in entities)


def test_single_letter_is_no_person(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-7546
    text = (
        "Plan B ? Einen \N{DOUBLE LOW-9 QUOTATION MARK}Plan B\N{LEFT DOUBLE QUOTATION MARK} - "
        "für den Fall, dass entweder der Bundespräsident oder das Bundesverfassungsgericht "
        "das Verfahren für grundgesetzwidrig erklären sollten, gäbe es nicht, sagte der "
        "SPD-Vorsitzende Franz Müntefering nach dem Koalitionstreffen in Berlin."
    )
    entities = entities_found(extractor, text)
    assert ("Franz Müntefering", "PER") in entities
    assert ("B", "PER") not in entities


def test_numeral_of_a_constituency_is_no_person(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-12491
    text = (
        "Im Wahlkreis Dresden I wird erst am 2. Oktober gewählt, da eine Kandidatin der NPD "
        "verstarb."
    )
    assert ("I", "PER") not in entities_found(extractor, text)


def test_first_part_of_a_truncated_compound_is_no_place(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-82138
    text = (
        "Gegenwärtig arbeiten schätzungsweise 440.000 sogenannte Click- und Crowdworker in "
        "Deutschland."
    )
    result = extractor.extract(text)
    assert ("Deutschland", "LOC") in [(e.text, e.label) for e in result.entities]
    assert not any(e.text.endswith("-") for e in result.entities)
    assert "Click-" not in [p.name for p in result.places]
