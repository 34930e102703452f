"""Typed records that claimex returns: pydantic v2 models, immutable, JSON round-trip safe.

This module never imports spaCy. Field names follow the gold format
(``shared/gold/FORMAT.md``), so an :class:`Extraction` serialised to JSON compares
directly with a gold annotation.

Example:
    >>> m = Mention(text="Putin", start=0, end=5, sentence=0)
    >>> Mention.model_validate_json(m.model_dump_json()) == m
    True
"""

from __future__ import annotations

import datetime
from enum import Enum
from typing import Literal, get_args

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    NonNegativeInt,
    TypeAdapter,
    field_validator,
    model_validator,
)

SchemaVersion = Literal["2.0"]
"""The schema versions this release reads (and validates): the JSON schemas publish them
as an ``enum``/``const``, so a client validating output against them refuses records of
another version instead of accepting any string. A release that writes a new version
adds it here and keeps the older ones it still reads."""

SCHEMA_VERSION: SchemaVersion = "2.0"
"""Version of the JSON records. 2.0: ``Quote.speaker`` is a list of :class:`Source`
(was a "; "-joined string, with the resolved sources in ``Quote.sources``); labels, kinds
and qualifiers are named enums; ``Extraction.date``. See docs/records.md, "Migration"."""

READ_VERSIONS: tuple[str, ...] = get_args(SchemaVersion)


def _check_version(value: object) -> object:
    """A clear error for a record of a version this release does not read."""
    if isinstance(value, str) and value not in READ_VERSIONS:
        readable = ", ".join(repr(v) for v in READ_VERSIONS)
        hint = " (convert 1.0 records: docs/records.md, Migration)" if value == "1.0" else ""
        raise ValueError(
            f"schema_version {value!r} is not one this claimex reads ({readable}){hint}"
        )
    return value


class EntityLabel(str, Enum):
    """Named-entity labels (the WikiNER / de_core_news label set)."""

    PER = "PER"
    LOC = "LOC"
    ORG = "ORG"
    MISC = "MISC"


class ActorType(str, Enum):
    """Whether an actor is a person or an organisation."""

    PER = "PER"
    ORG = "ORG"


class Qualifier(str, Enum):
    """How a figure's number is hedged: "rund" approx, "mehr als" more_than, "knapp" just_under."""

    approx = "approx"
    more_than = "more_than"
    less_than = "less_than"
    at_least = "at_least"
    at_most = "at_most"
    just_under = "just_under"
    just_over = "just_over"


class QuoteKind(str, Enum):
    """direct (in quotation marks), indirect (dass-clause, Konjunktiv), reported (a cue verb
    with a noun-phrase object), according_to (laut X, X zufolge, so X)."""

    direct = "direct"
    indirect = "indirect"
    reported = "reported"
    according_to = "according_to"


class _Record(BaseModel):
    # enum fields hold their plain string values: q.kind == "direct", JSON unchanged
    model_config = ConfigDict(frozen=True, extra="forbid", use_enum_values=True)


class _Spanned(_Record):
    """A stretch of the original text, ``text == source[start:end]``."""

    text: str = Field(description="The covered text, exactly source[start:end].")
    start: NonNegativeInt = Field(description="Start offset (code points) into the input text.")
    end: NonNegativeInt = Field(description="End offset (exclusive) into the input text.")

    @model_validator(mode="after")
    def _check_offsets(self) -> _Spanned:
        if self.end < self.start:
            raise ValueError(f"end ({self.end}) must not be smaller than start ({self.start})")
        return self


class Mention(_Spanned):
    """One mention of an actor or place: its surface text, offsets and sentence index."""

    sentence: NonNegativeInt = Field(default=0, description="0-based index of its sentence.")


class Entity(_Spanned):
    """A flat named-entity mention as the NER component found it."""

    label: EntityLabel = Field(description="PER, LOC, ORG or MISC.")


class Actor(_Record):
    """A person or organisation, with every mention of it in the document.

    ``name`` is the fullest form in the text ("Wladimir Putin"), ``aliases`` the other
    distinct surface forms ("Putin", "Putins"), ``roles`` the titles and descriptions the
    text gives it ("russische Präsident", "Denkfabrik").
    """

    id: str = Field(description="Actor id within the document: A1, A2, ...")
    name: str = Field(description="The fullest name form in the text.")
    type: ActorType = Field(description="PER (person) or ORG (organisation).")
    mentions: list[Mention] = Field(
        default_factory=list, description="Every mention, in text order."
    )
    aliases: list[str] = Field(default_factory=list, description="Other distinct surface forms.")
    roles: list[str] = Field(default_factory=list, description="Titles and descriptions given.")


class Place(_Record):
    """A country, city or region, with every mention of it in the document."""

    id: str = Field(description="Place id within the document: P1, P2, ...")
    name: str = Field(description="The place's most frequent full form in the text.")
    mentions: list[Mention] = Field(
        default_factory=list, description="Every mention, in text order."
    )
    aliases: list[str] = Field(default_factory=list, description="Other distinct surface forms.")


class Figure(_Spanned):
    """A number with what it counts: "knapp 100 Millionen Euro" -> 1e8 EUR, just_under."""

    value: float = Field(description="The plain number after scaling: 2,6 Millionen -> 2600000.")
    raw: str = Field(default="", description="The number as written.")
    scale: str | None = Field(default=None, description="Scale word as written (Millionen).")
    unit: str | None = Field(
        default=None, description="Counted noun, ISO currency code (EUR, USD) or '%'."
    )
    qualifier: Qualifier | None = Field(default=None, description="Approximator, if any.")
    counted: str | None = Field(default=None, description="The noun phrase counted, as written.")
    upper: float | None = Field(default=None, description="Upper bound of a range (A bis B).")
    sentence: NonNegativeInt = Field(default=0, description="0-based index of its sentence.")


class Source(_Record):
    """One speaker of a quote: an actor (by id) or an unnamed source's description."""

    name: str = Field(description="The actor's name, or the description ('ein Sprecher').")
    actor_id: str | None = Field(default=None, description="Id of the actor, if one is named.")
    mention: Mention | None = Field(
        default=None, description="The mention (name, pronoun, description) the quote names."
    )


class QuotePart(_Spanned):
    """One stretch of a quote's content, where the content is interrupted by its cue."""


class Quote(_Spanned):
    """A statement attributed to a source.

    ``text`` is the content only (no quotation marks, no cue clause) and always equals
    ``source[start:end]``. A direct quote interrupted by its cue (`„Wir“, sagte Merkel,
    „schaffen das.“`) spans from its first to its last content character; ``parts`` then
    lists the content stretches, whose texts joined by one space are the content proper.
    ``speaker`` lists the sources (several for "Putin und Lukaschenko sagten").
    """

    kind: QuoteKind = Field(description="direct, indirect, reported or according_to.")
    speaker: list[Source] = Field(
        default_factory=list, description="Who said it; empty when the text names no source."
    )
    cue: str | None = Field(
        default=None,
        description=(
            "Lemma of the cue word (sagen, laut) or the cue phrase (es heißt, nach Angaben); "
            "null for Konjunktiv continuations, interview answers and uncued quotations."
        ),
    )
    cue_mention: Mention | None = Field(
        default=None, description="Where the cue word or phrase is; null where cue is null."
    )
    parts: list[QuotePart] = Field(
        default_factory=list, description="Content stretches of an interrupted quote."
    )
    actors: list[str] = Field(default_factory=list, description="Ids of actors inside the quote.")
    figures: list[int] = Field(
        default_factory=list, description="Indices into Extraction.figures inside the quote."
    )
    sentences: list[NonNegativeInt] = Field(
        default_factory=list, description="Indices of the sentences the quote covers."
    )
    confidence: float = Field(
        default=1.0, ge=0.0, le=1.0, description="How likely the quote and its speaker are right."
    )
    pattern: str | None = Field(
        default=None,
        description="Id of the quote pattern that made it (lexicon/quote_patterns.json: "
        "direct.cue_after, indirect.dass, according_to.laut, ...); null when unknown.",
    )

    @property
    def speaker_name(self) -> str | None:
        """The speakers' names joined with "; " (the gold format's ``speaker``), or None."""
        return "; ".join(s.name for s in self.speaker) or None


class ModelInfo(_Record):
    """The German spaCy pipeline that produced an extraction."""

    name: str = Field(description="Package-style pipeline name (de_core_news_lg).")
    version: str = Field(description="The pipeline's version.")
    source: Literal["argument", "environment", "installed", "bundled"] = Field(
        description="Why this pipeline was chosen."
    )
    spacy_version: str = Field(description="spaCy's version.")


class ExtractionWarning(_Record):
    """Something claimex noticed and worked around instead of failing the document."""

    code: str = Field(description="W001 broken Unicode, W002 HTML, W003 not German, ...")
    message: str = Field(description="What happened and what to do.")
    count: int = Field(default=1, ge=1, description="How often it happened in the document.")


class Extraction(_Record):
    """Everything claimex found in one document."""

    schema_version: SchemaVersion = Field(
        default=SCHEMA_VERSION, description="Version of this schema (one this release reads)."
    )
    id: str | None = Field(default=None, description="The document id the caller gave.")
    date: datetime.date | None = Field(
        default=None, description="Publication date the caller gave (ISO 8601)."
    )
    text: str = Field(default="", description="The input text; all offsets refer to it.")
    entities: list[Entity] = Field(default_factory=list, description="Named-entity mentions.")
    actors: list[Actor] = Field(default_factory=list, description="People and organisations.")
    places: list[Place] = Field(default_factory=list, description="Countries, cities, regions.")
    figures: list[Figure] = Field(default_factory=list, description="Numbers with what they count.")
    quotes: list[Quote] = Field(default_factory=list, description="Attributed statements.")
    model: ModelInfo | None = Field(default=None, description="The German pipeline used.")
    claimex_version: str = Field(default="", description="claimex's version.")
    warnings: list[ExtractionWarning] = Field(
        default_factory=list, description="What claimex worked around in this document."
    )

    _version = field_validator("schema_version", mode="before")(_check_version)

    def _repr_html_(self) -> str:
        """Jupyter's view: the text with actors, places, figures and quotes marked."""
        from claimex.display import render_html  # displaCy, imported only when shown

        return render_html(self)


class ExtractionFailure(_Record):
    """A document that could not be processed, in place of its :class:`Extraction`.

    :meth:`~claimex.Extractor.pipe` yields one of these for a bad input (``None``, bytes)
    or a document on which a pipeline component raised, so no document is silently
    dropped and one bad document never stops a batch. ``index`` is the document's
    position in the input stream; ``error`` starts with a code (``E001`` bad input,
    ``E040`` a component failed) and says what to do.
    """

    schema_version: SchemaVersion = Field(
        default=SCHEMA_VERSION, description="Version of this schema (one this release reads)."
    )
    id: str | None = Field(default=None, description="The document id, if the input had one.")
    index: NonNegativeInt = Field(description="Position of the document in the input stream.")
    error: str = Field(description="Coded message: what went wrong and what to do.")
    error_type: str = Field(description="The exception's class name.")
    component: str | None = Field(default=None, description="The pipeline component that raised.")
    claimex_version: str = Field(default="", description="claimex's version.")

    _version = field_validator("schema_version", mode="before")(_check_version)


ExtractionResult = Extraction | ExtractionFailure
"""What :meth:`~claimex.Extractor.pipe` yields for each input document."""

RESULT_ADAPTER: TypeAdapter[Extraction | ExtractionFailure] = TypeAdapter(ExtractionResult)
"""Validates and describes one line of batch output (an Extraction or an ExtractionFailure)."""
