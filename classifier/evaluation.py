"""Precision, recall and F1 of a classifier on labelled rows: overall, per language, per product
type and per kind, as a table for the terminal or as Markdown for the README."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

logger = logging.getLogger(__name__)


@dataclass
class Scores:
    """Counts and the measures derived from them for one group of rows."""

    rows: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None if p is None and r is None else 0.0
        return 2 * p * r / (p + r)

    def add(self, label: int, flagged: bool) -> None:
        self.rows += 1
        self.tp += int(bool(label) and flagged)
        self.fp += int(not label and flagged)
        self.fn += int(bool(label) and not flagged)

    def to_json(self) -> dict[str, Any]:
        return {"rows": self.rows, "tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass
class EvaluationReport:
    overall: Scores = field(default_factory=Scores)
    by_language: dict[str, Scores] = field(default_factory=dict)
    by_product_type: dict[str, Scores] = field(default_factory=dict)
    by_kind: dict[str, Scores] = field(default_factory=dict)
    threshold: float = 0.5
    misses: list[str] = field(default_factory=list)  # ids of wrong verdicts

    def to_json(self) -> dict[str, Any]:
        return {
            "threshold": self.threshold, "overall": self.overall.to_json(),
            "by_language": {k: v.to_json() for k, v in sorted(self.by_language.items())},
            "by_product_type": {k: v.to_json() for k, v in sorted(self.by_product_type.items())},
            "by_kind": {k: v.to_json() for k, v in sorted(self.by_kind.items())},
        }


def score_rows(rows: Sequence[dict[str, Any]], scores: Sequence[float],
               threshold: float) -> EvaluationReport:
    """Compare flags (score >= threshold) with the rows' labels."""
    report = EvaluationReport(threshold=threshold)
    for row, score in zip(rows, scores, strict=True):
        label, flagged = int(row["label"]), score >= threshold
        report.overall.add(label, flagged)
        for table, key in ((report.by_language, row.get("lang") or "?"),
                           (report.by_product_type, row.get("product_type") or "unknown"),
                           (report.by_kind, row.get("kind") or "?")):
            table.setdefault(key, Scores()).add(label, flagged)
        if bool(label) != flagged:
            report.misses.append(str(row.get("id")))
    return report


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _table(title: str, groups: dict[str, Scores], markdown: bool) -> list[str]:
    header = (title, "rows", "precision", "recall", "F1", "false flags", "missed")
    lines = [(name, str(s.rows), _fmt(s.precision), _fmt(s.recall), _fmt(s.f1), str(s.fp),
              str(s.fn)) for name, s in groups.items()]
    if markdown:
        out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
        out += ["| " + " | ".join(line) + " |" for line in lines]
        return out
    widths = [max(len(row[i]) for row in [header, *lines]) for i in range(len(header))]
    return ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True))
            for row in [header, *lines]]


def render(report: EvaluationReport, markdown: bool = False) -> str:
    """Four tables: overall, per language, per product type, per kind."""
    sections: list[str] = []

    def order(groups: dict[str, Scores]) -> dict[str, Scores]:
        return dict(sorted(groups.items()))

    for title, groups in (("overall", {"all": report.overall}),
                          ("language", order(report.by_language)),
                          ("product type", order(report.by_product_type)),
                          ("kind", order(report.by_kind))):
        sections.append("\n".join(_table(title, groups, markdown)))
    footer = f"threshold {report.threshold:.2f}; {len(report.misses)} wrong verdicts"
    return "\n\n".join(sections) + "\n\n" + footer + "\n"
