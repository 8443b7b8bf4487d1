"""Folded keys for case-blind filters: sellers.folded_name, listings.marketplace_key.

SQL lower() folds only ASCII on SQLite (and depends on the locale on PostgreSQL), so the
filters compare against values folded in Python (store.query.fold), as the Elasticsearch
documents do.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 14:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _fold(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(value.split()).casefold()
    return value or None


def upgrade() -> None:
    with op.batch_alter_table("sellers") as batch:
        batch.add_column(sa.Column("folded_name", sa.Text(), nullable=True))
        batch.create_index("ix_sellers_folded_name", ["folded_name"])
    with op.batch_alter_table("listings") as batch:
        batch.add_column(sa.Column("marketplace_key", sa.String(200), nullable=True))
        batch.create_index("ix_listings_marketplace_key", ["marketplace_key"])
    bind = op.get_bind()
    sellers = sa.table("sellers", sa.column("id", sa.Integer), sa.column("name", sa.Text),
                       sa.column("folded_name", sa.Text))
    for seller_id, name in bind.execute(sa.select(sellers.c.id, sellers.c.name)).all():
        bind.execute(sa.update(sellers).where(sellers.c.id == seller_id)
                     .values(folded_name=_fold(name)))
    listings = sa.table("listings", sa.column("marketplace", sa.String),
                        sa.column("marketplace_key", sa.String))
    for (marketplace,) in bind.execute(sa.select(listings.c.marketplace).distinct()).all():
        bind.execute(sa.update(listings).where(listings.c.marketplace == marketplace)
                     .values(marketplace_key=_fold(marketplace)))


def downgrade() -> None:
    with op.batch_alter_table("listings") as batch:
        batch.drop_index("ix_listings_marketplace_key")
        batch.drop_column("marketplace_key")
    with op.batch_alter_table("sellers") as batch:
        batch.drop_index("ix_sellers_folded_name")
        batch.drop_column("folded_name")
