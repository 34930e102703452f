"""claimex's exceptions. Every one derives from :class:`ClaimexError` and from the built-in
exception a caller would catch anyway::

    ClaimexError
     +-- InputError(ClaimexError, TypeError)          E001 text is not a str, E002 no date
     |    +-- TextTooLongError(InputError, ValueError)  E003 text is longer than max_chars
     +-- ModelNotFoundError(ClaimexError, OSError)    E010 no German pipeline could be loaded
     +-- GoldFormatError(ClaimexError, ValueError)    E020 a gold file is malformed
     +-- SourceUnavailableError(GoldFormatError)      E021 a gold file's source text is missing

Messages start with their code and say what to do.
"""

from __future__ import annotations


class ClaimexError(Exception):
    """Base class of every claimex exception."""


class InputError(ClaimexError, TypeError):
    """The input is not text claimex can process (None, bytes, a number...; E001), or a
    ``date`` is no date (E002)."""


class TextTooLongError(InputError, ValueError):
    """The text is longer than the extractor's ``max_chars`` (see :func:`claimex.load`)."""


class ModelNotFoundError(ClaimexError, OSError):
    """No German spaCy pipeline could be found or loaded."""


class GoldFormatError(ClaimexError, ValueError):
    """A gold annotation file does not follow the gold format."""


class SourceUnavailableError(GoldFormatError):
    """A gold document refers to a source text that is not available here."""
