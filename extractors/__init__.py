"""Extraction: a fetched page to a listing (fields, result tiles), identifiers and species.

Public API::

    extract_page(body, url, *, content_type=None, encoding=None, profile=None,
                 fetched_at=None) -> PageExtraction
    read_listing(...same arguments...) -> PageExtraction   # without identifiers and species
"""

from __future__ import annotations

from extractors.page import extract_page, read_listing

__all__ = ["extract_page", "read_listing"]
