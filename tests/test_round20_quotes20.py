"""Quote finding, round 20 (quotes20): reported speech with a listed cue verb in a
construction the patterns missed (issue 15): the statement that leads into a quotation.
Errors read on the Wikinews train split's half train_b, measured on train_a, the dev split
and dev_news. The sentences are from German Wikinews (CC BY 2.5, "Wikinews contributors"),
doc ids as cited, read from train_b; the first failed before the change.
"""

from __future__ import annotations

import claimex


def _quotes(extractor: claimex.Extractor, text: str) -> list[tuple[str, str | None, str | None]]:
    """(text, speaker, pattern) of each quote found in ``text``."""
    return [(q.text, q.speaker_name, q.pattern) for q in extractor.extract(text).quotes]


def test_reported_lead_in_before_a_quotation_with_its_own_cue(
    extractor: claimex.Extractor,
) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-67014: the threat before the colon is a
    # statement of its own, since the quotation after it has its own cue ("sagte Gaddafi")
    text = (
        "Zuvor hatte der libysche Diktator Gaddafi mit dem Einsatz von Gewalt gegen den "
        "Luft- und Seeverkehr im Mittelmeer gedroht, sollte die UNO einen entsprechenden "
        "Beschluss fassen: „Alle militärischen und zivilen Luft- und Seefahrzeuge im und "
        "über dem Mittelmeer werden zu Zielen der libyschen Vergeltung“, sagte Gaddafi."
    )
    found = _quotes(extractor, text)
    assert [(t, p) for t, _, p in found] == [
        (
            "mit dem Einsatz von Gewalt gegen den Luft- und Seeverkehr im Mittelmeer",
            "reported.perfect",
        ),
        (
            "Alle militärischen und zivilen Luft- und Seefahrzeuge im und über dem "
            "Mittelmeer werden zu Zielen der libyschen Vergeltung",
            "direct.cue_after",
        ),
    ], found
    assert all(s is not None and "Gaddafi" in s for _, s, _ in found), found


def test_reported_lead_in_that_is_the_quotations_cue(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-60843: "warb … mit den Worten" is the cue
    # of the quotation after the colon, no statement of its own
    text = (
        "Im Kongress warb Obama für die Annahme eines Klimaschutzgesetzes mit den Worten: "
        "„Und das bedeutet den Bau einer neuen Generation sicherer und sauberer Atommeiler "
        "in diesem Land.“"
    )
    found = _quotes(extractor, text)
    assert [p for _, _, p in found] == ["direct.cue_before"], found
