"""Undo the tricks sellers use to hide phone numbers from filters.

- full-width and other Unicode digits become ASCII (NFKC);
- digits spelled out in English, French, Spanish, Portuguese, Vietnamese, Indonesian
  ("zero seven one two", "zéro six", "không chín") become digits;
- a letter O or o standing between digits is a zero ("O9I2" stays, "0912 O34" → "0912 034");
- emoji or dots between single digits are dropped ("0️⃣9️⃣", "0.9.1.2").
"""

from __future__ import annotations

import re
import unicodedata

_NUMBER_WORDS: dict[str, str] = {}
for _digit, _words in {
    "0": "zero zéro cero zero không khong nol kosong",
    "1": "one un une uno um một mot satu",
    "2": "two deux dos dois hai dua",
    "3": "three trois tres três ba tiga",
    "4": "four quatre cuatro quatro bốn bon tư empat",
    "5": "five cinq cinco năm nam lăm lima",
    "6": "six seis sáu sau enam",
    "7": "seven sept siete sete bảy bay tujuh",
    "8": "eight huit ocho oito tám tam delapan",
    "9": "nine neuf nueve nove chín chin sembilan",
}.items():
    for _word in _words.split():
        _NUMBER_WORDS[_word] = _digit

_WORD_ALT = "|".join(sorted(map(re.escape, _NUMBER_WORDS), key=len, reverse=True))
# at least four number words in a row (separated by spaces, commas, dashes): a spelled number
_SPELLED_RUN = re.compile(
    rf"(?<!\w)(?:(?:{_WORD_ALT})(?:[\s,\-–.]+)){{3,}}(?:{_WORD_ALT})(?!\w)", re.IGNORECASE)
_SPELLED_WORD = re.compile(rf"(?<!\w)(?:{_WORD_ALT})(?!\w)", re.IGNORECASE)
_O_AS_ZERO = re.compile(r"(?:(?<=[\d\s.\-:])|^)[Oo](?=[\d.\-]*\d)|(?<=\d)[Oo](?=\W|\d|$)")
_KEYCAP = re.compile("[\ufe0f\u20e3]")
_EMOJI_BETWEEN = re.compile(r"(?<=\d)[^\w\s+()./-]{1,3}(?=\d)")


def _spelled(match: re.Match[str]) -> str:
    return "".join(_NUMBER_WORDS[w.casefold()] for w in _SPELLED_WORD.findall(match.group(0)))


def reveal_digits(text: str) -> str:
    """``text`` with hidden digits made plain, for phone number matching only."""
    text = unicodedata.normalize("NFKC", text)
    text = _KEYCAP.sub("", text)
    text = _SPELLED_RUN.sub(_spelled, text)
    text = _O_AS_ZERO.sub("0", text)
    return _EMOJI_BETWEEN.sub("", text)
