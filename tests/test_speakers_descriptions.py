"""Organisation descriptions as sources on real Wikinews sentences (components/speakers.py):
a compound type word refers to the actor it stood before as a title ("Die
Umweltschutzorganisation WWF" … "der Umweltschutzorganisation"), never to just any
earlier organisation ("die Ärztezeitung" is no other outlet), and a hyphen compound on an
organisation's name is that organisation ("der Landes-SPD" -> SPD)."""

from __future__ import annotations

import pytest

import claimex

CASES = [
    pytest.param(
        "Die Umweltschutzorganisation WWF gab in einer Pressemitteilung bekannt, dass sie "
        "den Beschluss des Umweltministers akzeptiere. Der Beschluss ist laut WWF in "
        "Absprache mit Wildbiologen und Bärenexperten getroffen worden. Die "
        "Umweltschutzorganisation hofft jedoch, dass es noch gelingt, den Bären lebendig "
        "einzufangen. Der Abschuss des Bären rechtfertige sich nach Meinung der "
        "Umweltschutzorganisation durch die Gefährdung für Menschen.",
        "Der Abschuss",
        "WWF",
        id="compound-type-word-after-title",
    ),
    pytest.param(
        "Die Deutsche Welle zitiert aus der bolivianischen Zeitung „Hoy Bolivia“, wonach "
        "Boliviens Ministerpräsident Evo Morales die Schuld an der Epidemie dem "
        "Klimawandel gebe. Wie die Ärztezeitung in ihrer Onlineausgabe berichtet, ist auch "
        "Brasilien von der Dengue-Epidemie betroffen.",
        "ist auch Brasilien",
        "Ärztezeitung",
        id="compound-outlet-is-no-earlier-outlet",
    ),
    pytest.param(
        "Nun beantwortete Reinhold Gall, Parlamentarischer Geschäftsführer der "
        "SPD-Landtagsfraktion, Fragen eines Wikinews-Benutzers zu den Gesetzentwürfen. "
        "Diesen Vorgaben entspricht der Gesetzentwurf für ein novelliertes Polizeigesetz "
        "nach Meinung der Landes-SPD nicht. Das Militanzverbot unterstütze die SPD „voll "
        "umfänglich“.",
        "Diesen Vorgaben",
        "SPD",
        id="hyphen-compound-on-party-name",
    ),
]


@pytest.fixture(scope="module")
def extractor() -> claimex.Extractor:
    return claimex.load()


@pytest.mark.parametrize(("text", "quote_start", "speaker"), CASES)
def test_speaker(extractor: claimex.Extractor, text: str, quote_start: str, speaker: str) -> None:
    result = extractor.extract(text)
    at = text.index(quote_start)
    quotes = [q for q in result.quotes if q.start <= at < q.end]
    assert quotes, [q.text for q in result.quotes]
    assert quotes[0].speaker_name == speaker
