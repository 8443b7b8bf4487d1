"""Progress written to a log (not a terminal) says each new state once."""

from __future__ import annotations

import io

from wildtrace.demo import ProgressLine


def test_unchanged_progress_is_not_repeated_in_a_log() -> None:
    stream = io.StringIO()
    line = ProgressLine(stream)
    assert not line.live
    for text in ("pages 1", "pages 1", "pages 9", "pages 9"):
        line._last = -100.0  # as if 5 s had passed since the last line
        line.show(text)
    line.show("pages 9 (12s)", final=True)
    assert stream.getvalue().splitlines() == ["pages 1", "pages 9", "pages 9 (12s)"]
