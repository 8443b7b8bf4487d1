"""Geometry of the dashboard's charts, computed here and drawn as SVG by ``dashboard.html``.

The numbers become coordinates here; labels stay text and the template escapes them, so a
species or marketplace name can never inject markup into the SVG.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import quote

CHART_WIDTH = 480
"""Width of every chart's viewBox."""

BAR_HEIGHT = 18
"""Height of one horizontal bar, in viewBox units."""

LABEL_WIDTH = 170
"""Space kept for labels left of horizontal bars."""

TIMELINE_HEIGHT = 180
"""Height of the plotting area of a time series."""


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    x: float
    y: float
    width: float
    height: float
    link: str = ""


@dataclass
class Chart:
    """One chart: its bars (or points) and the viewBox size."""

    title: str
    width: int
    height: int
    bars: list[Bar] = field(default_factory=list)
    points: str = ""  # "x,y x,y ..." of a polyline, for time series
    ticks: list[tuple[float, str]] = field(default_factory=list)
    empty: bool = False


def bar_chart(title: str, counts: list[tuple[str, int]], *, link_prefix: str = "",
              limit: int = 12) -> Chart:
    """Horizontal bars, largest first, at most ``limit`` of them."""
    rows = sorted(counts, key=lambda item: (-item[1], item[0]))[:limit]
    top = max((value for _, value in rows), default=0)
    span = CHART_WIDTH - LABEL_WIDTH - 50
    bars = [Bar(label=label, value=value, x=LABEL_WIDTH, y=10 + i * (BAR_HEIGHT + 6),
                width=(span * value / top) if top else 0, height=BAR_HEIGHT,
                link=f"{link_prefix}{quote(label, safe='')}" if link_prefix else "")
            for i, (label, value) in enumerate(rows)]
    height = 20 + len(bars) * (BAR_HEIGHT + 6)
    return Chart(title=title, width=CHART_WIDTH, height=max(height, 40), bars=bars,
                 empty=not bars)


def time_chart(title: str, counts: list[tuple[str, int]]) -> Chart:
    """Vertical bars per period (e.g. per day), oldest left, with a few date ticks."""
    rows = sorted(counts)
    top = max((value for _, value in rows), default=0)
    left, bottom = 40, TIMELINE_HEIGHT + 10
    step = (CHART_WIDTH - left - 10) / max(len(rows), 1)
    bars = []
    for i, (label, value) in enumerate(rows):
        height = (TIMELINE_HEIGHT * value / top) if top else 0
        bars.append(Bar(label=label, value=value, x=left + i * step, y=bottom - height,
                        width=max(step - 2, 1), height=height))
    every = max(1, len(rows) // 5)
    ticks = [(bar.x, bar.label) for i, bar in enumerate(bars) if i % every == 0]
    return Chart(title=title, width=CHART_WIDTH, height=TIMELINE_HEIGHT + 40, bars=bars,
                 ticks=ticks, empty=not bars)
