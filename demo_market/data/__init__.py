"""Hand-written ads and sellers of each demo site (one module per site, parts per theme).

Entries are written with :func:`offer`, :func:`legal` and :func:`lookalike`. Descriptions carry
contact placeholders (``{phone}``, ``{phone:spelled}``, ``{email:at}``, ``{wechat}`` ...) that
:mod:`demo_market.contacts` fills from the seller; literal braces are doubled.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from demo_market.catalog import Entry
from demo_market.contacts import Seller


def offer(seller: str, category: str, language: str, price: float, title: str, description: str,
          scientific_name: str, cites_appendix: str, obfuscated: bool = False,
          **extra: Any) -> Entry:
    """An ad that offers a CITES-listed species (or its parts) for sale."""
    return Entry("offer", seller, category, language, price, title, description,
                 scientific_name, cites_appendix, obfuscated, **extra)


def legal(seller: str, category: str, language: str, price: float, title: str, description: str,
          **extra: Any) -> Entry:
    """An ordinary ad for legal animal goods or pets."""
    return Entry("legal", seller, category, language, price, title, description, **extra)


def lookalike(seller: str, category: str, language: str, price: float, title: str,
              description: str, **extra: Any) -> Entry:
    """An ad whose words resemble wildlife trade but that sells nothing protected."""
    return Entry("lookalike", seller, category, language, price, title, description, **extra)


def load_site(name: str) -> tuple[list[Seller], list[Entry]]:
    """Sellers and entries of site ``name`` in their fixed order."""
    module = import_module(f"demo_market.data.{name}")
    return list(module.SELLERS), list(module.ENTRIES)
