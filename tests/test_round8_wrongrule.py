"""Round 8 (wrongrule): speakers the rules named for the impersonal "heißt es" / "hieß es".

A statement attributed only by an impersonal "heißt es" names no source: where neither a
document owner ("In der Pressemitteilung des WWF heißt es"), a source after a preposition
of origin ("hieß es vom Sprecher Mark Toner") nor a document noun ("im Abschlussbericht")
stands in its sentence, the quote has no speaker (``QuoteSpan.unnamed_source``), as the
gold annotation has it, instead of one guessed from the sentences around it. The
sentences are from German Wikinews (CC BY 2.5, "Wikinews contributors"), read from the odd
lines of the Wikinews train split; each case named "unnamed" failed before the change.
"""

from __future__ import annotations

import pytest

import claimex


def _quote(extractor: claimex.Extractor, text: str, start: str) -> claimex.Quote:
    """The quote of ``text`` whose content starts with ``start``."""
    found = [q for q in extractor.extract(text).quotes if q.text.startswith(start)]
    assert len(found) == 1, [q.text for q in extractor.extract(text).quotes]
    return found[0]


CASES = [
    # German Wikinews (CC BY 2.5), spkatt-news-18890
    pytest.param(
        "Die Feuerwehr hat nach eigenen Angaben bislang die Hälfte der Halle abgesucht. "
        "Es gebe noch Hohlräume, zu denen die Helfer wegen der Einsturzgefahr nicht "
        "vordringen konnten, hieß es.",
        "Es gebe noch Hohlräume",
        None,
        id="unnamed-hiess-es-after-named-body",
    ),
    # German Wikinews (CC BY 2.5), spkatt-news-17843
    pytest.param(
        "Delmare soll noch vor Weihnachten in eine Reha-Klinik verlegt werden. Eine "
        "Heilung der Krankheit sei jedoch ausgeschlossen, heißt es.",
        "Eine Heilung der Krankheit",
        None,
        id="unnamed-heisst-es-after-person",
    ),
    # German Wikinews (CC BY 2.5), spkatt-news-80961: the origin after "hieß es" speaks
    pytest.param(
        "Auch das Außenministerium der Vereinigten Staaten kritisierte den Anschlag als "
        "barbarische Tat. Oberste Priorität sei es, die Niederschlagung der Terroristen in "
        "Syrien, einschließlich des Islamischen Staats und al-Qaida, hieß es vom Sprecher "
        "Mark Toner.",
        "Oberste Priorität",
        "Mark Toner",
        id="named-hiess-es-vom",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), CASES)
def test_impersonal_heissen_es(
    extractor: claimex.Extractor, text: str, start: str, speaker: str | None
) -> None:
    quote = _quote(extractor, text, start)
    assert quote.pattern == "indirect.trailing"
    assert quote.speaker_name == speaker
