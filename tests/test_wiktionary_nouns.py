"""The Wiktionary noun list's builder (``models.wiktionary_nouns.build``) on entries of
german-nouns 1.2.5 (de.wiktionary, CC BY-SA 4.0, "Wiktionary contributors, via
german-nouns"), written here with a few of their case and number columns."""

from __future__ import annotations

from models.wiktionary_nouns import build


def _row(lemma: str, pos: str, *forms: str) -> dict[str, str]:
    columns = ("nominativ singular", "nominativ plural", "genitiv singular", "dativ plural")
    return {"lemma": lemma, "pos": pos, "genus": "", **dict(zip(columns, forms, strict=False))}


ROWS = [
    _row("Polizei", "Substantiv", "Polizei", "Polizeien", "Polizei", "Polizeien"),
    _row("Verteidigung", "Substantiv", "Verteidigung", "Verteidigungen"),
    _row("Raketenverteidigung", "Substantiv", "Raketenverteidigung"),
    _row("Haus", "Substantiv", "Haus", "Häuser", "Hauses", "Häusern"),
    _row("Bundespolizei", "Substantiv", "Bundespolizei", "Bundespolizeien"),
    _row("Merkel", "Nachname,Substantiv", "Merkel"),
    _row("Berlin", "Substantiv,Toponym", "Berlin"),
]


def test_plain_nouns_the_lemma_table_lacks_are_kept() -> None:
    entries, kept = build(ROWS, frozenset())
    assert entries == 5  # the two name entries are not plain nouns
    assert {"Polizei", "Polizeien", "Verteidigung", "Verteidigungen"} <= set(kept)
    # the lemma table knows "Haus"; a compound of a kept form of eight letters or more
    # is found through its head by the German-word check and is not listed again
    assert not {"Haus", "Häuser", "Raketenverteidigung", "Merkel", "Berlin"} & set(kept)


def test_words_of_the_name_lists_are_left_out() -> None:
    # (its head "Polizei" has seven letters: the word check would not find it through it)
    _, kept = build(ROWS, frozenset())
    assert "Bundespolizei" in kept
    _, kept = build(ROWS, frozenset({"Bundespolizei"}))  # lexicon/known_names.txt lists it
    assert "Bundespolizei" not in kept
