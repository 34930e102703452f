"""Sentence boundaries that quotes and speakers are read by (round 24, helper sents24).

An opening quotation mark after a sentence's final mark opens the next sentence (spaCy's
sentencizer left it at the end of the one before); a number written in groups of three
digits ends a sentence with its period where the next word opens one; and the quote stage's
own cut after a number's period follows the same judgement, so an ordinal before a noun
("seines 100. Geburtstages") cuts no sentence. The sentences are from German Wikinews
(CC BY 2.5, "Wikinews contributors"), doc ids as cited, read from the train split of
models/gold/wikinews.
"""

from __future__ import annotations

import spacy

import claimex
from claimex.components.quotes.tokens import Tokens, sentence_ranges
from claimex.components.sentence_periods import glued_period

# German Wikinews (CC BY 2.5), spkatt-news-37511
BBC = (
    "Menschenrechtsorganisationen haben die Zustände im Zentralgefängnis von Brazzaville "
    "mehrmals kritisiert. „BBC News“ berichtet unter Berufung auf einen Gefängniswärter, "
    "dass die Gefangenen zunächst die Türen ihrer Zellen aufgebrochen haben und anschließend "
    "durch das Haupttor des Gebäudes ausgebrochen sind."
)
# German Wikinews (CC BY 2.5), spkatt-news-40419
POLICE = (
    "Die Veranstalter schätzten etwa 1.500 bis 2.000 Teilnehmer; nach Polizeiangaben waren "
    "es zirka 1.000. Zu der Demonstration hatten unter der Führung des Arbeitskreises "
    "Vorratsdatenspeicherung mehr als 20 Organisationen und Gruppen aufgerufen."
)
# German Wikinews (CC BY 2.5), spkatt-news-84342
SHULTZ = (
    "So trat er für eine CO2-Steuer ein, um den Klimawandel zu bekämpfen. In einem Essay, "
    "das anlässlich seines 100. Geburtstages veröffentlicht wurde, kritisierte er im "
    "vergangenen Jahr den Politikstil des damaligen US-Präsidenten Donald Trump."
)


def test_an_opening_mark_opens_the_next_sentence(extractor: claimex.Extractor) -> None:
    sentences = [s.text for s in extractor.nlp(BBC).sents]
    assert sentences[0].endswith("kritisiert.")
    assert sentences[1].startswith("„BBC News“ berichtet")


def test_a_closing_mark_stays_with_its_sentence() -> None:
    nlp = spacy.blank("de")
    nlp.add_pipe("claimex_sentence_periods")
    nlp.add_pipe("sentencizer")
    # German Wikinews (CC BY 2.5), spkatt-news-38180: a closing mark after a space
    text = (
        "Der Europäische Gerichtshof ist in der Vergangenheit häufig von den Gutachten "
        "abgewichen. “ Aber auch wenn das Gesetz fallen solle, bestünde keine Gefahr."
    )
    assert next(s.text for s in nlp(text).sents).endswith("abgewichen. “")


def test_a_number_in_groups_of_three_digits_ends_the_sentence(
    extractor: claimex.Extractor,
) -> None:
    assert glued_period("1.000.")
    assert glued_period("266.700.")
    assert not glued_period("1.0000.")
    tokens = [t.text for t in extractor.nlp(POLICE)]
    i = tokens.index("1.000")
    assert tokens[i + 1] == "."
    figures = {f.value for f in extractor.extract(POLICE).figures}
    assert 1000 in figures


def test_an_ordinal_before_a_noun_cuts_no_quote_sentence(extractor: claimex.Extractor) -> None:
    doc = extractor.nlp(SHULTZ)
    starts = {doc[lo].text for lo, _ in sentence_ranges(doc, Tokens(doc, [], {}))}
    assert "Geburtstages" not in starts
    quotes = extractor.extract(SHULTZ).quotes
    assert not any(q.text.startswith("Geburtstages") for q in quotes)
