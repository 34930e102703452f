"""Which German spaCy pipeline claimex loads, and from where.

Resolution order (first hit wins):

1. the ``model`` argument (a package name or a path);
2. the ``CLAIMEX_MODEL`` environment variable;
3. an installed ``de_core_news_lg``, ``de_core_news_md``, ``de_core_news_sm``;
4. the pipeline that installs with claimex (``de_claimex_news``).
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Literal

import spacy
from spacy.language import Language

from claimex.errors import ModelNotFoundError

logger = logging.getLogger("claimex")

ENV_VAR = "CLAIMEX_MODEL"
INSTALLED_CANDIDATES = ("de_core_news_lg", "de_core_news_md", "de_core_news_sm")
BUNDLED_NAME = "de_claimex_news"

Origin = Literal["argument", "environment", "installed", "bundled"]


@dataclass(frozen=True)
class ModelChoice:
    """A resolved pipeline: what to pass to ``spacy.load`` and why it was chosen."""

    model: str
    origin: Origin


def bundled_path() -> Path:
    """Path of the German pipeline that installs with claimex."""
    return Path(str(resources.files("claimex").joinpath("_pipeline", BUNDLED_NAME)))


def resolve(model: str | None = None) -> ModelChoice:
    """Choose the German pipeline to load.

    Raises:
        ModelNotFoundError: no pipeline is given, installed or bundled.
    """
    if model:
        return ModelChoice(model, "argument")
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        return ModelChoice(env, "environment")
    for name in INSTALLED_CANDIDATES:
        if spacy.util.is_package(name):
            return ModelChoice(name, "installed")
    path = bundled_path()
    if (path / "meta.json").is_file():
        return ModelChoice(str(path), "bundled")
    raise ModelNotFoundError(
        "E010 no German spaCy pipeline found: claimex's bundled pipeline is missing from "
        f"{path} (reinstall claimex with `pip install claimex`), and none of "
        f"{', '.join(INSTALLED_CANDIDATES)} is installed. Pass model=... or set {ENV_VAR}."
    )


def load_pipeline(choice: ModelChoice) -> Language:
    """``spacy.load`` the chosen pipeline.

    Raises:
        ModelNotFoundError: it cannot be loaded.
    """
    logger.info("loading the German pipeline %s (chosen by %s)", choice.model, choice.origin)
    try:
        return spacy.load(choice.model)
    except (OSError, ValueError, ImportError) as exc:
        raise ModelNotFoundError(
            f"E010 cannot load the German spaCy pipeline {choice.model!r} "
            f"(chosen by {choice.origin}): {exc}. Install it, pass another model=..., "
            f"or unset {ENV_VAR} to use the pipeline bundled with claimex."
        ) from exc
