"""The queue: flagged listings to triage, with full-text search, filters, facets and counts."""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import Response

from triage.templating import render
from triage.views.common import settings_of, store_of

log = logging.getLogger(__name__)
router = APIRouter()

FILTERS = ("species", "appendix", "marketplace", "country", "decision", "seller", "identifier")
"""Query-string filters passed to the store's search, beside ``q``, ``order`` and ``flagged``."""

FACET_LABELS = {"decision": "Decision", "appendix": "CITES appendix", "species": "Species",
                "marketplace": "Marketplace", "country": "Country"}


def facet_value(facet: str, value: str) -> str:
    """How a facet value reads in the sidebar."""
    if facet == "decision":
        return {"none": "to triage", "confirm": "confirmed", "dismiss": "dismissed",
                "escalate": "escalated"}.get(value, value)
    if facet == "flagged":
        return {"true": "flagged", "false": "not flagged"}.get(value.lower(), value)
    return value


def queue_params(request: Request) -> dict[str, str]:
    """The queue's own query-string parameters, cleaned (unknown ones dropped)."""
    params = request.query_params
    kept = {name: params[name].strip() for name in (*FILTERS, "q", "order", "flagged", "cursor")
            if params.get(name, "").strip()}
    if kept.get("order") not in ("score", "newest"):
        kept.pop("order", None)
    if kept.get("flagged") not in ("yes", "no", "any"):
        kept.pop("flagged", None)
    return kept


def build_query(params: dict[str, str], limit: int, *, facets: bool = True) -> Any:
    """The store's SearchQuery for the queue's parameters (default: undecided, flagged)."""
    from store.query import SearchQuery

    flagged = {"yes": True, "no": False, "any": None}[params.get("flagged", "yes")]
    filters: dict[str, Any] = {name: params.get(name) for name in FILTERS}
    if "decision" not in params:
        filters["decision"] = "none"
    elif params["decision"] == "any":
        filters["decision"] = None
    return SearchQuery(text=params.get("q", ""), flagged=flagged,
                       order=params.get("order", "score"), limit=limit,
                       cursor=params.get("cursor"), facets=facets, **filters)


def link(params: dict[str, str], **changes: str | None) -> str:
    """The queue URL with ``changes`` applied (None removes a parameter; paging restarts)."""
    merged = {k: v for k, v in params.items() if k != "cursor"}
    for key, value in changes.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = value
    return "/queue" + ("?" + urlencode(merged) if merged else "")


@router.get("/queue")
def queue(request: Request, selected: int = 0) -> Response:
    params = queue_params(request)
    settings = settings_of(request)
    cache = request.app.state.facet_cache
    key = cache.key(params)
    facets = cache.get(key)
    results = store_of(request).search(build_query(params, settings.queue_page_size,
                                                   facets=facets is None))
    if facets is None:
        cache.put(key, results.facets)
    else:
        results.facets = facets
    here = "/queue" + ("?" + urlencode(params) if params else "")  # without 'selected'
    return render(request, "queue.html", results=results, params=params, link=link,
                  facet_labels=FACET_LABELS, facet_value=facet_value, here=here,
                  selected=max(0, selected), decision_filter=params.get("decision", "none"))
