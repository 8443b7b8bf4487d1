"""mercado, tricky ads: HTML and script injection in the title and text (escaped on the page)."""

from __future__ import annotations

from demo_market.catalog import Entry
from demo_market.contacts import Seller
from demo_market.data import lookalike

TRICKY_SELLERS: list[Seller] = [
    Seller("ofertas-bcn", "Ofertas BCN <b>", "Barcelona", "ES", "+34698765432",
           "ofertasbcn@gmail.com"),
]

TRICKY_ENTRIES: list[Entry] = [
    lookalike("ofertas-bcn", "home", "es", 40,
              "Estantería bambú <script>alert('xss')</script> color palisandro",
              "Estantería de bambú color palisandro (rosewood), 5 baldas, 180 cm. "
              "<img src=x onerror=alert(1)> Nada de madera tropical, es bambú teñido. "
              "</div><b>¡Oferta!</b> Recogida en Gràcia. Tel {phone}",
              key="hostile"),
]
