"""The trained part: a small head over [MiniLM embedding ; lexicon features], plus Platt scaling.

Training uses torch (full-batch Adam, class-balanced loss, fixed seed); inference is plain
numpy, so loading a model costs nothing beyond the encoder. Saved as ``head.npz`` (weights) and
``head.json`` (shape, feature names, Platt parameters).
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from classifier.exceptions import ModelLoadError, ModelNotFoundError
from classifier.settings import (
    CLASSIFIER_EPOCHS,
    CLASSIFIER_LEARNING_RATE,
    CLASSIFIER_SEED,
    CLASSIFIER_TEXT_DROPOUT,
    CLASSIFIER_WEIGHT_DECAY,
)

logger = logging.getLogger(__name__)

HEAD_WEIGHTS = "head.npz"
HEAD_CONFIG = "head.json"


@dataclass
class Head:
    """Weights of a logistic (one layer) or MLP (two layers) head and its calibration."""

    layers: list[tuple[Any, Any]]  # (weight (in, out), bias (out,)) numpy arrays
    feature_names: list[str]
    ngram_dims: int = 0  # inputs are [embedding ; features ; hashed n-grams (ngram_dims)]
    # Optional evidence branch: a logistic model on the features alone, mixed into the logit.
    evidence_layer: tuple[Any, Any] | None = None
    evidence_mix: float = 0.0
    platt_a: float = 1.0
    platt_b: float = 0.0

    @property
    def kind(self) -> str:
        name = "logistic" if len(self.layers) == 1 else f"mlp-{self.layers[0][0].shape[1]}"
        name += f"+ngrams-{self.ngram_dims}" if self.ngram_dims else ""
        return name + (f"+evidence-{self.evidence_mix:g}" if self.evidence_layer else "")

    def feature_columns(self, inputs: Any) -> Any:
        start = inputs.shape[1] - self.ngram_dims - len(self.feature_names)
        return inputs[:, start:start + len(self.feature_names)]

    def logits(self, inputs: Any) -> Any:
        import numpy as np

        hidden = inputs
        for number, (weight, bias) in enumerate(self.layers):
            hidden = hidden @ weight + bias
            if number < len(self.layers) - 1:
                hidden = np.maximum(hidden, 0.0)
        if self.evidence_layer is None:
            return hidden[:, 0]
        weight, bias = self.evidence_layer
        evidence = (self.feature_columns(inputs) @ weight + bias)[:, 0]
        return (1.0 - self.evidence_mix) * hidden[:, 0] + self.evidence_mix * evidence

    def scores(self, inputs: Any) -> Any:
        """Calibrated probabilities in [0, 1]."""
        import numpy as np

        z = self.platt_a * self.logits(inputs) + self.platt_b
        return 1.0 / (1.0 + np.exp(-np.clip(z, -40.0, 40.0)))

    def save(self, folder: Path) -> str:
        """Write the head; returns the SHA-256 of the weights file."""
        import numpy as np

        folder.mkdir(parents=True, exist_ok=True)
        arrays = {f"{kind}{n}": array for n, (w, b) in enumerate(self.layers)
                  for kind, array in (("w", w), ("b", b))}
        if self.evidence_layer is not None:
            arrays["ew"], arrays["eb"] = self.evidence_layer
        with (folder / HEAD_WEIGHTS).open("wb") as handle:
            np.savez(handle, **arrays)
        config = {"layers": len(self.layers), "feature_names": self.feature_names,
                  "ngram_dims": self.ngram_dims, "evidence_mix": self.evidence_mix,
                  "platt_a": self.platt_a, "platt_b": self.platt_b, "kind": self.kind}
        (folder / HEAD_CONFIG).write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
        return sha256_file(folder / HEAD_WEIGHTS)

    @classmethod
    def load(cls, folder: Path) -> Head:
        import numpy as np

        if not (folder / HEAD_WEIGHTS).is_file() or not (folder / HEAD_CONFIG).is_file():
            raise ModelNotFoundError(
                f"{folder} is not a classifier model folder (needs {HEAD_WEIGHTS} and "
                f"{HEAD_CONFIG}); train one with 'wildtrace classifier train'")
        try:
            config = json.loads((folder / HEAD_CONFIG).read_text(encoding="utf-8"))
            with np.load(folder / HEAD_WEIGHTS) as data:
                layers = [(data[f"w{n}"], data[f"b{n}"]) for n in range(int(config["layers"]))]
                evidence = (data["ew"], data["eb"]) if "ew" in data else None
        except (OSError, ValueError, KeyError) as exc:
            raise ModelLoadError(f"cannot read the classifier head in {folder}: {exc}") from exc
        return cls(layers=layers, feature_names=list(config["feature_names"]),
                   ngram_dims=int(config.get("ngram_dims", 0)), evidence_layer=evidence,
                   evidence_mix=float(config.get("evidence_mix", 0.0)),
                   platt_a=float(config["platt_a"]), platt_b=float(config["platt_b"]))


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fit_head(inputs: Any, labels: Any, weights: Any, feature_names: list[str], hidden: int,
             epochs: int = CLASSIFIER_EPOCHS, seed: int = CLASSIFIER_SEED,
             ngram_dims: int = 0, text_dropout: float = CLASSIFIER_TEXT_DROPOUT) -> Head:
    """Fit a head on float32 inputs, 0/1 labels and per-row weights (class-balanced here).

    Inputs are [embedding ; len(feature_names) features ; n-grams]; ``text_dropout`` of the
    rows in each batch have their embedding and n-gram columns zeroed.
    """
    import numpy as np
    import torch

    torch.manual_seed(seed)
    x = torch.from_numpy(np.asarray(inputs, dtype=np.float32))
    y = torch.from_numpy(np.asarray(labels, dtype=np.float32))
    w = torch.from_numpy(np.asarray(weights, dtype=np.float32))
    positives = float((y * w).sum())
    negatives = float(((1 - y) * w).sum())
    balance = torch.where(y > 0.5, (positives + negatives) / (2 * max(positives, 1e-6)),
                          (positives + negatives) / (2 * max(negatives, 1e-6)))
    if hidden > 0:
        net: torch.nn.Module = torch.nn.Sequential(
            torch.nn.Linear(x.shape[1], hidden), torch.nn.ReLU(), torch.nn.Dropout(0.2),
            torch.nn.Linear(hidden, 1))
    else:
        net = torch.nn.Sequential(torch.nn.Linear(x.shape[1], 1))
    optimiser = torch.optim.Adam(net.parameters(), lr=CLASSIFIER_LEARNING_RATE,
                                 weight_decay=CLASSIFIER_WEIGHT_DECAY)
    loss_fn = torch.nn.BCEWithLogitsLoss(weight=w * balance)
    generator = torch.Generator().manual_seed(seed)
    text_columns = torch.ones(x.shape[1])
    start = x.shape[1] - ngram_dims - len(feature_names)
    text_columns[start:start + len(feature_names)] = 0.0
    for _ in range(epochs):
        net.train()
        for batch in torch.randperm(len(x), generator=generator).split(256):
            optimiser.zero_grad()
            blank = (torch.rand(len(batch), 1, generator=generator) < text_dropout).float()
            inputs_ = x[batch] * (1.0 - blank * text_columns)
            loss = torch.nn.functional.binary_cross_entropy_with_logits(
                net(inputs_)[:, 0], y[batch], weight=(w * balance)[batch])
            loss.backward()
            optimiser.step()
    net.eval()
    with torch.no_grad():
        final = float(loss_fn(net(x)[:, 0], y))
    logger.info("head %s trained: %d rows, final loss %.4f", hidden or "logistic", len(x), final)
    linears = [m for m in net.modules() if isinstance(m, torch.nn.Linear)]
    layers = [(m.weight.detach().numpy().T.copy(), m.bias.detach().numpy().copy())
              for m in linears]
    return Head(layers=layers, feature_names=feature_names, ngram_dims=ngram_dims)


def fit_platt(logits: Any, labels: Any) -> tuple[float, float]:
    """Platt scaling: a, b minimising log-loss of sigmoid(a * logit + b) on held-out rows."""
    import numpy as np
    import torch

    z = torch.from_numpy(np.asarray(logits, dtype=np.float64))
    y = torch.from_numpy(np.asarray(labels, dtype=np.float64))
    # Platt's smoothed targets keep a and b finite when the held-out rows are separable.
    n_pos, n_neg = float(y.sum()), float(len(y) - y.sum())
    target = torch.where(y > 0.5, (n_pos + 1) / (n_pos + 2), 1 / (n_neg + 2))
    params = torch.tensor([1.0, 0.0], dtype=torch.float64, requires_grad=True)
    optimiser = torch.optim.LBFGS([params], max_iter=200, line_search_fn="strong_wolfe")

    def closure() -> Any:
        optimiser.zero_grad()
        loss = torch.nn.functional.binary_cross_entropy_with_logits(
            params[0] * z + params[1], target)
        loss.backward()
        return loss

    optimiser.step(closure)
    a, b = (float(v) for v in params.detach())
    if not np.isfinite(a) or not np.isfinite(b) or a <= 0:
        logger.warning("Platt scaling failed (a=%s, b=%s); keeping the raw sigmoid", a, b)
        return 1.0, 0.0
    return a, b
