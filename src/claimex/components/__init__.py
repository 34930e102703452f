"""claimex's spaCy components, one module per pipeline stage.

Importing this package registers the factories (``claimex_sentence_periods``, which runs
first, ``claimex_entities``,
``claimex_label_consistency``, ``claimex_actors``, ``claimex_places``, ``claimex_figures``,
``claimex_quotes``, and ``claimex_entity_ruler``, which takes the place of a loaded
pipeline's spaCy ``entity_ruler``) with spaCy; the package's ``spacy_factories`` entry points let a
``config.cfg`` name them without an import. The last stage, ``claimex_records`` (the doc's
record, see :mod:`claimex.convert`), is registered when ``claimex`` is imported.
"""

from __future__ import annotations

from claimex.components.actors import ActorLinker, make_actor_linker
from claimex.components.consistency import LabelConsistency, make_label_consistency
from claimex.components.entities import EntityNormalizer, make_entity_normalizer
from claimex.components.entity_ruler import ClaimexEntityRuler, swap_entity_ruler
from claimex.components.figures import FigureExtractor, make_figure_extractor
from claimex.components.places import PlaceLinker, make_place_linker
from claimex.components.quotes import QuoteFinder, make_quote_finder
from claimex.components.sentence_periods import sentence_periods
from claimex.components.spacy_pipes import install as install_column_pipes

# claimex's stages that go before the German pipeline's own components (they change tokens).
PRE_PIPELINE: tuple[str, ...] = ("claimex_sentence_periods",)

# claimex's stages in pipeline order, added after the German pipeline's own components.
PIPELINE: tuple[str, ...] = (
    "claimex_entities",
    "claimex_label_consistency",
    "claimex_actors",
    "claimex_places",
    "claimex_figures",
    "claimex_quotes",
    "claimex_records",
)

__all__ = [
    "PIPELINE",
    "PRE_PIPELINE",
    "ActorLinker",
    "ClaimexEntityRuler",
    "EntityNormalizer",
    "FigureExtractor",
    "LabelConsistency",
    "PlaceLinker",
    "QuoteFinder",
    "install_column_pipes",
    "make_actor_linker",
    "make_entity_normalizer",
    "make_figure_extractor",
    "make_label_consistency",
    "make_place_linker",
    "make_quote_finder",
    "sentence_periods",
    "swap_entity_ruler",
]
