"""The stem of a German noun in the strong genitive singular (-s or -es)."""

from __future__ import annotations

_VOWELS = frozenset("aeiouäöüy")


def genitive_stem(word: str, lemma: str) -> str:
    """``word`` (a genitive ending in -s) without its ending: -es where the lemma says so
    or, for a word the lemma table does not know, where the stem then ends in two
    consonants ("Landeskriminalamtes" -> "Landeskriminalamt"); else -s ("Ministeriums" ->
    "Ministerium"). A stem that keeps its -e ("Gebäudes") is known by the lemma.

    Example:
        >>> genitive_stem("Bundestages", "Bundestag"), genitive_stem("Flusses", "Fluß")
        ('Bundestag', 'Fluss')
        >>> genitive_stem("Landeskriminalamtes", "Landeskriminalamtes")
        'Landeskriminalamt'
        >>> genitive_stem("Gebäudes", "Gebäude"), genitive_stem("Ministeriums", "Ministerium")
        ('Gebäude', 'Ministerium')
    """
    if not word.endswith("es") or len(word) < 5:
        return word[:-1]
    stem = word[:-2]
    known = lemma.replace("ß", "ss")
    if known == stem.replace("ß", "ss"):
        return stem
    if known == word[:-1].replace("ß", "ss") or lemma != word:
        return word[:-1]
    cluster = stem[-1].lower() not in _VOWELS and stem[-2].lower() not in _VOWELS
    return stem if cluster else word[:-1]
