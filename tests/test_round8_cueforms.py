"""Cue forms (round 8): a form of a cue verb that is far more often another word in news
is no cue form. Sentence from German Wikinews (CC BY 2.5, "Wikinews contributors"), train
split."""

from __future__ import annotations

import claimex


# German Wikinews (CC BY 2.5), spkatt-news-56063: "äußerst" is the adverb, not "du äußerst"
def test_adverb_aeusserst_is_no_cue(extractor: claimex.Extractor) -> None:
    text = (
        "Der als äußerst konservativ geltende Pfarrer Wagner hatte Mädchen in seiner "
        "Kirchengemeinde von solchen Funktionen ausgeschlossen."
    )
    assert not [q for q in extractor.extract(text).quotes if q.cue == "äußern"]
