"""Second readings of texts typed in ways a word list does not hold.

* **"k" for "c" or "qu"** in Spanish, Portuguese and French, as people write online
  ("guakamaya", "jakarandá", "k0k0bolo", "kakatoès"): the words with a "k" are read again with
  "c" before a, o, u and a consonant, "qu" before e and i. Units and words that keep their "k"
  ("kg", "km", "kilo", "kit", "ok") are left alone.
* **Vietnamese teen code and Telex**, in Vietnamese text: "q" for "ng" ("vòq nqà" for vòng
  ngà), "gh" before a, o, u ("ghấu" for gấu), a "k" ending a word or before a, o, u for "c"
  ("tak kè", "kọp"), "z" for "v" ("zẹt"), "f" for "ph" ("Châu Fi"), and Telex tone letters
  left after a vowel ("ngaf" for ngà), "j" for i ("núj vjền" for núi viền), a syllable
  cut into pieces of one or two letters ("v.ượ.n").
* **"ph" for "f"** in Spanish, Portuguese and Indonesian ("marphim").
* **VIQR**, Vietnamese typed with ASCII marks after the letters ("Ma^.t ga^'u" for mật gấu):
  when the text has at least two marks only VIQR writes (``a^``, ``e^``, ``o^``, ``o+``,
  ``u+``, ``a(``), the marks after letters inside words are dropped; the matcher reads
  Vietnamese without its accents anyway.
* **VIQR with fewer signs**, in Vietnamese text ("bo` to't", "nga` voi"): tone marks (`` ` ``
  ``'`` ``?`` ``~`` ``.``) right after a vowel, inside a word or at its end, are read as the
  tones they stand for ("bò tót") when at least two words carry one. A ``.`` or ``?`` ending
  a word counts only when the sentence goes on in lower case ("co. ho? con" but not "Lien he
  ngay. Con"), a ``'`` ending a word only when the word does not open with a quote; words
  with digits, ``@``, ``/`` or a domain ending (prices, addresses, links) are left alone.
* **Leetspeak 9 for g** inside a Latin word of at least three letters ("kuk4n9" for kukang):
  the skeleton already reads 4 as a, 0 as o and the others, not 9, which is a number far more
  often; here only a 9 among letters (no other digit beside it, three different letters in the
  word: not "Rp19jt", "9xxx") is read, and the text is read again. Not in Arabic listings:
  Arabizi writes 9 for ق or ص ("9arn", "sa9er").

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
    read = _VI_J.sub(_i_for_j, read)
    read = _VI_DOTTED.sub(lambda m: _VI_DOTS.sub("", m.group(0)), read)
    read = _VI_TELEX.sub(r"\1", read)
    return None if read == text else read


# a syllable cut into pieces of one or two letters ("v.ượ.n", "g-ấ-u", "ng.à"), which the
# skeleton, joining only single letters, does not read whole
_VI_DOTTED = re.compile(r"(?<![\w.\-*])[^\W\d_]{1,2}(?:[.\-*][^\W\d_]{1,2}){1,4}(?![\w*]|[.\-]\w)")
_VI_DOTS = re.compile(r"[.\-*]")
_VI_J = re.compile(r"(?<=[^\W\d_])j(?=[^\W\d_]|\b)", re.IGNORECASE)
_VI_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")


def _i_for_j(match: re.Match[str]) -> str:
    """Vietnamese has no "j": teen code writes it for i ("núj vjền" for núi viền, "gjá" for
    giá) after a consonant before a vowel, or ending a word after a vowel with its tone mark;
    a "j" after a vowel without one is a Telex tone ("nguj"), left to the Telex reading."""
    text, at = match.string, match.start()
    before = text[at - 1]
    after = text[at + 1] if at + 1 < len(text) else " "
    upper = match.group(0) == "J"
    if _base(before) not in "aeiouy":
        return ("I" if upper else "i") if after.isalpha() and _base(after) in "aeiouy" else "j"
    if after.isalpha():
        return match.group(0)
    marked = any(mark in _VI_TONE_MARKS for mark in unicodedata.normalize("NFD", before))
    return ("I" if upper else "i") if marked else match.group(0)


# A vowel, a VIQR shape mark maybe (a^ a( e^ o^ o+ u+), then a tone mark.
_VIQR_TONED = re.compile(r"([aeiouy])([\^(+]?)([`'?~.])", re.IGNORECASE)
_VIQR_TONES = {"`": "\u0300", "'": "\u0301", "?": "\u0309", "~": "\u0303", ".": "\u0323"}
_VIQR_SHAPES = {"^": "\u0302", "(": "\u0306", "+": "\u031b"}
_VIQR_SHAPED = {"^": "aeo", "(": "a", "+": "ou"}
_VIQR_TOKEN = re.compile(r"\S+")
# not typing: links, and letters spelled out with dots ("g.a.u", which the skeleton reads)
_NOT_VIQR = re.compile(r"[\d@/]|www|\.(?:com|net|org|vn|me|io|co|info|biz|shop|xyz)\b"
                       r"|\w\.\w\.", re.IGNORECASE)
_VIQR_CLOSERS = ",;:!)\"»”’"
_QUOTES = "'‘"


def _viqr_word(word: str, sentence_goes_on: bool, quoted: bool) -> str | None:
    """``word`` (without its closing punctuation) with its VIQR tone marks read as tones, or
    None when it has none. A ``.`` or ``?`` ending it is a tone only when
    ``sentence_goes_on``, a ``'`` ending it only when no quote is open (``quoted``)."""
    changed = False

    def tone(match: re.Match[str]) -> str:
        nonlocal changed
        vowel, shape, mark = match.groups()
        if match.end() == len(word) and (
                (mark in ".?" and not sentence_goes_on) or (mark == "'" and quoted)):
            return match.group(0)  # a full stop, a question mark, a closing quote
        if shape and vowel.lower() not in _VIQR_SHAPED[shape]:
            return match.group(0)
        changed = True
        return vowel + _VIQR_SHAPES.get(shape, "") + _VIQR_TONES[mark]

    read = _VIQR_TONED.sub(tone, word)
    return unicodedata.normalize("NFC", read) if changed else None


def viqr_tone_reading(text: str, language: str | None) -> str | None:
    """Vietnamese ``text`` with VIQR tone marks after vowels read as tones ("bo` to't" for bò
    tót) when at least two words carry one, or None."""
    if language != "vi" or not any(mark in text for mark in _VIQR_TONES):
        return None
    pieces: list[str] = []
    marked = 0
    last = 0
    quoted = False  # a word opened a quote that no word has closed yet
    for token in _VIQR_TOKEN.finditer(text):
        written = token.group(0)
        pieces.append(text[last:token.start()])
        last = token.end()
        opening = written.startswith(tuple(_QUOTES))
        body = written.lstrip(_QUOTES)
        word = body.rstrip(_VIQR_CLOSERS)
        after = text[token.end():token.end() + 2]
        read = None if _NOT_VIQR.search(word) else _viqr_word(
            word, sentence_goes_on=word == body and after[:1] == " " and after[1:2].islower(),
            quoted=quoted or opening)
        if opening:
            quoted = True
        if quoted and word.endswith(tuple(_QUOTES)) and (read is None or read[-1:] in _QUOTES):
            quoted = False
        if read is None:
            pieces.append(written)
        else:
            pieces.append(written[:len(written) - len(body)] + read + body[len(word):])
            marked += 1
    if marked < 2:
        return None
    return "".join(pieces) + text[last:]


# a 9 alone among the letters of a word (not in "Rp19jt", "9xxx"): g
_NINE = re.compile(r"(?<![0-9])9(?![0-9])")
_NINE_WORD = re.compile(r"\b[a-z0-9]*(?:[a-z]9|9[a-z])[a-z0-9]*\b", re.IGNORECASE)


def nine_reading(text: str, language: str | None) -> str | None:
    """``text`` with a 9 among the letters of a Latin word (three different letters at least)
    read as g ("kuk4n9"), or None; not in Arabic listings, whose Arabizi writes 9 for ق or ص
    ("9arn")."""
    if "9" not in text or language == "ar":
        return None

    def g_for_nine(match: re.Match[str]) -> str:
        word = match.group(0)
        if len({char.lower() for char in word if char.isalpha()}) < 3:
            return word
        return _NINE.sub(lambda m: "g", word)

    read = _NINE_WORD.sub(g_for_nine, text)
    return None if read == text else read
