"""longma: a single-page app. Every page is one HTML shell; listings arrive as JSON by XHR.

The raw HTML of ``/item/<id>`` holds no listing text at all: ``static/longma.js`` reads the
path, calls ``/api/listings/<id>``, ``/api/search?q=&page=`` or ``/api/sellers/<id>`` and
builds the DOM. Result pages grow with a "load more" button (and on scrolling to the end).
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any
from urllib.parse import urlencode

from demo_market.catalog import DemoListing
from demo_market.search import category_name, paginate, parse_page
from demo_market.state import MarketState, Response

SHELL = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>龙马集市 Longma Market</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/longma.css">
</head>
<body>
<header><a href="/" class="logo">龙马集市</a>
<form id="search-form" action="/search" method="get"><input name="q" placeholder="搜索 / Tìm kiếm">
<button type="submit">搜索</button></form></header>
<div id="app" data-status="{status}"><p class="loading">加载中… Đang tải…</p></div>
<noscript>请启用 JavaScript。Vui lòng bật JavaScript.</noscript>
<script src="/static/longma.js"></script>
</body>
</html>
"""


def _json(status: int, payload: Any) -> Response:
    body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    return Response(status, body, "application/json; charset=utf-8",
                    {"Cache-Control": "no-store"})


def _summary(state: MarketState, listing: DemoListing) -> dict[str, Any]:
    return {"id": listing.id, "title": listing.title, "price": state.price(listing),
            "currency": listing.currency, "location": listing.location,
            "image": listing.images[0], "url": listing.url_path, "posted": listing.posted}


def _detail(state: MarketState, listing: DemoListing) -> dict[str, Any]:
    return {**_summary(state, listing), "description": listing.description,
            "country": listing.country, "category": listing.category,
            "category_name": category_name(listing.category, "zh"),
            "language": listing.language, "images": list(listing.images),
            "seller": {"id": listing.seller_id, "name": listing.seller_name,
                       "url": listing.seller_path}}


def api(state: MarketState, parts: list[str], params: dict[str, str]) -> Response:
    if parts == ["search"]:
        query, slug = params.get("q", ""), params.get("category", "")
        found = state.in_category(slug) if slug else state.search(query)
        result = paginate(found, parse_page(params.get("page")))
        following = None
        if result.has_next:
            following = "/api/search?" + urlencode({"q": query, "category": slug,
                                                     "page": result.page + 1})
        return _json(200, {"query": query, "category": slug, "page": result.page,
                           "pages": result.pages, "total": result.total, "next": following,
                           "items": [_summary(state, item) for item in result.listings]})
    if parts == ["categories"]:
        return _json(200, [{"slug": slug, "name": category_name(slug, "zh")}
                           for slug in state.categories()])
    if len(parts) == 2 and parts[0] == "listings":
        listing = state.get(parts[1])
        if listing is None:
            return _json(404, {"error": "not found", "message": "商品不存在"})
        if state.is_removed(listing.id):
            return _json(410, {"error": "removed", "message": "该商品已下架 (this ad has been "
                               "removed)"})
        return _json(200, _detail(state, listing))
    if len(parts) == 2 and parts[0] == "sellers":
        if not state.seller_known(parts[1]):
            return _json(404, {"error": "not found"})
        sample = next(item for item in state.get_all() if item.seller_id == parts[1])
        return _json(200, {"id": parts[1], "name": sample.seller_name,
                           "location": sample.location, "country": sample.country,
                           "items": [_summary(state, item) for item in state.of_seller(parts[1])]})
    return _json(404, {"error": "no such API"})


def static(name: str) -> Response | None:
    types = {".js": "application/javascript; charset=utf-8", ".css": "text/css; charset=utf-8"}
    suffix = name[name.rfind("."):] if "." in name else ""
    if "/" in name or suffix not in types:
        return None
    resource = resources.files("demo_market").joinpath("static", name)
    if not resource.is_file():
        return None
    return Response(200, resource.read_bytes(), types[suffix])


def shell(status: int) -> Response:
    return Response.html(status, SHELL.replace("{status}", str(status)))


def route(state: MarketState, path: str, params: dict[str, str], base_url: str) -> Response:
    parts = [part for part in path.split("/") if part]
    if parts and parts[0] == "api":
        return api(state, parts[1:], params)
    if not parts or parts == ["search"]:
        return shell(200)
    if len(parts) == 2 and parts[0] == "item":
        listing = state.get(parts[1])
        if listing is None:
            return shell(404)
        return shell(410 if state.is_removed(listing.id) else 200)
    if len(parts) == 2 and parts[0] == "seller":
        return shell(200 if state.seller_known(parts[1]) else 404)
    if len(parts) == 2 and parts[0] == "category":
        return shell(200 if parts[1] in state.categories() else 404)
    return shell(404)
