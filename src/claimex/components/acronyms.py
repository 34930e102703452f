"""Acronyms and abbreviations of organisation names: initials (:func:`acronym`), whether
a short form fits a name (:func:`acronym_fits`, :func:`abbreviates`) and whether a word is
one (:func:`is_acronym`)."""

from __future__ import annotations

from claimex.lexicon import words


def acronym(name: str) -> str:
    """Initials of a name's content words.

    Example:
        >>> acronym("Institute for the Study of War")
        'ISW'
    """
    stop = words("acronym_stopwords")
    return "".join(w[0] for w in name.split() if w.lower() not in stop and w[:1].isalpha())


def _is_subsequence(short: str, long: str) -> bool:
    chars = iter(long)
    return all(ch in chars for ch in short)


def acronym_fits(short: str, name: str) -> bool:
    """Whether ``short`` abbreviates ``name``: it starts with the name's first initial, holds
    every content word's initial in order, and its letters occur in the name in order.

    Example:
        >>> acronym_fits("ISW", "Institute for the Study of War")
        True
        >>> acronym_fits("VCÖ", "Verkehrsclub Österreich")
        True
        >>> acronym_fits("SPD", "Christlich Demokratische Union")
        False
        >>> acronym_fits("EuGH", "Europäischer Gerichtshof")
        True
        >>> acronym_fits("EU", "EU-Kommission"), acronym_fits("CDU", "CDU/CSU")
        (False, False)
    """
    if short in name.replace("-", " ").replace("/", " ").split():
        return False  # "EU" names the union, not the "EU-Kommission"; "CDU" not "CDU/CSU"
    initials = acronym(name).lower()
    letters = short.lower()
    if not initials or letters[:1] != initials[:1]:
        return False
    return _is_subsequence(initials, letters) and _is_subsequence(letters, name.lower())


def is_acronym(text: str) -> bool:
    """All capitals ("ISW", "VÖZ"), or capitals with a few small letters for the parts of
    compounds ("EuGH" for Europäischer Gerichtshof, "VwGH" for Verwaltungsgerichtshof)."""
    if not (2 <= len(text) <= 8 and text.isalpha() and text[0].isupper()):
        return False
    capitals = sum(ch.isupper() for ch in text)
    return text.isupper() or (capitals >= 3 and text[-1].isupper())


_MAX_ABBREVIATION = 5  # letters of a mixed- or lower-case abbreviation at most


def abbreviates(short: str, name: str) -> bool:
    """Whether ``short``, written in parentheses after ``name``, is a short abbreviation of it
    that :func:`is_acronym` does not take: lower-case letters inside or throughout ("GdF"
    for "Gewerkschaft der Flugsicherung", "dpa" for "Deutsche Presse Agentur"), never a
    capitalised word ("Berlin"). The letters must fit the name (:func:`acronym_fits`).

    Example:
        >>> abbreviates("GdF", "Gewerkschaft der Flugsicherung")
        True
        >>> abbreviates("dpa", "Deutsche Presse Agentur"), abbreviates("Dpa", "Deutsche Presse")
        (True, False)
    """
    return (
        2 <= len(short) <= _MAX_ABBREVIATION
        and short.isalpha()
        and not (short[:1].isupper() and short[1:].islower())
        and acronym_fits(short, name)
    )
