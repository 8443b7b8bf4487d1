"""What every benchmark module returns: rows of one table, each a figure and its baseline.

A benchmark module is ``bench/bench_<name>.py`` with ``run(quick: bool) -> list[Row]``. Figures
are reported as ratios against a baseline measured in the same run (never absolute targets in
tests). ``quick`` shrinks the workload for a smoke run.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass


@dataclass
class Row:
    benchmark: str  # e.g. "crawl: pipeline vs plain Scrapy"
    measure: str  # e.g. "pages/s"
    value: float  # wildtrace's figure
    baseline: str  # what it is compared with, e.g. "plain Scrapy"
    baseline_value: float | None  # the baseline's figure in the same run (None: no baseline)
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if not self.baseline_value:
            return None
        return self.value / self.baseline_value


@contextmanager
def stopwatch() -> Iterator[Callable[[], float]]:
    """``with stopwatch() as elapsed: ...; seconds = elapsed()``."""
    start = time.perf_counter()
    end: list[float] = []
    try:
        yield lambda: (end[0] if end else time.perf_counter()) - start
    finally:
        end.append(time.perf_counter())
