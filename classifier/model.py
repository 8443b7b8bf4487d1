"""The classifier: encoder + lexicon features + head -> calibrated verdicts with reasons."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from classifier.encoder import Encoder, shared_encoder
from classifier.explain import product_type, reasons
from classifier.features import (
    FEATURE_NAMES,
    LexiconSpecies,
    ListingEvidence,
    SpeciesSource,
    feature_matrix,
    gather,
    ngram_matrix,
)
from classifier.head import Head
from classifier.registry import resolve_model_dir
from classifier.rules import bounded_score
from classifier.settings import CLASSIFIER_BATCH_SIZE, CLASSIFIER_THRESHOLD
from wildtrace.models import Verdict

logger = logging.getLogger(__name__)

CARD_JSON = "card.json"


@dataclass
class ClassifierInput:
    """One listing to classify."""

    id: str
    title: str
    text: str
    lang: str | None = None
    url: str | None = None
    price: float | None = None

    @property
    def full_text(self) -> str:
        return "\n".join(part for part in (self.title, self.text) if part)


class Classifier:
    """Scores listings; build with :func:`load_classifier` (cached) rather than directly."""

    def __init__(self, head: Head, encoder: Encoder, species: SpeciesSource,
                 threshold: float = CLASSIFIER_THRESHOLD, model_version: str = "",
                 model_dir: Path | None = None) -> None:
        if list(head.feature_names) != list(FEATURE_NAMES):
            logger.warning("model features %s differ from code features %s",
                           head.feature_names, FEATURE_NAMES)
        self.head = head
        self.encoder = encoder
        self.species = species
        self.threshold = threshold
        self.model_version = model_version
        self.model_dir = model_dir

    def evidence(self, items: Sequence[ClassifierInput]) -> list[ListingEvidence]:
        return [gather(self.species, item.full_text, item.lang, item.price) for item in items]

    def inputs(self, items: Sequence[ClassifierInput], batch_size: int) -> tuple[Any, list[
            ListingEvidence]]:
        """The head's input matrix [embedding ; features] and the evidence behind it."""
        import numpy as np

        evidence = self.evidence(items)
        texts = [item.full_text for item in items]
        parts = [self.encoder.encode(texts, batch_size), feature_matrix(evidence)]
        if self.head.ngram_dims:
            parts.append(ngram_matrix(texts, self.head.ngram_dims))
        return np.hstack(parts), evidence

    def scores(self, items: Sequence[ClassifierInput],
               batch_size: int = CLASSIFIER_BATCH_SIZE) -> list[float]:
        if not items:
            return []
        inputs, evidence = self.inputs(items, batch_size)
        return [bounded_score(float(s), found)[0]
                for s, found in zip(self.head.scores(inputs), evidence, strict=True)]

    def classify(self, items: Sequence[ClassifierInput],
                 batch_size: int = CLASSIFIER_BATCH_SIZE) -> list[Verdict]:
        """One verdict per listing, in order."""
        if not items:
            return []
        inputs, evidence = self.inputs(items, batch_size)
        scores = self.head.scores(inputs)
        verdicts = []
        for item, found, score in zip(items, evidence, scores, strict=True):
            bounded, rule = bounded_score(float(score), found)
            value = round(bounded, 4)
            why = reasons(found, value, self.threshold)
            if rule:
                why.append(f"evidence rule: {rule} (model score {float(score):.2f})")
            verdicts.append(Verdict(
                id=item.id, score=value, flagged=value >= self.threshold,
                species=found.mentions,
                product_type=product_type(found, self.species),
                reasons=why, model_version=self.model_version))
        return verdicts


_CACHE: dict[tuple[str, float | None], Classifier] = {}
_LOCK = threading.Lock()


def load_classifier(model_dir: Path | None = None, *,
                    threshold: float | None = None) -> Classifier:
    """The classifier of ``model_dir`` (default: the promoted model, else the bundled one).

    Cached per (folder, threshold): the encoder and lexicon load once per process.
    """
    folder = resolve_model_dir(model_dir)
    key = (str(folder), threshold)
    with _LOCK:
        if key not in _CACHE:
            head = Head.load(folder)
            card: dict[str, Any] = {}
            if (folder / CARD_JSON).is_file():
                card = json.loads((folder / CARD_JSON).read_text(encoding="utf-8"))
            chosen = CLASSIFIER_THRESHOLD if threshold is None else threshold
            _CACHE[key] = Classifier(head, shared_encoder(), LexiconSpecies(), chosen,
                                     str(card.get("version", folder.name)), folder)
        return _CACHE[key]
