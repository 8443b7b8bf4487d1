"""What the spider hands to the pipeline: one record per fetched page."""

from __future__ import annotations

from dataclasses import dataclass

from wildtrace.models import PageExtraction


@dataclass
class PageRecord:
    """One fetched page; ``listing`` is set when the page is a listing worth storing."""

    url: str
    fp: str | None
    status: int
    fetched_at: str
    page_type: str
    listing: PageExtraction | None = None
    removed: bool = False
