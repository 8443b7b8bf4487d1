"""Errors the classifier raises on purpose.

Hierarchy::

    WildtraceError (wildtrace.exceptions)
    └── ClassifierError             exit 1  base of every classifier failure
        ├── ModelNotFoundError      exit 2  no model folder, or one without its files
        ├── ModelLoadError          exit 1  the weights or the encoder cannot be read
        ├── ClassifierInputError    exit 2  an input line or record is malformed
        ├── TrainingDataError       exit 2  a corpus or labels file is malformed or empty
        └── ModelRefusedError       exit 1  a new model is worse than the current one
"""

from __future__ import annotations

from wildtrace.exceptions import WildtraceError


class ClassifierError(WildtraceError):
    """Base class of every error raised by the classifier."""

    exit_code = 1


class ModelNotFoundError(ClassifierError):
    """The model folder does not exist or lacks its head or card."""

    exit_code = 2


class ModelLoadError(ClassifierError):
    """The head weights or the MiniLM encoder could not be loaded."""

    exit_code = 1


class ClassifierInputError(ClassifierError):
    """A listing to classify is malformed (bad JSON line, missing id/title/text)."""

    exit_code = 2


class TrainingDataError(ClassifierError):
    """A training or evaluation file is malformed, or no usable rows remain."""

    exit_code = 2


class ModelRefusedError(ClassifierError):
    """The newly trained model scores worse than the current one on the evaluation split."""

    exit_code = 1
