"""Which German spaCy pipeline claimex loads, and from where.

Resolution order (first hit wins):

1. the ``model`` argument (a package name or a path);
2. the ``CLAIMEX_MODEL`` environment variable;
3. an installed ``de_core_news_lg``, ``de_core_news_md``, ``de_core_news_sm``;
4. the pipeline that installs with claimex (``de_claimex_news``).

The name ``de_claimex_news`` (what ``Extraction.model.name`` reports for the bundled
pipeline) may be given as the argument or in ``CLAIMEX_MODEL``: it stands for the bundled
pipeline's folder, so the bundled pipeline can be kept where a ``de_core_news_*`` package is
installed.
"""

from __future__ import annotations

import logging
import os
from collections import OrderedDict, deque
from dataclasses import dataclass
from importlib import resources
from itertools import repeat
from pathlib import Path
from typing import Any, Literal

import spacy
import srsly
from spacy.language import Language
from spacy.lookups import Lookups, Table
from spacy.pipeline import Lemmatizer
from spacy.strings import get_string_id

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
        return _named(model, "argument")
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        return _named(env, "environment")
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


def _named(model: str, origin: Origin) -> ModelChoice:
    """The pipeline named by the argument or ``CLAIMEX_MODEL``: the bundled pipeline's
    folder for its name ``de_claimex_news`` (unless a package of that name is installed),
    else the name or path as given."""
    if model == BUNDLED_NAME and not spacy.util.is_package(model):
        return ModelChoice(str(bundled_path()), origin)
    return ModelChoice(model, origin)


def _remedy(origin: Origin) -> str:
    """What to do when the pipeline chosen by ``origin`` cannot be loaded."""
    bundled = f"{BUNDLED_NAME} for the pipeline bundled with claimex"
    if origin == "argument":
        return (
            "Install it, or pass another pipeline (model=..., --model on the command line): "
            f"a package name, a path, or {bundled}; leave it out for the default order"
        )
    if origin == "environment":
        return f"Install it, set {ENV_VAR} to another pipeline ({bundled}), or unset it"
    if origin == "installed":
        return (
            "Reinstall it for this spaCy version or uninstall it, or choose "
            f"{bundled}: model={BUNDLED_NAME!r}, --model {BUNDLED_NAME} or "
            f"{ENV_VAR}={BUNDLED_NAME}"
        )
    return "Reinstall claimex (pip install claimex)"


def load_pipeline(choice: ModelChoice) -> Language:
    """``spacy.load`` the chosen pipeline.

    Raises:
        ModelNotFoundError: it cannot be loaded.
    """
    logger.info("loading the German pipeline %s (chosen by %s)", choice.model, choice.origin)
    try:
        return _load(choice.model)
    except (OSError, ValueError, ImportError) as exc:
        raise ModelNotFoundError(
            f"E010 cannot load the German spaCy pipeline {choice.model!r} "
            f"(chosen by {choice.origin}): {str(exc).rstrip('.')}. {_remedy(choice.origin)}."
        ) from exc


def _load(model: str) -> Language:
    """``spacy.load(model)``, with the lookup tables of a pipeline directory's spaCy
    ``lemmatizer`` read by :func:`read_lookups` (the same tables, built faster).

    spaCy's ``Lookups.from_bytes`` inserts a table's entries one Python call at a time
    (1.3 s of the bundled pipeline's 2 s load for its 355,000 word forms); the rest of the
    load is spaCy's own ``spacy.load`` path (``load_model_from_path``), step by step.
    """
    path = Path(model)
    if spacy.util.is_package(model) or not (path / "config.cfg").is_file():
        return spacy.load(model)
    config = spacy.util.load_config(path / "config.cfg")
    nlp = spacy.util.load_model_from_config(config, meta=spacy.util.get_model_meta(path))
    lemmatizers = {
        name: pipe
        for name, pipe in nlp.components
        if type(pipe) is Lemmatizer and (path / name / "lookups").is_dir()
    }
    nlp.from_disk(path, exclude=list(lemmatizers))
    for name, pipe in lemmatizers.items():  # what Lemmatizer.from_disk does, faster
        pipe.lookups = read_lookups(path / name / "lookups")
        pipe._validate_tables()
    return nlp


def read_lookups(path: Path, filename: str = "lookups.bin") -> Lookups:
    """``Lookups().from_disk(path)``: the same tables (entries, order and Bloom filter),
    each filled by C-level ``map`` calls instead of one ``Table.__setitem__`` per entry."""
    lookups = Lookups()
    file = path / filename
    if file.exists():
        for name, data in srsly.msgpack_loads(file.read_bytes()).items():
            lookups.set_table(name, build_table(name, data))
    return lookups


def build_table(name: str, data: dict[Any, Any]) -> Table:
    """``Table(name, data)``, built without a Python call per entry.

    Example:
        >>> forms = {"Häuser": "Haus", "sagte": "sagen"}
        >>> build_table("lemma_lookup", forms).to_bytes() == Table("lemma_lookup", forms).to_bytes()
        True
    """
    table = Table(name=name, data={})  # no entries, a Bloom filter sized for none
    table.bloom = type(table.bloom).from_error_rate(max(len(data), 1))
    keys = list(map(get_string_id, data))
    deque(map(OrderedDict.__setitem__, repeat(table), keys, data.values()), maxlen=0)
    deque(map(table.bloom.add, keys), maxlen=0)
    return table
