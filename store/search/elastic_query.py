"""SearchQuery to Elasticsearch filter clauses, and aggregation buckets back to facets.

Each clause matches exactly what the SQL condition of the same filter matches
(:func:`store.search.sql.conditions`): keyword fields hold values folded the same way.
"""

from __future__ import annotations

from typing import Any

from store.query import APPENDICES, FacetBucket, SearchQuery
from store.search.sql import top


def filters(query: SearchQuery) -> list[dict[str, Any]]:
    """Elasticsearch filter clauses equal to :func:`store.search.sql.conditions`."""
    out: list[dict[str, Any]] = [{"term": {"terms": term}} for term in query.terms]
    for field, value in (("species_keys", query.species), ("appendix", query.appendix),
                         ("marketplace_key", query.marketplace), ("country", query.country),
                         ("decision", query.decision), ("seller_keys", query.seller),
                         ("identifiers", query.identifier)):
        if value is not None:
            out.append({"term": {field: value}})
    if query.flagged is not None:
        out.append({"term": {"flagged": query.flagged}})
    price = {op: v for op, v in (("gte", query.min_price), ("lte", query.max_price))
             if v is not None}
    if price:
        out.append({"range": {"price": price}})
    seen = {op: v.isoformat() for op, v in (("gte", query.since), ("lte", query.until))
            if v is not None}
    if seen:
        out.append({"range": {"first_seen": seen}})
    return out


def buckets(name: str, aggregation: dict[str, Any]) -> list[FacetBucket]:
    out = []
    for bucket in aggregation.get("buckets", []):
        value = bucket.get("key_as_string", bucket["key"])
        if name == "flagged":
            value = "true" if value in (True, 1, "true") else "false"
        if name == "appendix" and value not in APPENDICES:
            continue
        out.append(FacetBucket(str(value), int(bucket["doc_count"])))
    return top(out)
