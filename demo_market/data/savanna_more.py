"""savanna, second part: more sellers and ads."""

from __future__ import annotations

from demo_market.catalog import Entry
from demo_market.contacts import Seller

MORE_SELLERS: list[Seller] = []

MORE_ENTRIES: list[Entry] = []
