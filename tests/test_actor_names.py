"""Actor names: the fullest form the article writes, not a clipped or split one.

Real news sentences (Wikinews style) through the bundled pipeline; each case failed before
the fix it names (genitive -s, name words the recogniser left out, organisation head nouns).
"""

from __future__ import annotations

import pytest

import claimex

CASES = [
    pytest.param(
        "Zusammen mit seinen Kollegen Edwin Aldrin und Michael Collins lenkte er am "
        "20. Juli 1969 die Mondfähre.",
        "Michael Collins",
        id="final-s-after-und-is-part-of-the-name",
    ),
    pytest.param(
        "Die Armee setzte seinen Sohn als Nachfolger ein. Generalstabschef Zakari Nandja "
        "erklärte hingegen, damit solle ein Machtvakuum vermieden werden.",
        "Zakari Nandja",
        id="surname-left-out-by-the-recogniser",
    ),
    pytest.param(
        "Die Rechtsanwältin Ayaan Hirsi Ali erhielt am Sonntag den Preis. Hirsi Ali sagte, "
        "sie freue sich darüber.",
        "Ayaan Hirsi Ali",
        id="name-recognised-in-two-pieces",
    ),
]


@pytest.mark.parametrize(("text", "name"), CASES)
def test_actor_gets_the_full_name(extractor: claimex.Extractor, text: str, name: str) -> None:
    names = [actor.name for actor in extractor.extract(text).actors]
    assert name in names


def test_title_before_a_name_stays_outside(extractor: claimex.Extractor) -> None:
    text = "Die Kommissarinnen Karin Gorniak und Anna Bach ermitteln in Dresden."
    names = [actor.name for actor in extractor.extract(text).actors]
    assert "Karin Gorniak" in names


def test_common_noun_after_a_name_stays_outside(extractor: claimex.Extractor) -> None:
    text = "Kurz nach dem Start in Fort Lauderdale bekam der Pilot Charles Riggs Probleme."
    names = [actor.name for actor in extractor.extract(text).actors]
    assert "Charles Riggs" in names


ORG_CASES = [
    pytest.param(
        "Die Universität Bayreuth hat dem Politiker den Doktortitel aberkannt. Die "
        "Universität erklärte, sie wolle den Vorwurf weiter prüfen.",
        "Universität Bayreuth",
        id="head-noun-of-a-name-with-a-place",
    ),
    pytest.param(
        "Der Deutsche Bundestag beschloss am Donnerstag das Gesetz. Im Bundestag stimmten "
        "nur die Grünen dagegen.",
        "Deutsche Bundestag",
        id="last-word-of-a-name-with-an-adjective",
    ),
]


@pytest.mark.parametrize(("text", "name"), ORG_CASES)
def test_short_organisation_form_joins_the_full_name(
    extractor: claimex.Extractor, text: str, name: str
) -> None:
    actors = extractor.extract(text).actors
    full = [actor for actor in actors if actor.name == name]
    assert len(full) == 1
    short = name.split()[0] if name.startswith("Universität") else name.split()[-1]
    assert short in {m.text for m in full[0].mentions}
    assert short not in [actor.name for actor in actors]
