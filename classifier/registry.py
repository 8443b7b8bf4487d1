"""Where models live: the bundled one in the repository, trained ones in the data directory.

Trained versions go to ``<data dir>/models/classifier/<version>/``; the file ``CURRENT`` in that
folder names the promoted one. Without it, the bundled model (``classifier/model/``) is used.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

from classifier.exceptions import ModelNotFoundError
from classifier.settings import (
    CLASSIFIER_BUNDLED_MODEL,
    CLASSIFIER_CURRENT_FILE,
    CLASSIFIER_MODELS_SUBDIR,
)
from wildtrace.config import Config, load_config
from wildtrace.exceptions import ConfigurationError

logger = logging.getLogger(__name__)


def models_root(config: Config) -> Path:
    return config.paths.models / CLASSIFIER_MODELS_SUBDIR


def promoted_dir(config: Config) -> Path | None:
    """The promoted version's folder, or None when nothing was promoted."""
    pointer = models_root(config) / CLASSIFIER_CURRENT_FILE
    if not pointer.is_file():
        return None
    folder = models_root(config) / pointer.read_text(encoding="utf-8").strip()
    if not folder.is_dir():
        logger.warning("%s names %s, which does not exist; using the bundled model",
                       pointer, folder)
        return None
    return folder


def current_dir(config: Config | None = None) -> Path:
    """The model in use: the promoted one, else the bundled one."""
    if config is None:
        try:
            config = load_config()
        except ConfigurationError:
            return CLASSIFIER_BUNDLED_MODEL
    return promoted_dir(config) or CLASSIFIER_BUNDLED_MODEL


def resolve_model_dir(model_dir: Path | None) -> Path:
    if model_dir is None:
        return current_dir()
    folder = Path(model_dir)
    if not folder.is_dir():
        raise ModelNotFoundError(f"{folder}: no such model folder")
    return folder


def new_version(config: Config) -> tuple[str, Path]:
    """A fresh, time-stamped version name and its (not yet created) folder."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    root = models_root(config)
    version, number = stamp, 1
    while (root / version).exists():
        number += 1
        version = f"{stamp}-{number}"
    return version, root / version


def promote(config: Config, version: str) -> None:
    root = models_root(config)
    if not (root / version).is_dir():
        raise ModelNotFoundError(f"{root / version}: no such model version")
    tmp = root / (CLASSIFIER_CURRENT_FILE + ".tmp")
    tmp.write_text(version + "\n", encoding="utf-8")
    tmp.replace(root / CLASSIFIER_CURRENT_FILE)
    logger.info("classifier model %s promoted", version)
