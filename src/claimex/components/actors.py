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

from collections import Counter
from collections.abc import Collection, Container, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from claimex.components.acronyms import is_acronym
from claimex.components.doctokens import has_feature, sentence_start, token_texts
from claimex.components.labels import (
    ADJECTIVES,
    APPOSITION,
    CONTRACTED_ARTICLE,
    DETERMINER_TAGS,
    DETERMINERS,
    NAME_PART,
)
from claimex.components.linking import (
    DEFAULT_FUZZY_CUTOFF,
    Linker,
    Referent,
    fullest_name,
    word_key,
)
from claimex.components.namewords import is_org_description, is_role_word, lemma_forms
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


def roles_of(span: Span, *, sentences: bool | None = None) -> list[str]:
    """Titles and descriptions the text attaches to one mention.

    ``sentences``: whether the doc has sentence boundaries (None: ask the doc; a caller
    that asks for many mentions of one doc knows it already).
    """
    doc = span.doc
    label = span.label_
    if sentences is None:
        sentences = doc.has_annotation("SENT_START")
    floor = sentence_start(doc, span.start) if sentences else 0
    found: list[str] = []
    # Before the name, skipping an opening quotation mark: "Denkfabrik „ISW“"; a word of
    # another name is none ("der Internationalen Atomenergiebehörde IAEA").
    i = span.start - 1
    while i >= floor and doc[i].text in QUOTE_CHARS:
        i -= 1
    if i >= floor and not doc[i].ent_type_ and _role_head(doc[i], label):
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
        if (
            k < len(doc)
            and _role_head(doc[k], label)
            and (k + 1 >= len(doc) or doc[k + 1].is_punct or doc[k + 1].pos_ in ("PROPN", "ADP"))
        ):
            found.append(doc[start : k + 1].text)
    # The name as the apposition of a function before it: "Die bisherige Chefin der
    # Gewerkschaft, Gabi Schiessling," (the parser links the name to "Chefin"); not of a
    # word inside a name: "Die Europäische Zentralbank (EZB)" is the name twice, no role.
    root = span.root
    head = root.head
    if (
        root.dep_ in APPOSITION
        and head.i < span.start
        and head.i >= floor
        and not head.ent_type_
        and _role_head(head, label)
    ):
        role = _with_adjectives(doc, head.i, floor)
        if role not in found:
            found.append(role)
    return found


_MAX_NAME_WORDS = 2  # words added on each side at most


def _name_word(token: Token, label: str, common: Container[str], *, before: bool) -> bool:
    """A capitalised word that may belong to a person's name: not a title, not part of an
    entity of another type, not a function word, not a German word form of ``common``
    (the pipeline's lemma table) -- after the name unless tagged a proper noun ("Charles
    Riggs Probleme"), before it never ("Kommissarinnen Karin Gorniak": titles go there)."""
    text = token.text
    if before and common_compound(text, common):
        return False
    return (
        text[:1].isupper()
        and (text not in common or (token.tag_ == "NE" and not before))
        and text.replace("-", "").replace("'", "").isalpha()
        and token.ent_type_ in ("", label)
        and token.lower_ not in words("german_function_words")
        and not any(is_role_word(form) or is_org_description(form) for form in _singulars(text))
    )


_MIN_COMPOUND_HEAD = 6  # letters of a common noun that ends a compound
_MIN_COMPOUND_START = 3


def common_compound(
    text: str, common: Container[str], *, min_head: int = _MIN_COMPOUND_HEAD
) -> bool:
    """A compound that ends in a common German word form of ``common`` and is no listed
    given name: "Softwareunternehmens" (-"Unternehmens") in "Softwareunternehmens Kevin
    Lynch", "Nähmaschinenherstellers" (-"Herstellers"). Heads shorter than
    ``_MIN_COMPOUND_HEAD`` letters are not looked for: names end in short words too."""
    if len(text) < _MIN_COMPOUND_START + min_head or text in words("first_names"):
        return False
    return any(
        text[k:].capitalize() in common
        for k in range(_MIN_COMPOUND_START, len(text) - min_head + 1)
    )


_PLURAL_ENDINGS = ("nen", "en", "n", "e")  # Kommissarinnen, Präsidenten, Sprecher(n)


def _singulars(text: str) -> list[str]:
    """A noun and the singulars its plural may have: role lists hold singulars."""
    return [text] + [text[: -len(end)] for end in _PLURAL_ENDINGS if text.endswith(end)]


def _joined(token: Token, start: int, end: int) -> bool:
    """Whether the parser links ``token`` to ``doc[start:end]`` as a part of one name
    ("Zakari Nandja": ``flat``; "Alpha Omar Konaré": "Omar" a ``flat`` of "Alpha")."""
    if token.dep_ in NAME_PART and start <= token.head.i < end:
        return True
    doc = token.doc
    return any(doc[k].dep_ in NAME_PART and doc[k].head.i == token.i for k in range(start, end))


def _genitive_word(token: Token, last_words: Collection[str] | None = None) -> bool:
    """A name word in the genitive, which a name does not go on after: "Rezais" in
    "Rezais Wahlkampfhelfer" (the morphology says so, or the word without its -s is the
    last word of another name in the document: "Mohsen Rezai"). ``last_words``: the last
    words of ``doc.ents`` (:func:`last_words`) where the caller has them."""
    text = token.text
    if not text.endswith("s") or len(text) < 4:
        return False
    if has_feature(token, "Case", "Gen"):
        return True
    stem = text[:-1]
    if last_words is None:
        last_words = _last_words(token.doc)
    return stem in last_words


def _last_words(doc: Doc) -> frozenset[str]:
    """The text of the last token of every entity of ``doc``."""
    texts = token_texts(doc)
    return frozenset(texts[ent.end - 1] for ent in doc.ents)


def name_extent(
    span: Span,
    *,
    common: Container[str] = frozenset(),
    last_words: Collection[str] | None = None,
) -> Span:
    """A person mention with the name words the recogniser left out right beside it.

    The parser links the parts of one name (``flat``/``pnc``): "Generalstabschef Zakari
    Nandja" with only "Zakari" recognised gives "Zakari Nandja"; "Ayaan Hirsi" and "Ali"
    recognised apart give "Ayaan Hirsi Ali" for both. Titles ("Präsident"), organisation
    words and words of another entity type are never added, nor common German words
    (``common``: word forms, such as the pipeline's lemma table). Other labels are returned
    as they are. ``last_words``: the last words of ``doc.ents``, where the caller has them.
    """
    if span.label_ != "PER":
        return span
    doc = span.doc
    if last_words is None:
        last_words = _last_words(doc)
    start, end = span.start, span.end
    for _ in range(_MAX_NAME_WORDS):
        after = (
            doc[end] if end < len(doc) and not _genitive_word(doc[end - 1], last_words) else None
        )
        if (
            after is not None
            and _name_word(after, "PER", common, before=False)
            and _joined(after, start, end)
        ):
            end += 1
        before = doc[start - 1] if start > 0 else None
        if (
            before is not None
            and _name_word(before, "PER", common, before=True)
            and _joined(before, start, end)
        ):
            start -= 1
    if (start, end) == (span.start, span.end):
        return span
    return Span(doc, start, end, label=span.label)


def _common_noun(token: Token) -> bool:
    """A capitalised word the tagger calls a common noun and no listed given name."""
    return (
        token.tag_ == "NN"
        and token.pos_ == "NOUN"
        and token.text[:1].isupper()
        and token.text not in words("first_names")
    )


def _saxon_genitive(token: Token) -> bool:
    """A name word with the genitive -s that stands before the noun it owns ("Verdis" in
    "Verdis Oper"); not an adjective's -es ("Rotes Kreuz") nor a double s."""
    text = token.text
    return (
        len(text) > 3
        and text[:1].isupper()
        and text.endswith("s")
        and not text.endswith(("es", "ss"))
        and text.isalpha()
        and text not in words("first_names")
    )


def _owned_noun(span: Span) -> bool:
    """Whether a mention ends in a common noun owned by the name in the genitive before it
    ("Verdis Oper"): such a phrase takes no article ("von Giuseppe Verdis Oper", not "vom
    Arbeitskreis Vorratsdatenspeicherung") and is not repeated as it stands, as a name
    is ("Human Rights Investigation" twice)."""
    doc = span.doc
    if not (_common_noun(doc[span.end - 1]) and _saxon_genitive(doc[span.end - 2])):
        return False
    if span.start > 0 and doc[span.start - 1].tag_ in DETERMINER_TAGS | CONTRACTED_ARTICLE:
        return False
    return sum(ent.text == span.text for ent in doc.ents) <= 1


def trim_mention(span: Span) -> Span:
    """A person or organisation mention without the common noun that a name in the Saxon
    genitive owns, which the recogniser (or :func:`name_extent`) took in: "Giuseppe Verdis
    Oper" -> "Giuseppe Verdis", "Platons Interpretation" -> "Platons". Other mentions are
    returned as they are."""
    if span.label_ not in ACTOR_LABELS or len(span) < 2 or not _owned_noun(span):
        return span
    return Span(span.doc, span.start, span.end - 1, label=span.label)


_MAX_LONG_FORM = 6  # words of a name before its acronym at most
_NAME_POS = frozenset({"NOUN", "PROPN", "ADJ"})


def _long_form_word(token: Token) -> bool:
    """A capitalised noun, name or adjective outside every entity: a word of an
    organisation's name that the recogniser did not tag."""
    return (
        token.text[:1].isupper()
        and token.text.replace("-", "").isalpha()
        and token.pos_ in _NAME_POS
        and not token.ent_type_
    )


def _is_org_acronym(span: Span) -> bool:
    """A one-word organisation mention that is an acronym."""
    return span.label_ == "ORG" and len(span) == 1 and is_acronym(span.text)


def _name_before(span: Span, taken: Container[int]) -> Span | None:
    """The untagged name right before an acronym in parentheses: "die Vereinte Nationale
    Bewegung (ENM)" -> "Vereinte Nationale Bewegung". ``taken``: the tokens of mentions."""
    doc = span.doc
    if span.start < 2 or span.end >= len(doc):
        return None
    if doc[span.start - 1].text != "(" or doc[span.end].text != ")":
        return None
    end = span.start - 1
    start = end
    while (
        start > 0
        and end - start < _MAX_LONG_FORM
        and start - 1 not in taken
        and _long_form_word(doc[start - 1])
    ):
        start -= 1
    if start == end or doc[end - 1].pos_ == "ADJ":
        return None
    return Span(doc, start, end, label="ORG")


def long_forms(spans: Sequence[Span]) -> list[Span]:
    """Organisation names that the text introduces an acronym for but the recogniser left
    untagged: the capitalised words right before an organisation acronym in parentheses
    ("die Vereinte Nationale Bewegung (ENM)", "aus Liberaldemokraten (PLDM)": translated
    names, whose letters need not fit), as ORG mentions, so that the acronym is linked to
    its name (see :func:`~claimex.components.name_aliases.introduced_acronyms`)."""
    taken = {i for span in spans for i in range(span.start, span.end)}
    found: list[Span] = []
    for span in spans:
        if _is_org_acronym(span):
            name = _name_before(span, taken)
            if name is not None:
                found.append(name)
    return found


class ActorLinker:
    """Group PER/ORG mentions into actors and attach their roles."""

    def __init__(self, nlp: Language, name: str = "claimex_actors", *, fuzzy_cutoff: float) -> None:
        self.name = name
        self.linker = Linker(fuzzy_cutoff=fuzzy_cutoff, naming=_actor_name)
        self.nlp = nlp
        self._common: Container[str] | None = None  # read on first use: after from_disk
        if not Doc.has_extension(ACTORS_ATTR):
            Doc.set_extension(ACTORS_ATTR, default=None)

    @property
    def common(self) -> Container[str]:
        """The pipeline's German word forms (its lemma table), read once."""
        if self._common is None:
            self._common = lemma_forms(self.nlp)
        return self._common

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        seen: set[tuple[int, int]] = set()
        last_words = _last_words(doc)
        for ent in doc.ents:
            if ent.label_ not in ACTOR_LABELS:
                continue
            span = trim_mention(name_extent(ent, common=self.common, last_words=last_words))
            if (span.start, span.end) not in seen:  # "Sadeq" and "Mahsudi": one mention
                seen.add((span.start, span.end))
                spans.append(span)
        spans.extend(long_forms(spans))
        referents = [r for r in self.linker.link(spans) if r.label in ACTOR_LABELS]
        sentences = doc.has_annotation("SENT_START")
        for referent in referents:
            roles: list[str] = []
            for span in referent.spans:
                for role in roles_of(span, sentences=sentences):
                    if role not in roles:
                        roles.append(role)
            referent.roles = roles
        doc._.set(ACTORS_ATTR, referents)
        return doc


def _actor_name(referent: Referent) -> str:
    if referent.label != "PER":
        return fullest_name(referent)
    # a person called by two full names (a stage name and the civil one:
    # name_aliases.person_aliases) is named by the one whose last word the text uses
    # most, as the gold names such a person ("Rodney Basil Price" ... "Rodney Price"
    # beside "Bounty Killer"): the fullest name among those ending in it
    full = [base.split() for base in referent.bases if " " in base]
    if len({word_key(words[-1]) for words in full}) < 2:
        return fullest_name(referent)
    lasts = Counter(word_key(base.split()[-1]) for base in referent.bases if base)
    top = max(lasts[word_key(words[-1])] for words in full)
    kept = [" ".join(words) for words in full if lasts[word_key(words[-1])] == top]
    return fullest_name(Referent(label=referent.label, bases=kept))


@Language.factory(
    "claimex_actors",
    requires=["doc.ents"],
    assigns=[f"doc._.{ACTORS_ATTR}"],
    default_config={"fuzzy_cutoff": DEFAULT_FUZZY_CUTOFF},
)
def make_actor_linker(nlp: Language, name: str, fuzzy_cutoff: float) -> ActorLinker:
    """Create the ``claimex_actors`` component."""
    return ActorLinker(nlp, name, fuzzy_cutoff=fuzzy_cutoff)
