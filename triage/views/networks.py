"""Seller networks: the list, one network drawn as a graph with the table of its links, and the
way from a listing to its network. Networks are reused for ``TRIAGE_NETWORK_CACHE_SECONDS``."""

from __future__ import annotations

import logging
from collections import Counter
from typing import Any

from fastapi import APIRouter, HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from triage.network_cache import NetworkCache
from triage.network_drawing import draw_network
from triage.templating import render
from triage.views.common import audit, settings_of, store_of

log = logging.getLogger(__name__)
router = APIRouter()

NETWORK_LIST_LIMIT = 500
"""Most networks listed on the networks page (largest first)."""

NETWORK_TITLE_LIMIT = 300
"""Listings of a network whose titles are read from the store for its page."""


def cache_of(request: Request) -> NetworkCache:
    cache: NetworkCache = request.app.state.network_cache
    return cache


def networks_or_wait(request: Request) -> Any:
    """The NetworkSet, or None when the first build is still running after the wait."""
    return cache_of(request).get(settings_of(request).network_wait_seconds)


def building(request: Request) -> Response:
    return render(request, "networks.html", status_code=202, building=True, networks=[],
                  total=0, link_kinds=link_kinds)


def link_kinds(network: Any) -> list[tuple[str, int]]:
    return sorted(Counter(link.kind for link in network.links).items())


@router.get("/networks")
def network_list(request: Request) -> Response:
    result = networks_or_wait(request)
    if result is None:
        return building(request)
    ordered = sorted(result.networks, key=lambda n: (-n.size, n.id))
    audit(request, "view", "networks", None, count=len(ordered))
    return render(request, "networks.html", building=False, networks=ordered[:NETWORK_LIST_LIMIT],
                  total=len(ordered), link_kinds=link_kinds)


@router.get("/networks/{network_id}")
def network_page(request: Request, network_id: str) -> Response:
    result = networks_or_wait(request)
    if result is None:
        return building(request)
    network = next((n for n in result.networks if n.id == network_id), None)
    if network is None:
        raise HTTPException(status_code=404, detail=f"no network {network_id} (networks "
                            "change as listings are added: open it again from the list)")
    store = store_of(request)
    titles: dict[int, str] = {}
    for listing_id in network.listing_ids[:NETWORK_TITLE_LIMIT]:
        detail = store.get_listing(listing_id)
        if detail is not None:
            titles[listing_id] = detail.title or ""
    drawing = draw_network(network, result.listings, titles,
                           max_nodes=settings_of(request).network_draw_max_nodes)
    audit(request, "view", "network", network.id, size=network.size)
    members = [result.listings[i] for i in network.listing_ids if i in result.listings]
    return render(request, "network.html", network=network, drawing=drawing, members=members,
                  titles=titles, kinds=link_kinds(network),
                  max_nodes=settings_of(request).network_draw_max_nodes)


@router.get("/listings/{listing_id}/network")
def network_of_listing(request: Request, listing_id: int) -> Response:
    result = networks_or_wait(request)
    if result is None:
        return building(request)
    network = result.network_of(listing_id)
    if network is None:
        return render(request, "error.html", status_code=404, status=404,
                      message=f"listing {listing_id} shares no identifier, photo or wording "
                              "with another listing: it is in no seller network")
    return RedirectResponse(f"/networks/{network.id}", status_code=303)
