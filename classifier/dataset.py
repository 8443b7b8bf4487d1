"""Labelled rows: the bundled corpus files, extra label files, and listings read as JSON lines."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from classifier.exceptions import ClassifierInputError, TrainingDataError
from classifier.settings import CLASSIFIER_DEV_SETS

logger = logging.getLogger(__name__)

CORPUS_DIR = Path(__file__).resolve().parent / "corpus"
TRAIN_FILE = CORPUS_DIR / "train.jsonl"
# The evaluation split: a folder of labelled JSON-lines files (hand-written, blind), read whole.
EVAL_FILE = CORPUS_DIR / "eval"
# Training rows beside TRAIN_FILE: blind sets read while developing, and ordinary listings
# (settings.CLASSIFIER_DEV_SETS).
DEV_DIRS = tuple(CORPUS_DIR / name for name in CLASSIFIER_DEV_SETS)
ROW_DEFAULTS: dict[str, Any] = {"lang": None, "kind": "extra", "product_type": "unknown",
                                "species": "", "weight": 1.0}


def load_rows(path: Path) -> list[dict[str, Any]]:
    """Labelled rows of a JSON-lines file, or of every ``*.jsonl`` file under a folder (in
    path order): ``title`` or ``text``, ``label`` 0/1 required."""
    if path.is_dir():
        files = sorted(path.rglob("*.jsonl"))
        if not files:
            raise TrainingDataError(f"{path}: no .jsonl files in this folder")
        return [row for file in files for row in load_rows(file)]
    if not path.is_file():
        raise TrainingDataError(f"{path}: no such labels file")
    rows = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                raise TrainingDataError(f"{path}:{number}: not JSON ({exc.msg})") from exc
            if not isinstance(data, dict):
                raise TrainingDataError(f"{path}:{number}: expected a JSON object")
            if data.get("label") not in (0, 1, True, False):
                raise TrainingDataError(f"{path}:{number}: 'label' must be 0 or 1")
            if not (data.get("title") or data.get("text")):
                raise TrainingDataError(f"{path}:{number}: needs a 'title' or a 'text'")
            row = {**ROW_DEFAULTS, **data}
            row.setdefault("id", f"{path.stem}-{number}")
            row.setdefault("title", "")
            row.setdefault("text", "")
            row["label"] = int(row["label"])
            rows.append(row)
    if not rows:
        raise TrainingDataError(f"{path}: no labelled rows")
    return rows


def row_text(row: dict[str, Any]) -> str:
    return "\n".join(part for part in (row.get("title"), row.get("text")) if part)


def read_listings(stream: IO[str], source: str = "-") -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for each non-blank line; malformed lines raise with the number."""
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ClassifierInputError(f"{source}: line {number}: not JSON ({exc.msg})") from exc
        if not isinstance(data, dict):
            raise ClassifierInputError(f"{source}: line {number}: expected a JSON object")
        missing = [key for key in ("id", "title", "text") if key not in data]
        if missing:
            raise ClassifierInputError(
                f"{source}: line {number}: missing {', '.join(repr(k) for k in missing)}")
        for key in ("title", "text"):
            if data[key] is not None and not isinstance(data[key], str):
                raise ClassifierInputError(f"{source}: line {number}: {key!r} must be a string")
        price = data.get("price")
        if price is not None and (isinstance(price, bool) or not isinstance(price, int | float)):
            raise ClassifierInputError(f"{source}: line {number}: 'price' must be a number")
        yield number, data


def chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
