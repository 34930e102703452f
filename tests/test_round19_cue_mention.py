"""The cue mention of an according-to phrase covers the phrase its cue lemma names.

Sentence from German Wikinews (CC BY 2.5), train_b doc spkatt-news-6103.
"""

from __future__ import annotations

import claimex

SENTENCE = "Die Brandursache ist nach Angaben der Bundespolizeidirektion Wien unklar."


def test_nach_angaben_cue_mention_covers_the_phrase(extractor: claimex.Extractor) -> None:
    [quote] = extractor.extract(SENTENCE).quotes
    assert quote.cue == "nach Angaben"
    assert quote.cue_mention is not None
    assert quote.cue_mention.text == "nach Angaben"
    start = SENTENCE.index("nach Angaben")
    assert (quote.cue_mention.start, quote.cue_mention.end) == (start, start + len("nach Angaben"))
