"""The model card saved with every model: data, measures, date, limits and the weights' hash."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from classifier.encoder import ENCODER_NAME
from classifier.evaluation import EvaluationReport, render
from classifier.settings import CLASSIFIER_DEV_SETS

if TYPE_CHECKING:
    from classifier.training import TrainingResult

CARD_JSON = "card.json"
CARD_MD = "MODEL_CARD.md"

LIMITS = [
    "Reads text only: photos, prices in images and seller history are not used.",
    "Species come from the extractors' lexicon; a taxon or code word missing there is seen "
    "only through the MiniLM embedding, which is English-centred (ar, th, zh are weak).",
    "Trained on generated template text, hand-written development sets by other authors whose "
    "rows were read while the wording cues and lexicon grew; the evaluation split was read the "
    "same way, so real listings will score lower (the latest blind readings are in "
    "classifier/README.md).",
    "Rule 8 lets the head flag a sale that names no listed taxon and shows a sign of the trade; "
    "it also flags some farmed or ordinary goods worded like the trade (counts on ordinary "
    "listings held out from training: classifier/README.md § Evaluation).",
    "Wanted-to-buy posts are scored as non-offers (label 0).",
    "40 evaluation rows per language: one miss moves a language's recall by 5 points.",
]

DEVELOPMENT = (
    "How the evaluation split was used: its aggregate tables were read 4 times on 2026-11-23; "
    "later its errors were read row by row while the lexicon and wording cues grew, so its "
    "figures are optimistic. It gates promotion and is never a training row. The development "
    "sets (blind sets by other authors, each measured once before its rows were read) are "
    "training rows; the blind sets not yet read are neither. Head choices (n-gram candidate, "
    "text-vector dropout, evidence branch, selection by held-out log-loss, hidden code words) "
    "were chosen on held-out training rows and on blind sets scored with the lexicon of their "
    "first reading.")


def _f(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def write_card(folder: Path, version: str, digest: str, result: TrainingResult,
               current: EvaluationReport | None, train_file: Path, eval_file: Path,
               forced: bool = False) -> dict[str, Any]:
    card: dict[str, Any] = {
        "version": version,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "encoder": ENCODER_NAME + " (frozen, mean pooling, max 128 word pieces)",
        "head": result.head.kind,
        "weights_sha256": digest,
        "features": result.head.feature_names,
        "platt": {"a": result.head.platt_a, "b": result.head.platt_b},
        "data": {"train_file": train_file.name, "eval_file": eval_file.name,
                 "fit_rows": result.train_rows, "holdout_rows": result.holdout_rows,
                 "extra_rows": result.extra_rows, "decision_rows": result.decision_rows,
                 "dev_rows": result.dev_rows, "dev_sets": list(CLASSIFIER_DEV_SETS),
                 "hidden_code_words": result.hidden_code_words},
        "selection": {c.name: {"holdout_f1": c.holdout.overall.f1,
                               "holdout_log_loss": c.holdout_log_loss}
                      for c in result.candidates},
        "evaluation": result.evaluation.to_json(),
        "previous_evaluation": current.to_json() if current else None,
        "forced": forced,
        "limits": LIMITS,
        "development": DEVELOPMENT,
    }
    (folder / CARD_JSON).write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n",
                                    encoding="utf-8")
    before = (f"F1 {_f(current.overall.f1)} before, " if current else "")
    selection = "\n".join(
        f"| {c.name} | {_f(c.holdout.overall.f1)} | {c.holdout_log_loss:.4f} |"
        for c in result.candidates)
    text = f"""# Classifier model {version}

- Created: {card['created']}
- Encoder: {card['encoder']}
- Head: {result.head.kind} over [384-d embedding ; {len(result.head.feature_names)} lexicon and
  wording features], Platt-calibrated (a={result.head.platt_a:.3f}, b={result.head.platt_b:.3f})
- Weights: `head.npz`, SHA-256 `{digest}`
- Data: {train_file.name} and the development sets ({result.train_rows} rows fitted,
  {result.holdout_rows} held out for calibration and selection; {result.dev_rows} rows from
  {", ".join(CLASSIFIER_DEV_SETS)}), {result.extra_rows} extra labels,
  {result.decision_rows} investigator decisions; {result.hidden_code_words} code-word offers
  also fitted with their taxon features cleared; evaluated on {eval_file.name}
- Evaluation: {before}F1 {_f(result.evaluation.overall.f1)} now{' (FORCED)' if forced else ''}

## Selection (held-out training rows, never the evaluation split)
| head | held-out F1 | held-out log-loss |
|---|---|---|
{selection}

## Evaluation split
{render(result.evaluation, markdown=True)}
## Development
{DEVELOPMENT}

## Limits
""" + "\n".join(f"- {line}" for line in LIMITS) + "\n"
    (folder / CARD_MD).write_text(text, encoding="utf-8")
    return card
