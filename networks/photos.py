"""Perceptual hashes of listing photos, and the pairs of photos that are one picture.

A 64-bit pHash survives re-compression, resizing and light cropping with a small Hamming
distance. Candidate pairs come from the pigeonhole principle: split each hash into
``max_distance + 1`` bands; two hashes within ``max_distance`` agree on at least one band. Pairs
inside a band bucket are checked with a vectorised popcount.
"""

from __future__ import annotations

import io
import itertools
from collections import defaultdict
from collections.abc import Iterable, Iterator

import numpy as np

from networks.settings import NETWORK_PHASH_MAX_DISTANCE


def phash_bytes(image: bytes) -> str | None:
    """The pHash of an encoded image as 16 hex digits, None when it is not a readable image."""
    import imagehash
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(image)) as picture:
            return str(imagehash.phash(picture.convert("RGB")))
    except (UnidentifiedImageError, OSError, ValueError):
        return None


def _bands(bits: int, count: int) -> list[tuple[int, int]]:
    edges = np.linspace(0, bits, count + 1).astype(int)
    return [(int(a), int(b)) for a, b in itertools.pairwise(edges)]


def _popcount(values: np.ndarray) -> np.ndarray:
    as_bytes = values.view(np.uint8).reshape(-1, 8)
    return np.unpackbits(as_bytes, axis=1).sum(axis=1)


def similar_pairs(hashes: Iterable[tuple[int, str]],
                  max_distance: int = NETWORK_PHASH_MAX_DISTANCE
                  ) -> Iterator[tuple[int, int, int]]:
    """Yield ``(key_a, key_b, distance)`` for photos within ``max_distance`` of each other."""
    keys: list[int] = []
    values: list[int] = []
    for key, hex_hash in hashes:
        keys.append(key)
        values.append(int(hex_hash, 16))
    if not values:
        return
    array = np.array(values, dtype=np.uint64)
    seen: set[tuple[int, int]] = set()
    for low, high in _bands(64, max_distance + 1):
        mask = np.uint64(((1 << (high - low)) - 1) << low)
        buckets: dict[int, list[int]] = defaultdict(list)
        for index, band in enumerate((array & mask).tolist()):
            buckets[band].append(index)
        for members in buckets.values():
            if len(members) < 2:
                continue
            idx = np.array(members)
            block = array[idx]
            for pos in range(len(members) - 1):
                distances = _popcount(block[pos + 1:] ^ block[pos])
                for offset in np.nonzero(distances <= max_distance)[0].tolist():
                    i, j = members[pos], members[pos + 1 + offset]
                    a, b = (keys[i], keys[j]) if keys[i] <= keys[j] else (keys[j], keys[i])
                    if a == b or (a, b) in seen:
                        continue
                    seen.add((a, b))
                    yield a, b, int(distances[offset])
