"""Reading names that a seller reshaped: written backwards, cut by a space, or toned wrongly.

Three general disguises, read against every name of the lexicon (not a list of spellings):

* **Backwards**: "ةافحلس" (سلحفاة, tortoise), "gnakuk" (kukang, slow loris: the Javanese
  *walikan* slang reads words backwards). A word of at least ``MIN_LETTERS`` letters whose
  reverse is a one-word name of the lexicon, and which is no name itself, is read reversed.
* **Syllables swapped** (French *verlan*, "linpango" for pangolin): a word of at least
  ``MIN_ROTATED`` letters that is a rotation of a one-word name.
* **Vietnamese *nói lái*** ("mấu gật" for mật gấu, "vê tảy" for vảy tê): two syllables whose
  rimes, swapped, make a two-word name.
* **Syllables doubled with a consonant** (Indonesian *bahasa G*, Spanish *jeringonza*:
  "egelagang" for elang, "hagarigimaugau" for harimau): every vowel echoed after g, p or f is
  dropped when a word has at least two echoes.
* **Upside down** ("ɹǝƃıʇ" for tiger): letters turned over and read right to left.
* **Thai typed on an English keyboard** (the Kedmanee layout: "ovcif" for นอแรด): in Thai
  text, a Latin word of lower-case letters whose Thai keys spell a Thai name of the lexicon
  (three quarters of the word at least).
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
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from itertools import pairwise

from extractors.normalize import plain

MIN_LETTERS = 5
MIN_JOINED = 6
MIN_THAI = 3
MIN_ROTATED = 6
_ECHO = re.compile(r"([aeiou]+)([gpf])\1")
# letters turned upside down, as "flip text" generators write them
_FLIPPED = str.maketrans("ɐqɔpǝɟƃɥıɾʞlɯuodbɹsʇnʌʍxʎz", "abcdefghijklmnopqrstuvwxyz")
_FLIP_SIGNS = frozenset("ɐǝɟƃɥɾʞɯɹʇʌʍʎ")
_FLIPPED_RUN = re.compile("[" + re.escape("".join(sorted(set("ɐqɔpǝɟƃɥıɾʞlɯuodbɹsʇnʌʍxʎz"))))
                          + "]+")
_VI_INITIAL = re.compile(r"^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?(.+)$")
_WORD = re.compile(r"[^\W\d_]+")
THAI_TONES = frozenset("\u0e48\u0e49\u0e4a\u0e4b")
_THAI_FOLD = {"\u0e37": "\u0e35"}  # sara uee read as sara ii
_THAI = re.compile(r"[\u0e01-\u0e4e]")


@dataclass
class ShapeIndex:
    """One-word names (folded) and Thai names without their tone marks."""

    words: frozenset[str] = frozenset()
    thai: dict[str, str] = field(default_factory=dict)  # toneless -> the name
    pairs: frozenset[str] = frozenset()  # two-word names, lower case ("mật gấu")


def thai_stripped(text: str, drop: frozenset[str] = THAI_TONES) -> tuple[str, list[int]]:
    """Thai ``text`` without the characters of ``drop`` (its tone marks by default; uee read as
    ii), with each kept character's index."""
    out: list[str] = []
    where: list[int] = []
    for at, char in enumerate(text):
        if char in drop:
            continue
        out.append(_THAI_FOLD.get(char, char))
        where.append(at)
    return "".join(out), where


def shape_index(names: Iterable[str]) -> ShapeIndex:
    """The index of this module's readings over ``names``."""
    words: set[str] = set()
    thai: dict[str, str] = {}
    pairs: set[str] = set()
    for name in names:
        low = unicodedata.normalize("NFC", name.lower())
        if len(low.split()) == 2 and all(_WORD.fullmatch(w) for w in low.split()):
            pairs.add(low)  # with its tones: nói lái moves them with the rimes
    for name in sorted({plain(name) for name in names}):  # sorted: the same index every run
        if _WORD.fullmatch(name) and len(name) >= MIN_LETTERS and not _THAI.match(name):
            words.add(name)
        if _THAI.match(name) and " " not in name:
            bare, _ = thai_stripped(name)
            if len(bare) >= MIN_THAI:
                thai.setdefault(bare, name)
    return ShapeIndex(frozenset(words), thai, frozenset(pairs))


def _word_by_word(low: str, read: Callable[[str], str | None]) -> str | None:
    """``low`` with each word ``read`` gives another reading of replaced, or None when no word
    had one."""
    changed = False

    def turn(match: re.Match[str]) -> str:
        nonlocal changed
        other = read(match.group(0))
        if other is None:
            return match.group(0)
        changed = True
        return other

    out = _WORD.sub(turn, low)
    return out if changed else None


def reversed_reading(text: str, index: ShapeIndex) -> str | None:
    """``text`` (folded) with each word written backwards read forwards, or None."""
    def back(word: str) -> str | None:
        turned = word[::-1]
        if (len(word) >= MIN_LETTERS and turned != word and turned in index.words
                and word not in index.words):
            return turned
        return None

    return _word_by_word(plain(text), back)


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
    bare, where = thai_stripped(low)
    return thai_spans(low, bare, where, index.thai,
                      lambda written, name, _first, _last: written != name
                      and _reshaped(written, name))


def thai_spans(low: str, bare: str, where: list[int], names: Mapping[str, str],
               accept: Callable[[str, str, int, int], bool]) -> str | None:
    """The scan the Thai readings share. Each key of ``names`` found in ``bare`` (``low`` with
    some marks taken out, ``where`` mapping its letters back), longest first, is widened over
    the tone marks after it. It is replaced by its name when no longer key took its letters and
    ``accept(written, name, first, last)`` holds. None when nothing is replaced."""
    spans: list[tuple[int, int, str]] = []
    taken = [False] * len(bare)
    for key in sorted(names, key=lambda k: (-len(k), k)):
        start = bare.find(key)
        while start >= 0:
            stop = start + len(key)
            if not any(taken[start:stop]):
                first, last = where[start], where[stop - 1] + 1
                while last < len(low) and low[last] in THAI_TONES:
                    last += 1
                name = names[key]
                if accept(low[first:last], name, first, last):
                    spans.append((first, last, name))
                    taken[start:stop] = [True] * (stop - start)
            start = bare.find(key, start + 1)
    return _spliced(low, spans)


def _spliced(text: str, spans: list[tuple[int, int, str]]) -> str | None:
    """``text`` with each (first, last, name) span replaced by its name, or None when there is
    none (the Thai readings: tones moved, short a dropped)."""
    if not spans:
        return None
    out = text
    for first, last, name in sorted(spans, reverse=True):
        out = out[:first] + name + out[last:]
    return out


def _reshaped(written: str, name: str) -> bool:
    """The seller wrote a tone mark, or a vowel the name does not have there: not merely text
    typed without tones."""
    if any(char in THAI_TONES for char in written):
        return True
    return any(a != b for a, b in zip(written, name, strict=False) if a in _THAI_FOLD
               or a in _THAI_FOLD.values())


def rotated_reading(text: str, index: ShapeIndex) -> str | None:
    """``text`` (folded) with each word whose syllables were swapped round read back, or None."""
    def rotated(word: str) -> str | None:
        if len(word) < MIN_ROTATED or word in index.words:
            return None
        # a plural keeps its s at the end ("gatortus" for tortugas)
        for stem, ending in ((word, ""), (word[:-1], "s") if word.endswith("s") else ("", "")):
            for cut in range(2, len(stem) - 1):
                turned = stem[cut:] + stem[:cut]
                if turned in index.words:
                    return turned + ending
        return None

    return _word_by_word(plain(text), rotated)


def echo_reading(text: str) -> str | None:
    """``text`` (folded) with syllables echoed after g, p or f taken out, or None."""
    def unechoed(word: str) -> str | None:
        bare, echoes = _ECHO.subn(r"\1", word)
        return bare if echoes >= 2 and len(bare) >= 4 else None

    return _word_by_word(plain(text), unechoed)


def flipped_reading(text: str) -> str | None:
    """``text`` with words written upside down turned back, or None."""
    if len(_FLIP_SIGNS.intersection(text)) < 2:
        return None

    def turn(match: re.Match[str]) -> str:
        word = match.group(0)
        return word.translate(_FLIPPED)[::-1] if _FLIP_SIGNS.intersection(word) else word

    return _FLIPPED_RUN.sub(turn, text)


def swapped_rimes_reading(text: str, index: ShapeIndex) -> str | None:
    """Vietnamese ``text`` (lower case) with two syllables whose rimes were swapped (*nói lái*)
    read back where the swap, tones included, makes a two-word name, or None."""
    low = unicodedata.normalize("NFC", text.lower())
    words = list(_WORD.finditer(low))
    swaps: list[tuple[int, int, str]] = []
    for left, right in pairwise(words):
        if low[left.end():right.start()] != " ":
            continue
        one, two = _VI_INITIAL.match(left.group(0)), _VI_INITIAL.match(right.group(0))
        if one is None or two is None:
            continue
        swapped = f"{one.group(1) or ''}{two.group(2)} {two.group(1) or ''}{one.group(2)}"
        if swapped in index.pairs and f"{left.group(0)} {right.group(0)}" not in index.pairs:
            swaps.append((left.start(), right.end(), swapped))
    if not swaps:
        return None
    out = low
    for start, end, swapped in reversed(swaps):
        out = out[:start] + swapped + out[end:]
    return out


# the Thai Kedmanee layout: the Thai letter on each unshifted key of an English keyboard
_KEDMANEE = str.maketrans(
    "qwertyuiop[]asdfghjkl;'zxcvbnm,.",
    "ๆไำพะัีรนยบลฟหกดเ้่าสวงผปแอิืทมใ")
_KEYED_WORD = re.compile(r"(?<![\w@/.])[a-z;,.\[\]']{3,}(?![\w@/])")


def thai_keyboard_reading(text: str, index: ShapeIndex) -> str | None:
    """``text`` with Latin words typed on the keys of a Thai name read as that name, or None."""
    if not _THAI.search(text):
        return None  # a Thai typist who forgot to switch the keyboard, in a Thai text
    names = index.thai.values()
    changed = False

    def keyed(match: re.Match[str]) -> str:
        nonlocal changed
        thai = match.group(0).translate(_KEDMANEE)
        # the name must be most of the word: "lancifolium" holds the keys of แรด by chance
        if any(name in thai and 4 * len(name) >= 3 * len(thai) for name in names):
            changed = True
            return thai
        return match.group(0)

    read = _KEYED_WORD.sub(keyed, text)
    return read if changed else None
