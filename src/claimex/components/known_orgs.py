"""Organisation names that ``lexicon/knowledge.tsv`` lists as forms of one organisation.

"EU-Kommission" and "Europäische Kommission", "UN-Sicherheitsrat" and "Sicherheitsrat der
Vereinten Nationen" are one referent where a document uses both. Not for the types whose
names are generic and hold in one country only: "Außenministerium" is listed for the
German "Auswärtiges Amt", but a report on Russia means Russia's; nor for parties and
media, whose listed forms name kin (a party's successor, a newspaper's website).
"""

from __future__ import annotations

from claimex.components.knowledge import lookup

# Generic names (one country's ministry), and the kinds whose listed forms are kin rather
# than one body: a party and its successor or wing ("Linkspartei", "Die Linke"), a
# newspaper and its website ("Spiegel-Online", "Der Spiegel").
GENERIC_ORG_TYPES = frozenset(
    {"ministry", "government", "state_body", "military", "party", "media"}
)


def known_org(name: str) -> str | None:
    """The canonical name of an organisation of a specific kind that the knowledge list
    holds, or None.

    Example:
        >>> known_org("EU-Kommission"), known_org("Außenministerium"), known_org("Putin")
        ('Europäische Kommission', None, None)
    """
    entry = lookup(name)
    if entry is None or entry.label != "ORG" or entry.type in GENERIC_ORG_TYPES:
        return None
    return entry.canonical


def same_known_org(name: str, other: str) -> bool:
    """Whether two organisation names are listed as forms of one organisation.

    Example:
        >>> same_known_org("Sicherheitsrat der Vereinten Nationen", "UN-Sicherheitsrat")
        True
    """
    canonical = known_org(name)
    return canonical is not None and canonical == known_org(other)


def listed_form_of(short: str, name: str) -> bool:
    """Whether the knowledge list holds ``short`` as a form of the organisation ``name``,
    of any type ("IAEA" of "Internationalen Atomenergiebehörde").

    Example:
        >>> listed_form_of("IAEA", "Internationalen Atomenergiebehörde")
        True
    """
    entry, other = lookup(name), lookup(short)
    return (
        entry is not None
        and other is not None
        and entry.label == "ORG"
        and entry.canonical == other.canonical
    )


def club_place_word(name: str, club: str) -> bool:
    """Whether ``name`` is the one place word that begins or ends the name of a sports
    club the knowledge list holds, standing for the club ("Nürnberg" in "Nürnberg Ice
    Tigers", "Dortmund" in "Borussia Dortmund").

    Example:
        >>> club = "Nürnberg Ice Tigers"
        >>> club_place_word("Nürnberg", club), club_place_word("Ice", club)
        (True, False)
    """
    words = club.split()
    if " " in name or len(words) < 2 or name not in (words[0], words[-1]):
        return False
    place = lookup(name)
    return is_sports_club(club) and place is not None and place.label == "LOC"


def club_without_place(name: str, club: str) -> bool:
    """Whether ``name`` is the name of a sports club the knowledge list holds without the
    place word that ends it ("Bayer 04" for "Bayer 04 Leverkusen").

    Example:
        >>> club_without_place("Bayer 04", "Bayer 04 Leverkusen")
        True
    """
    words = club.split()
    if len(words) < 2 or name.split() != words[:-1]:
        return False
    place = lookup(words[-1])
    return is_sports_club(club) and place is not None and place.label == "LOC"


def is_sports_club(name: str) -> bool:
    """Whether the knowledge list holds ``name`` as a sports club."""
    entry = lookup(name)
    return entry is not None and entry.type == "sports_club"
