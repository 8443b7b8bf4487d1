"""mercado: plain HTML classifieds, no structured data; fields only in visible markup.

Listing pages alternate between a table and a definition-list layout. Some responses are sent
with chunked transfer encoding (see ``DEMO_CHUNKED_EVERY``). The listing keyed ``broken`` in the
data module is served with deliberately broken HTML.
"""

from __future__ import annotations

from html import escape
from urllib.parse import quote_plus

from demo_market import settings
from demo_market.catalog import DemoListing, keyed_ids
from demo_market.search import ResultPage, category_name, paginate, parse_page
from demo_market.state import MarketState, Response

BROKEN_KEY = "mercado:broken"  # the data module's entry served as broken HTML


def money(price: float, currency: str) -> str:
    """"1.200,00 €", "$ 450", "MXN 3 500", "R$ 1.200,00": how Spanish-speaking sites write it."""
    if currency == "EUR":
        return f"{price:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".") + " €"
    if currency == "USD":
        return f"$ {price:,.0f}" if price == int(price) else f"$ {price:,.2f}"
    if currency == "BRL":
        return "R$ " + f"{price:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return f"{currency} " + f"{price:,.0f}".replace(",", " ")


def _date(iso: str) -> str:
    year, month, day = iso.split("-")
    return f"{day}/{month}/{year}"


def _page(title: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<title>{escape(title)} - Mercado Clasificados</title>
<link rel="stylesheet" href="/static/mercado.css">
</head>
<body>
<div id="top"><a href="/" class="logo">Mercado Clasificados</a>
<form action="/search" method="get"><input type="text" name="q" size="30">
<input type="submit" value="Buscar"></form></div>
<div id="content">
{body}
</div>
<div id="pie">Mercado Clasificados &copy; 2026 &middot; anuncios gratis</div>
</body>
</html>
"""


def _rows(state: MarketState, listings: list[DemoListing]) -> str:
    rows = []
    for listing in listings:
        rows.append(
            f'<tr class="anuncio"><td class="foto"><img src="{listing.images[0]}" width="96"></td>'
            f'<td><a class="titulo" href="{listing.url_path}">{escape(listing.title)}</a><br>'
            f'<small>{escape(listing.location)} &middot; {_date(listing.posted)}</small></td>'
            f'<td class="precio">{money(state.price(listing), listing.currency)}</td></tr>')
    return '<table class="listado">\n' + "\n".join(rows) + "\n</table>"


def _pager(result: ResultPage, base: str) -> str:
    parts = []
    if result.has_previous:
        parts.append(f'<a href="{base}page={result.page - 1}">&lt; Anterior</a>')
    parts.append(f"Página {result.page} de {result.pages}")
    if result.has_next:
        parts.append(f'<a href="{base}page={result.page + 1}" class="siguiente">'
                     "Siguiente &gt;</a>")
    return '<p class="paginas">' + " | ".join(parts) + "</p>"


def results(state: MarketState, heading: str, listings: list[DemoListing], page_raw: str | None,
            base: str) -> Response:
    result = paginate(listings, parse_page(page_raw))
    body = (f"<h1>{escape(heading)}</h1><p>{result.total} anuncios</p>"
            f"{_rows(state, list(result.listings))}{_pager(result, base)}")
    return Response.html(200, _page(heading, body), chunked=True)


def home(state: MarketState) -> Response:
    cats = "".join(f'<li><a href="/categoria/{slug}">{escape(category_name(slug, "es"))}</a></li>'
                   for slug in state.categories())
    body = (f"<h1>Anuncios clasificados</h1><ul class=\"categorias\">{cats}</ul>"
            f"<h2>Últimos anuncios</h2>{_rows(state, state.live()[:settings.DEMO_HOME_LATEST])}")
    return Response.html(200, _page("Inicio", body))


def _facts_table(listing: DemoListing, price: str) -> str:
    return f"""<table class="datos">
<tr><th>Precio</th><td class="precio">{price}</td></tr>
<tr><th>Ubicación</th><td>{escape(listing.location)}</td></tr>
<tr><th>País</th><td>{listing.country}</td></tr>
<tr><th>Publicado</th><td>{_date(listing.posted)}</td></tr>
<tr><th>Categoría</th><td>{escape(category_name(listing.category, "es"))}</td></tr>
<tr><th>Vendedor</th><td><a href="{listing.seller_path}">{escape(listing.seller_name)}</a></td></tr>
<tr><th>Ref.</th><td>{listing.id}</td></tr>
</table>"""


def _facts_dl(listing: DemoListing, price: str) -> str:
    return f"""<dl class="ficha">
<dt>Precio:</dt><dd class="precio">{price}</dd>
<dt>Vendedor:</dt><dd><a href="{listing.seller_path}">{escape(listing.seller_name)}</a></dd>
<dt>Zona:</dt><dd>{escape(listing.location)} ({listing.country})</dd>
<dt>Fecha:</dt><dd>{_date(listing.posted)}</dd>
<dt>Referencia:</dt><dd>{listing.id}</dd>
</dl>"""


def listing_page(state: MarketState, listing: DemoListing) -> Response:
    number = int(listing.id.split("-")[1])
    price = money(state.price(listing), listing.currency)
    facts = _facts_table(listing, price) if number % 2 else _facts_dl(listing, price)
    photos = "".join(f'<img src="{path}" class="foto-grande">' for path in listing.images)
    text = escape(listing.description).replace("\n", "<br>\n")
    if listing.id == keyed_ids().get(BROKEN_KEY):
        body = (f"<div class=anuncio><h1>{escape(listing.title)}<h1>\n<div class=fotos>{photos}"
                f"\n<table class=datos><tr><th>Precio<td>{price}<tr><th>Ubicación<td>"
                f"{escape(listing.location)}</table></div>\n<p class=texto>{text}\n</span></div>"
                f"</div>\n<a href={listing.seller_path}>{escape(listing.seller_name)}</a>")
        page = _page(listing.title, body)
        return Response.html(200, page[:page.rindex("</body>")], chunked=True)
    body = f"""<div class="anuncio" lang="{listing.language}">
<h1>{escape(listing.title)}</h1>
<div class="fotos">{photos}</div>
{facts}
<h2>Descripción</h2>
<div class="texto">{text}</div>
</div>"""
    return Response.html(200, _page(listing.title, body),
                         chunked=number % settings.DEMO_CHUNKED_EVERY == 0)


def seller_page(state: MarketState, seller_id: str) -> Response:
    if not state.seller_known(seller_id):
        return not_found()
    sample = next(listing for listing in state.get_all() if listing.seller_id == seller_id)
    mine = state.of_seller(seller_id)
    body = (f'<h1>Anuncios de {escape(sample.seller_name)}</h1>'
            f"<p>{escape(sample.location)} ({sample.country}) &middot; {len(mine)} anuncios</p>"
            f"{_rows(state, mine)}")
    return Response.html(200, _page(sample.seller_name, body))


def not_found() -> Response:
    return Response.html(404, _page("No encontrado", "<h1>Página no encontrada</h1>"))


def removed() -> Response:
    return Response.html(410, _page("Anuncio eliminado", "<h1>Este anuncio ha sido eliminado</h1>"
                                    "<p>This ad has been removed by the seller.</p>"))


def route(state: MarketState, path: str, params: dict[str, str], base_url: str) -> Response:
    parts = [part for part in path.split("/") if part]
    page = params.get("pagina") or params.get("page")
    if not parts:
        return home(state)
    if parts in (["buscar"], ["search"]):
        query = params.get("q", "")
        heading = f"Resultados para «{query}»" if query else "Todos los anuncios"
        return results(state, heading, state.search(query), page,
                       f"/search?q={quote_plus(query)}&")
    if len(parts) == 2 and parts[0] == "categoria":
        if parts[1] not in state.categories():
            return not_found()
        return results(state, category_name(parts[1], "es"), state.in_category(parts[1]), page,
                       f"/categoria/{parts[1]}?")
    if len(parts) == 2 and parts[0] == "vendedor":
        return seller_page(state, parts[1])
    if len(parts) == 2 and parts[0] == "anuncio" and parts[1].endswith(".html"):
        listing = state.get(parts[1][:-5])
        if listing is None:
            return not_found()
        if state.is_removed(listing.id):
            return removed()
        return listing_page(state, listing)
    return not_found()
