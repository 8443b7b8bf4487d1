"""The part of a site profile the extractor reads: ``[extract]`` selectors and ``[site]`` defaults.

A profile is the parsed TOML mapping the crawler passes on. Selectors are parsel CSS selectors
(``::text`` and ``::attr(name)`` allowed). Every key is optional; unknown keys are ignored so the
crawler can keep its own sections in the same file.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from extractors.exceptions import ProfileError

logger = logging.getLogger(__name__)

SELECTOR_KEYS = ("title", "description", "price", "currency", "seller", "seller_url", "location",
                 "posted", "images", "listing_links", "next_page")
SITE_KEYS = ("country", "language", "currency")


@dataclass(frozen=True)
class ExtractProfile:
    """Validated selectors and site defaults; empty when no profile was given."""

    selectors: dict[str, str] = field(default_factory=dict)
    country: str | None = None
    language: str | None = None
    currency: str | None = None
    name: str | None = None


def read_profile(profile: Mapping[str, Any] | None) -> ExtractProfile:
    """Check and normalise a parsed profile; raises :class:`ProfileError` on a malformed one."""
    if profile is None:
        return ExtractProfile()
    if not isinstance(profile, Mapping):
        raise ProfileError("a site profile must be a table (mapping)")
    extract = profile.get("extract", {}) or {}
    site = profile.get("site", {}) or {}
    if not isinstance(extract, Mapping) or not isinstance(site, Mapping):
        raise ProfileError("profile sections [extract] and [site] must be tables")
    selectors: dict[str, str] = {}
    for key in SELECTOR_KEYS:
        value = extract.get(key)
        if value is None:
            continue
        if not isinstance(value, str) or not value.strip():
            raise ProfileError(f"profile [extract].{key} must be a CSS selector string")
        _check_selector(key, value)
        selectors[key] = value
    defaults: dict[str, str | None] = {}
    for key in SITE_KEYS:
        value = site.get(key)
        if value is not None and not isinstance(value, str):
            raise ProfileError(f"profile [site].{key} must be a string")
        defaults[key] = value
    country = defaults["country"].upper() if defaults["country"] else None
    if country is not None and len(country) != 2:
        raise ProfileError(f"profile [site].country must be an ISO 3166 code, not {country!r}")
    currency = defaults["currency"].upper() if defaults["currency"] else None
    if currency is not None and len(currency) != 3:
        raise ProfileError(f"profile [site].currency must be an ISO 4217 code, not {currency!r}")
    language = defaults["language"].lower() if defaults["language"] else None
    name = site.get("name") if isinstance(site.get("name"), str) else None
    return ExtractProfile(selectors, country, language, currency, name)


def _check_selector(key: str, selector: str) -> None:
    from parsel import Selector

    try:
        Selector(text="<html></html>").css(selector)
    except Exception as exc:  # cssselect raises its own SelectorSyntaxError and ValueError
        raise ProfileError(f"profile [extract].{key}: bad CSS selector {selector!r}: {exc}") \
            from exc


def select(page: Any, selector: str) -> list[str]:
    """Texts a selector yields on a parsel Selector: element text, or ::text / ::attr values."""
    found: list[str] = []
    for node in page.css(selector):
        if "::" in selector:
            value = node.get()
        else:
            value = " ".join(part.strip() for part in node.css("*::text").getall() if part.strip())
        if value and value.strip():
            found.append(" ".join(value.split()))
    return found
