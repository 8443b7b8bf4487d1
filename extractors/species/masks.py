"""Reading names that a seller wrote with letters left out or masked.

Two general disguises, read for every name of the lexicon (not for a list of known spellings):

* **Vowels dropped**: "rhn hrn" (rhino horn), "cndrwsh mrh" (cenderawasih merah), "pngln". A
  run of words without a vowel is compared with the consonants of every Latin-script name. To
  keep abbreviations ("pcs", "hrs", "thx") out, the name must keep at least
  ``MIN_CONSONANTS`` consonants and every word of it at least two.
* **Several letters masked** in a Latin word, in one run ("iv***e" for ivoire) or apart
  ("p*ng*l*n", "rh#n#"): each mask stands for one letter, read when at most ``MAX_RUN_FITS``
  one-word names of that length fit the letters written (at least ``MIN_KNOWN``, and half the
  word when the masks are apart).
* **One letter masked**: "p*ngolin", "ช-นี" (ชะนี, gibbon), "穿*甲". A mask (``*``, ``#``,
  ``_``, ``?``, ``•``; in scripts written without spaces also ``-`` and ``.``) between
  letters stands for one letter; the text is read again with the letter put back when exactly
  one name of the lexicon fits, with at least ``MIN_KNOWN`` letters of it written around the
  mask (a Latin word that two or three names fit is read as each of them: "pang*lin" as
  "pangalin / pangolin", both spellings the lexicon holds).

Both return texts for a second reading; the matcher takes the taxa they name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from extractors.normalize import plain

MIN_CONSONANTS = 5
MIN_KNOWN = 3
MAX_RUN_FITS = 3
_VOWELS = frozenset("aeiouy")
_LATIN_WORD = re.compile(r"[a-z]+")
_MASKS = "*#_?•"
_UNSPACED_MASKS = _MASKS + "-."
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u0e80-\u0eff\u1000-\u109f\u1780-\u17ff"
                       r"\u3040-\u30ff\u3400-\u9fff]")
# a mask between two letters (or a Thai mark after the mask)
_MASK_RE = re.compile(r"(?<=[^\W\d_])[" + re.escape(_UNSPACED_MASKS)
                      + r"](?=[^\W\d_]|[\u0e30-\u0e4e])")
_LONGEST_SIDE = 8


_DOUBLED = re.compile(r"(.)\1+")


def _consonants(word: str) -> str:
    return "".join(char for char in word if char not in _VOWELS)


@dataclass
class MaskIndex:
    """Consonant skeletons of Latin names, and names with one letter cut out."""

    vowelless: dict[str, str] = field(default_factory=dict)
    # a name with one letter cut out -> the letters that fit: "p\0ngolin" -> {"a"}; names
    # in scripts written without spaces also by their beginnings ("ช\0นี" of ชะนีมือขาว)
    holes: dict[str, set[str]] = field(default_factory=dict)
    # one-word Latin names by their length, for runs of masks
    by_length: dict[int, set[str]] = field(default_factory=dict)


def mask_index(names: Iterable[str]) -> MaskIndex:
    """The index of :func:`vowelless_readings` and :func:`masked_readings` over ``names``."""
    index = MaskIndex()
    for name in sorted({plain(name) for name in names}):  # sorted: the same index every run
        words = name.split()
        parts = name.replace("-", " ").split()  # "macaco-prego" is "mcc-prg" or "mc prg"
        if parts and all(_LATIN_WORD.fullmatch(word) for word in parts):
            skeletons = [_consonants(word) for word in parts]
            if (sum(map(len, skeletons)) >= MIN_CONSONANTS
                    and all(len(part) >= 2 for part in skeletons)
                    and skeletons != parts):
                index.vowelless.setdefault(" ".join(skeletons), name)
                # the skeleton reads "mcc" as "mc": a doubled consonant is one
                single = [_DOUBLED.sub(r"\1", part) for part in skeletons]
                if sum(map(len, single)) >= MIN_CONSONANTS and single != skeletons:
                    index.vowelless.setdefault(" ".join(single), name)
        if len(words) == 1 and _LATIN_WORD.fullmatch(name):
            index.by_length.setdefault(len(name), set()).add(name)
        for word in words:
            if len(word) < MIN_KNOWN + 1:
                continue
            for at in range(len(word)):
                if _UNSPACED.match(word[0]):
                    for stop in range(max(at + 2, MIN_KNOWN + 1), len(word) + 1):
                        if at:
                            key = word[:at] + "\0" + word[at + 1:stop]
                            index.holes.setdefault(key, set()).add(word[at])
                else:
                    index.holes.setdefault(word[:at] + "\0" + word[at + 1:], set()).add(
                        word[at])
    return index


def vowelless_readings(text: str, index: MaskIndex) -> list[str]:
    """Names of the lexicon that runs of vowelless words in ``text`` spell without vowels."""
    words = plain(text).replace("-", " ").split()
    found: list[str] = []
    run: list[str] = []
    for word in [*words, ""]:
        bare = word.strip(".,;:!?()[]\"'")
        if bare and _LATIN_WORD.fullmatch(bare) and not _VOWELS & set(bare):
            run.append(bare)
            continue
        for start in range(len(run)):
            for stop in range(start + 1, min(len(run), start + 4) + 1):
                written = " ".join(run[start:stop])
                name = index.vowelless.get(written) or index.vowelless.get(
                    _DOUBLED.sub(r"\1", written))
                if name and name not in found:
                    found.append(name)
        run = []
    return found


def _spelled(low: str, at: int) -> bool:
    """The same mark again within three characters: a word spelled out letter by letter
    ("灰_鹦_鹉", "ก.ล้.ว.ย"), which the skeleton reads whole, not a masked letter."""
    return low[at] in low[max(0, at - 3):at] + low[at + 1:at + 4]


def _word_span(low: str, at: int) -> tuple[int, int]:
    """The Latin word around the mask at ``at``."""
    start = at
    while start > 0 and low[start - 1].isalpha():
        start -= 1
    stop = at + 1
    while stop < len(low) and low[stop].isalpha():
        stop += 1
    return start, stop


def _fits(low: str, at: int, index: MaskIndex) -> set[str]:
    """The letters the mask at ``at`` may stand for: those of the names that fit around it."""
    unspaced = bool(_UNSPACED.match(low[at - 1:at]))
    if low[at] not in (_UNSPACED_MASKS if unspaced else _MASKS) or _spelled(low, at):
        return set()
    fits: set[str] = set()
    if unspaced:
        for left in range(1, _LONGEST_SIDE + 1):
            for right in range(1, _LONGEST_SIDE + 1):
                if left + right < MIN_KNOWN or at - left < 0:
                    continue
                key = low[at - left:at] + "\0" + low[at + 1:at + 1 + right]
                fits |= index.holes.get(key, set())
    else:
        start, stop = _word_span(low, at)
        if stop - start - 1 >= MIN_KNOWN:
            fits |= index.holes.get(low[start:at] + "\0" + low[at + 1:stop], set())
    return fits


# a Latin word with two masks or more, in one run ("iv**re") or apart ("p*ng*l*n", "rh#n#")
_MASKED_WORD = re.compile(r"(?<![^\W\d_])[a-z*#_?•]*[*#_?•][a-z*#_?•]*[*#_?•][a-z*#_?•]*"
                          r"(?![^\W\d_])")
_MASK_CHARS = frozenset(_MASKS)


def _fill_run(match: re.Match[str], index: MaskIndex) -> str:
    """The names a word with several masks stands for (each mask one letter), or the word."""
    word = match.group(0)
    known = sum(char not in _MASK_CHARS for char in word)
    # at least MIN_KNOWN letters, and half the word once the masks are apart
    if known < MIN_KNOWN or (known * 2 < len(word) and _masks_apart(word)):
        return word
    fits = {name for name in index.by_length.get(len(word), ())
            if all(mask in _MASK_CHARS or mask == letter
                   for mask, letter in zip(word, name, strict=True))}
    # a few fits are read together ("ivoire / ivorie"): the matcher tells which name is which
    return " / ".join(sorted(fits)) if 0 < len(fits) <= MAX_RUN_FITS else word


def _masks_apart(word: str) -> bool:
    """True when the masks of ``word`` are not one run ("p*ng*l*n", not "iv**re")."""
    marks = [at for at, char in enumerate(word) if char in _MASK_CHARS]
    return marks[-1] - marks[0] + 1 != len(marks)


def masked_readings(text: str, index: MaskIndex) -> str | None:
    """``text`` (folded) with each masked letter put back where one name fits, or None (where
    two or three names fit one masked letter, the word is read as each of them: "pang*lin" is
    "pangalin / pangolin", both names of the lexicon)."""
    low = plain(text)
    runs = _MASKED_WORD.sub(lambda m: _fill_run(m, index), low)
    changed = runs != low
    low = runs
    chars: list[str] = list(low)
    for match in _MASK_RE.finditer(low):
        at = match.start()
        fits = _fits(low, at, index)
        if len(fits) == 1:
            chars[at] = next(iter(fits))
            changed = True
        elif 1 < len(fits) <= MAX_RUN_FITS and not _UNSPACED.match(low[at - 1:at]):
            start, stop = _word_span(low, at)
            word = low[start:stop]
            chars[at] = " / ".join(word[:at - start] + letter + word[at - start + 1:]
                                   for letter in sorted(fits))
            chars[start:at] = [""] * (at - start)
            chars[at + 1:stop] = [""] * (stop - at - 1)
            changed = True
    return "".join(chars) if changed else None
