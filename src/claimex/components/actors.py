"""``claimex_actors``: people and organisations, merged across name variants, with roles.

Reads ``doc.ents`` (PER, ORG) and writes ``doc._.claimex_actors``, a list of
:class:`~claimex.components.linking.Referent` in order of first mention.
Roles are the titles and descriptions that stand right before a mention ("Der russische
Präsident Wladimir Putin" -> "russische Präsident"; "die Denkfabrik ISW" -> "Denkfabrik"),
in an apposition after it ("Putin, der russische Präsident,"), or that the mention is an
apposition of ("Die bisherige Chefin der Gewerkschaft, Gabi Schiessling," -> "bisherige
Chefin").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from claimex.components.doctokens import sentence_start
from claimex.components.labels import ADJECTIVES, APPOSITION, DETERMINERS
from claimex.components.linking import (
    DEFAULT_FUZZY_CUTOFF,
    Linker,
    Referent,
    fullest_name,
)
from claimex.components.namewords import is_org_description, is_role_word
from claimex.lexicon import words
from claimex.text import QUOTE_CHARS

ACTORS_ATTR = "claimex_actors"
ACTOR_LABELS = ("PER", "ORG")


def _role_head(token: Token, label: str) -> bool:
    if token.pos_ not in ("NOUN", "PROPN") and not token.text[:1].isupper():
        return False
    return is_role_word(token.text) if label == "PER" else is_org_description(token.text)


_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")


def _is_adjective(token: Token) -> bool:
    """ADJ by the tagger; without a tagger, a lower-case word with an adjective ending."""
    if token.pos_:
        return token.pos_ in ADJECTIVES
    return (
        token.is_alpha
        and token.text[:1].islower()
        and token.text.endswith(_ADJECTIVE_ENDINGS)
        and token.lower_ not in words("german_function_words")
        and len(token.text) > 4
    )


def _with_adjectives(doc: Doc, head: int, floor: int) -> str:
    start = head
    while start - 1 >= floor and _is_adjective(doc[start - 1]):
        start -= 1
    return doc[start : head + 1].text


def roles_of(span: Span) -> list[str]:
    """Titles and descriptions the text attaches to one mention."""
    doc = span.doc
    label = span.label_
    floor = sentence_start(doc, span.start) if doc.has_annotation("SENT_START") else 0
    found: list[str] = []
    # Before the name, skipping an opening quotation mark: "Denkfabrik „ISW“".
    i = span.start - 1
    while i >= floor and doc[i].text in QUOTE_CHARS:
        i -= 1
    if i >= floor and _role_head(doc[i], label):
        found.append(_with_adjectives(doc, i, floor))
    # Apposition after the name: "Putin, der russische Präsident,".
    j = span.end
    if j + 1 < len(doc) and doc[j].text == ",":
        k = j + 1
        if k < len(doc) and doc[k].pos_ in DETERMINERS:
            k += 1
        start = k
        while k < len(doc) and _is_adjective(doc[k]):
            k += 1
        if k < len(doc) and _role_head(doc[k], label) and (
            k + 1 >= len(doc) or doc[k + 1].is_punct or doc[k + 1].pos_ in ("PROPN", "ADP")
        ):
            found.append(doc[start : k + 1].text)
    # The name as the apposition of a function before it: "Die bisherige Chefin der
    # Gewerkschaft, Gabi Schiessling," (the parser links the name to "Chefin").
    root = span.root
    head = root.head
    if (
        root.dep_ in APPOSITION
        and head.i < span.start
        and head.i >= floor
        and _role_head(head, label)
    ):
        role = _with_adjectives(doc, head.i, floor)
        if role not in found:
            found.append(role)
    return found


class ActorLinker:
    """Group PER/ORG mentions into actors and attach their roles."""

    def __init__(
        self, nlp: Language, name: str = "claimex_actors", *, fuzzy_cutoff: float
    ) -> None:
        self.name = name
        self.linker = Linker(fuzzy_cutoff=fuzzy_cutoff, naming=_actor_name)
        if not Doc.has_extension(ACTORS_ATTR):
            Doc.set_extension(ACTORS_ATTR, default=None)

    def __call__(self, doc: Doc) -> Doc:
        spans = [ent for ent in doc.ents if ent.label_ in ACTOR_LABELS]
        referents = [r for r in self.linker.link(spans) if r.label in ACTOR_LABELS]
        for referent in referents:
            roles: list[str] = []
            for span in referent.spans:
                for role in roles_of(span):
                    if role not in roles:
                        roles.append(role)
            referent.roles = roles
        doc._.set(ACTORS_ATTR, referents)
        return doc


def _actor_name(referent: Referent) -> str:
    return fullest_name(referent)


@Language.factory(
    "claimex_actors",
    requires=["doc.ents"],
    assigns=[f"doc._.{ACTORS_ATTR}"],
    default_config={"fuzzy_cutoff": DEFAULT_FUZZY_CUTOFF},
)
def make_actor_linker(nlp: Language, name: str, fuzzy_cutoff: float) -> ActorLinker:
    """Create the ``claimex_actors`` component."""
    return ActorLinker(nlp, name, fuzzy_cutoff=fuzzy_cutoff)
