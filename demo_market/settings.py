"""Defaults of the demo marketplace: one place, prefixed ``DEMO_``, one line of help each."""

from __future__ import annotations

DEMO_SEED = 20260423
"""Seed of every pseudo-random choice (dates, contact formats, photos): same output anywhere."""

DEMO_HOST = "127.0.0.1"
"""Interface the three sites listen on."""

DEMO_BASE_PORT = 8700
"""First port of ``serve_forever``: savanna, mercado, longma take this one and the next two."""

DEMO_PAGE_SIZE = 20
"""Listings per search, category or API result page."""

DEMO_HOME_LATEST = 12
"""Listings shown on each site's home page."""

DEMO_CRAWL_DELAY: float | None = None
"""Crawl-delay written in robots.txt (None: no Crawl-delay line)."""

DEMO_GZIP_MIN_BYTES = 0
"""savanna gzips every HTML response at least this long when the client accepts gzip."""

DEMO_CHUNKED_EVERY = 2
"""mercado sends every n-th listing page (by number) and all search pages chunked."""

DEMO_CHUNK_SIZE = 1024
"""Size of each chunk in mercado's chunked responses."""

DEMO_TODAY = "2026-04-20"
"""Date the catalogue is written against: listings are posted up to 120 days before it."""

DEMO_IMAGE_SIZE = (480, 360)
"""Width and height of generated listing photos (reused copies may be resized)."""

DEMO_JPEG_QUALITY = 82
"""JPEG quality of generated photos (re-used copies are saved at a different quality)."""
