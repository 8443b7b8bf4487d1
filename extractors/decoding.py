"""Page bytes to text: BOM, HTTP ``Content-Type`` charset, ``<meta charset>``, then detection.

The order follows the HTML standard's encoding sniffing (w3lib implements it, including the
WHATWG aliases: ``iso-8859-1`` is decoded as ``cp1252``, ``gb2312`` as ``gbk``). When nothing is
declared, ``charset_normalizer`` guesses from the bytes.
"""

from __future__ import annotations

import logging

from w3lib.encoding import html_to_unicode, resolve_encoding

from extractors.exceptions import PageDecodeError
from extractors.settings import EXTRACT_MAX_BODY_BYTES

logger = logging.getLogger(__name__)

# Encodings a detector may name for short Latin text that real web pages almost never use.
_RARE = frozenset({"cp037", "cp437", "cp500", "cp850", "cp858", "cp1125", "hp_roman8", "ptcp154",
                   "kz1048", "iso8859_8", "iso8859_10", "iso8859_14", "tis_620", "utf_7"})


def _detect(body: bytes) -> str | None:
    """Guess the encoding of undeclared bytes; ``None`` when nothing fits."""
    try:
        body.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    if _looks_western(body):
        # Mostly ASCII with a few accented letters: Windows-1252, whatever a detector says
        # (detectors take short French text for Central European or Mac encodings).
        return "cp1252"
    best = from_bytes(body[:200_000]).best()
    if best is None or best.encoding.startswith("mac_") or best.encoding in _RARE:
        return "cp1252"
    return str(best.encoding)


def _looks_western(body: bytes) -> bool:
    try:
        text = body.decode("cp1252")
    except UnicodeDecodeError:
        return False
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return True
    high = sum(1 for ch in letters if ord(ch) > 127)
    return high / len(letters) < 0.15


def decode_page(body: bytes | str, *, content_type: str | None = None,
                encoding: str | None = None) -> tuple[str, str]:
    """Return ``(text, encoding used)`` for a page body.

    ``encoding`` forces a charset (an unknown name raises :class:`PageDecodeError`);
    ``content_type`` is the HTTP header value, whose ``charset`` wins over ``<meta>``.
    """
    if isinstance(body, str):
        if not body.strip():
            raise PageDecodeError("the page is empty")
        return body, "unicode"
    if not body.strip():
        raise PageDecodeError("the page is empty")
    if len(body) > EXTRACT_MAX_BODY_BYTES:
        logger.warning("page of %d bytes cut to %d", len(body), EXTRACT_MAX_BODY_BYTES)
        body = body[:EXTRACT_MAX_BODY_BYTES]
    if encoding:
        resolved = resolve_encoding(encoding)
        if resolved is None:
            raise PageDecodeError(f"unknown encoding {encoding!r}")
        return body.decode(resolved, errors="replace"), resolved
    header = content_type or ""
    if "charset" not in header.lower():
        header = ""
    try:
        used, text = html_to_unicode(header, body, auto_detect_fun=_detect)
    except LookupError as exc:
        raise PageDecodeError(f"cannot decode the page: {exc}") from exc
    if used.replace("-", "").replace("_", "").lower() == "utf8" and "\ufffd" in text:
        # Declared UTF-8 but the bytes are not (a page re-saved in Latin-1, a lying server):
        # browsers would show replacement characters; the bytes themselves say more.
        try:
            body.decode("utf-8")
        except UnicodeDecodeError:
            guessed = _detect(body) or "cp1252"
            logger.info("page declared UTF-8 but is not; decoding as %s", guessed)
            text, used = body.decode(guessed, errors="replace"), guessed
            text = text.lstrip("\ufeff")
    if "\x00" in text[:2000]:
        raise PageDecodeError("the page is binary, not HTML")
    return text, used
