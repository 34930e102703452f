"""Speaker errors of the Wikinews train split (round 7, quotes attributed to the wrong
named actor), each on a sentence of the article it was found in: German Wikinews (CC BY
2.5, "Wikinews contributors"). Every case failed before its fix; the fixes are general."""

from __future__ import annotations

import claimex

# German Wikinews (CC BY 2.5), spkatt-news-4561
STOIBER = (
    "Diese Botschaft hat in den Oppositionsparteien scharfe Kritik ausgelöst. "
    "Der bayerische CSU-Vorsitzende, Edmund Stoiber, warf der SPD eine schreckliche "
    "Fehlentwicklung vor."
)


def test_subject_with_apposition_before_cue_speaks(extractor: claimex.Extractor) -> None:
    """A subject that fills the field before the cue with a comma-set apposition speaks;
    the dative noun phrase after the cue ("der SPD"), which the parse also calls a
    subject, is the one addressed."""
    quotes = extractor.extract(STOIBER).quotes
    reported = [q for q in quotes if q.pattern == "reported.object"]
    assert len(reported) == 1
    assert "schreckliche Fehlentwicklung" in reported[0].text
    assert reported[0].speaker_name == "Edmund Stoiber"
