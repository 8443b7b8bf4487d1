"""What the ``wildtrace classify`` and ``wildtrace classifier ...`` commands do (the CLI only
parses and prints)."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from classifier.code_words import CodeWordSuggestion
from classifier.dataset import (
    DEV_DIRS,
    EVAL_FILE,
    TRAIN_FILE,
    chunks,
    load_rows,
    read_listings,
    row_text,
)
from classifier.encoder import CachedEncoder, shared_encoder
from classifier.evaluation import EvaluationReport, render, score_rows
from classifier.exceptions import ClassifierError
from classifier.model import ClassifierInput, load_classifier
from classifier.registry import current_dir, models_root, new_version, promote
from classifier.settings import CLASSIFIER_BATCH_SIZE, CLASSIFIER_BUNDLED_MODEL
from classifier.training import TrainingResult, labels_from_decisions, train_model
from wildtrace.config import Config

logger = logging.getLogger(__name__)

EMBEDDING_CACHE = "embeddings-cache.npz"


def classify_stream(source: IO[str], out: IO[str], name: str = "-", *,
                    model_dir: Path | None = None, threshold: float | None = None,
                    batch_size: int = CLASSIFIER_BATCH_SIZE) -> int:
    """Classify JSON lines from ``source``, one JSON line per listing to ``out``.

    Every line is checked before anything is written, so a bad line stops the run with its
    line number and no partial output. Returns the number of listings classified.
    """
    items = [ClassifierInput(id=str(d["id"]), title=d["title"] or "", text=d["text"] or "",
                             lang=d.get("lang"), url=d.get("url"), price=d.get("price"))
             for _, d in read_listings(source, name)]
    if not items:
        return 0
    classifier = load_classifier(model_dir, threshold=threshold)
    for batch in chunks(items, max(batch_size, 1) * 8):
        for verdict in classifier.classify(batch, batch_size=batch_size):
            out.write(json.dumps(verdict.to_json(), ensure_ascii=False) + "\n")
        out.flush()
    return len(items)


def evaluate_model(model_dir: Path | None = None, eval_file: Path = EVAL_FILE,
                   threshold: float | None = None) -> EvaluationReport:
    """The model's precision, recall and F1 on a labelled file (default: the eval split)."""
    rows = load_rows(eval_file)
    classifier = load_classifier(model_dir, threshold=threshold)
    items = [ClassifierInput(id=str(r["id"]), title="", text=row_text(r), lang=r.get("lang"))
             for r in rows]
    return score_rows(rows, classifier.scores(items), classifier.threshold)


def store_decisions(config: Config) -> list[tuple[str, str, str | None, str]]:
    """Investigators' decisions kept by the store ([] when the store has none or is absent)."""
    try:
        from store import open_store
    except ImportError:
        logger.info("no store package: training without investigators' decisions")
        return []
    if not config.paths.database.exists() and config.database_url.startswith("sqlite"):
        return []
    with open_store(config) as store:
        return list(store.training_decisions())


@dataclass
class TrainOutcome:
    version: str
    folder: Path
    result: TrainingResult
    before: EvaluationReport | None
    promoted: bool

    def summary(self) -> str:
        def f1(report: EvaluationReport | None) -> str:
            value = report.overall.f1 if report else None
            return "-" if value is None else f"{value:.3f}"

        lines = [f"model {self.version} saved to {self.folder}",
                 f"head: {self.result.head.kind} (candidates: " + ", ".join(
                     f"{c.name} held-out F1 {c.holdout.overall.f1 or 0:.3f}"
                     for c in self.result.candidates) + ")",
                 f"training rows: {self.result.train_rows} fitted, {self.result.holdout_rows} "
                 f"held out, {self.result.extra_rows} extra, {self.result.decision_rows} "
                 "from investigators' decisions",
                 f"development sets: {self.result.dev_rows} of those rows; "
                 f"{self.result.hidden_code_words} code-word offers also fitted with the "
                 "taxon features cleared",
                 f"evaluation F1: before {f1(self.before)}, after {f1(self.result.evaluation)}",
                 "promoted: " + ("yes" if self.promoted else "no"), "",
                 render(self.result.evaluation)]
        return "\n".join(lines)


def train(config: Config, *, extra_labels: Path | None = None, force: bool = False,
          out_dir: Path | None = None, train_file: Path = TRAIN_FILE,
          eval_file: Path = EVAL_FILE,
          decisions: Iterable[Sequence[str | None]] | None = None,
          dev_dirs: Sequence[Path] = DEV_DIRS) -> TrainOutcome:
    """Train a model on the corpus (``train.jsonl`` and the development sets ``dev_dirs``),
    extra labels and the store's decisions.

    With ``out_dir`` the model is written there and nothing is promoted (used to rebuild the
    bundled model). Otherwise it goes to ``<data dir>/models/classifier/<version>/`` and is
    promoted unless it is worse than the current model on the evaluation split (refused, or
    kept with ``force``).
    """
    extra = load_rows(extra_labels) if extra_labels else []
    for row in extra:
        row["kind"] = "extra"
    decided = labels_from_decisions(store_decisions(config) if decisions is None else decisions)
    before: EvaluationReport | None = None
    try:
        before = evaluate_model(current_dir(config), eval_file)
    except ClassifierError as exc:
        logger.warning("no current model to compare with: %s", exc)
    if out_dir is not None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        name = "bundled" if out_dir.resolve() == CLASSIFIER_BUNDLED_MODEL else out_dir.name
        version, folder = f"{name}-{stamp}", out_dir
    else:
        config.paths.ensure()
        version, folder = new_version(config)
    cache = CachedEncoder(shared_encoder(), models_root(config) / EMBEDDING_CACHE)
    result = train_model(folder, version, train_file=train_file, eval_file=eval_file,
                         extra_rows=extra + decided, current=before, force=force, encoder=cache,
                         dev_dirs=dev_dirs)
    promoted = out_dir is None
    if promoted:
        promote(config, version)
    return TrainOutcome(version, folder, result, before, promoted)


def as_json(report: EvaluationReport) -> dict[str, Any]:
    return report.to_json()


def suggest_from_store(config: Config, *, min_listings: int = 2,
                       limit: int = 50) -> list[CodeWordSuggestion]:
    """Code-word candidates from the store's decisions, against the labelled corpus as
    background (:func:`classifier.code_words.suggest_code_words`)."""
    from classifier.code_words import suggest_code_words
    from classifier.features import LexiconSpecies

    background = [(row_text(row), row.get("lang")) for row in load_rows(TRAIN_FILE)]
    return suggest_code_words(store_decisions(config), LexiconSpecies(), background,
                              min_listings=min_listings, limit=limit)


def suggestions_table(found: list[CodeWordSuggestion]) -> str:
    """The candidates as a plain-text table, or a line saying there are none."""
    if not found:
        return ("no candidate: no term recurs in confirmed listings the lexicon could not "
                "explain (confirm more listings in triage, or lower --min-listings)")
    lines = [f"{'listings':>8}  {'lang':4}  {'term':28}  examples"]
    for item in found:
        examples = " | ".join(example[:40] for example in item.examples)
        lines.append(f"{item.confirmed:>8}  {item.lang:4}  {item.term[:28]:28}  {examples}")
    return "\n".join(lines)
