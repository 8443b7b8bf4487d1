"""Extraction: a fetched page to a listing (fields, result tiles), identifiers and species.

Public API::

    extract_page(body, url, *, content_type=None, encoding=None, profile=None,
                 fetched_at=None) -> PageExtraction
"""

from __future__ import annotations

from extractors.page import extract_page

__all__ = ["extract_page"]
