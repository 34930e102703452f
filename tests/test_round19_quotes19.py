"""Quote finding, round 19 (quotes19): quote precision and recall (issue 15). Errors read
on the Wikinews train split's half train_b, measured on train_a, the dev split and
dev_news. The sentences are from German Wikinews (CC BY 2.5, "Wikinews contributors"),
doc ids as cited, read from train_b; each failed before the change.
"""

from __future__ import annotations

import claimex


def _quotes(extractor: claimex.Extractor, text: str) -> list[tuple[str, str | None, str | None]]:
    """(text, speaker, pattern) of each quote found in ``text``."""
    return [(q.text, q.speaker_name, q.pattern) for q in extractor.extract(text).quotes]


def test_cue_of_a_subordinate_clause_keeps_the_main_clause_narrated(
    extractor: claimex.Extractor,
) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-48687: the indicative main clause narrates;
    # the cue verb "informieren" stands in the weil-clause (with the Konjunktiv II
    # "wollten"), so it does not make the sentence a continuation of the statement before
    text = (
        "Claudia Pfeiffer, Geschäftsführerin des KAV-Berlin, erklärte, die Arbeitgeberseite "
        "werde auch längere Streikmaßnahmen durchstehen. Die Webseite der Berliner "
        "Verkehrsbetriebe (BVG) war am Dienstag zeitweise nicht erreichbar, weil sich "
        "tausende Fahrgäste über den bevorstehenden Arbeitskampf bei der BVG informieren "
        "wollten."
    )
    found = _quotes(extractor, text)
    assert [t for t, _, _ in found] == [
        "die Arbeitgeberseite werde auch längere Streikmaßnahmen durchstehen"
    ], found
