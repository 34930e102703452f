"""The rules of ``claimex_entities`` (:mod:`claimex.components.entities`), in the order they
run: :data:`NORMALIZATION` over each NER span, then :data:`STAGE_RULES` over a doc's spans.
Every rule has an id (:func:`rule_ids`; one line each in docs/entity_rules.md)."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from claimex.components.common_phrases import adjective_org_names
from claimex.components.context_places import (
    kind_noun_places,
    locative_places,
    repeated_preposition_places,
    route_places,
)
from claimex.components.entity_drops import (
    cut_listed_end,
    drop_adjective,
    drop_common_noun,
    drop_common_word_misc,
    drop_listed,
    drop_non_name_pos,
    drop_non_place_word,
    drop_place_derivation,
    drop_place_noun,
    drop_single_letter,
    drop_truncated_compound,
)
from claimex.components.entity_events import edition_years, event_names
from claimex.components.entity_lists import (
    bracketed_acronyms,
    coordinated_miscs,
    coordinated_persons,
)
from claimex.components.entity_orgs import (
    acronym_names,
    club_places,
    complement_org_names,
    compound_org_names,
    described_org_mentions,
    media_short_names,
    quoted_org_names,
)
from claimex.components.entity_products import (
    articled_products,
    league_names,
    maker_models,
    product_lines,
    product_models,
    road_numbers,
    service_uses,
    type_codes,
)
from claimex.components.entity_spans import (
    articled_persons,
    common_word_persons,
    cut_lowercase,
    keep_bounds,
    propagate_names,
    strip_titles,
)
from claimex.components.entity_titles import (
    italic_names,
    media_names,
    media_titles,
    quoted_camel_names,
    quoted_names,
    quoted_title_lists,
    storm_names,
    work_mentions,
    work_names,
    work_titles,
)
from claimex.components.name_repair import REPAIRS, Repair, Rule
from claimex.components.org_boundaries import org_edge_words
from claimex.components.particle_places import continued_places
from claimex.components.person_names import PERSON_REPAIRS, role_names
from claimex.components.person_repairs import joined_persons, unknown_first_words
from claimex.components.place_names import place_compounds
from claimex.components.topographic_names import topographic_names
from claimex.components.town_names import town_names

if TYPE_CHECKING:
    from claimex.components.entities import EntityNormalizer

SpanRule = Callable[[Doc, int, int, str], tuple[int, int] | None]
"""A normalisation of one NER span: (doc, start, end, label) -> new bounds, None: drop it."""
Step = Callable[["EntityNormalizer", Doc, list[Span]], list[Span]]
"""A stage over all spans of a doc (non-overlapping, sorted by start)."""


def _adding(find: Callable[[Doc, list[Span]], list[Span]]) -> Step:
    """A finder of new names as a stage: its spans join, overlaps go to the longer span."""

    def step(_: EntityNormalizer, doc: Doc, spans: list[Span]) -> list[Span]:
        found = find(doc, spans)
        if not found and _sorted_apart(spans):
            return list(spans)  # what filter_spans would return
        return filter_spans([*spans, *found])

    return step


def _knowing(fix: Repair) -> Step:
    """A rule that receives the pipeline's German-word check (``known``) as a stage: every
    name repair (:class:`~claimex.components.name_repair.Repair`) and the stage's own rules
    that need the check."""

    def step(norm: EntityNormalizer, doc: Doc, spans: list[Span]) -> list[Span]:
        return fix(doc, spans, known=norm.known_word)

    return step


def _table_knowing(fix: Repair) -> Step:
    """A rule that needs the lemma table's German-word check without the Wiktionary nouns
    (``known``: ``EntityNormalizer.table_word``) as a stage."""

    def step(norm: EntityNormalizer, doc: Doc, spans: list[Span]) -> list[Span]:
        return fix(doc, spans, known=norm.table_word)

    return step


def _replacing(fix: Callable[[Doc, list[Span]], list[Span]]) -> Step:
    """A rule that returns the doc's whole new span list as a stage."""

    def step(_: EntityNormalizer, doc: Doc, spans: list[Span]) -> list[Span]:
        return fix(doc, spans)

    return step


def _sorted_apart(spans: list[Span]) -> bool:
    """Whether the spans are non-empty, sorted by start and do not overlap."""
    bounds = [(span.start, span.end) for span in spans]
    return all(start < end for start, end in bounds) and all(
        a[1] <= b[0] for a, b in pairwise(bounds)
    )


def _stage(rule: Rule[Repair]) -> Rule[Step]:
    """A name repair as a rule of the stage, run with the pipeline's German-word check
    (those that need it declare it: a noun cut off a place must be a German word, "Ohio
    River" stays whole; a hyphenated word that ends in one is no surname after a first
    name, "Rolf Hochhuth-Stück")."""
    return Rule(rule.id, rule.description, _knowing(rule.apply))


NORMALIZATION: tuple[Rule[SpanRule], ...] = (
    Rule(
        "cut_lowercase",
        "a name ends before a lower-case word or a number, particles do not end it "
        '("Lufthansa für vergleichbar" -> "Lufthansa"; one in capitals is an acronym: "der '
        "DEL\"), nor do the adjectives of an ORG's "
        'noun phrase after its preposition or article ("Bundesverband der deutschen Industrie"); '
        'a MISC keeps its numbers ("Xbox 360")',
        cut_lowercase,
    ),
    Rule(
        "strip_titles",
        "determiners, titles, functions and common nouns before a name stand outside it "
        '("Präsident Wladimir Putin" -> "Wladimir Putin"); a listed first name, a word the '
        'lemma table does not know and a capitalised foreign article begin the name ("Hailu '
        'Shawe", "Le Mans"), and so does a company\'s name before its legal form, however '
        'it is written ("ratiopharm GmbH"), and a capitalised word the tagger calls a '
        'foreign determiner ("Frauenfelder Zeitung") or a determiner its fine tag calls a '
        'noun or an attributive adjective ("Lake Placid", "Borussia Dortmund"); a '
        "person's name the NER began with "
        'a lower-case surname particle keeps it ("van Gaal", "von Kleist"), and a MISC a '
        'capitalised article inside a sentence ("Oper Die Meistersinger von Nürnberg")',
        strip_titles,
    ),
    Rule(
        "split_brackets",
        'an NER span whose bracket runs to its end is two names ("Wapakoneta (Ohio)"); a '
        "bracketed acronym is left to ``bracketed_acronyms``",
        keep_bounds,
    ),
    Rule(
        "cut_listed_end",
        "a word of lexicon/not_entities.txt ending a span of three words or more is cut off "
        '("Marco Reus Gelb" -> "Marco Reus")',
        cut_listed_end,
    ),
    Rule(
        "drop_listed",
        "spans listed in lexicon/not_entities.txt, and one-word nouns for a doctrine "
        '(lexicon/doctrine_suffixes.txt: "Nationalsozialismus"), are no entities',
        drop_listed,
    ),
    Rule(
        "drop_adjectives",
        'a one-word span tagged as an adjective is no entity ("russische"), unless it is '
        'a MISC of letters and digits ("i10")',
        drop_adjective,
    ),
    Rule(
        "drop_place_derivations",
        'a one-word non-PER span that is a known place + -er is no entity ("Nürnberger", '
        '"Kubaner")',
        drop_place_derivation,
    ),
    Rule(
        "drop_place_nouns",
        "an ORG or LOC of a place derivation and one common noun is no entity unless the "
        "gazetteer lists it, a LOC's noun is a kind of place or a listed place or an ORG's "
        'a news medium ("Pariser Rathaus", "Bagdader Krankenhäusern"; "Hamburger Hafen", '
        '"Weimarer Republik", "Freiburger Alpen", "Erkelenzer Zeitung" stay)',
        drop_place_noun,
    ),
    Rule(
        "drop_common_compounds",
        "a one-word PER or LOC that is a compound ending in a common German word of six "
        'letters or more is no entity ("Nobelpreisträger", "Onlinemedien"), nor a PER ending '
        'in a base form of the lemma table of eight letters or more ("Wahlergebnis") or a '
        'PER or LOC that lexicon/common_nouns.tsv lists ("in Armut") or that is a form of '
        'a Wiktionary common noun of lexicon/wiktionary_nouns.txt ("Bongos", "Rating"); a LOC '
        "ending in a street or square word of lexicon/street_heads.txt or in a place-name "
        'ending of place_name_endings.txt stays ("Dönhoffplatzes", "Baltringen"), and so does '
        "one of a name that German does not know and a place word written together "
        '("Vichtbachtal", "Hagenbachstadion")',
        keep_bounds,  # stands in for drop_common_compound, which needs the lemma table
    ),
    Rule(
        "drop_common_nouns",
        "a one-word span tagged as a common noun (a PER: by the UD tag, unless the STTS tag "
        'calls it a proper noun in a text of fewer than three sentences: "Onken") is no '
        "entity unless lexicon/known_names.txt "
        'lists it ("Gesprächen") or it is a LOC that is no German word (lemma table, '
        "lexicon/common_nouns.tsv) after a preposition of place, or without a determiner "
        "after the noun that says what it is or coordinated with a name "
        '("in Chabarowsk", "Siedlung Tapuah", "Bahia, Maranhao und Piaui"), or a street or '
        'square name written together (lexicon/street_heads.txt: "Kirchenstraße", '
        '"Judenplatz") or a place name on an ending of lexicon/place_name_endings.txt '
        '("Geichlingen") or of a name and a place word written together ("Vichtbachtal") or '
        'a French one linked by "sur", "en", ... ("Grez-sur-Loing"), or a MISC of letters '
        'and digits ("T3") or alone in quotation marks ("„Tatort“")',
        drop_common_noun,
    ),
    Rule(
        "drop_non_name_pos",
        'a one-word span tagged adverb, verb, pronoun, ... is no entity ("Nun", "Bald")',
        drop_non_name_pos,
    ),
    Rule(
        "drop_non_place_words",
        'a one-word LOC that is a form of a title or function ("nach dem Bundespräsidenten"), '
        'a word on -isch ("in Hebräisch") or what a number before it counts ("der 90 bis 120 '
        'Trawniki") is no place, nor is a single letter ("Anlage N"), whichever rule '
        "proposed it; gazetteer places stay",
        drop_non_place_word,
    ),
    Rule(
        "drop_title_phrases",
        "a PER of capitalised adjectives and a title or function is no name "
        '("Regierenden Bürgermeisters")',
        keep_bounds,  # stands in for drop_title_phrase, which needs the lemma table
    ),
    Rule(
        "drop_single_letters",
        'a one-word PER of a single letter is no name ("Plan B", "Dresden I")',
        drop_single_letter,
    ),
    Rule(
        "drop_truncated_compounds",
        'a span ending in a hyphen is the first part of a compound, no name ("Click- und '
        'Crowdworker")',
        drop_truncated_compound,
    ),
    Rule(
        "drop_common_phrases",
        "an ORG of two or more capitalised common nouns the lemma table knows, none a name or "
        'an organisation word, is no name ("Elektroautos Mangelware", "Parlament Änderungen")',
        keep_bounds,  # stands in for drop_common_phrase, which needs the lemma table
    ),
    Rule(
        "drop_common_word_miscs",
        "a MISC of words the lemma table knows as written, none tagged a proper noun, is no "
        'name ("Eisernen Lady", "Washingtoner Haus"); one word alone in quotation marks is '
        'a title ("„Oscar“")',
        drop_common_word_misc,
    ),
    Rule(
        "drop_lowercase_words",
        "a one-word span the document does not repeat whose lower-cased form is a word of "
        'the lemma table is no entity ("Empört", "Unklar", "Rein" at a sentence start)',
        keep_bounds,  # stands in for drop_lowercase_word, which needs the lemma table
    ),
)
"""The rules that normalise each NER span, in order (after the label map and edge trim)."""

STAGE_RULES: tuple[Rule[Step], ...] = (
    Rule(
        "gazetteer",
        "gazetteer names fix the label of the NER's span, are added where the NER missed "
        "them, and replace overlapping spans they explain (also several pieces of one "
        'listed name: "Girondins" + "Bordeaux" -> "Girondins Bordeaux")',
        lambda norm, doc, spans: norm.apply_gazetteer(doc, spans),
    ),
    *(_stage(rule) for rule in REPAIRS),
    *(_stage(rule) for rule in PERSON_REPAIRS),
    Rule(
        "adjective_org_names",
        "an ORG that begins with capitalised adjectives takes in the capitalised adjectives "
        'right before it ("Kurdischen" + "Demokratischen Partei")',
        _replacing(adjective_org_names),
    ),
    Rule(
        "described_org_mentions",
        "a name that an organisation word introduces, before it or heading its apposition, "
        "is an ORG in all its mentions "
        '("die Automarke Borgward ... Borgward tritt an", "Arriva, ein Tochterunternehmen")',
        _replacing(described_org_mentions),
    ),
    Rule(
        "role_names",
        "proper nouns German does not know right after a title or function, untagged or "
        'tagged ORG or LOC, are a PER ("Innenminister Usman Ngom")',
        _knowing(role_names),
    ),
    Rule(
        "continued_places",
        "a one-word LOC right before an untagged proper noun German does not know is the "
        'first word of a longer name and takes it in ("Fukushima I", "Dresden I")',
        _knowing(continued_places),
    ),
    Rule(
        "kind_noun_places",
        "a name German does not know right after a noun for a kind of settlement "
        "(lexicon/place_kind_nouns.txt), for a facility at a place "
        "(lexicon/place_facility_nouns.txt) or a division (lexicon/place_divisions.txt, then with "
        'it), and names coordinated with it, are LOCs ("die Hafenstadt Whitehaven", "der '
        'Insel Nias" PER -> LOC, "Provinz Helmand"); a span that begins with such a noun '
        '(no designator) keeps only the name ("Ferieninsel Mallorca" PER -> "Mallorca"); '
        "a name the NER tagged there needs only to be no form of the lemma table as it "
        'stands, a compound of a known head is a name ("Betriebsbahnhofes Rudolfsheim")',
        lambda norm, doc, spans: kind_noun_places(
            doc, spans, known=norm.known_word, exact=norm.exact_word
        ),
    ),
    Rule(
        "repeated_preposition_places",
        "an untagged name German does not know that the document puts after a preposition of "
        'place (lexicon/place_prepositions.txt) at least twice, or once after "in" or "nach" '
        '(lexicon/place_destination_prepositions.txt), is a LOC there ("in Sirte")',
        lambda norm, doc, spans: filter_spans(
            [*spans, *repeated_preposition_places(doc, spans, known=norm.known_word)]
        ),
    ),
    Rule(
        "locative_places",
        'an untagged name German does not know right after "von" and a word of position '
        "(lexicon/place_locatives.txt) is a LOC, also where the NER tagged it PER, ORG or "
        'MISC alone ("in der Nähe von Marun ar-Ras")',
        lambda norm, doc, spans: locative_places(doc, spans, known=norm.known_word),
    ),
    Rule(
        "listed_towns",
        "an untagged town of lexicon/towns.txt (GeoNames, no German word) is a LOC after a "
        "preposition of place, a regional adjective or coordinated with a place; so is a "
        'hyphenated town or city and district name ("in Altenmarkt", "nach Essen-Kettwig")',
        _knowing(town_names),
    ),
    Rule(
        "topographic_names",
        "an ORG or PER of several words that begins with a foreign topographic word "
        '(lexicon/topographic_words.txt) is a LOC ("Cape Canaveral", "Pulau Laki"), and so '
        "is an ORG or MISC of several words that ends in an English word for a kind of place "
        '(lexicon/topographic_tails.txt: "Hard Rock Stadium", "Camden Road")',
        _replacing(topographic_names),
    ),
    Rule(
        "articled_persons",
        "a one-word PER right after an article is no name unless it is a listed first name "
        'or the last word of a full name in the text ("das Wahlergebnis", "der Bär")',
        articled_persons,
    ),
    Rule(
        "common_word_persons",
        "a one-word PER that is a word form of the lemma table is no name unless it is a "
        "listed first name or known name, ends a fuller person name in the text or follows "
        'a capitalised word ("Heime und Gefängnisse", "des 13. Januars")',
        common_word_persons,
    ),
    Rule(
        "unknown_first_words",
        "an untagged word German does not know right before a PER of one or two words, at a "
        "sentence start or after a comma, colon, bracket or dash, is its first name "
        '("Indonesiens, Susilo Bambang Yudhoyono")',
        _knowing(unknown_first_words),
    ),
    Rule(
        "quoted_names",
        "a name in quotation marks after an organisation word is an ORG "
        '(die Denkfabrik "Institute for the Study of War")',
        _adding(quoted_names),
    ),
    Rule(
        "place_compounds",
        "an untagged hyphenated compound of a name and a place word "
        '(lexicon/place_compound_heads.txt) is a LOC ("Karl-Marx-Straße", "Awash-Fluss")',
        _adding(place_compounds),
    ),
    Rule(
        "media_titles",
        "a title in quotation marks after a noun for a news medium (lexicon/media_nouns.txt) "
        'is one ORG, replacing the spans inside ("Fachmagazins „Automobilwoche“")',
        _replacing(media_titles),
    ),
    Rule(
        "media_names",
        "the capitalised words right after a noun for a news medium, without quotation "
        'marks, are one ORG, replacing the spans inside ("der Zeitung China Daily", "das '
        'Nachrichtenportal EurActiv")',
        _knowing(media_names),
    ),
    Rule(
        "work_titles",
        "a title in quotation marks after a noun for a work, vehicle or storm "
        '(lexicon/work_nouns.txt) is one MISC, replacing the spans inside ("Raumfähre '
        '„Discovery“")',
        _replacing(work_titles),
    ),
    Rule(
        "road_numbers",
        "a German road number after an article or a road word (lexicon/road_words.txt) is a "
        'LOC ("Die A1 soll", "auf der A 35"); a plain number after a road noun is one LOC '
        'with it ("Bundesautobahn 14")',
        _replacing(road_numbers),
    ),
    Rule(
        "product_models",
        'an ORG right before a model code is one MISC with it ("Airbus A 300", '
        '"Boeing 757"); a MISC right before a version number takes it ("Windows 7")',
        _replacing(product_models),
    ),
    Rule(
        "work_names",
        "the capitalised words right after a noun for a work, vehicle or storm "
        "(lexicon/work_nouns.txt), without quotation marks, are one MISC, the noun outside "
        'it ("die Raumfähre Atlantis", "des Hurrikans Katrina"); it runs after '
        '``product_models``, which makes "LL 601" of an ORG "LL"',
        _knowing(work_names),
    ),
    Rule(
        "work_mentions",
        "a name that a noun for a work or vehicle introduces as a MISC is a MISC in its "
        'other mentions the NER tagged PER or ORG ("die Raumfähre Discovery" ... "die '
        'Discovery")',
        _replacing(work_mentions),
    ),
    Rule(
        "storm_names",
        "a one-word name right after a noun for a weather system (lexicon/storm_nouns.txt) "
        'is a MISC, also a given name ("Tropensturm Rita", "Zyklon Larry"), and so are the '
        "document's other one-word PER, ORG or LOC spans of that name",
        _replacing(storm_names),
    ),
    Rule(
        "maker_models",
        "an ORG with an untagged model name after it, a capitalised word that neither the "
        'lemma table nor the noun list knows, is a product, one MISC ("Tesla Roadster"; '
        "Wiktionary's nouns do not count: they include the loanwords that name models)",
        _table_knowing(maker_models),
    ),
    Rule(
        "product_lines",
        "a capitalised word and an English word that closes the name of a product's "
        "edition or line (lexicon/product_line_words.txt) are one MISC, with a version "
        'number after it ("VivaPress Professional", "Personal Edition", "Flash Player 8")',
        _replacing(product_lines),
    ),
    Rule(
        "type_codes",
        "a type designation outside the spans right after a noun is a product, a MISC "
        '("Kampfflugzeuges Su-27", "Produktlinien A380"); it runs after ``road_numbers`` and '
        "``product_models``, which take road numbers and codes after a maker",
        _adding(type_codes),
    ),
    Rule(
        "articled_products",
        "a listed maker (lexicon/product_makers.txt) tagged ORG after a determiner or an "
        'adjective is its product, a MISC ("Der Airbus", "eine Boeing", "dem Opel Ampera")',
        _replacing(articled_products),
    ),
    Rule(
        "quoted_camel_names",
        "an untagged capitalised word alone in quotation marks, unknown to German (lemma "
        'table, noun list, Wiktionary), is a MISC ("kurz: „OpenOffice“ oder „OOo“", '
        '"„Hamish“"); the id dates from when the word needed a capital inside it',
        _knowing(quoted_camel_names),
    ),
    Rule(
        "italic_names",
        "an untagged name in wiki italics (''…'') with no noun before it is a MISC "
        "(\"des ''Reinhard-Plans''\", \"''Europa21''\"): a proper noun inside, or one word "
        "German does not know",
        _knowing(italic_names),
    ),
    Rule(
        "quoted_title_lists",
        "two or more titles in quotation marks joined by a comma or a conjunction are each "
        'a MISC ("die Gemälde „Madonna“ und „Der Schrei“"), unless a member is no title, '
        "all are single words German knows, or another name lies inside a member",
        _knowing(quoted_title_lists),
    ),
    Rule(
        "league_names",
        "a listed sports league (lexicon/league_names.txt), also the last part of a "
        'compound, is a MISC with an ordinal before it ("2. Fußball-Bundesliga", "Serie B")',
        _replacing(league_names),
    ),
    Rule(
        "service_uses",
        "a one-word ORG naming an online service whose company bears its name "
        '(lexicon/service_names.txt) is a MISC after a preposition of use ("auf Twitter")',
        _replacing(service_uses),
    ),
    Rule(
        "event_names",
        "an ORG or LOC whose last word names an event, war or prize "
        '(lexicon/event_heads.txt) is a MISC ("Kaukasus-Konflikt", "Arabischen Frühling"); '
        'so is an untagged capitalised adjective with one ("Frankfurter Musikpreis")',
        _replacing(event_names),
    ),
    Rule(
        "edition_years",
        "a MISC that ends in the name of an event held in editions "
        '(lexicon/edition_heads.txt) takes the year right after it ("Olympischen Spiele '
        '2008"); wars and prizes do not ("Kaukasus-Konflikt 2008")',
        _replacing(edition_years),
    ),
    Rule(
        "quoted_org_names",
        "a name in quotation marks of which the NER tagged a part as an ORG is one ORG "
        '("„Allianz zur Europäischen Integration“", "„Ener1 Group Inc.“")',
        _replacing(quoted_org_names),
    ),
    Rule(
        "acronym_names",
        "the words before an acronym in brackets whose initials it fits are one ORG, in "
        "place of the NER's spans over them, where the acronym or one of them is an ORG "
        '("Kriminologischen Forschungsinstitut Niedersachsen (KFN)")',
        _replacing(acronym_names),
    ),
    Rule(
        "bracketed_acronyms",
        "an untagged acronym in brackets right after a non-person name whose initials it fits "
        'takes the name\'s label ("Bundesverband der Pharmazeutischen Industrie (BPI)")',
        _replacing(bracketed_acronyms),
    ),
    Rule(
        "coordinated_persons",
        "LOCs outside the gazetteer in a list of persons and places closed by a conjunction "
        'are PER, and so are their other mentions ("Schäuble, Beckstein oder Schönbohm")',
        _replacing(coordinated_persons),
    ),
    Rule(
        "coordinated_miscs",
        "ORGs in a list of names with a MISC and no person or place are MISCs "
        '("Facebook, Twitter und YouTube")',
        _replacing(coordinated_miscs),
    ),
    Rule(
        "route_places",
        'a PER or ORG at one end of "von ... nach" or "zwischen ... und" whose other end '
        'is a LOC is a LOC too ("von Chuquibamba nach Arequipa")',
        _replacing(route_places),
    ),
    Rule(
        "club_places",
        "the place word of a sports club the document names (a sports_club of "
        "lexicon/knowledge.tsv) is the club, an ORG, where no preposition of place puts it "
        '("1. FC Köln" ... "Köln ist einer der Absteiger"; "in Köln" stays LOC)',
        _replacing(club_places),
    ),
    Rule(
        "complement_org_names",
        'an untagged organisation word in the singular with a "für" complement without an '
        'article is one ORG ("der Rat für nationale Sicherheit"); not after an indefinite '
        "article or a lower-case adjective",
        _replacing(complement_org_names),
    ),
    Rule(
        "media_short_names",
        "the word of a listed media outlet named with an article is that outlet, an ORG, "
        'where it is cited as one: in quotation marks, after "laut" or before "zufolge" '
        '("dem „Figaro“ zufolge", "laut Spiegel")',
        _replacing(media_short_names),
    ),
    Rule(
        "compound_org_names",
        "an untagged hyphen compound of a one-word name German does not know (or a listed "
        'ORG) and an organisation word is an ORG ("die Dschandschawid-Miliz"); not an '
        'acronym or a listed place ("US-Regierung"), nor after an indefinite article',
        _knowing(compound_org_names),
    ),
    Rule(
        "propagate_names",
        "untagged repetitions of a tagged name, and the surname of a full person name, get "
        'its label ("Putin" after "Wladimir Putin")',
        _adding(propagate_names),
    ),
    Rule(
        "joined_persons",
        "two PER spans side by side, or with one word German does not know between them, "
        'are one PER ("Gabriel" + "Entcha-Ebia")',
        _knowing(joined_persons),
    ),
    Rule(
        "org_edge_words",
        "an ORG takes in the untagged words right before and after it whose tag and word "
        "class the gold's train split takes into an ORG at that edge in a clear majority "
        '(lexicon/org_boundaries.json: "Initiativ" + "Roude Léiw", "Aga" + "Khan '
        'University"); not a word that opens its sentence, nor after a genitive name, nor '
        'a person\'s title ("The9 CEO") or, before it, a noun for a kind of organisation',
        _knowing(org_edge_words),
    ),
)
"""The rules over a doc's spans, in order (after :data:`NORMALIZATION`)."""


def rules() -> list[Rule[SpanRule] | Rule[Step]]:
    """Every rule of ``claimex_entities`` in the order it runs.

    Example:
        >>> [rule.id for rule in rules()][:3]
        ['cut_lowercase', 'strip_titles', 'split_brackets']
    """
    return [*NORMALIZATION, *STAGE_RULES]


def rule_ids() -> list[str]:
    """The ids of :func:`rules`, for ``disabled_rules``."""
    return [rule.id for rule in rules()]
