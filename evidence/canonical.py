"""Canonical JSON: the exact bytes that are hashed and signed for a document."""

from __future__ import annotations

import json
from typing import Any


def canonical_bytes(document: Any) -> bytes:
    """Sorted keys, no spaces, UTF-8: the same document always gives the same bytes."""
    return json.dumps(document, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode("utf-8")
