"""Round 28, speed28 (issue 15, claimex's overhead over bare spaCy): entity rules that
scanned every token now look only where their construction can begin (``league_names``: a
league's first word or a hyphenated word; ``complement_org_names``: the word before "für";
``quoted_names``: the word before a quotation mark, these through the token view's shared
:meth:`~claimex.components.doctokens.TokenView.positions`; ``compound_org_names``: hyphenated
words; ``web_domains``: words with a period). Same answers; sentences from German
Wikinews (CC BY 2.5, "Wikinews contributors", the train_b half of
models/gold/wikinews/train.jsonl), credited by document id."""

from __future__ import annotations

from spacy.tokens import Span

import claimex
from claimex.components.doctokens import token_view
from claimex.components.entities import EntityNormalizer
from claimex.components.entity_orgs import complement_org_names, compound_org_names
from claimex.components.entity_products import league_names
from claimex.components.entity_titles import quoted_names
from claimex.components.name_repair import _web_domains

# spkatt-news-33262 (two sentences, not adjacent: a remit in quotation marks, one without)
JUNTA = (
    "Die Militärjunta Thailands, die sich selbst „Rat für Demokratische Reform unter der "
    "Konstitutionellen Monarchie (CDRM)“ nennt und seit dem 19. September in Thailand die "
    "politische Macht ausübt, will auch nach der Übergabe der Amtsgeschäfte an eine "
    "Interimsregierung nicht von der politischen Bühne verschwinden, sondern der neuen "
    "Regierung „assistieren“. Dabei werde der Rat für nationale Sicherheit weder den "
    "Premierminister ersetzen noch diesem untergeordnet sein."
)
# spkatt-news-15578
RESULTS = "Hier sind die Ergebnisse aus der 1. Fußball-Bundesliga zu finden."
# spkatt-news-47872 (a hyphenated word that is no league before one that is)
MATCHDAY = (
    "Bundesliga-Tabelle Der neunzehnte Spieltag der Fußball-Bundesliga 2007 / 2008 wurde "
    "vom 8. bis 10. Februar 2008 ausgetragen."
)

# spkatt-news-19094 (a quoted word after an article, a quoted name after "Firma")
CESSNA = (
    "Die „Cessna“ wird von der im Land ansässigen Firma „Associated Mission Aviation“ betrieben."
)
# spkatt-news-31955
DARFUR = (
    "Die Vorwürfe richten sich gegen die Dschandschawid-Miliz und Rebellenorganisationen, "
    "die in Darfur, im Westen des Landes, aktiv sind, gegen die ugandische Lord "
    "\N{RIGHT SINGLE QUOTATION MARK}s Resistance Army und gegen tschadische "
    "Oppositionstruppen, aber auch gegen die sudanesiche Armee."
)
# spkatt-news-48553 (a domain in quotation marks, a sentence period)
DOMAIN = "Für die neue generische Top-Level-Domain „.asia“ begann die Echtzeit-Registrierung."


def _found(spans: list[Span], label: str) -> list[str]:
    return [span.text for span in spans if span.label_ == label]


def test_positions_are_the_tokens_of_the_wanted_words(extractor: claimex.Extractor) -> None:
    doc = extractor.nlp(JUNTA)
    view = token_view(doc)
    texts = [token.text for token in doc]
    assert view.vocabulary() == frozenset(texts)
    assert view.positions({"für"}) == [i for i, text in enumerate(texts) if text == "für"]
    assert len(view.positions({"für"})) == 2
    assert view.positions({"für", "Rat"}) == [
        i for i, text in enumerate(texts) if text in ("für", "Rat")
    ]
    assert view.positions({"Bundesliga"}) == []  # none in the doc: no scan


def test_remit_complements_are_still_found_before_each_fuer(
    extractor: claimex.Extractor,
) -> None:
    doc = extractor.nlp(JUNTA)
    untagged = [span for span in doc.ents if span.label_ != "ORG"]
    assert "Rat für nationale Sicherheit" in _found(complement_org_names(doc, untagged), "ORG")


def test_league_names_begin_at_a_first_word_or_a_hyphenated_word(
    extractor: claimex.Extractor,
) -> None:
    results = extractor.nlp(RESULTS)
    assert _found(league_names(results, []), "MISC") == ["1. Fußball-Bundesliga"]
    matchday = extractor.nlp(MATCHDAY)
    assert _found(league_names(matchday, []), "MISC") == ["Fußball-Bundesliga"]


def test_quoted_names_follow_an_organisation_word(extractor: claimex.Extractor) -> None:
    doc = extractor.nlp(CESSNA)
    assert _found(quoted_names(doc, []), "ORG") == ["Associated Mission Aviation"]


def test_compound_org_names_are_hyphenated_words(extractor: claimex.Extractor) -> None:
    normalizer = extractor.nlp.get_pipe("claimex_entities")
    assert isinstance(normalizer, EntityNormalizer)
    known = normalizer.known_word
    doc = extractor.nlp(DARFUR)
    assert _found(compound_org_names(doc, [], known), "ORG") == ["Dschandschawid-Miliz"]


def test_web_domains_are_words_with_a_period(extractor: claimex.Extractor) -> None:
    # ".asia" and the sentence's period hold one: only the first is a domain
    doc = extractor.nlp(DOMAIN)
    assert [text for text in token_view(doc).texts if "." in text] == [".asia", "."]
    assert _found(_web_domains(doc, []), "MISC") == [".asia"]
