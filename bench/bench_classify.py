"""Classifier throughput: ``Classifier.classify`` in batches against the bare MiniLM forward pass
on the same texts in the same run (and against classifying one listing at a time).

The bare forward pass is the floor of any transformer classifier on this machine; the ratio
shows what the lexicon matching, wording cues, pooling, head and reasons cost on top of it.
"""

from __future__ import annotations

from bench.common import Row, stopwatch
from classifier import ClassifierInput, load_classifier
from classifier.dataset import EVAL_FILE, load_rows, row_text

BATCH = 32


def run(quick: bool) -> list[Row]:
    rows = load_rows(EVAL_FILE)
    rows = rows[:64] if quick else rows
    items = [ClassifierInput(id=str(r["id"]), title="", text=row_text(r), lang=r["lang"])
             for r in rows]
    texts = [item.full_text for item in items]
    classifier = load_classifier()
    classifier.classify(items[:BATCH], batch_size=BATCH)  # warm-up: load, lexicon, threads
    by_length = sorted(texts, key=len)  # same padding-saving order classify uses
    with stopwatch() as elapsed:
        for start in range(0, len(by_length), BATCH):
            classifier.encoder.forward(by_length[start:start + BATCH])
    bare = len(texts) / elapsed()
    with stopwatch() as elapsed:
        classifier.classify(items, batch_size=BATCH)
    batched = len(items) / elapsed()
    single_items = items[: max(len(items) // 4, 16)]
    with stopwatch() as elapsed:
        for item in single_items:
            classifier.classify([item], batch_size=1)
    single = len(single_items) / elapsed()
    note = f"{len(items)} eval listings, batch {BATCH}, 2 torch threads, CPU"
    return [
        Row("classify: batch vs bare encoder", "listings/s", batched,
            "bare MiniLM forward pass (length-sorted batches)", bare, note),
        Row("classify: batch vs one at a time", "listings/s", batched,
            "classify one listing per call", single, f"{len(single_items)} listings one by one"),
    ]
