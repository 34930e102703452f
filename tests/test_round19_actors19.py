"""Actor linking errors of the Wikinews train split (round 19, helper ``actors19``), each on
sentences of the article it was found in: German Wikinews (CC BY 2.5, "Wikinews
contributors"). Every case failed before its fix; the fix is general and was measured on
the other splits."""

from __future__ import annotations

import claimex

# German Wikinews (CC BY 2.5), spkatt-news-50016: an organisation's acronym with a listed
# place after it ("GEW Niedersachsen") is the organisation the acronym abbreviates
# ("Gewerkschaft Erziehung und Wissenschaft"), not an actor of its own.
GEW_TEXT = (
    "Die Gewerkschaft Erziehung und Wissenschaft und andere Verbände hatten daraufhin zu "
    "einer Kundgebung am heutigen 8. Mai nach Hannover aufgerufen. Mit der Ankündigung einer "
    "Modifizierung des Verordnungsentwurfs zeigte sich die GEW Niedersachsen noch nicht "
    "zufrieden. Ihr Vorsitzender Eberhard Brandt erklärte: „Die von der GEW und den "
    "Lehrerverbänden geforderte Rechtssicherheit für die sofortige Rückzahlung ist mit "
    "dieser Absichtserklärung nicht gewährleistet.“"
)


def test_acronym_with_a_place_joins_the_long_form(extractor: claimex.Extractor) -> None:
    actors = extractor.extract(GEW_TEXT).actors
    gew = [a for a in actors if "GEW" in a.name or "Gewerkschaft" in a.name]
    assert [a.name for a in gew] == ["Gewerkschaft Erziehung und Wissenschaft"]
    assert {m.text for m in gew[0].mentions} >= {"GEW Niedersachsen", "GEW"}
