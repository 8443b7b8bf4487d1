"""Reading names that a seller reshaped: written backwards, cut by a space, or toned wrongly.

Three general disguises, read against every name of the lexicon (not a list of spellings):

* **Backwards**: "ةافحلس" (سلحفاة, tortoise), "gnakuk" (kukang, slow loris: the Javanese
  *walikan* slang reads words backwards). A word of at least ``MIN_LETTERS`` letters whose
  reverse is a one-word name of the lexicon, and which is no name itself, is read reversed.
* **Cut by a space**: "ajo lote" (ajolote), "rang kong" (rangkong). Two neighbouring words
  whose join is a one-word name of at least ``MIN_JOINED`` letters, when neither word is a name
  on its own, are read joined.
* **Thai tone marks moved or added**: "ลิ๋งลม" (ลิงลม), "ช๊าง" (ช้าง), "เงีอก" (เงือก). Thai
  text and Thai names are compared without their tone marks, and with sara ii and sara uee
  taken as one vowel; a span counts when the seller wrote a tone mark or one of those vowels
  where the name has another, so text merely typed without tones ("มานำเสนอ" is not ม้าน้ำ) is
  not read.

Each returns the folded text to read again, or None when nothing was reshaped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise

from extractors.normalize import plain

MIN_LETTERS = 5
MIN_JOINED = 6
MIN_THAI = 3
_WORD = re.compile(r"[^\W\d_]+")
_THAI_TONES = frozenset("\u0e48\u0e49\u0e4a\u0e4b")
_THAI_FOLD = {"\u0e37": "\u0e35"}  # sara uee read as sara ii
_THAI = re.compile(r"[\u0e01-\u0e4e]")


@dataclass
class ShapeIndex:
    """One-word names (folded) and Thai names without their tone marks."""

    words: frozenset[str] = frozenset()
    thai: dict[str, str] = field(default_factory=dict)  # toneless -> the name


def _toneless(text: str) -> tuple[str, list[int]]:
    """Thai ``text`` without tone marks (uee read as ii), with each kept character's index."""
    out: list[str] = []
    where: list[int] = []
    for at, char in enumerate(text):
        if char in _THAI_TONES:
            continue
        out.append(_THAI_FOLD.get(char, char))
        where.append(at)
    return "".join(out), where


def shape_index(names: Iterable[str]) -> ShapeIndex:
    """The index of this module's readings over ``names``."""
    words: set[str] = set()
    thai: dict[str, str] = {}
    for name in {plain(name) for name in names}:
        if _WORD.fullmatch(name) and len(name) >= MIN_LETTERS and not _THAI.match(name):
            words.add(name)
        if _THAI.match(name) and " " not in name:
            bare, _ = _toneless(name)
            if len(bare) >= MIN_THAI:
                thai.setdefault(bare, name)
    return ShapeIndex(frozenset(words), thai)


def reversed_reading(text: str, index: ShapeIndex) -> str | None:
    """``text`` (folded) with each word written backwards read forwards, or None."""
    low = plain(text)
    changed = False

    def turn(match: re.Match[str]) -> str:
        nonlocal changed
        word = match.group(0)
        back = word[::-1]
        if (len(word) >= MIN_LETTERS and back != word and back in index.words
                and word not in index.words):
            changed = True
            return back
        return word

    read = _WORD.sub(turn, low)
    return read if changed else None


def joined_reading(text: str, index: ShapeIndex) -> str | None:
    """``text`` (folded) with two neighbouring words that make one name joined, or None."""
    low = plain(text)
    words = list(_WORD.finditer(low))
    cuts: list[int] = []  # offsets of the spaces to take out
    for left, right in pairwise(words):
        gap = low[left.end():right.start()]
        if gap != " ":
            continue
        joined = left.group(0) + right.group(0)
        if (len(joined) >= MIN_JOINED and joined in index.words
                and left.group(0) not in index.words and right.group(0) not in index.words):
            cuts.append(left.end())
    if not cuts:
        return None
    out = list(low)
    for at in reversed(cuts):
        del out[at]
    return "".join(out)


def thai_tone_reading(text: str, index: ShapeIndex) -> str | None:
    """``text`` (folded) with Thai names written with other tone marks (or sara ii for sara
    uee) spelled as the lexicon spells them, or None."""
    low = plain(text)
    if not index.thai or not _THAI.search(low):
        return None
    bare, where = _toneless(low)
    spans: list[tuple[int, int, str]] = []
    taken = [False] * len(bare)
    for key in sorted(index.thai, key=len, reverse=True):
        start = bare.find(key)
        while start >= 0:
            stop = start + len(key)
            if not any(taken[start:stop]):
                first, last = where[start], where[stop - 1] + 1
                while last < len(low) and low[last] in _THAI_TONES:
                    last += 1
                written, name = low[first:last], index.thai[key]
                if written != name and _reshaped(written, name):
                    spans.append((first, last, name))
                    taken[start:stop] = [True] * (stop - start)
            start = bare.find(key, start + 1)
    if not spans:
        return None
    out = low
    for first, last, name in sorted(spans, reverse=True):
        out = out[:first] + name + out[last:]
    return out


def _reshaped(written: str, name: str) -> bool:
    """The seller wrote a tone mark, or a vowel the name does not have there: not merely text
    typed without tones."""
    if any(char in _THAI_TONES for char in written):
        return True
    return any(a != b for a, b in zip(written, name, strict=False) if a in _THAI_FOLD
               or a in _THAI_FOLD.values())
