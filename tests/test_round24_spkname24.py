"""Round 24, spkname24: how a found speaker is named. A person noun that the lemma table
does not know, but whose feminine form in -in Wiktionary lists (lexicon/wiktionary_nouns.txt:
"Beobachterin"), is a person noun, so a bare plural subject of a cue verb ("Beobachter
hatten … betrachtet") is an unnamed source, not the names in its object. Measured on the
four tuned files (docs/entity_rules.md, "Round 24: spkname24")."""

from __future__ import annotations

import claimex


def test_bare_person_noun_with_a_listed_feminine_form_speaks(
    extractor: claimex.Extractor,
) -> None:
    """The noun "Beobachter" has no "-innen" form in the lemma table; Wiktionary lists
    "Beobachterin": the observers speak, not Chirac and Merkel named in the object
    (German Wikinews, CC BY 2.5, spkatt-news-49225; before: "Jacques Chirac; Angela
    Merkel")."""
    text = (
        "So vertrage sich Sarkozy nicht sehr gut mit der deutschen Bundeskanzlerin Angela "
        "Merkel. Beobachter hatten das Verhältnis von Chirac und Merkel als entspannter "
        "betrachtet."
    )
    found = [(q.text, q.speaker_name) for q in extractor.extract(text).quotes]
    speakers = [speaker for quote, speaker in found if "Verhältnis von Chirac" in quote]
    assert speakers == ["Beobachter"], found
