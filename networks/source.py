"""Read what the network builder needs from the store and the evidence folder.

Identifiers come from the store (already normalised by it). Photos come from the evidence: every
image response captured in the WARC files is hashed once (pHash), and the hashes are cached in
``<data dir>/networks/photo-hashes.json`` keyed by the payload digest, so a rebuild only hashes
new pictures.
"""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING

from networks.model import ListingEntities
from networks.photos import phash_bytes
from wildtrace.config import Config

if TYPE_CHECKING:
    from networks.graph import NetworkSet
    from store import Store

log = logging.getLogger(__name__)


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


def entities_from_store(store: Store, config: Config) -> list[ListingEntities]:
    photos = photo_hashes(config)
    out = [ListingEntities(
        listing_id=row.listing_id, url=row.url, marketplace=row.marketplace, seller=row.seller,
        seller_id=row.seller_id, country=row.country, species=row.species,
        seen_at=row.first_seen.isoformat() if row.first_seen else None,
        identifiers=row.identifiers,
        image_hashes=[photos[u] for u in row.images if u in photos],
        description=row.description) for row in store.network_rows()]
    log.info("read %d listings, %d captured photos", len(out), len(photos))
    return out


def build_from_store(config: Config) -> NetworkSet:
    from networks.graph import build_networks
    from store import open_store

    with open_store(config) as store:
        return build_networks(entities_from_store(store, config))

