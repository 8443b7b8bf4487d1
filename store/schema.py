"""The tables of the system of record (SQLAlchemy Core).

Alembic migrations in ``store/migrations/versions`` create and change these; this module is the
description the code queries against. Dialect-specific search objects (the SQLite FTS5 table,
the PostgreSQL ``text[]`` column with its GIN index) are created by the migrations only.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData(naming_convention={
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
})


def _ts(name: str, nullable: bool = True) -> Column[object]:
    return Column(name, DateTime(timezone=True), nullable=nullable)


crawl_runs = Table(
    "crawl_runs", metadata,
    Column("id", Integer, primary_key=True),
    Column("marketplace", String(200), nullable=False),
    Column("start_url", Text, nullable=False),
    Column("schedule_id", Integer, ForeignKey("schedules.id", ondelete="SET NULL")),
    _ts("started_at", False), _ts("finished_at"),
    Column("pages", Integer, nullable=False, default=0),
    Column("listings", Integer, nullable=False, default=0),
    Column("flagged", Integer, nullable=False, default=0),
    Column("errors", Integer, nullable=False, default=0),
)

warc_files = Table(
    "warc_files", metadata,
    Column("id", Integer, primary_key=True),
    Column("path", Text, nullable=False, unique=True),
    Column("sha256", String(64), nullable=False),
    Column("size", Integer, nullable=False),
    Column("crawl_run_id", Integer, ForeignKey("crawl_runs.id", ondelete="SET NULL")),
    _ts("recorded_at", False),
)

sellers = Table(
    "sellers", metadata,
    Column("id", Integer, primary_key=True),
    Column("marketplace", String(200), nullable=False),
    Column("key", Text, nullable=False),  # identity.seller_key
    Column("name", Text), Column("url", Text), Column("external_id", Text),
    Column("folded_name", Text, index=True),  # store.query.fold(name); migration 0002
    _ts("first_seen", False), _ts("last_seen", False),
    UniqueConstraint("marketplace", "key"),
)

listings = Table(
    "listings", metadata,
    Column("id", Integer, primary_key=True),
    Column("url", Text, nullable=False, unique=True),  # canonical
    Column("original_url", Text, nullable=False),
    Column("marketplace", String(200), nullable=False, index=True),
    Column("marketplace_key", String(200), index=True),  # fold(marketplace); migration 0002
    Column("title", Text), Column("description", Text),
    Column("price", Float), Column("currency", String(8)),
    Column("seller_id", Integer, ForeignKey("sellers.id", ondelete="SET NULL"), index=True),
    Column("location", Text), Column("country", String(2), index=True),
    Column("posted", Text), Column("language", String(16)), Column("category", Text),
    Column("page_type", String(16)),
    Column("images", JSON, nullable=False, default=list),
    Column("score", Float, index=True), Column("flagged", Boolean, nullable=False, default=False),
    Column("product_type", String(40)), Column("model_version", String(80)),
    Column("reasons", JSON, nullable=False, default=list),
    Column("decision", String(16), index=True),  # latest decision, denormalised for filters
    Column("current_capture_id", Integer),
    Column("content_version", Integer, nullable=False, default=0),
    Column("crawl_run_id", Integer, ForeignKey("crawl_runs.id", ondelete="SET NULL")),
    _ts("first_seen", False), _ts("last_seen", False), _ts("removed_at"),
    Index("ix_listings_flagged_score", "flagged", "score"),
)

captures = Table(
    "captures", metadata,
    Column("id", Integer, primary_key=True),
    Column("listing_id", Integer, ForeignKey("listings.id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("version", Integer, nullable=False),
    Column("changed", Boolean, nullable=False),
    Column("previous_capture_id", Integer, ForeignKey("captures.id")),
    Column("url", Text, nullable=False),
    Column("warc_file", Text), Column("record_id", String(80)),
    Column("offset", Integer), Column("length", Integer),
    Column("payload_digest", String(80)), Column("fetched_at", String(40)),
    Column("status", Integer),
    Column("screenshot_record_id", String(80)), Column("dom_record_id", String(80)),
    Column("title", Text), Column("description", Text),
    Column("price", Float), Column("currency", String(8)),
    Column("crawl_run_id", Integer, ForeignKey("crawl_runs.id", ondelete="SET NULL")),
    _ts("recorded_at", False),
)

listing_species = Table(
    "listing_species", metadata,
    Column("listing_id", Integer, ForeignKey("listings.id", ondelete="CASCADE"),
           primary_key=True),
    Column("scientific_name", String(200), primary_key=True),
    Column("folded_name", String(200), nullable=False, index=True),
    Column("common_name", Text), Column("cites_appendix", String(8)),
    Column("matched_text", Text), Column("match_kind", String(20)),
    Column("language", String(16)),
)

identifiers = Table(
    "identifiers", metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(20), nullable=False),
    Column("value", Text, nullable=False),
    Column("folded_value", Text, nullable=False, index=True),
    UniqueConstraint("kind", "value"),
)

listing_identifiers = Table(
    "listing_identifiers", metadata,
    Column("listing_id", Integer, ForeignKey("listings.id", ondelete="CASCADE"),
           primary_key=True),
    Column("identifier_id", Integer, ForeignKey("identifiers.id", ondelete="CASCADE"),
           primary_key=True, index=True),
)

classifications = Table(
    "classifications", metadata,
    Column("id", Integer, primary_key=True),
    Column("listing_id", Integer, ForeignKey("listings.id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("score", Float, nullable=False), Column("flagged", Boolean, nullable=False),
    Column("product_type", String(40)), Column("model_version", String(80)),
    Column("reasons", JSON, nullable=False, default=list),
    Column("species", JSON, nullable=False, default=list),
    _ts("created_at", False),
)

users = Table(
    "users", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(120), nullable=False, unique=True),
    Column("role", String(20), nullable=False),
    Column("password_hash", Text, nullable=False),
    Column("failed_attempts", Integer, nullable=False, default=0),
    _ts("locked_until"), _ts("created_at", False), _ts("last_login_at"),
)

decisions = Table(
    "decisions", metadata,
    Column("id", Integer, primary_key=True),
    Column("listing_id", Integer, ForeignKey("listings.id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("user", String(120), nullable=False),
    Column("decision", String(16), nullable=False),
    Column("reason", Text), Column("note", Text),
    _ts("created_at", False),
)

cases = Table(
    "cases", metadata,
    Column("id", Integer, primary_key=True),
    Column("title", Text, nullable=False),
    Column("description", Text, nullable=False, default=""),
    Column("created_by", String(120), nullable=False),
    Column("status", String(20), nullable=False, default="open"),
    _ts("created_at", False),
)

case_listings = Table(
    "case_listings", metadata,
    Column("case_id", Integer, ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True),
    Column("listing_id", Integer, ForeignKey("listings.id", ondelete="CASCADE"),
           primary_key=True, index=True),
    _ts("added_at", False),
)

schedules = Table(
    "schedules", metadata,
    Column("id", Integer, primary_key=True),
    Column("cron", String(120), nullable=False),
    Column("start_url", Text, nullable=False),
    Column("profile", Text),
    Column("max_pages", Integer),
    Column("enabled", Boolean, nullable=False, default=True),
    _ts("created_at", False), _ts("last_run_at"),
)

audit_log = Table(
    "audit_log", metadata,
    Column("id", Integer, primary_key=True),
    _ts("at", False),
    Column("actor", String(120), nullable=False),
    Column("action", String(80), nullable=False),
    Column("object_type", String(40), nullable=False),
    Column("object_id", Text, nullable=False),
    Column("details", JSON, nullable=False, default=dict),
)

index_queue = Table(
    "index_queue", metadata,
    Column("id", Integer, primary_key=True),
    Column("listing_id", Integer, nullable=False, index=True),
    _ts("enqueued_at", False),
    Column("attempts", Integer, nullable=False, default=0),
    Column("last_error", Text),
)
