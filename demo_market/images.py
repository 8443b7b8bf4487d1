"""Listing photos, drawn with Pillow from the listing id: same bytes on every machine.

Each photo is a simple scene (a coloured ground, a few shapes whose palette follows the
listing's category, a caption). A listing that re-posts another listing's photo (ground truth
``photo_of``) gets that photo resized and re-compressed, as traffickers' re-uploads are.
"""

from __future__ import annotations

import io
import logging
import random
import re
from functools import lru_cache

from PIL import Image, ImageDraw

from demo_market import settings
from demo_market.catalog import DemoListing, load_catalog

logger = logging.getLogger(__name__)

IMAGE_PATH = re.compile(r"^/img/(?P<id>[a-z]{2}-\d+)-(?P<n>\d)\.(?P<ext>jpg|png)$")

PALETTES: dict[str, tuple[tuple[int, int, int], ...]] = {
    "offer": ((238, 232, 213), (201, 178, 140), (120, 94, 66), (60, 50, 40), (180, 40, 30)),
    "legal": ((220, 235, 220), (90, 140, 90), (160, 110, 60), (40, 80, 120), (230, 200, 90)),
    "lookalike": ((240, 225, 235), (200, 90, 140), (70, 120, 200), (250, 180, 60), (30, 30, 30)),
}


def _draw(listing: DemoListing, number: int) -> Image.Image:
    rng = random.Random(f"{settings.DEMO_SEED}:photo:{listing.id}:{number}")
    palette = PALETTES[listing.kind]
    width, height = settings.DEMO_IMAGE_SIZE
    ground = tuple(max(0, min(255, c + rng.randint(-25, 25))) for c in palette[0])
    image = Image.new("RGB", (width, height), ground)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, height * 2 // 3, width, height), fill=palette[1])
    for _ in range(rng.randint(4, 9)):
        x0, y0 = rng.randint(0, width - 60), rng.randint(0, height - 60)
        x1, y1 = x0 + rng.randint(30, 220), y0 + rng.randint(30, 160)
        colour = rng.choice(palette[1:])
        shape = rng.choice(("ellipse", "rectangle", "polygon", "arc"))
        if shape == "ellipse":
            draw.ellipse((x0, y0, x1, y1), fill=colour, outline=(0, 0, 0))
        elif shape == "rectangle":
            draw.rectangle((x0, y0, x1, y1), fill=colour)
        elif shape == "polygon":
            points = [(rng.randint(x0, x1), rng.randint(y0, y1)) for _ in range(rng.randint(3, 6))]
            draw.polygon(points, fill=colour)
        else:
            draw.arc((x0, y0, x1, y1), 0, rng.randint(90, 300), fill=colour, width=8)
    draw.rectangle((0, 0, width, 26), fill=(255, 255, 255))
    draw.text((8, 7), f"{listing.site} {listing.id} photo {number}", fill=(0, 0, 0))
    return image


def _encode(image: Image.Image, ext: str, quality: int) -> bytes:
    buffer = io.BytesIO()
    if ext == "png":
        image.convert("P", palette=Image.Palette.ADAPTIVE, colors=64).save(buffer, "PNG",
                                                                            optimize=True)
    else:
        image.save(buffer, "JPEG", quality=quality, optimize=True)
    return buffer.getvalue()


@lru_cache(maxsize=1)
def _by_id() -> dict[str, DemoListing]:
    return {listing.id: listing for listing in load_catalog()}


def photo(listing: DemoListing, number: int) -> Image.Image:
    """The picture of a listing's ``number``-th photo (re-posts start from the original)."""
    if number == 1 and listing.photo_of:
        original = photo(_by_id()[listing.photo_of], 1)
        width, height = original.size
        return original.resize((width * 3 // 4, height * 3 // 4), Image.Resampling.LANCZOS)
    return _draw(listing, number)


@lru_cache(maxsize=2048)
def image_bytes(path: str) -> tuple[bytes, str] | None:
    """The bytes and media type served at ``path`` (``/img/<id>-<n>.jpg``), or None."""
    match = IMAGE_PATH.match(path)
    if not match:
        return None
    listing = _by_id().get(match["id"])
    if listing is None or path not in listing.images:
        return None
    ext = match["ext"]
    quality = settings.DEMO_JPEG_QUALITY - (22 if listing.photo_of else 0)
    data = _encode(photo(listing, int(match["n"])), ext, quality)
    return data, "image/png" if ext == "png" else "image/jpeg"
