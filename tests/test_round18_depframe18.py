"""Quote finding, round 18 (depframe18): the dependency frame ``indirect.dependency``
reaches further over the parse. Errors read on the Wikinews train split's half train_b,
measured on train_a, the dev split and dev_news. The sentences are from German Wikinews
(CC BY 2.5, "Wikinews contributors"), doc ids as cited, read from train_b; each failed
before the change.
"""

from __future__ import annotations

import claimex


def _quotes(extractor: claimex.Extractor, text: str) -> list[tuple[str, str | None, str | None]]:
    """(text, speaker, pattern) of each quote found in ``text``."""
    return [(q.text, q.speaker_name, q.pattern) for q in extractor.extract(text).quotes]


def test_interrogative_complement(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-80211: the cue's complement is a w-clause
    # (UD ccomp opening with "wie"), which the dass pattern takes only for a few verbs
    text = (
        "Vor Gericht hatten Augenzeugen berichtet, wie Mair die Parlamentarierin vor ihrer "
        "Bürgerstunde attackierte."
    )
    assert _quotes(extractor, text) == [
        (
            "wie Mair die Parlamentarierin vor ihrer Bürgerstunde attackierte",
            "Augenzeugen",
            "indirect.dependency.interrogative",
        )
    ]


def test_frame_over_an_unsourced_konjunktiv_reading(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-71772, its "kann" in the Konjunktiv
    # "könne" as reported speech writes it: the Konjunktiv reading took the whole
    # sentence and named no speaker; the cue's own frame names one
    text = (
        "Die EU-Kommission schlug vor, zu prüfen, ob mit dem Kosovo ein anderes Abkommen "
        "geschlossen werden könne."
    )
    assert _quotes(extractor, text) == [
        (
            "zu prüfen, ob mit dem Kosovo ein anderes Abkommen geschlossen werden könne",
            "EU-Kommission",
            "indirect.dependency",
        )
    ]
