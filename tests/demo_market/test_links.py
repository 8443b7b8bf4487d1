"""Seller networks: the same phone written two ways, re-posted photos, copied descriptions."""

from __future__ import annotations

import io
import re

import imagehash
from PIL import Image

from demo_market import load_catalog, seller_links
from demo_market.images import image_bytes


def _hash(path: str) -> imagehash.ImageHash:
    found = image_bytes(path)
    assert found is not None, path
    return imagehash.phash(Image.open(io.BytesIO(found[0])))


def test_phones_shared_across_sites_are_written_differently() -> None:
    by_id = {listing.id: listing for listing in load_catalog()}
    phone_links = [link for link in seller_links() if link.kind == "phone"]
    assert len(phone_links) >= 2
    for link in phone_links:
        assert len(link.sites) >= 2
        digits = link.value.lstrip("+")
        written = set()
        for listing_id in link.listing_ids:
            text = by_id[listing_id].description
            written.update(m.group(0).strip() for m in re.finditer(r"[+(0O][\d .()O-]{7,}", text)
                           if digits[-6:] in re.sub(r"\D", "", m.group(0).replace("O", "0")))
        assert len(written) >= 2, (link.value, written)


def test_reposted_photos_match_by_perceptual_hash_not_by_bytes() -> None:
    by_id = {listing.id: listing for listing in load_catalog()}
    photo_links = [link for link in seller_links() if link.kind == "photo"]
    assert len(photo_links) >= 3
    for link in photo_links:
        original, repost = (by_id[i] for i in link.listing_ids)
        assert original.site != repost.site
        original_bytes = image_bytes(original.images[0])
        repost_bytes = image_bytes(repost.images[0])
        assert original_bytes and repost_bytes and original_bytes[0] != repost_bytes[0]
        assert _hash(original.images[0]) - _hash(repost.images[0]) <= 6
        other = next(item for item in load_catalog() if item.site == repost.site
                     and item.id != repost.id and not item.photo_of)
        assert _hash(original.images[0]) - _hash(other.images[0]) > 12


def test_copied_descriptions_are_linked_across_sites() -> None:
    by_id = {listing.id: listing for listing in load_catalog()}
    text_links = [link for link in seller_links() if link.kind == "text"]
    assert len(text_links) >= 2
    for link in text_links:
        original, copy = (by_id[i] for i in link.listing_ids)
        assert original.site != copy.site and original.seller_id != copy.seller_id
        shared = set(original.description.split()) & set(copy.description.split())
        assert len(shared) >= 0.7 * len(set(original.description.split()))


def test_an_email_links_two_sellers_on_two_sites() -> None:
    by_id = {listing.id: listing for listing in load_catalog()}
    email_links = [link for link in seller_links() if link.kind == "email"]
    assert email_links
    for link in email_links:
        carriers = [by_id[i] for i in link.listing_ids]
        assert len({item.seller_id for item in carriers}) >= 2 and len(link.sites) >= 2
