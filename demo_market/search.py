"""Keyword search, categories and paging shared by the three sites."""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from demo_market import settings
from demo_market.catalog import DemoListing

# Category slug -> display name per site language (first language of the site is its UI language).
CATEGORY_NAMES: dict[str, dict[str, str]] = {
    "antiques": {"en": "Antiques & Art", "es": "Antigüedades y arte", "zh": "古玩艺术"},
    "animals": {"en": "Pets & Animals", "es": "Animales y mascotas", "zh": "宠物动物"},
    "health": {"en": "Health & Beauty", "es": "Salud y belleza", "zh": "保健美容"},
    "fashion": {"en": "Fashion", "es": "Moda", "zh": "服装鞋包"},
    "home": {"en": "Home & Garden", "es": "Casa y jardín", "zh": "家居园艺"},
    "books": {"en": "Books & Media", "es": "Libros", "zh": "图书"},
    "vehicles": {"en": "Vehicles & Parts", "es": "Motor y accesorios", "zh": "汽车配件"},
    "food": {"en": "Food & Farm", "es": "Alimentación y campo", "zh": "食品农产"},
    "jewelry": {"en": "Jewellery & Watches", "es": "Joyería y relojes", "zh": "珠宝首饰"},
    "collectibles": {"en": "Collectibles & Toys", "es": "Coleccionismo y juguetes",
                     "zh": "收藏玩具"},
}


def category_name(slug: str, language: str) -> str:
    names = CATEGORY_NAMES.get(slug, {})
    return names.get(language) or names.get("en") or slug


def fold(text: str) -> str:
    """Lower-case, accent-free form used for matching ("Ngà Voi" and "nga voi" match)."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def matches(listing: DemoListing, query: str) -> bool:
    """Every word of ``query`` occurs in the listing's title or description."""
    haystack = fold(f"{listing.title} {listing.description}")
    return all(word in haystack for word in fold(query).split())


@dataclass(frozen=True)
class ResultPage:
    listings: Sequence[DemoListing]
    page: int
    pages: int
    total: int

    @property
    def has_next(self) -> bool:
        return self.page < self.pages

    @property
    def has_previous(self) -> bool:
        return self.page > 1


def paginate(listings: Sequence[DemoListing], page: int,
             size: int = settings.DEMO_PAGE_SIZE) -> ResultPage:
    """The ``page``-th (from 1) slice of ``listings``; an out-of-range page is empty."""
    pages = max(1, math.ceil(len(listings) / size))
    start = (page - 1) * size
    chunk = listings[start:start + size] if page >= 1 else []
    return ResultPage(chunk, page, pages, len(listings))


def parse_page(raw: str | None) -> int:
    """``?page=`` value as an int from 1; anything unreadable is page 1."""
    try:
        return max(1, int(raw or "1"))
    except ValueError:
        return 1
