"""Training end to end on small corpora with the real encoder and lexicon: a worse model is
refused (nothing promoted), --force keeps it, decisions become rows, the card is complete."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from classifier.commands import train
from classifier.dataset import EVAL_FILE, TRAIN_FILE, load_rows
from classifier.exceptions import ModelRefusedError
from classifier.head import HEAD_WEIGHTS, sha256_file
from classifier.registry import current_dir, models_root
from classifier.settings import CLASSIFIER_BUNDLED_MODEL
from classifier.training import labels_from_decisions
from wildtrace.config import load_config
from wildtrace.models import PageExtraction

pytestmark = pytest.mark.slow


def write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                    encoding="utf-8")
    return path


def test_bundled_model_card_matches_weights() -> None:
    card = json.loads((CLASSIFIER_BUNDLED_MODEL / "card.json").read_text(encoding="utf-8"))
    assert card["weights_sha256"] == sha256_file(CLASSIFIER_BUNDLED_MODEL / HEAD_WEIGHTS)
    assert set(card["evaluation"]["by_language"]) == {"en", "fr", "es", "ar", "zh", "vi", "th",
                                                     "id", "pt"}
    assert (CLASSIFIER_BUNDLED_MODEL / "MODEL_CARD.md").is_file()


def test_worse_model_refused_then_forced(data_dir: Path, tmp_path: Path) -> None:
    config = load_config(data_dir)
    flipped = [{**r, "label": 1 - r["label"]} for r in load_rows(TRAIN_FILE)[::25]]
    train_file = write(tmp_path / "train.jsonl", flipped)
    eval_file = write(tmp_path / "eval.jsonl", load_rows(EVAL_FILE)[::8])
    assert current_dir(config) == CLASSIFIER_BUNDLED_MODEL
    with pytest.raises(ModelRefusedError, match="worse on the evaluation split"):
        train(config, train_file=train_file, eval_file=eval_file, decisions=[], dev_dirs=())
    assert current_dir(config) == CLASSIFIER_BUNDLED_MODEL
    root = models_root(config)
    assert not root.exists() or not [p for p in root.iterdir() if p.is_dir()]

    decisions = [("Selling rhino horn", "2 pieces, 500 g, price in PM", "en", "confirm"),
                 ("Tiger Balm", "6 jars, $12", "en", "dismiss"),
                 ("Tiger cub", "", "en", "escalate")]
    outcome = train(config, train_file=train_file, eval_file=eval_file, decisions=decisions,
                    force=True, dev_dirs=())
    assert outcome.promoted and current_dir(config) == outcome.folder
    assert outcome.result.decision_rows == 2 and outcome.result.dev_rows == 0
    assert outcome.before is not None
    assert (outcome.result.evaluation.overall.f1 or 0) < (outcome.before.overall.f1 or 0)
    card = json.loads((outcome.folder / "card.json").read_text(encoding="utf-8"))
    assert card["forced"] is True and card["version"] == outcome.version
    assert card["weights_sha256"] == sha256_file(outcome.folder / HEAD_WEIGHTS)
    assert card["previous_evaluation"]["overall"]["f1"] == outcome.before.overall.f1
    assert "before" in outcome.summary() and "after" in outcome.summary()


def test_store_decisions_read_from_real_store(data_dir: Path) -> None:
    from classifier.commands import store_decisions
    from store import open_store

    config = load_config(data_dir)
    assert store_decisions(config) == []  # no database yet: nothing to learn from
    config.paths.ensure()
    with open_store(config) as store:
        page = PageExtraction(url="https://market.example/item/1", page_type="listing",
                              title="Pangolin scales", description="5 kg, 200 USD per kg",
                              language="en")
        saved = store.save_page(page, marketplace="market.example", capture=None,
                                verdict=None)
        store.record_decision(saved.id, "ann", "confirm")
    decisions = store_decisions(config)
    assert decisions == [("Pangolin scales", "5 kg, 200 USD per kg", "en", "confirm")]
    rows = labels_from_decisions(decisions)
    assert [(r["title"], r["label"], r["lang"]) for r in rows] == [("Pangolin scales", 1, "en")]
