"""Round 10 (issue 15, attribution): names right after a title or function noun, by the
entity rule ``role_names`` (components/person_names.py), which makes the speaker the
actor's name. Sentences from German Wikinews (CC BY 2.5, "Wikinews contributors"), read from
the train split half A; each case failed before the change."""

from __future__ import annotations

import pytest

import claimex

from .entity_docs import entities_found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # German Wikinews (CC BY 2.5), spkatt-news-66791: a clergy title (roles.txt) in
        # the genitive, read by its lemma; the NER tagged the name a place
        pytest.param(
            "Nach Angaben des Priesters Samaan Ibrahim griffen Bewaffnete die Demonstranten an.",
            "Samaan Ibrahim",
            id="genitive-title-over-loc",
        ),
        # German Wikinews (CC BY 2.5), spkatt-news-54964: a name the tagger calls a
        # common noun, which neither the lemma table nor common_nouns.tsv knows
        pytest.param(
            "Laut ROG wurden der Blogger Zarganar zu 59 Jahren Haft und der "
            "Internetdissident Nay Phone Latt zu 20 Jahren Haft verurteilt.",
            "Zarganar",
            id="unknown-common-noun-tag",
        ),
        # German Wikinews (CC BY 2.5), spkatt-news-71936: an inflected title, by its lemma,
        # over a name the NER tagged a place
        pytest.param(
            "Deshalb müsse \N{DOUBLE LOW-9 QUOTATION MARK}die Politik des ugandischen "
            "Präsidenten Museveni zentraler Bestandteil der Lösung dieses Problems "
            "sein\N{LEFT DOUBLE QUOTATION MARK}.",
            "Museveni",
            id="inflected-title",
        ),
    ],
)
def test_name_after_title_is_a_person(extractor: claimex.Extractor, text: str, name: str) -> None:
    assert (name, "PER") in entities_found(extractor, text)


def test_speaker_is_the_name_after_the_title(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-66791: the speaker is the actor's name,
    # without the title ("Priester Samaan Ibrahim" before)
    result = extractor.extract(
        "Nach Angaben des Priesters Samaan Ibrahim griffen Bewaffnete die Demonstranten an."
    )
    assert [q.speaker_name for q in result.quotes] == ["Samaan Ibrahim"]
    assert "Samaan Ibrahim" in [a.name for a in result.actors]
