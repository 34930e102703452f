"""The installed claimex version ("0.0.0" when running from a source tree)."""

from __future__ import annotations

from importlib import metadata

try:
    __version__ = metadata.version("claimex")
except metadata.PackageNotFoundError:  # running from a source tree
    __version__ = "0.0.0"
