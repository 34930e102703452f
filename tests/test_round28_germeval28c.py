"""Round 28 (helper germeval28c): places against GermEval 2014 test (CC BY 4.0,
/work/shared/data/ner/germeval2014/NER-de-test.tsv; sentence numbers count from 0 in file
order, their tokenisation undone) and the Wikinews train_b split; each case failed at
8dc83f5."""

from __future__ import annotations

import pytest

import claimex

from .entity_docs import entities_found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # GermEval 2014 test 1457: a stadium named by an unknown name and "Stadion" written
        # together; drop_common_nouns dropped it as a common noun
        (
            "Das Viertelfinale um die deutsche Jugendmeisterschaft bestreiten die Unicorns am "
            "31. Mai im Haller Hagenbachstadion.",
            "Hagenbachstadion",
        ),
        # GermEval 2014 test 2421: a valley named by its brook ("Vichtbach" + "tal")
        (
            "Er erstellte sie im Auftrag des Reichskammergerichts zu Speyer aufgrund eines "
            "jahrelangen Rechtsstreites zwischen der Abtei Kornelimünster und den Burgherren "
            "von Stolberg und zeigt detailgetreu das Vichtbachtal.",
            "Vichtbachtal",
        ),
        # GermEval 2014 test 4267: a town gate named by its saint ("Aegidien" + "tor")
        (
            "Das in der Kirche befindliche Chrysogonos-Relief stammt aus der um 1500 vor dem "
            "Aegidientor errichteten Liebfrauenkapelle.",
            "Aegidientor",
        ),
        # GermEval 2014 test 3610: a quarter named by a first name and "Stadt"
        # (lexicon/place_kind_nouns.txt)
        (
            "St. Thomas war etwa der geografische Mittelpunkt der dicht besiedelten "
            "Luisenstadt Berlins.",
            "Luisenstadt",
        ),
        # GermEval 2014 test 4585 and 948: a hall and a trail (lexicon/place_compound_tails.txt)
        (
            "Bei der Lindenhofhalle begegnete der Beamte gegen 18.30 Uhr einer Gruppe "
            "Jugendlicher.",
            "Lindenhofhalle",
        ),
        (
            "Erschließung Nahezu den gesamten Verlauf des Flusses begleitet ein gut ausgebauter "
            "Wanderweg, der Murgtalpfad.",
            "Murgtalpfad",
        ),
        # Wikinews train_b, spkatt-news-71489 (gold LOC): a sea named by its islands
        (
            "Die Hoffnung nach weiteren Überlebenden wurde jedoch noch nicht aufgegeben, da die "
            "hohen Wassertemperaturen in der Salomonensee in dieser Jahreszeit eine längere "
            "Überlebensdauer ermöglichen.",
            "Salomonensee",
        ),
    ],
)
def test_named_place_compound(extractor: claimex.Extractor, text: str, place: str) -> None:
    assert (place, "LOC") in entities_found(extractor, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # GermEval 2014 test 1040: a French place name whose parts "sur" links
        # (lexicon/place_name_links.txt); drop_common_nouns dropped it as a common noun
        (
            "Zusammen mit Siri und den Kindern schloss sich Strindberg der skandinavischen "
            "Künstlerkolonie im französischen Grez-sur-Loing an.",
            "Grez-sur-Loing",
        ),
        # GermEval 2014 test 3302
        (
            "Zuvor hatte Bulgarien im Vertrag von Neuilly-sur-Seine im November 1919 dieses "
            "Territorium an die Entente abgetreten.",
            "Neuilly-sur-Seine",
        ),
    ],
)
def test_linked_place_name(extractor: claimex.Extractor, text: str, place: str) -> None:
    assert (place, "LOC") in entities_found(extractor, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # Wikinews train_b, spkatt-news-52208 (gold LOC) and GermEval 2014 test 1621: a state
        # named by a place adjective and "Republik" (lexicon/place_adjective_heads.txt);
        # drop_place_nouns dropped it as a body named by its seat
        (
            "Entwickelt wurde der Volksempfänger allerdings schon während der Zeit der "
            "Weimarer Republik.",
            "Weimarer Republik",
        ),
        # GermEval 2014 test 2128: a place adjective before a listed place names a part of it
        # (drop_place_nouns kept "Alpen" alone, from the gazetteer)
        (
            "Als Tor zur Tourismusregion der Freiburger Alpen hatte Bulle besonders während der "
            "Wochenenden starken Durchgangsverkehr.",
            "Freiburger Alpen",
        ),
    ],
)
def test_place_adjective_name(extractor: claimex.Extractor, text: str, place: str) -> None:
    assert (place, "LOC") in entities_found(extractor, text)


def test_single_letter_is_no_place(extractor: claimex.Extractor) -> None:
    # GermEval 2014 test 1693: kind_noun_places took the letter after "Anlage" (a facility
    # noun) for a place; drop_non_place_words drops a one-letter LOC
    text = (
        "Die Ausgaben hierfür können Sie in voller Höhe als Betriebsausgaben oder "
        "Werbungskosten in der Anlage N geltend machen."
    )
    assert ("N", "LOC") not in entities_found(extractor, text)
