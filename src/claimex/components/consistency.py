"""``claimex_label_consistency``: one label per name within an article.

The NER labels each mention on its own, so one article can call "Hentschel" a person in
three sentences and a place in the fourth, or tag "Peer Steinbrück" PER and the later
"Steinbrück" LOC. This stage runs after ``claimex_entities`` (whose ``propagate_names``
already tags untagged repetitions of a name) and before the actor and place stages:

1. A person's full name fixes the label of its later short forms: a one-word mention
   after "Peer Steinbrück" (PER) that is its last word ("Steinbrück", "Steinbrücks")
   becomes PER.
2. The mentions of one name (the same text, the genitive -s stripped where the bare form
   occurs too) take the label most of them have; a tie changes nothing, except that a
   name of several words tied between PER and another label is a person ("Heiko Maas"
   tagged ORG once and PER once; round 11).
3. After the learned check (components/entity_check.py), an ORG or MISC of capitalised
   attributive adjectives and a word for a kind of place is a LOC ("der Roten Moschee";
   ``place_names.adjective_places``, option ``adjective_places``).

The spaCy NER exposes no per-mention confidence, so the vote counts mentions; the share
the winning label must exceed is the ``min_share`` option.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span

from claimex.components.doctokens import token_view
from claimex.components.entity_check import check_entities, entity_check_model
from claimex.components.namewords import lemma_forms
from claimex.components.place_names import adjective_places, dropped_noun_places

PERSON = "PER"
# More than 70% of the mentions: 3 of 4 and 4 of 5 decide, 2 of 3 and 3 of 5 do not (on the
# Wikinews dev and train splits, 2:1 and 3:2 votes were wrong as often as right).
DEFAULT_MIN_SHARE = 0.7


def name_key(text: str, known: frozenset[str]) -> str:
    """The form a mention is grouped by: its text, without a genitive -s where the bare
    form is a name of the same document too.

    Example:
        >>> name_key("Steinbrücks", frozenset({"Steinbrück"}))
        'Steinbrück'
        >>> name_key("Paris", frozenset({"Paris"}))
        'Paris'
    """
    if text.endswith("s") and text[:-1] in known:
        return text[:-1]
    return text


def short_form(ent: Span) -> str | None:
    """The last word of a person's full name ("Steinbrück" of "Peer Steinbrück"), or None
    for a one-word name or one that does not end in a capitalised word."""
    if ent.label_ != PERSON or len(ent) < 2:
        return None
    last = ent[-1].text
    return last if last[:1].isupper() and last.replace("-", "").isalpha() else None


def full_name_labels(ents: Sequence[Span]) -> dict[int, str]:
    """New labels (by position in ``ents``) for short forms that follow a person's full
    name: one-word mentions that are its last word, bare or with a genitive -s."""
    first_full: dict[str, int] = {}  # short form -> token start of its first full name
    for ent in ents:
        short = short_form(ent)
        if short is not None and short not in first_full:
            first_full[short] = ent.start
    if not first_full:
        return {}
    relabel: dict[int, str] = {}
    for k, ent in enumerate(ents):
        if len(ent) != 1 or ent.label_ == PERSON:
            continue
        key = name_key(ent.text, frozenset(first_full))
        start = first_full.get(key)
        if start is not None and start < ent.start:
            relabel[k] = PERSON
    return relabel


def majority_labels(ents: Sequence[Span], *, min_share: float) -> dict[int, str]:
    """New labels (by position in ``ents``) for the mentions of a name whose label is not
    the one that more than ``min_share`` of the name's mentions have."""
    texts = [token_view(ent.doc).span_text(ent.start, ent.end) for ent in ents]
    labels = [ent.label_ for ent in ents]
    known = frozenset(texts)
    groups: dict[str, list[int]] = defaultdict(list)
    for k, text in enumerate(texts):
        groups[name_key(text, known)].append(k)
    relabel: dict[int, str] = {}
    for members in groups.values():
        if len(members) < 2:
            continue  # one label: nothing to change
        counts = Counter(labels[k] for k in members)
        if len(counts) < 2:
            continue
        (label, n), (_, runner_up) = counts.most_common(2)
        if n == runner_up and _person_tie(texts[members[0]], counts):
            label = PERSON
        elif n == runner_up or n <= min_share * len(members):
            continue
        relabel.update({k: label for k in members if labels[k] != label})
    return relabel


def _person_tie(text: str, counts: Counter[str]) -> bool:
    """Whether a tie of labels goes to PER: a name of several words that the NER calls a
    person as often as anything else ("Heiko Maas" PER once and ORG once); organisations
    are seldom tagged PER, persons often ORG."""
    top = counts.most_common(1)[0][1]
    return " " in text and counts[PERSON] == top


def consistent_labels(
    ents: Sequence[Span],
    *,
    full_names: bool = True,
    majority: bool = True,
    min_share: float = DEFAULT_MIN_SHARE,
) -> list[Span]:
    """``ents`` with one label per name (see the module docstring); spans and order stay.

    Example:
        >>> import spacy
        >>> doc = spacy.blank("de")("Peer Steinbrück kam. Steinbrück sagte nichts.")
        >>> ents = [Span(doc, 0, 2, label="PER"), Span(doc, 4, 5, label="LOC")]
        >>> [(e.text, e.label_) for e in consistent_labels(ents)]
        [('Peer Steinbrück', 'PER'), ('Steinbrück', 'PER')]
    """
    spans = list(ents)
    if full_names:
        spans = _relabelled(spans, full_name_labels(spans))
    if majority:
        spans = _relabelled(spans, majority_labels(spans, min_share=min_share))
    return spans


def _relabelled(spans: list[Span], relabel: dict[int, str]) -> list[Span]:
    if not relabel:
        return spans
    return [
        Span(span.doc, span.start, span.end, label=relabel[k]) if k in relabel else span
        for k, span in enumerate(spans)
    ]


class LabelConsistency:
    """Give every name one label within a document (see the module docstring)."""

    def __init__(
        self,
        nlp: Language,
        name: str = "claimex_label_consistency",
        *,
        enabled: bool = True,
        full_names: bool = True,
        majority: bool = True,
        min_share: float = DEFAULT_MIN_SHARE,
        check: bool = True,
        adjective_places: bool = True,
    ) -> None:
        if not 0.0 <= min_share < 1.0:
            raise ValueError("min_share must be at least 0 and below 1")
        self.name = name
        self.enabled = enabled
        self.full_names = full_names
        self.majority = majority
        self.min_share = min_share
        # the learned check of the spans (components/entity_check.py), after the vote
        self.check = entity_check_model() if check else None
        self.adjective_places = adjective_places
        self.common_forms = lemma_forms(nlp)

    def __call__(self, doc: Doc) -> Doc:
        if not self.enabled:
            return doc
        ents = list(doc.ents)
        if not ents:
            return doc
        fixed = consistent_labels(
            ents, full_names=self.full_names, majority=self.majority, min_share=self.min_share
        )
        if any(a.label != b.label for a, b in zip(ents, fixed, strict=True)):
            doc.ents = fixed
        if self.check is not None:
            checked = check_entities(doc, fixed, self.check, self.common_forms)
            if checked is not None:
                # a listed place inside a span the check dropped stays ("zum Flughafen
                # Rotterdam": "Rotterdam")
                doc.ents = dropped_noun_places(doc, fixed, checked)
        if self.adjective_places:
            # after the check: a span it kept as an ORG may be a place ("der Roten
            # Moschee"); one it dropped stays out
            ents = list(doc.ents)
            places = adjective_places(doc, ents)
            if any(a.label_ != b.label_ for a, b in zip(ents, places, strict=True)):
                doc.ents = places
        return doc


@Language.factory(
    "claimex_label_consistency",
    requires=["doc.ents"],
    assigns=["doc.ents"],
    default_config={
        "enabled": True,
        "full_names": True,
        "majority": True,
        "min_share": DEFAULT_MIN_SHARE,
        "check": True,
        "adjective_places": True,
    },
)
def make_label_consistency(
    nlp: Language,
    name: str,
    enabled: bool,
    full_names: bool,
    majority: bool,
    min_share: float,
    check: bool,
    adjective_places: bool,
) -> LabelConsistency:
    """Create the ``claimex_label_consistency`` component."""
    return LabelConsistency(
        nlp,
        name,
        enabled=enabled,
        full_names=full_names,
        majority=majority,
        min_share=min_share,
        check=check,
        adjective_places=adjective_places,
    )
