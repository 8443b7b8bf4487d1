"""Training: corpus (+ extra labels + investigators' decisions) -> a calibrated head, chosen by
measurement on held-out training rows, checked on the evaluation split, refused if worse."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from classifier.card import write_card
from classifier.dataset import DEV_DIRS, EVAL_FILE, TRAIN_FILE, load_rows, row_text
from classifier.encoder import CachedEncoder, Encoder, shared_encoder
from classifier.evaluation import EvaluationReport, score_rows
from classifier.exceptions import ModelRefusedError, TrainingDataError
from classifier.features import (
    FEATURE_NAMES,
    LexiconSpecies,
    ListingEvidence,
    SpeciesSource,
    feature_matrix,
    gather,
    ngram_matrix,
)
from classifier.head import Head, fit_head, fit_platt
from classifier.rules import bounded_score
from classifier.settings import (
    CLASSIFIER_DECISION_WEIGHT,
    CLASSIFIER_HIDDEN_UNITS,
    CLASSIFIER_HIDE_CODE_WORDS,
    CLASSIFIER_HOLDOUT_SHARE,
    CLASSIFIER_HOLDOUT_TAXA,
    CLASSIFIER_NGRAM_DIMS,
    CLASSIFIER_REFUSE_TOLERANCE,
    CLASSIFIER_THRESHOLD,
)

logger = logging.getLogger(__name__)

# (hidden units, n-gram buckets, evidence mix) of each candidate head.
CANDIDATES: tuple[tuple[int, int, float], ...] = (
    (0, 0, 0.0), (CLASSIFIER_HIDDEN_UNITS, 0, 0.0), (0, CLASSIFIER_NGRAM_DIMS, 0.0),
    (CLASSIFIER_HIDDEN_UNITS, CLASSIFIER_NGRAM_DIMS, 0.0), (CLASSIFIER_HIDDEN_UNITS, 0, 0.5),
    (CLASSIFIER_HIDDEN_UNITS, CLASSIFIER_NGRAM_DIMS, 0.5))
# The features that say which taxon the lexicon found: cleared on the hidden code-word copies.
TAXON_FEATURES = ("species", "appendix_i", "appendix_ii_iii", "product_or_code", "code_word")
DECISION_LABELS = {"confirm": 1, "confirmed": 1, "dismiss": 0, "dismissed": 0}


def labels_from_decisions(rows: Iterable[Sequence[str | None]]) -> list[dict[str, Any]]:
    """Investigators' decisions as training rows.

    Each item is ``(text, lang, decision)`` or ``(title, text, lang, decision)`` (the store's
    ``training_decisions()``); "confirm" -> label 1, "dismiss" -> label 0; other decisions
    (links to a case, notes) carry no label and are skipped.
    """
    out: list[dict[str, Any]] = []
    for number, item in enumerate(rows, 1):
        fields: list[str | None] = list(item)
        if len(fields) == 3:
            fields.insert(0, "")
        if len(fields) == 4:
            title, text, lang, decision = fields
        else:
            raise TrainingDataError(f"decision {number}: expected 3 or 4 fields, got {len(item)}")
        label = DECISION_LABELS.get(str(decision).strip().lower())
        if label is None or not (title or text):
            logger.debug("decision %d (%r) carries no label; skipped", number, decision)
            continue
        out.append({"id": f"decision-{number}", "title": title or "", "text": text or "",
                    "lang": lang or None, "label": label, "kind": "decision",
                    "product_type": "unknown", "species": "",
                    "weight": CLASSIFIER_DECISION_WEIGHT})
    return out


@dataclass
class Candidate:
    name: str
    head: Head
    holdout: EvaluationReport
    holdout_log_loss: float


@dataclass
class TrainingResult:
    head: Head
    candidates: list[Candidate]
    evaluation: EvaluationReport
    train_rows: int
    holdout_rows: int
    extra_rows: int
    decision_rows: int
    dev_rows: int = 0
    hidden_code_words: int = 0
    eval_scores: list[float] = field(default_factory=list)


def model_inputs(rows: Sequence[dict[str, Any]], encoder: Encoder | CachedEncoder,
                 species: SpeciesSource, ngram_dims: int = CLASSIFIER_NGRAM_DIMS) -> Any:
    """[embedding ; features ; n-grams]: a candidate without n-grams uses the first columns."""
    return inputs_and_evidence(rows, encoder, species, ngram_dims)[0]


def inputs_and_evidence(rows: Sequence[dict[str, Any]], encoder: Encoder | CachedEncoder,
                        species: SpeciesSource, ngram_dims: int = CLASSIFIER_NGRAM_DIMS
                        ) -> tuple[Any, list[ListingEvidence]]:
    """:func:`model_inputs` and the evidence each row's features came from."""
    import numpy as np

    texts = [row_text(r) for r in rows]
    evidence = [gather(species, text, r.get("lang")) for text, r in zip(texts, rows, strict=True)]
    inputs = np.hstack([encoder.encode(texts), feature_matrix(evidence),
                        ngram_matrix(texts, ngram_dims)])
    return inputs, evidence


def ruled_scores(scores: Sequence[float], evidence: Sequence[ListingEvidence]) -> list[float]:
    """The head's scores after the evidence rules of :mod:`classifier.rules`."""
    return [bounded_score(score, found)[0] for score, found in zip(scores, evidence, strict=True)]


def is_holdout(row: dict[str, Any]) -> bool:
    """Held out for calibration and selection: whole taxa, plus a share of harmless rows."""
    if row.get("kind") == "decision":
        return False
    if row.get("species") in CLASSIFIER_HOLDOUT_TAXA:
        return True
    if row.get("species"):
        return False
    bucket = sum(str(row.get("id")).encode()) % 100
    return bucket < CLASSIFIER_HOLDOUT_SHARE * 100


def hidden_code_words(inputs: Any, rows: Sequence[dict[str, Any]], labels: Any,
                      weights: Any, features_at: int) -> tuple[Any, Any, Any]:
    """A copy of every code-word offer with the taxon features cleared (``TAXON_FEATURES``;
    the features are the columns from ``features_at``, in the order of ``FEATURE_NAMES``).

    The lexicon knows the code words of the corpus, so without these copies the head learns
    that a code-word offer is one the lexicon explains; with them it must also read the offer
    from the text, as it has to when a seller's word is new (rule 8 of classifier.rules).
    """
    import numpy as np

    chosen = np.array([row.get("kind") == "code_word" and row.get("label") == 1
                       for row in rows], dtype=bool)
    copies = np.array(inputs[chosen], copy=True)
    for name in TAXON_FEATURES:
        copies[:, features_at + FEATURE_NAMES.index(name)] = 0.0
    return copies, labels[chosen], weights[chosen]


def log_loss(labels: Any, scores: Any) -> float:
    import numpy as np

    p = np.clip(np.asarray(scores, dtype=np.float64), 1e-6, 1 - 1e-6)
    y = np.asarray(labels, dtype=np.float64)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def fit(train_rows: list[dict[str, Any]], eval_rows: list[dict[str, Any]],
        encoder: Encoder | CachedEncoder | None = None, species: SpeciesSource | None = None,
        options: Sequence[tuple[int, int, float]] = CANDIDATES,
        threshold: float = CLASSIFIER_THRESHOLD) -> TrainingResult:
    """Fit each candidate head, keep the best on held-out rows, then score the eval split."""
    import numpy as np

    encoder = encoder or shared_encoder()
    species = species or LexiconSpecies()
    holdout_mask = np.array([is_holdout(r) for r in train_rows])
    if holdout_mask.all() or not holdout_mask.any():
        raise TrainingDataError("training rows cannot be split into a fit and a held-out part")
    inputs, train_evidence = inputs_and_evidence(train_rows, encoder, species)
    labels = np.array([r["label"] for r in train_rows], dtype=np.float32)
    weights = np.array([float(r.get("weight", 1.0)) for r in train_rows], dtype=np.float32)
    held = [r for r, h in zip(train_rows, holdout_mask, strict=True) if h]
    held_evidence = [e for e, h in zip(train_evidence, holdout_mask, strict=True) if h]
    base = inputs.shape[1] - CLASSIFIER_NGRAM_DIMS
    features = inputs[:, base - len(FEATURE_NAMES):base]
    evidence = fit_head(features[~holdout_mask], labels[~holdout_mask], weights[~holdout_mask],
                        list(FEATURE_NAMES), 0, text_dropout=0.0)
    fit_x, fit_y, fit_w = inputs[~holdout_mask], labels[~holdout_mask], weights[~holdout_mask]
    hidden_rows = 0
    if CLASSIFIER_HIDE_CODE_WORDS:
        fitted = [r for r, h in zip(train_rows, holdout_mask, strict=True) if not h]
        copies, copy_y, copy_w = hidden_code_words(fit_x, fitted, fit_y, fit_w,
                                                   base - len(FEATURE_NAMES))
        hidden_rows = len(copy_y)
        fit_x = np.vstack([fit_x, copies])
        fit_y, fit_w = np.concatenate([fit_y, copy_y]), np.concatenate([fit_w, copy_w])
    candidates = []
    for hidden, ngrams, mix in options:
        x = inputs[:, :base + ngrams]
        head = fit_head(fit_x[:, :base + ngrams], fit_y, fit_w,
                        list(FEATURE_NAMES), hidden, ngram_dims=ngrams)
        if mix:
            head.evidence_layer, head.evidence_mix = evidence.layers[0], mix
        head.platt_a, head.platt_b = fit_platt(head.logits(x[holdout_mask]),
                                               labels[holdout_mask])
        # judged as it will be used: the evidence rules lift some sales naming no taxon (rules
        # 7, 8) and cap others, so two heads with close scores can flag very different rows
        scores = ruled_scores([float(s) for s in head.scores(x[holdout_mask])], held_evidence)
        candidates.append(Candidate(head.kind, head, score_rows(held, scores, threshold),
                                    log_loss(labels[holdout_mask], scores)))
        logger.info("candidate %s: held-out F1 %s, log-loss %.4f", head.kind,
                    candidates[-1].holdout.overall.f1, candidates[-1].holdout_log_loss)
    # Log-loss is a proper scoring rule: it rewards calibrated scores, not one threshold's luck.
    best = min(candidates, key=lambda c: (c.holdout_log_loss, -(c.holdout.overall.f1 or 0.0)))
    eval_inputs, eval_evidence = inputs_and_evidence(eval_rows, encoder, species)
    # the evaluation is of the verdicts, evidence rules included, as `classifier evaluate` and
    # the current model's report are: comparing a bare head with a ruled model would mislead
    head_scores = best.head.scores(eval_inputs[:, :base + best.head.ngram_dims])
    eval_scores = ruled_scores([float(s) for s in head_scores], eval_evidence)
    return TrainingResult(
        head=best.head, candidates=candidates,
        evaluation=score_rows(eval_rows, eval_scores, threshold),
        train_rows=int((~holdout_mask).sum()), holdout_rows=int(holdout_mask.sum()),
        extra_rows=sum(r.get("kind") == "extra" for r in train_rows),
        decision_rows=sum(r.get("kind") == "decision" for r in train_rows),
        dev_rows=sum(bool(r.get("dev_set")) for r in train_rows), hidden_code_words=hidden_rows,
        eval_scores=eval_scores)


def development_rows(folders: Sequence[Path]) -> list[dict[str, Any]]:
    """The rows of the development sets, each marked with its folder's name (``dev_set``)."""
    rows = []
    for folder in folders:
        for row in load_rows(folder):
            row["dev_set"] = folder.name
            rows.append(row)
    return rows


def refusal(new: EvaluationReport, current: EvaluationReport | None,
            tolerance: float = CLASSIFIER_REFUSE_TOLERANCE) -> str | None:
    """Why the new model must not replace the current one, or None when it may."""
    if current is None:
        return None
    new_f1, old_f1 = new.overall.f1 or 0.0, current.overall.f1 or 0.0
    if new_f1 + tolerance < old_f1:
        return (f"the new model is worse on the evaluation split: F1 {new_f1:.3f} < "
                f"{old_f1:.3f} of the current model")
    return None


def train_model(out_dir: Path, version: str, *, train_file: Path = TRAIN_FILE,
                eval_file: Path = EVAL_FILE, extra_rows: Sequence[dict[str, Any]] = (),
                dev_dirs: Sequence[Path] = DEV_DIRS,
                current: EvaluationReport | None = None, force: bool = False,
                encoder: Encoder | CachedEncoder | None = None,
                species: SpeciesSource | None = None) -> TrainingResult:
    """Train, compare with ``current`` (its report on the same eval split), save to ``out_dir``.

    Raises :class:`ModelRefusedError` (and writes nothing) when the new model is worse and
    ``force`` is false.
    """
    train_rows = load_rows(train_file) + development_rows(dev_dirs) + list(extra_rows)
    eval_rows = load_rows(eval_file)
    result = fit(train_rows, eval_rows, encoder, species)
    reason = refusal(result.evaluation, current)
    if reason and not force:
        raise ModelRefusedError(reason + " (use --force to keep it anyway)")
    if reason:
        logger.warning("--force: keeping a worse model: %s", reason)
    digest = result.head.save(out_dir)
    write_card(out_dir, version, digest, result, current, train_file, eval_file, forced=bool(
        reason))
    return result
