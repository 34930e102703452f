"""claimex: who said what, about whom, where, and with which numbers, in German news.

Example:
    >>> import claimex
    >>> result = claimex.extract("Der russische Präsident Wladimir Putin reiste nach Minsk.")
    >>> [actor.name for actor in result.actors]
    ['Wladimir Putin']
"""

import logging as _logging

from claimex._api import Extractor, __version__, add_components, extract, load
from claimex.dataframe import to_dataframe
from claimex.errors import (
    ClaimexError,
    GoldFormatError,
    InputError,
    ModelNotFoundError,
    SourceUnavailableError,
    TextTooLongError,
)
from claimex.records import (
    Actor,
    Entity,
    Extraction,
    ExtractionFailure,
    ExtractionResult,
    ExtractionWarning,
    Figure,
    Mention,
    ModelInfo,
    Place,
    Quote,
    Source,
)

# claimex logs to the "claimex" logger; the application decides where it goes.
_logging.getLogger("claimex").addHandler(_logging.NullHandler())

__all__ = [
    "Actor",
    "ClaimexError",
    "Entity",
    "Extraction",
    "ExtractionFailure",
    "ExtractionResult",
    "ExtractionWarning",
    "Extractor",
    "Figure",
    "GoldFormatError",
    "InputError",
    "Mention",
    "ModelInfo",
    "ModelNotFoundError",
    "Place",
    "Quote",
    "Source",
    "SourceUnavailableError",
    "TextTooLongError",
    "__version__",
    "add_components",
    "extract",
    "load",
    "to_dataframe",
]
