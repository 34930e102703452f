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

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, NonNegativeInt, model_validator

SCHEMA_VERSION = "1.0"

EntityLabel = Literal["PER", "LOC", "ORG", "MISC"]
ActorType = Literal["PER", "ORG"]
Qualifier = Literal[
    "approx", "more_than", "less_than", "at_least", "at_most", "just_under", "just_over"
]
QuoteKind = Literal["direct", "indirect", "reported", "according_to"]


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class _Spanned(_Record):
    """A stretch of the original text, ``text == source[start:end]``."""

    text: str
    start: NonNegativeInt
    end: NonNegativeInt

    @model_validator(mode="after")
    def _check_offsets(self) -> _Spanned:
        if self.end < self.start:
            raise ValueError(f"end ({self.end}) must not be smaller than start ({self.start})")
        return self


class Mention(_Spanned):
    """One mention of an actor or place: its surface text, offsets and sentence index."""

    sentence: NonNegativeInt = 0


class Entity(_Spanned):
    """A flat named-entity mention as the NER component found it."""

    label: EntityLabel


class Actor(_Record):
    """A person or organisation, with every mention of it in the document.

    ``name`` is the fullest form in the text ("Wladimir Putin"), ``aliases`` the other
    distinct surface forms ("Putin", "Putins"), ``roles`` the titles and descriptions the
    text gives it ("russische Präsident", "Denkfabrik").
    """

    id: str
    name: str
    type: ActorType
    mentions: list[Mention] = Field(default_factory=list)
    aliases: list[str] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)


class Place(_Record):
    """A country, city or region, with every mention of it in the document."""

    id: str
    name: str
    mentions: list[Mention] = Field(default_factory=list)
    aliases: list[str] = Field(default_factory=list)


class Figure(_Spanned):
    """A number with what it counts: "knapp 100 Millionen Euro" -> 1e8 EUR, just_under."""

    value: float
    raw: str = ""
    scale: str | None = None
    unit: str | None = None
    qualifier: Qualifier | None = None
    counted: str | None = None
    upper: float | None = None
    sentence: NonNegativeInt = 0


class Source(_Record):
    """Who a quote is attributed to: an actor (by id) or an unnamed source's description."""

    name: str
    actor_id: str | None = None
    mention: Mention | None = None


class Quote(_Spanned):
    """A statement attributed to a source.

    ``text`` is the content only (no quotation marks, no cue clause); ``speaker`` joins the
    sources' names with "; " as the gold format does, ``sources`` holds them resolved.
    """

    kind: QuoteKind
    speaker: str | None = None
    sources: list[Source] = Field(default_factory=list)
    cue: str | None = None
    cue_mention: Mention | None = None
    actors: list[str] = Field(default_factory=list, description="ids of actors inside the quote")
    figures: list[int] = Field(default_factory=list, description="indices into Extraction.figures")
    sentences: list[NonNegativeInt] = Field(default_factory=list)
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)


class ModelInfo(_Record):
    """The German spaCy pipeline that produced an extraction."""

    name: str
    version: str
    source: Literal["argument", "environment", "installed", "bundled"]
    spacy_version: str


class ExtractionWarning(_Record):
    """Something claimex noticed and worked around instead of failing the document."""

    code: str
    message: str


class Extraction(_Record):
    """Everything claimex found in one document."""

    schema_version: str = SCHEMA_VERSION
    id: str | None = None
    text: str = ""
    entities: list[Entity] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    model: ModelInfo | None = None
    claimex_version: str = ""
    warnings: list[ExtractionWarning] = Field(default_factory=list)

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

    schema_version: str = SCHEMA_VERSION
    id: str | None = None
    index: NonNegativeInt
    error: str
    error_type: str
    component: str | None = None
    claimex_version: str = ""


ExtractionResult = Extraction | ExtractionFailure
"""What :meth:`~claimex.Extractor.pipe` yields for each input document."""
