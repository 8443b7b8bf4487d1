"""Geometry of a seller network's drawing; ``network.html`` turns it into SVG.

Listings sit on a circle, grouped and coloured by marketplace (ordered by marketplace, then
id). Each shared identifier (phone, e-mail, handle, wallet, seller account) is its own node,
placed inside the circle toward the listings that carry it (the mean of their directions, so an
identifier shared by listings on opposite sides sits near the centre), then pushed apart from the
other identifiers by a few deterministic relaxation steps. Re-used photos and copied
descriptions are drawn as dashed or dotted edges between the two listings. No randomness: the
same network always gives the same picture. Labels stay text; the template escapes them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

MARKETPLACE_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
                       "#8C564B", "#7F7F7F")
"""Okabe-Ito colours (readable with colour-blindness), one per marketplace, then repeated."""

EDGE_STYLES = {"carries": ("#8a959c", ""), "photo": ("#D55E00", "7 4"),
               "wording": ("#6A3D9A", "2 4")}
"""Stroke colour and dash pattern per kind of edge."""

IDENTIFIER_KINDS = ("phone", "email", "handle", "wallet", "seller")
LABEL_CHARS = 28
"""Longest node label drawn; the full text is in the node's tooltip."""

NODE_SPACING = 34.0
"""Arc length between neighbouring listings on the circle."""

LABEL_MARGIN = 200.0
"""Room left and right of the circle for listing labels."""

LEGEND_ROW = 24.0
"""Height of one row of the legend drawn above the graph."""

LEGEND_ITEM_WIDTH = 180.0
"""Width kept for one legend entry (swatch and text)."""

RADIAL_LABELS_FROM = 13
"""From this many listings on, listing labels run along the radius so neighbours never overlap."""

LABEL_ASPECT = 3.5
"""How much wider than tall the space an identifier's label needs (for spacing identifiers)."""


@dataclass(frozen=True)
class Node:
    key: str
    kind: str  # listing | phone | email | handle | wallet | seller
    label: str
    tooltip: str
    x: float
    y: float
    colour: str
    href: str = ""
    anchor: str = "middle"
    label_x: float = 0.0
    label_y: float = 0.0
    rotate: float = 0.0  # degrees, for labels written along the radius


@dataclass(frozen=True)
class Edge:
    kind: str  # carries | photo | wording
    x1: float
    y1: float
    x2: float
    y2: float
    colour: str
    dash: str
    reason: str
    label: str = ""


@dataclass
class Drawing:
    width: float
    height: float
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    legend: list[tuple[str, str, str, float, float]] = field(default_factory=list)
    # (kind, colour, text, x, y) of each legend entry
    too_big: bool = False
    node_count: int = 0


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= LABEL_CHARS else text[:LABEL_CHARS - 1] + "…"


def _identifier_groups(network: Any) -> dict[tuple[str, str], set[int]]:
    groups: dict[tuple[str, str], set[int]] = {}
    for link in network.links:
        if link.kind in IDENTIFIER_KINDS:
            groups.setdefault((link.kind, link.value), set()).update((link.a, link.b))
    return groups


def _relax(points: list[list[float]], min_distance: float, limit: float) -> None:
    """Push identifier nodes apart (fixed steps, fixed order) and keep them inside ``limit``.

    Distances are measured with x divided by LABEL_ASPECT: a label is wide and short, so two
    identifiers may sit closer above each other than side by side.
    """
    for _ in range(60):
        for i, p in enumerate(points):
            for j in range(i + 1, len(points)):
                q = points[j]
                dx, dy = (q[0] - p[0]) / LABEL_ASPECT, q[1] - p[1]
                distance = math.hypot(dx, dy)
                if distance >= min_distance:
                    continue
                if distance < 1e-6:
                    angle = 2 * math.pi * (j + 1) / (len(points) + 1)
                    dx, dy, distance = math.cos(angle), math.sin(angle), 1.0
                push = (min_distance - distance) / 2
                p[0] -= dx / distance * push * LABEL_ASPECT
                p[1] -= dy / distance * push
                q[0] += dx / distance * push * LABEL_ASPECT
                q[1] += dy / distance * push
        for p in points:
            norm = math.hypot(p[0], p[1])
            if norm > limit:
                p[0], p[1] = p[0] / norm * limit, p[1] / norm * limit


def draw_network(network: Any, listings: dict[int, Any], titles: dict[int, str], *,
                 max_nodes: int) -> Drawing:
    """Lay out ``network`` (a networks.graph.Network); ``listings`` are its ListingEntities."""
    groups = _identifier_groups(network)
    count = len(network.listing_ids) + len(groups)
    if count > max_nodes:
        return Drawing(0, 0, too_big=True, node_count=count)
    members = [listings[i] for i in network.listing_ids if i in listings]
    members.sort(key=lambda m: (m.marketplace, m.listing_id))
    marketplaces = sorted({m.marketplace for m in members})
    colour_of = {name: MARKETPLACE_COLOURS[i % len(MARKETPLACE_COLOURS)]
                 for i, name in enumerate(marketplaces)}
    radius = max(140.0, NODE_SPACING * len(members) / (2 * math.pi))
    width = 2 * (radius + LABEL_MARGIN)
    entries = [("listing", colour_of[name], name) for name in marketplaces]
    entries.append(("identifier", "#ffffff", "shared identifier"))
    kinds = {link.kind for link in network.links}
    entries += [(kind, EDGE_STYLES[kind][0], text) for kind, text in
                (("photo", "same photo"), ("wording", "copied description")) if kind in kinds]
    per_row = max(1, int((width - 10) // LEGEND_ITEM_WIDTH))
    rows = (len(entries) + per_row - 1) // per_row
    radial = len(members) >= RADIAL_LABELS_FROM
    room = LABEL_MARGIN if radial else 40.0  # radial labels need room above and below too
    cx, cy = width / 2, radius + room + rows * LEGEND_ROW
    drawing = Drawing(width, cy + radius + room, node_count=count)
    drawing.legend = [(kind, colour, text, 10 + (i % per_row) * LEGEND_ITEM_WIDTH,
                       14 + (i // per_row) * LEGEND_ROW)
                      for i, (kind, colour, text) in enumerate(entries)]
    angle_of: dict[int, float] = {}
    position: dict[int, tuple[float, float]] = {}
    for index, member in enumerate(members):
        angle = -math.pi / 2 + 2 * math.pi * index / max(1, len(members))
        angle_of[member.listing_id] = angle
        x, y = cx + radius * math.cos(angle), cy + radius * math.sin(angle)
        position[member.listing_id] = (x, y)
        cos, sin = math.cos(angle), math.sin(angle)
        label_x, label_y = cx + (radius + 14) * cos, cy + (radius + 14) * sin
        if radial:
            rotate = math.degrees(angle) + (180.0 if cos < 0 else 0.0)
            anchor = "end" if cos < 0 else "start"
        else:
            rotate = 0.0
            anchor = "start" if cos > 0.2 else "end" if cos < -0.2 else "middle"
            label_y += 4 + (8 if sin > 0.9 else -4 if sin < -0.9 else 0)
        title = titles.get(member.listing_id, "") or member.url
        drawing.nodes.append(Node(
            f"listing:{member.listing_id}", "listing",
            _short(f"#{member.listing_id} {title}"),
            f"#{member.listing_id} {title} · {member.marketplace}"
            + (f" · seller {member.seller}" if member.seller else ""),
            x, y, colour_of[member.marketplace], f"/listings/{member.listing_id}", anchor,
            label_x, label_y, rotate))
    keys = sorted(groups, key=lambda k: (k[0], k[1]))
    points: list[list[float]] = []
    for key in keys:
        angles = [angle_of[i] for i in sorted(groups[key]) if i in angle_of]
        sx = sum(math.cos(a) for a in angles) / max(1, len(angles))
        sy = sum(math.sin(a) for a in angles) / max(1, len(angles))
        points.append([sx * radius * 0.55, sy * radius * 0.55])
    _relax(points, min_distance=40.0, limit=radius * 0.75)
    for (kind, value), point in zip(keys, points, strict=True):
        x, y = cx + point[0], cy + point[1]
        href = f"/shared?{urlencode({'kind': kind, 'value': value})}" if kind != "seller" else ""
        drawing.nodes.append(Node(f"{kind}:{value}", kind, _short(f"{kind} {value}"),
                                  f"{kind} {value}: {len(groups[(kind, value)])} listings",
                                  x, y, "#ffffff", href, "middle", x, y + 20))
        for listing_id in sorted(groups[(kind, value)]):
            if listing_id in position:
                lx, ly = position[listing_id]
                colour, dash = EDGE_STYLES["carries"]
                drawing.edges.append(Edge("carries", lx, ly, x, y, colour, dash,
                                          f"#{listing_id} carries {kind} {value}"))
    for link in network.links:
        if link.kind in EDGE_STYLES and link.a in position and link.b in position:
            (x1, y1), (x2, y2) = position[link.a], position[link.b]
            colour, dash = EDGE_STYLES[link.kind]
            drawing.edges.append(Edge(link.kind, x1, y1, x2, y2, colour, dash, link.reason,
                                      "same photo" if link.kind == "photo" else "copied text"))
    return drawing
