"""Networks from shared identifiers, re-posted photos and copied wording."""

from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw

from networks import ListingEntities, build_networks
from networks.photos import phash_bytes, similar_pairs
from networks.wording import similar_pairs as similar_texts

TEXT = ("Genuine old carved piece from my grandfather collection, heavy and smooth, about "
        "twenty centimetres long, shipping possible to Europe and Asia, serious buyers only, "
        "contact me on WhatsApp for more photos and the price")


def picture(seed: int, size: int = 320) -> Image.Image:
    rng = random.Random(seed)
    image = Image.new("RGB", (size, size), (rng.randrange(256), 200, 180))
    draw = ImageDraw.Draw(image)
    for _ in range(12):
        x, y = rng.randrange(size), rng.randrange(size)
        r = rng.randrange(10, size // 3)
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        draw.ellipse((x - r, y - r, x + r, y + r), fill=colour)
    return image


def encode(image: Image.Image, fmt: str = "PNG", **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, **options)
    return buffer.getvalue()


def test_photo_survives_recompression_resize_and_light_crop() -> None:
    original = picture(1)
    variants = {
        "original": encode(original),
        "jpeg q35": encode(original, "JPEG", quality=35),
        "resized": encode(original.resize((200, 200))),
        "cropped": encode(original.crop((6, 6, 314, 314))),
    }
    other = encode(picture(2))
    hashes = {name: phash_bytes(data) for name, data in variants.items()}
    assert all(hashes.values())
    keyed = [(n, h) for n, h in enumerate([*hashes.values(), phash_bytes(other)]) if h]
    pairs = {(a, b) for a, b, _ in similar_pairs(keyed)}
    # every variant pairs with the original (key 0); the unrelated picture (key 4) with none
    assert {(0, 1), (0, 2), (0, 3)} <= pairs
    assert not any(4 in pair for pair in pairs)


def test_not_an_image_gives_no_hash() -> None:
    assert phash_bytes(b"<html>not a picture</html>") is None


def test_copied_description_links_and_short_texts_do_not() -> None:
    texts = [(1, TEXT), (2, TEXT.replace("WhatsApp", "Telegram") + " thanks"),
             (3, "Brand new bicycle, red, 21 gears, barely used, pick up in the city centre "
                 "only, no delivery, cash on collection please, price firm"),
             (4, "for sale call me"), (5, "for sale call me")]
    pairs = {(a, b) for a, b, _ in similar_texts(texts)}
    assert pairs == {(1, 2)}


def test_network_joins_three_marketplaces_with_reasons() -> None:
    photo = encode(picture(9))
    recompressed = encode(Image.open(io.BytesIO(photo)).convert("RGB"), "JPEG", quality=40)
    a = ListingEntities(1, "http://a.test/1", "savanna", seller="Tom", seller_id="t1",
                        identifiers=[("phone", "+84912345678")], seen_at="2026-01-02T00:00:00Z",
                        image_hashes=[phash_bytes(photo) or ""], description=TEXT)
    b = ListingEntities(2, "http://b.test/9", "mercado", seller="T. Nguyen",
                        identifiers=[("phone", "+84912345678")], seen_at="2026-03-01T00:00:00Z")
    c = ListingEntities(3, "http://c.test/x", "longma", seller="龙哥",
                        image_hashes=[phash_bytes(recompressed) or ""])
    d = ListingEntities(4, "http://d.test/y", "longma", seller="someone", description=TEXT)
    lone = ListingEntities(5, "http://d.test/z", "longma", seller="other",
                           identifiers=[("phone", "+33612345678")], description="hello")
    result = build_networks([a, b, c, d, lone])
    assert len(result.networks) == 1
    network = result.networks[0]
    assert network.listing_ids == [1, 2, 3, 4]
    assert network.marketplaces == ["longma", "mercado", "savanna"]
    kinds = {link.kind for link in network.links}
    assert kinds == {"phone", "photo", "wording"}
    reasons = " | ".join(link.reason for link in network.links)
    assert "shared phone +84912345678" in reasons and "same photo" in reasons
    assert network.first_seen == "2026-01-02T00:00:00Z"
    assert result.network_of(5) is None
