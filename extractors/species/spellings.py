"""Second readings of texts typed in ways a word list does not hold.

* **"k" for "c" or "qu"** in Spanish, Portuguese and French, as people write online
  ("guakamaya", "jakarandá", "k0k0bolo", "kakatoès"): the words with a "k" are read again with
  "c" before a, o, u and a consonant, "qu" before e and i. Units and words that keep their "k"
  ("kg", "km", "kilo", "kit", "ok") are left alone.
* **Vietnamese teen code and Telex**, in Vietnamese text: "q" for "ng" ("vòq nqà" for vòng
  ngà), "gh" before a, o, u ("ghấu" for gấu), a "k" ending a word or before a, o, u for "c"
  ("tak kè", "kọp"), "z" for "v" ("zẹt"), "f" for "ph" ("Châu Fi"), and Telex tone letters
  left after a vowel ("ngaf" for ngà).
* **"ph" for "f"** in Spanish, Portuguese and Indonesian ("marphim").
* **VIQR**, Vietnamese typed with ASCII marks after the letters ("Ma^.t ga^'u" for mật gấu):
  when the text has at least two marks only VIQR writes (``a^``, ``e^``, ``o^``, ``o+``,
  ``u+``, ``a(``), the marks after letters inside words are dropped; the matcher reads
  Vietnamese without its accents anyway.

Each returns the text to read again, or None when there is nothing to read differently.
"""

from __future__ import annotations

import re
import unicodedata

K_LANGUAGES = frozenset({"es", "pt", "fr"})
_K_WORD = re.compile(r"\b[^\W\d_]*k[^\W_]*\b", re.IGNORECASE)
_KEEPS_K = re.compile(r"^(?:k[gmlw]|kilo|kilos|km/h|kit|kits|ok|okay|kk+|kkk\w*|"
                      r"k|wok|kiwi|karat\w*|kayak|poker|punk|rock|link|tiktok|whisky|geckos?|koi|kois)$",
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


PH_LANGUAGES = frozenset({"es", "pt", "id"})
_PH = re.compile(r"(?<=[^\W\d_])ph|\bph(?=[^\W\d_])", re.IGNORECASE)


def ph_reading(text: str, language: str | None) -> str | None:
    """``text`` with "ph" read as "f" in Spanish, Portuguese and Indonesian ("marphim"), or
    None: those languages write f where a seller's "ph" dresses a word up."""
    if language not in PH_LANGUAGES or "ph" not in text.lower():
        return None
    read = _PH.sub(lambda m: "F" if m.group(0)[0] == "P" else "f", text)
    return None if read == text else read


def viqr_reading(text: str) -> str | None:
    """``text`` without VIQR marks when it is typed in VIQR, or None."""
    if len(_VIQR_SIGNS.findall(text)) < 2:
        return None
    read = _VIQR_MARKS.sub("", text)
    return None if read == text else read


_VI_NQ = re.compile(r"(?<=n)q", re.IGNORECASE)  # "nqà" for ngà
_VI_FINAL_Q = re.compile(r"(?<=[^\W\d_])q\b", re.IGNORECASE)  # "vòq" for vòng
_VI_GH = re.compile(r"\bgh([^\W\d_])", re.IGNORECASE)
_VI_FINAL_K = re.compile(r"(?<=[aeiouy])k\b", re.IGNORECASE)
_VI_K = re.compile(r"\bk([^\W\d_])", re.IGNORECASE)
_VI_Z = re.compile(r"\bz(?=[^\W\d_])", re.IGNORECASE)  # "zẹt" for vẹt
_VI_F = re.compile(r"\bf(?=[^\W\d_])", re.IGNORECASE)  # "Châu Fi" for Châu Phi
_VI_TELEX = re.compile(r"\b([^\W\d_]{1,5}[aeiouyăâêôơư])[fsrxj]\b", re.IGNORECASE)


def _base(letter: str) -> str:
    """A Vietnamese letter without its marks, lower case ("ấ" -> "a")."""
    return unicodedata.normalize("NFD", letter)[0].lower()


def _g_for_gh(match: re.Match[str]) -> str:
    """"gh" stays before e, i and y (ghế, ghi); before another vowel it is teen code."""
    vowel = match.group(1)
    return match.group(0) if _base(vowel) in "eiy" else match.group(0)[0] + vowel


def _c_for_k_vi(match: re.Match[str]) -> str:
    """"k" stays before e, i and y (kẻ, kim); before a, o, u it is teen code for c."""
    vowel = match.group(1)
    if _base(vowel) not in "aou":
        return match.group(0)
    return ("C" if match.group(0)[0] == "K" else "c") + vowel


def vietnamese_reading(text: str, language: str | None) -> str | None:
    """Vietnamese ``text`` with teen-code and Telex spellings undone, or None."""
    if language != "vi":
        return None
    read = _VI_FINAL_Q.sub("ng", _VI_NQ.sub("g", text))
    read = _VI_GH.sub(_g_for_gh, read)
    read = _VI_FINAL_K.sub("c", read)
    read = _VI_K.sub(_c_for_k_vi, read)
    read = _VI_Z.sub(lambda m: "V" if m.group(0) == "Z" else "v", read)
    read = _VI_F.sub(lambda m: "Ph" if m.group(0) == "F" else "ph", read)
    read = _VI_TELEX.sub(r"\1", read)
    return None if read == text else read
