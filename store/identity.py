"""Canonical forms: listing URLs, seller keys and identifiers (phone, e-mail, handle, wallet).

Two pages or two sellers are the same when their canonical forms are equal, so every value is
folded here before it is stored or looked up.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from wildtrace.models import PageExtraction

IDENTIFIER_KINDS: tuple[str, ...] = ("phone", "email", "handle", "wallet")
_TRACKING = re.compile(r"^(utm_.*|fbclid|gclid|yclid|mc_cid|mc_eid|_ga|ref_src|spm)$", re.I)
_PHONE_CHARS = re.compile(r"^[+\d\s().\-/]{6,}$")


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, no default port, no fragment, no tracking parameters."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    if parts.username:
        host = f"{parts.username}@{host}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                       if not _TRACKING.match(k)])
    return urlunsplit((scheme, host, parts.path or "/", query, ""))


def normalise_phone(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    return f"+{digits}" if value.strip().startswith("+") or len(digits) > 10 else digits


def normalise_identifier(kind: str, value: str) -> str:
    """The stored form of one identifier of ``kind``."""
    value = value.strip()
    if kind == "phone":
        return normalise_phone(value)
    if kind == "email":
        return value.casefold()
    if kind == "handle":
        platform, _, name = value.partition(":")
        if not name:
            return value.lstrip("@").casefold()
        return f"{platform.strip().casefold()}:{name.strip().lstrip('@').casefold()}"
    if kind == "wallet":
        return value.lower() if value.lower().startswith("0x") else value
    return value.casefold()


def normalise_any(value: str) -> str:
    """An identifier typed by a user, whatever its kind, folded for a case-blind match."""
    value = value.strip()
    if _PHONE_CHARS.match(value) and sum(c.isdigit() for c in value) >= 6:
        return normalise_phone(value)
    return value.casefold()


def identifiers_of(page: PageExtraction) -> list[tuple[str, str]]:
    """(kind, normalised value) for every way to reach the seller that the page shows."""
    found: dict[tuple[str, str], None] = {}
    for phone in page.phones:
        found.setdefault(("phone", normalise_identifier("phone", phone)), None)
    for email in page.emails:
        found.setdefault(("email", normalise_identifier("email", email)), None)
    for handle in page.handles:
        found.setdefault(
            ("handle", normalise_identifier("handle", f"{handle.platform}:{handle.value}")), None)
    for wallet in page.wallets:
        found.setdefault(("wallet", normalise_identifier("wallet", wallet.address)), None)
    return [key for key in found if key[1] and key[1] not in ("+", ":")]


def seller_key(page: PageExtraction) -> str | None:
    """What makes a seller the same seller within one marketplace."""
    for value in (page.seller_id, page.seller_url, page.seller):
        if value and value.strip():
            return value.strip().casefold()
    return None
