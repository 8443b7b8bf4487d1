"""Defaults of the listing extractor: each setting is prefixed ``EXTRACT_``, with a line of help.

Callers pass other values as keyword arguments where a function offers it; nothing here is read
from the environment (no secrets, no paths).
"""

from __future__ import annotations

#: Largest page body accepted by :func:`extractors.extract_page`, in bytes (bigger pages are cut).
EXTRACT_MAX_BODY_BYTES = 8 * 1024 * 1024

#: Fewest repeated tiles (same structure, a link each) for a page to count as a result page.
EXTRACT_MIN_TILES = 3

#: Fewest tiles for a result page when every tile shows a price ("2 ads" for a narrow search).
EXTRACT_MIN_PRICED_TILES = 2

#: Share of tiles that must show a price or an image for a repeated group to be listing tiles.
EXTRACT_MIN_TILE_EVIDENCE = 0.3

#: Share of the body's visible text a tile group must cover to beat item-page signals.
EXTRACT_RESULTS_TEXT_SHARE = 0.35

#: Longest text (characters) that can be a standalone price ("1 185 000 €", "R$ 1.234,56").
EXTRACT_MAX_PRICE_TEXT = 40

#: How many text nodes after the main heading are searched for a standalone price.
EXTRACT_PRICE_WINDOW = 60

#: Longest title kept, in characters (longer headings are not titles).
EXTRACT_MAX_TITLE = 300

#: Most images returned for one listing.
EXTRACT_MAX_IMAGES = 50

#: Fewest characters of text needed before language detection answers.
EXTRACT_MIN_LANGUAGE_TEXT = 12
