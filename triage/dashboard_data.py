"""The dashboard's figures, read with SQL on the store's tables (the store has no aggregate API).

Counts cover flagged listings. Days are the day a listing was first seen (UTC). Works on
SQLite and PostgreSQL alike (``func.date`` exists in both).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

log = logging.getLogger(__name__)

DASHBOARD_DAYS = 60
"""Most recent days shown on the 'flagged over time' chart."""


@dataclass
class DashboardFigures:
    flagged: int = 0
    undecided: int = 0
    by_decision: list[tuple[str, int]] = field(default_factory=list)
    by_day: list[tuple[str, int]] = field(default_factory=list)
    by_marketplace: list[tuple[str, int]] = field(default_factory=list)
    by_species: list[tuple[str, int]] = field(default_factory=list)
    by_country: list[tuple[str, int]] = field(default_factory=list)


def dashboard_figures(store: Any) -> DashboardFigures:
    """Counts of flagged listings in total, per decision, day, marketplace, species, country."""
    from store import schema as t

    listings = t.listings
    flagged = listings.c.flagged.is_(True)
    day = func.date(listings.c.first_seen)
    with store.engine.connect() as conn:
        total = conn.execute(select(func.count()).where(flagged)).scalar_one()
        decisions = conn.execute(
            select(listings.c.decision, func.count()).where(flagged)
            .group_by(listings.c.decision)).all()
        days = conn.execute(
            select(day, func.count()).where(flagged).group_by(day)
            .order_by(day.desc()).limit(DASHBOARD_DAYS)).all()
        markets = conn.execute(
            select(listings.c.marketplace, func.count()).where(flagged)
            .group_by(listings.c.marketplace)).all()
        countries = conn.execute(
            select(func.coalesce(listings.c.country, "unknown"), func.count()).where(flagged)
            .group_by(func.coalesce(listings.c.country, "unknown"))).all()
        species = conn.execute(
            select(t.listing_species.c.scientific_name, func.count())
            .select_from(t.listing_species.join(
                listings, listings.c.id == t.listing_species.c.listing_id))
            .where(flagged).group_by(t.listing_species.c.scientific_name)).all()
    by_decision = [(str(name or "undecided"), int(count)) for name, count in decisions]
    return DashboardFigures(
        flagged=int(total),
        undecided=sum(count for name, count in by_decision if name == "undecided"),
        by_decision=by_decision,
        by_day=[(str(d), int(c)) for d, c in days if d is not None],
        by_marketplace=[(str(m), int(c)) for m, c in markets],
        by_species=[(str(s), int(c)) for s, c in species],
        by_country=[(str(c), int(n)) for c, n in countries],
    )
