"""Cross-checks: which listings and networks carry identifiers another agency supplies.

The input is a CSV file with one identifier per row (phones in any common format, e-mails,
messaging handles, wallet addresses, names). A header row is recognised when its first cell is
``identifier``, ``value`` or ``id``; an optional second column ``kind`` forces the kind.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from networks.exceptions import MatchInputError
from networks.graph import NetworkSet

HEADER_NAMES = {"identifier", "value", "id", "identifiers"}
KINDS = {"phone", "email", "handle", "wallet", "name"}


@dataclass
class MatchRow:
    row: int
    input: str
    kind: str
    normalized: str
    listings: list[dict[str, Any]] = field(default_factory=list)
    networks: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"row": self.row, "input": self.input, "kind": self.kind,
                "normalized": self.normalized, "listings": self.listings,
                "networks": self.networks}


def read_identifiers(path: Path) -> list[tuple[int, str, str | None]]:
    if not path.exists():
        raise MatchInputError(f"{path}: no such file")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise MatchInputError(f"{path}: not UTF-8 text ({exc.reason})") from exc
    except OSError as exc:
        raise MatchInputError(f"{path}: cannot read ({exc.strerror})") from exc
    rows: list[tuple[int, str, str | None]] = []
    for number, cells in enumerate(csv.reader(text.splitlines()), 1):
        if not cells or not cells[0].strip():
            continue
        if number == 1 and cells[0].strip().casefold() in HEADER_NAMES:
            continue
        kind = cells[1].strip().casefold() if len(cells) > 1 and cells[1].strip() else None
        if kind is not None and kind not in KINDS:
            raise MatchInputError(f"{path}:{number}: unknown kind {kind!r} "
                                  f"(use one of {', '.join(sorted(KINDS))})")
        rows.append((number, cells[0].strip(), kind))
    if not rows:
        raise MatchInputError(f"{path}: no identifiers in the file")
    return rows


def fold_name(value: str) -> str:
    folded = unicodedata.normalize("NFKD", value.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", folded).strip()


def normalize(raw: str, kind: str | None, region: str | None) -> tuple[str, str]:
    """The kind and normalised value of one supplied identifier."""
    from extractors.identifiers import find_identifiers

    if kind == "name":
        return "name", fold_name(raw)
    found = find_identifiers(raw, region)
    if kind in (None, "email") and found.emails:
        return "email", found.emails[0].casefold()
    if kind in (None, "wallet") and found.wallets:
        return "wallet", found.wallets[0].address
    if kind in (None, "phone") and found.phones:
        return "phone", found.phones[0]
    if kind in (None, "handle") and found.handles:
        handle = found.handles[0]
        return "handle", f"{handle.platform}:{handle.value.lstrip('@').casefold()}"
    if kind == "handle" or (kind is None and raw.startswith("@")):
        return "handle", raw.lstrip("@").casefold()
    return (kind or "name"), fold_name(raw)


def match_identifiers(rows: list[tuple[int, str, str | None]], networks: NetworkSet, *,
                      region: str | None = None) -> list[MatchRow]:
    index: dict[tuple[str, str], set[int]] = defaultdict(set)
    for listing in networks.listings.values():
        for kind, value in listing.identifiers:
            if kind == "handle":  # stored as "platform:name"; an agency may give just the name
                folded = value.casefold()
                index[(kind, folded)].add(listing.listing_id)
                index[(kind, folded.split(":", 1)[-1].lstrip("@"))].add(listing.listing_id)
            else:
                index[(kind, value)].add(listing.listing_id)
        if listing.seller:
            index[("name", fold_name(listing.seller))].add(listing.listing_id)
    results: list[MatchRow] = []
    for number, raw, hint in rows:
        found_kind, value = normalize(raw, hint, region)
        ids = sorted(index.get((found_kind, value), set()))
        networks_hit = sorted({n.id for i in ids if (n := networks.network_of(i)) is not None})
        results.append(MatchRow(
            row=number, input=raw, kind=found_kind, normalized=value,
            listings=[{"id": i, "url": networks.listings[i].url,
                       "marketplace": networks.listings[i].marketplace} for i in ids],
            networks=networks_hit))
    return results
