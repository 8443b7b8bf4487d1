"""Read what the network builder needs from the store and the evidence folder.

Identifiers come from the store (already normalised by it). Photos come from the evidence: every
image response captured in the WARC files is hashed once (pHash), and the hashes are cached in
``<data dir>/networks/photo-hashes.json`` keyed by the payload digest, so a rebuild only hashes
new pictures.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import TYPE_CHECKING

from networks.model import ListingEntities
from networks.photos import phash_bytes
from wildtrace.config import Config

if TYPE_CHECKING:
    from networks.graph import NetworkSet
    from store import Store
    from store.records import ListingDetail

log = logging.getLogger(__name__)
PAGE = 500


def photo_hashes(config: Config) -> dict[str, str]:
    """Image URL -> perceptual hash, for every image captured in the evidence folder."""
    from warcio.archiveiterator import ArchiveIterator

    cache_path = config.data_dir / "networks" / "photo-hashes.json"
    cache: dict[str, str | None] = {}
    if cache_path.exists():
        cache = json.loads(cache_path.read_text())
    by_url: dict[str, str] = {}
    for warc in sorted(config.paths.warcs.glob("*.warc.gz")):
        with warc.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                ctype = record.http_headers.get_header("Content-Type") or ""
                if not ctype.startswith("image/"):
                    continue
                digest = record.rec_headers.get_header("WARC-Payload-Digest") or ""
                if digest not in cache:
                    cache[digest] = phash_bytes(record.content_stream().read())
                value = cache[digest]
                if value:
                    by_url[record.rec_headers.get_header("WARC-Target-URI")] = value
    cache_path.parent.mkdir(parents=True, exist_ok=True)
    cache_path.write_text(json.dumps(cache))
    return by_url


def _iter_details(store: Store) -> Iterator[ListingDetail]:
    offset = 0
    while True:
        page = store.list_listings(limit=PAGE, offset=offset, order="newest")
        if not page:
            return
        for summary in page:
            detail = store.get_listing(summary.id)
            if detail is not None:
                yield detail
        offset += len(page)


def entities_from_store(store: Store, config: Config) -> list[ListingEntities]:
    photos = photo_hashes(config)
    out: list[ListingEntities] = []
    for d in _iter_details(store):
        out.append(ListingEntities(
            listing_id=d.id, url=d.url, marketplace=d.marketplace, seller=d.seller,
            seller_id=d.seller_id, country=d.country, species=list(d.species),
            seen_at=d.first_seen.isoformat() if d.first_seen else None,
            identifiers=[(i.kind, i.value) for i in d.identifiers],
            image_hashes=[photos[u] for u in d.images if u in photos],
            description=d.description or ""))
    log.info("read %d listings, %d captured photos", len(out), len(photos))
    return out


def build_from_store(config: Config) -> NetworkSet:
    from networks.graph import build_networks
    from store import open_store

    with open_store(config) as store:
        return build_networks(entities_from_store(store, config))

