"""Speaker resolution on real Wikinews sentences (German Wikinews, CC BY 2.5, "Wikinews
contributors"; articles of the project's dev split) through components/speakers.py:

- attributes and pronouns: a genitive attribute is never the source, a pronoun continues
  the chain of the subject pronoun before it, an attribute is the last choice as an
  antecedent, and a name resolved as a source before counts where it is nearer;
- organisation descriptions: a compound type word refers to the actor it stood before as a
  title ("Die Umweltschutzorganisation WWF" … "der Umweltschutzorganisation"), never to
  just any earlier organisation ("die Ärztezeitung" is no other outlet), and a hyphen
  compound on an organisation's name is that organisation ("der Landes-SPD" -> SPD)."""

from __future__ import annotations

import pytest

import claimex

CASES = [
    pytest.param(
        "Die Universität Bayreuth hat dem früheren Verteidigungsminister Karl-Theodor zu "
        "Guttenberg den Doktortitel aberkannt. Zu Guttenberg hatte zwar Fehler eingeräumt. "
        "Der Doktorvater zu Guttenbergs, Peter Häberle, erklärte in einem "
        "Zeitungsinterview, über den Versuch, die Veröffentlichung des Gutachtens zu "
        "verhindern, sei er „existenziell enttäuscht“.",
        "über den Versuch",
        "Peter Häberle",
        id="apposition-after-genitive-attribute",
    ),
    pytest.param(
        "1969 betrat Neil Alden Armstrong als erster Mensch den Mond. Heute wurde der am "
        "5. August 1930 in dem kleinen Ort Wapakoneta (Ohio) geborene ehemalige Astronaut "
        "75 Jahre alt. Nach seiner Zeit als Militärflieger im Koreakrieg wurde er Testpilot "
        "und seit 1962 Astronaut in der NASA. Er war es, der das von Präsident Kennedy am "
        "25. Mai 1961 in einer berühmt gewordenen Rede formulierte Ziel, binnen eines "
        "Jahrzehnts einen Menschen auf den Mond zu bringen, verwirklichen sollte. Nach "
        "einem dreitägigen Flug mit Apollo 11 zusammen mit seinen Kollegen Edwin Aldrin und "
        "Michael Collins lenkte er am 20. Juli 1969 die Mondlandefähre „Eagle“ zu einem "
        "Landeplatz im Meer der Ruhe auf dem Erdtrabanten und meldete sich mit den Worten: "
        "„Houston, Tranquillity Base here. The Eagle has landed.“",
        "Houston, Tranquillity",
        "Neil Alden Armstrong",
        id="pronoun-chain-past-prepositional-names",
    ),
    pytest.param(
        "Lötzsch, die eine Doppelspitze gemeinsam mit Klaus Ernst bildet, hat nun eine "
        "defensive Haltung eingenommen. Sie verteidigte jüngste Erfolge und hielt der "
        "Forderung nach einer Öffnung die programmatischen Eckpfeiler der Partei entgegen, "
        "also die Ablehnung der Inanspruchnahme der Bundeswehr für außenpolitische Ziele. "
        "Sie schlug vor, diesen Punkten absolute Priorität beizumessen und weitere "
        "strategische Maßnahmen zurückzustellen.",
        "diesen Punkten",
        "Lötzsch",
        id="genitive-attribute-no-antecedent",
    ),
    pytest.param(
        "Robert Chow von der Organisation Occupy with Love and Peace rief zum Ende der "
        "Proteste auf. Er sagte, er wolle nicht, dass erneut so viele Menschen auf die "
        "Straße gingen. C.Y. Leung, der am Montag auf einer Veranstaltung in der an "
        "Hongkong grenzenden Provinz Guandong war, sagte ohne auf die aktuelle Entwicklung "
        "direkt einzugehen, dass er hoffe, dass die Proteste ohne einen größeren Konflikt "
        "zu Ende gehen würden. Am Tag zuvor hatte er bereits gesagt, dass er Gewalt nur als "
        "äußerstes Mittel zur Beendung der Proteste einsetzen wolle.",
        "dass er Gewalt",
        "C.Y. Leung",
        id="nearer-named-source",
    ),
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
