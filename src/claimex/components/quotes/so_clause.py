"""The clause shapes around a "so X" source marker (``according_to.so``): a closing "…,
so X" whose source runs on with an apposition or with attributes only, a "so X" inserted
into a Konjunktiv sentence, and a cue verb right after the "so" ("so heißt es in X").
Read by ``quotes.according_to``."""

from __future__ import annotations

from claimex.components.labels import (
    BARE_PREPOSITION_TAGS,
    D_WORD_TAGS,
    PAST_PARTICIPLE_TAGS,
    RELATIVE_PRONOUN_TAGS,
)
from claimex.components.quotes.clauses import has_subjunctive
from claimex.components.quotes.lexicon import FINITE_TAGS
from claimex.components.quotes.state import Analysis

# how many tokens an inserted "so X" may run on after its source to its closing comma
INSERTION_REACH = 16


def apposition_to_end(state: Analysis, i: int, end: int) -> bool:
    """Whether a comma at token ``i`` opens a short apposition that runs to the sentence's
    last token: no verb, no further comma ("…, so Frank Karl, Leiter der Abteilung …")."""
    doc = state.doc
    if doc[i].text != "," or not 2 <= end - 1 - (i + 1) <= 12:
        return False
    return not any(
        t.text in (",", ":", ";")
        or t.tag_ in FINITE_TAGS
        or (state.has_pos and t.pos_ in ("VERB", "AUX"))
        for t in doc[i + 1 : end - 1]
    )


def attribute_to_end(state: Analysis, i: int, end: int) -> bool:
    """Whether tokens [i, end) after the source of a closing "…, so X" only describe
    X: attributes with no finite verb (a genitive, prepositional phrases), a participial
    phrase after a comma ("…, so der Aufruf Frauke Distelrath aus Frankfurt, verbunden mit
    einer heftigen Kritik …", spkatt-news-45701) and, last, a relative clause ("…, so das
    Ergebnis einer … Studie … der Stiftung Warentest, in der Autorin Vera Herbst fast 50
    Methoden untersucht hat", spkatt-news-13100). A finite verb outside a relative clause
    opens a clause of its own: the "so" is no source marker then (Duden-Grammatik: the
    Redebegleitsatz "so + Subjekt" has no verb of its own; a relative clause and a
    participial phrase are attributes of its noun)."""
    doc = state.doc
    last = end - 1
    while last > i and doc[last].is_punct:
        last -= 1  # the sentence's last word
    k = i
    while k <= last:
        token = doc[k]
        if token.tag_ in FINITE_TAGS:
            return False
        if token.text == ",":
            nxt = doc[k + 1] if k + 1 < end else None
            after = doc[k + 2] if k + 2 < end else None
            if nxt is None:
                return False
            if nxt.tag_ in RELATIVE_PRONOUN_TAGS or (
                nxt.tag_ in BARE_PREPOSITION_TAGS
                and after is not None
                and (
                    after.tag_ in RELATIVE_PRONOUN_TAGS
                    # the tagger's article "in der Autorin …": a clause opened by a
                    # preposition and a d-word whose finite verb stands last is a
                    # relative clause (a main clause puts its verb second)
                    or (after.tag_ in D_WORD_TAGS and doc[last].tag_ in FINITE_TAGS)
                )
            ):
                return True  # the relative clause runs to the sentence's end
            if nxt.tag_ not in PAST_PARTICIPLE_TAGS:
                return False
        k += 1
    return True


def inserted_end(state: Analysis, lo: int, so: int, after: int, end: int) -> int | None:
    """The comma that closes a "so X" inserted into a Konjunktiv sentence ("Doch sei
    es, so der ugandische Schriftsteller Musa Okwanga in einem Blogeintrag auf der Website
    …, ein Haufen mächtiger Leute gewesen", "Vom 2. April …, so die Untersuchungsergebnisse
    eines ehemaligen Amtsrichters, … seien … deportiert worden"): right after the source
    or after prepositional phrases with no verb, a clause before "so" and after the comma
    going on, and a Konjunktiv outside the insertion; None where the "so" inserts nothing
    of the kind."""
    doc = state.doc
    if doc[after].text != "," and not (state.has_pos and doc[after].pos_ == "ADP"):
        return None
    stop = next(
        (
            j
            for j in range(after, min(end - 2, after + INSERTION_REACH))
            if doc[j].text == "," or state.inside[j] or doc[j].tag_ in FINITE_TAGS
        ),
        None,
    )
    if stop is None or doc[stop].text != "," or so - lo < 2:
        return None
    if not (
        has_subjunctive(state, lo, so, present_only=False, trust_morph=False)
        or has_subjunctive(state, stop + 1, end, present_only=False, trust_morph=False)
    ):
        return None
    return stop


def so_verb(state: Analysis, i: int, end: int) -> tuple[int, int, str] | None:
    """A cue verb or phrase right after the "so" at token ``i`` (FORMAT.md W13: "so +
    verb + source" is according_to): (start, end, lemma), or None."""
    cues = state.cues_in(i + 1, end)
    if cues and cues[0][0] == i + 1:
        return cues[0]
    return None
