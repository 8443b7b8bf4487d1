"""The demo catalogue: listings of three sites, with the ground truth the pages never show.

The data modules (``demo_market/data/<site>.py``) hold hand-written ads as :class:`Entry`
records and the sellers who post them. :func:`load_catalog` turns them into
:class:`DemoListing` records: ids, URL paths, posting dates, photo paths and contact details
are derived deterministically from :data:`~demo_market.settings.DEMO_SEED`.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from demo_market import settings
from demo_market.contacts import Seller, render_contacts
from wildtrace.models import Handle

Kind = Literal["offer", "legal", "lookalike"]
Style = Literal["jsonld", "plain", "spa"]


@dataclass(frozen=True)
class Entry:
    """One hand-written ad as it sits in a data module (before ids and dates are given)."""

    kind: Kind
    seller: str
    category: str
    language: str
    price: float
    title: str
    description: str
    scientific_name: str | None = None
    cites_appendix: str | None = None
    obfuscated: bool = False
    currency: str | None = None
    photos: int = 1
    key: str | None = None  # name other entries refer to (photo reuse, copied text)
    photo_of: str | None = None  # "site:key" whose first photo this ad re-posts
    copy_of: str | None = None  # "site:key" whose description this ad copies


@dataclass(frozen=True)
class DemoListing:
    """One listing of the demo marketplace, ground truth included."""

    id: str
    site: str
    url_path: str
    title: str
    description: str
    price: float
    currency: str
    seller_id: str
    seller_name: str
    seller_path: str
    location: str
    country: str
    posted: str
    category: str
    language: str
    images: tuple[str, ...]
    # ground truth, never shown on a page
    protected: bool
    kind: Kind
    scientific_name: str | None
    cites_appendix: str | None
    obfuscated: bool
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    handles: tuple[Handle, ...] = ()
    photo_of: str | None = None  # id of the listing whose photo this one re-posts
    copy_of: str | None = None  # id of the listing whose description this one copies


@dataclass(frozen=True)
class SiteSpec:
    """What a site is, before it has a port."""

    name: str
    style: Style
    id_prefix: str
    first_number: int
    languages: tuple[str, ...]
    country: str
    currency: str
    default_currency: dict[str, str] = field(default_factory=dict)  # language -> currency


SITE_SPECS: tuple[SiteSpec, ...] = (
    SiteSpec("savanna", "jsonld", "sv", 1001, ("en", "fr"), "KE", "USD",
             {"en": "USD", "fr": "EUR"}),
    SiteSpec("mercado", "plain", "mc", 2001, ("es", "en", "pt"), "ES", "EUR",
             {"es": "EUR", "en": "USD", "pt": "BRL"}),
    SiteSpec("longma", "spa", "lm", 3001, ("zh", "vi", "en", "th"), "CN", "CNY",
             {"zh": "CNY", "vi": "VND", "en": "USD", "th": "THB"}),
)


def slugify(text: str) -> str:
    """ASCII slug of a title for savanna's URLs ("Carved tusk, 2 kg" -> "carved-tusk-2-kg")."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")
    return slug[:60].strip("-") or "item"


def url_path(spec: SiteSpec, listing_id: str, title: str) -> str:
    if spec.style == "jsonld":
        return f"/listing/{listing_id}/{slugify(title)}"
    if spec.style == "plain":
        return f"/anuncio/{listing_id}.html"
    return f"/item/{listing_id}"


def seller_path(spec: SiteSpec, seller_key: str) -> str:
    return f"/vendedor/{seller_key}" if spec.style == "plain" else f"/seller/{seller_key}"


def _unique_handles(handles: list[Handle]) -> tuple[Handle, ...]:
    seen: list[Handle] = []
    for handle in handles:
        if handle not in seen:
            seen.append(handle)
    return tuple(seen)


def _site_data(name: str) -> tuple[list[Seller], list[Entry]]:
    from demo_market.data import load_site

    return load_site(name)


def _build() -> tuple[tuple[DemoListing, ...], dict[str, str]]:
    today = dt.date.fromisoformat(settings.DEMO_TODAY)
    listings: list[DemoListing] = []
    keys: dict[str, str] = {}
    pending: list[tuple[int, Entry, str]] = []
    for spec in SITE_SPECS:
        rng = random.Random(f"{settings.DEMO_SEED}:{spec.name}")
        sellers, entries = _site_data(spec.name)
        by_key = {seller.key: seller for seller in sellers}
        for number, entry in enumerate(entries, start=spec.first_number):
            seller = by_key[entry.seller]
            listing_id = f"{spec.id_prefix}-{number}"
            description, found = render_contacts(entry.description, seller, entry.language, rng)
            title, title_found = render_contacts(entry.title, seller, entry.language, rng)
            posted = today - dt.timedelta(days=rng.randint(0, 120))
            images = tuple(f"/img/{listing_id}-{n}.{'png' if (number + n) % 5 == 0 else 'jpg'}"
                           for n in range(1, entry.photos + 1))
            listings.append(DemoListing(
                id=listing_id, site=spec.name, url_path=url_path(spec, listing_id, title),
                title=title, description=description, price=float(entry.price),
                currency=entry.currency or spec.default_currency[entry.language],
                seller_id=seller.key, seller_name=seller.name,
                seller_path=seller_path(spec, seller.key), location=seller.location,
                country=seller.country, posted=posted.isoformat(), category=entry.category,
                language=entry.language, images=images, protected=entry.kind == "offer",
                kind=entry.kind, scientific_name=entry.scientific_name,
                cites_appendix=entry.cites_appendix, obfuscated=entry.obfuscated,
                phones=tuple(dict.fromkeys(title_found.phones + found.phones)),
                emails=tuple(dict.fromkeys(title_found.emails + found.emails)),
                handles=_unique_handles(title_found.handles + found.handles),
            ))
            if entry.key:
                keys[f"{spec.name}:{entry.key}"] = listing_id
            if entry.photo_of or entry.copy_of:
                pending.append((len(listings) - 1, entry, spec.name))
    for index, entry, _site in pending:
        old = listings[index]
        photo_of = keys[entry.photo_of] if entry.photo_of else None
        copy_of = keys[entry.copy_of] if entry.copy_of else None
        listings[index] = DemoListing(**{**old.__dict__, "photo_of": photo_of,
                                         "copy_of": copy_of})
    return tuple(listings), keys


@lru_cache(maxsize=1)
def _catalog() -> tuple[tuple[DemoListing, ...], dict[str, str]]:
    return _build()


def load_catalog() -> list[DemoListing]:
    """Every listing of the three sites, in a fixed order, with its ground truth."""
    return list(_catalog()[0])


def keyed_ids() -> dict[str, str]:
    """Listing ids of the entries the data modules name ("mercado:broken" -> "mc-2040")."""
    return dict(_catalog()[1])


def sellers_of(site: str) -> list[Seller]:
    """The sellers of one site as the data module defines them."""
    return _site_data(site)[0]
