"""Second readings of texts typed in ways a word list does not hold.

* **"k" for "c" or "qu"** in Spanish and Portuguese, as people write online ("guakamaya",
  "jakarandá", "k0k0bolo"): the words with a "k" are read again with "c" before a, o, u and a
  consonant, "qu" before e and i. Units and words that keep their "k" ("kg", "km", "kilo",
  "kit", "ok") are left alone.
* **VIQR**, Vietnamese typed with ASCII marks after the letters ("Ma^.t ga^'u" for mật gấu):
  when the text has at least two marks only VIQR writes (``a^``, ``e^``, ``o^``, ``o+``,
  ``u+``, ``a(``), the marks after letters inside words are dropped; the matcher reads
  Vietnamese without its accents anyway.

Each returns the text to read again, or None when there is nothing to read differently.
"""

from __future__ import annotations

import re

K_LANGUAGES = frozenset({"es", "pt"})
_K_WORD = re.compile(r"\b[^\W\d_]*k[^\W_]*\b", re.IGNORECASE)
_KEEPS_K = re.compile(r"^(?:k[gmlw]|kilo|kilos|km/h|kit|kits|ok|okay|kk+|kkk\w*|"
                      r"k|wok|kiwi|karat\w*|kayak|poker|punk|rock|link|tiktok|whisky)$",
                      re.IGNORECASE)
_K_BEFORE = re.compile(r"k(?=[ei])", re.IGNORECASE)
_VIQR_SIGNS = re.compile(r"[aeo]\^|[ou]\+|a\(", re.IGNORECASE)
_VIQR_MARKS = re.compile(r"(?<=[^\W\d_])[\^(+'`?~.]+(?=[^\W\d_]|\s|$|[,;:!])")


def _c_for_k(word: str) -> str:
    if _KEEPS_K.match(word):
        return word
    word = _K_BEFORE.sub(lambda m: "qu" if m.group(0) == "k" else "QU", word)
    return word.replace("k", "c").replace("K", "C")


def k_reading(text: str, language: str | None) -> str | None:
    """``text`` with "k" read as "c"/"qu" in Spanish or Portuguese words, or None."""
    if language not in K_LANGUAGES or "k" not in text.lower():
        return None
    read = _K_WORD.sub(lambda m: _c_for_k(m.group(0)), text)
    return None if read == text else read


def viqr_reading(text: str) -> str | None:
    """``text`` without VIQR marks when it is typed in VIQR, or None."""
    if len(_VIQR_SIGNS.findall(text)) < 2:
        return None
    read = _VIQR_MARKS.sub("", text)
    return None if read == text else read
