"""Sellers and the identifiers that reach them (phones, e-mails, handles, wallets).

A seller is one row per marketplace and key (seller id, else profile URL, else name).
Identifiers are shared across marketplaces: the same phone on two sites is one row linked to
both listings, which is what ``Store.listings_sharing`` and the networks package follow.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.engine import Connection

from store import schema as t
from store.base import new_id
from store.identity import identifiers_of, seller_key
from store.query import fold
from wildtrace.models import PageExtraction

_UPDATE_SELLER = update(t.sellers).where(t.sellers.c.id == bindparam("pk"))


def upsert_seller(conn: Connection, page: PageExtraction, marketplace: str,
                  at: datetime) -> int | None:
    """The seller's row id (created or refreshed), or None when the page names no seller."""
    key = seller_key(page)
    if key is None:
        return None
    sellers = t.sellers
    found = conn.execute(select(sellers.c.id).where(sellers.c.marketplace == marketplace,
                                                    sellers.c.key == key)).first()
    values: dict[str, Any] = {"last_seen": at}
    for column, value in (("name", page.seller), ("url", page.seller_url),
                          ("external_id", page.seller_id)):
        if value:
            values[column] = value
    if page.seller:
        values["folded_name"] = fold(page.seller)
    if found is not None:
        conn.execute(_UPDATE_SELLER, {**values, "pk": found[0]})
        return int(found[0])
    return new_id(conn.execute(insert(sellers), {
        "marketplace": marketplace, "key": key, "first_seen": at, **values}))


def save_identifiers(conn: Connection, listing_id: int, page: PageExtraction) -> None:
    """Link the listing to every identifier the page shows (links are never removed)."""
    for kind, value in identifiers_of(page):
        ident = t.identifiers
        found = conn.execute(select(ident.c.id).where(ident.c.kind == kind,
                                                      ident.c.value == value)).first()
        if found is None:
            ident_id = new_id(conn.execute(insert(ident), {
                "kind": kind, "value": value, "folded_value": fold(value) or value}))
        else:
            ident_id = found[0]
        link = t.listing_identifiers
        linked = conn.execute(select(link.c.listing_id).where(
            link.c.listing_id == listing_id, link.c.identifier_id == ident_id)).first()
        if linked is None:
            conn.execute(insert(link), {"listing_id": listing_id, "identifier_id": ident_id})
