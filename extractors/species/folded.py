"""Reading names whose letters a seller swapped for letters that sound alike, or left out.

Three general readings against the names of the lexicon (not a list of spellings). In Spanish
and Arabic a text word is read as a name's word when both fold to the same key, the word is not
itself a word of a name, and exactly one name's word has that key; Thai, written without
spaces, is read span by span:

* **Spanish b/v and ll/y** (language ``es``): the two letters of each pair sound the same in
  most of the Spanish-speaking world and are swapped in writing, by mistake or to slip past a
  word list ("lamví" for lambí, queen conch; "cavallito de mar"; "guacamalla"). Both letters
  of a pair fold to one; words of at least ``MIN_SPANISH`` letters, read against the words of
  the lexicon's Spanish names (with plurals and diminutives) and its one-word names in any
  Latin-script language (a Caribbean seller writes the French "lambí").
* **Arabic letters that sound alike** (language ``ar``, or Arabic script in the text): س/ص,
  ت/ط, ذ/ز/ظ and د/ض fold to one letter each ("تمصاح" for تمساح), and a written ق may stand
  for غ, as the Gulf and Bedouin ق is said g ("قوريلا" for غوريلا); a written غ stays غ, so
  "غرد" (tweeted) is not قرد. Words and names of at least ``MIN_ARABIC`` letters, read
  without the article: Arabic words grow from three-letter roots, and a shorter word one
  sound-alike letter away from a name is most often another word ("قروض", loans, is not
  قرود, monkeys; "دبان", flies, is not ضبان).
* **Thai short vowel ะ dropped** (Thai script in the text): informal Thai drops the sara a of
  an unstressed syllable ("ชนี" for ชะนี, gibbon). Thai text is compared with the names that
  hold a ะ, both without tone marks (and with sara uee read as sara ii, as
  :func:`extractors.species.reshaped.thai_tone_reading` does) and without ะ; a span counts
  where the seller wrote no ะ the name has, when it starts and ends on syllable edges (not
  after ั or a leading vowel, not before a vowel sign) and keeps ``MIN_THAI`` letters. A name
  whose ะ follows its first letter ("ชนี", "กทาง") then starts with a lone letter that reads
  as the last of the word before it ("จากทาง" is "from the way", not กะท่าง), so it must start
  the text or follow a space, another script or a syllable that takes no final (ะ ำ ๆ ์).
  The other way round, a name spelled out by ear syllable by syllable, with a ะ it does not
  write ("จะ-ระ-เข้" or "จะระเค้" for จระเข้, "ฉะลาม" for ฉลาม), is read too (names of
  ``MIN_THAI_SPELLED`` letters or more); such a spelling may also write a consonant of the
  other class for the same sound (ค for ข, ซ for ส).

Each returns the text to read again (folded, with the words read as the names' words), or None
when nothing was read differently.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise

from extractors.normalize import ARABIC_ARTICLES, plain
from extractors.species.reshaped import THAI_TONES, thai_spans, thai_stripped

MIN_SPANISH = 4
MIN_ARABIC = 5
MIN_THAI = 3
MIN_THAI_SPELLED = 4  # letters of a name without ะ that a seller may spell out syllable by syllable

_LATIN_WORD = re.compile(r"[a-zñ]+")
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u067e-\u06d3]")  # with Persian letters it folds
_SPANISH_PAIRS = (("v", "b"), ("ll", "y"))
_SPANISH_LETTERS = re.compile(r"[bvy]|ll")
# letters read as one: emphatic and plain letters, interdentals and z
_ARABIC_FOLD = str.maketrans({"ص": "س", "ط": "ت", "ذ": "ز", "ظ": "ز", "ض": "د", "غ": "ق"})
_GHAIN, _QAF = "غ", "ق"
_THAI = re.compile(r"[\u0e01-\u0e4e]")
_THAI_A = "\u0e30"  # sara a, ะ
_THAI_CUT = re.compile(r"(?<=[\u0e01-\u0e4e])[-.·]+(?=[\u0e01-\u0e4e])")
_THAI_TONES_AND_A = THAI_TONES | {_THAI_A}
# a consonant right after these closes their syllable: no name starts there
_THAI_CLOSING = frozenset("\u0e31\u0e40\u0e41\u0e42\u0e43\u0e44")
# a syllable that ends here takes no final letter: sara a, sara am, mai yamok, thanthakhat
_THAI_ENDED = frozenset("\u0e30\u0e33\u0e46\u0e4c")
# high- and low-class consonants of one sound, which a name spelled by ear mixes ("เค้" for เข้)
_THAI_SOUNDS = str.maketrans("ขฃฅฆฉฌฐฑฒถธผภฝศษสห", "คคคคชชททททพพพฟซซซฮ")
_THAI_GLIDES = frozenset("\u0e2d\u0e27\u0e22")  # อ ว ย
# vowel signs and marks that belong to the consonant before them: no name ends before them
_THAI_ATTACHED = frozenset("\u0e30\u0e31\u0e32\u0e33\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39"
                           "\u0e3a\u0e45\u0e47\u0e4c\u0e4d")


@dataclass
class FoldIndex:
    """Words of the lexicon's names by their folded key, and Thai names by their key."""

    spanish: dict[str, str] = field(default_factory=dict)  # b/v, ll/y folded -> name word
    spanish_words: frozenset[str] = frozenset()
    arabic: dict[str, str] = field(default_factory=dict)  # folded -> name word
    arabic_words: frozenset[str] = frozenset()
    thai: dict[str, str] = field(default_factory=dict)  # without tones and ะ -> the name
    thai_names: frozenset[str] = frozenset()  # the one-word Thai names of ``thai``
    thai_with_a: dict[str, str] = field(default_factory=dict)  # those of ``thai`` with a ะ


def spanish_key(word: str) -> str:
    """``word`` (folded) with b/v and ll/y each read as one letter."""
    for one, other in _SPANISH_PAIRS:
        word = word.replace(one, other)
    return word


def _arabic_word(word: str) -> str:
    """An Arabic word (folded) without its article."""
    for article in ARABIC_ARTICLES:
        if word.startswith(article) and len(word) - len(article) >= 2:
            return word[len(article):]
    return word


def _thai_bare(text: str) -> tuple[str, list[int]]:
    """Thai ``text`` without tone marks and ะ (sara uee read as sara ii), with each kept
    character's index."""
    return thai_stripped(text, _THAI_TONES_AND_A)


def _unique(found: dict[str, set[str]]) -> dict[str, str]:
    return {key: next(iter(words)) for key, words in sorted(found.items()) if len(words) == 1}


def fold_index(names: Iterable[str], spanish_names: Iterable[str]) -> FoldIndex:
    """The index of this module's readings over ``names`` and the Spanish names among them,
    built in sorted order, so it is the same whatever Python's hash seed. Spanish words are
    read against the words of ``spanish_names`` and the one-word Latin names of ``names``."""
    spanish: dict[str, set[str]] = {}
    arabic: dict[str, set[str]] = {}
    thai: dict[str, set[str]] = {}
    spanish_words: set[str] = set()
    arabic_words: set[str] = set()
    folded = sorted({plain(name) for name in names})
    latin = {name for name in folded if _LATIN_WORD.fullmatch(name)}
    for word in sorted(latin | {word for name in spanish_names for word in plain(name).split()
                                if _LATIN_WORD.fullmatch(word)}):
        spanish_words.add(word)
        if len(word) >= MIN_SPANISH and _SPANISH_LETTERS.search(word):
            spanish.setdefault(spanish_key(word), set()).add(word)
    for name in folded:
        if _THAI.match(name) and " " not in name:
            bare, _ = _thai_bare(name)
            if len(bare) >= (MIN_THAI if _THAI_A in name else MIN_THAI_SPELLED):
                thai.setdefault(bare.translate(_THAI_SOUNDS), set()).add(name)
        for word in name.split():
            if _ARABIC_WORD.fullmatch(word):
                word = _arabic_word(word)
                arabic_words.add(word)
                if len(word) >= MIN_ARABIC:
                    arabic.setdefault(word.translate(_ARABIC_FOLD), set()).add(word)
    return FoldIndex(_unique(spanish), frozenset(spanish_words), _unique(arabic),
                     frozenset(arabic_words), _unique(thai),
                     frozenset(name for names in thai.values() for name in names),
                     {key: name for key, name in _unique(thai).items() if _THAI_A in name})


def _replaced(low: str, pattern: re.Pattern[str], read: dict[str, str]) -> str | None:
    """``low`` with the words ``read`` maps replaced, or None when there are none."""
    if not read:
        return None
    out = pattern.sub(lambda match: read.get(match.group(0), match.group(0)), low)
    return out if out != low else None


def spanish_reading(text: str, language: str | None, index: FoldIndex) -> str | None:
    """Spanish ``text`` (folded) with words spelt with b for v, v for b, ll for y or y for ll
    read as the name's word they spell, or None."""
    if language != "es":
        return None
    low = plain(text)
    read: dict[str, str] = {}
    for word in set(_LATIN_WORD.findall(low)):
        if len(word) < MIN_SPANISH or word in index.spanish_words:
            continue
        if not _SPANISH_LETTERS.search(word):
            continue
        name = index.spanish.get(spanish_key(word))
        if name is not None:
            read[word] = name
    return _replaced(low, _LATIN_WORD, read)


def arabic_reading(text: str, index: FoldIndex) -> str | None:
    """Arabic ``text`` (folded) with words spelt with a letter that sounds like the name's
    read as the name's word, or None."""
    if not index.arabic or not _ARABIC_LETTER.search(text):
        return None
    low = plain(text)
    read: dict[str, str] = {}
    for written in set(_ARABIC_WORD.findall(low)):
        word = _arabic_word(written)
        if len(word) < MIN_ARABIC or word in index.arabic_words:
            continue
        name = index.arabic.get(word.translate(_ARABIC_FOLD))
        # a written غ is read as written: only ق stands for غ
        if name is not None and not any(
                mine == _GHAIN and theirs == _QAF for mine, theirs in zip(word, name,
                                                                         strict=True)):
            read[written] = name
    return _replaced(low, _ARABIC_WORD, read)


def _starts_syllable(low: str, first: int, *, lone: bool) -> bool:
    """True when a name may start at ``low[first]``: not right after ั or a leading vowel
    (the letter would close their syllable). A name whose ะ follows its first letter, once
    the ะ is dropped, starts with a lone letter that reads as the last of the word before it
    ("จากทาง" is จาก ทาง, not กะท่าง): it must start the text, follow a space or another
    script, or follow a syllable that cannot close on a letter (ะ, ำ, ๆ, ์)."""
    if first == 0 or not _THAI.match(low[first - 1]):
        return True
    before = low[first - 1]
    if lone:
        return before in _THAI_ENDED
    return before not in _THAI_CLOSING


def _ends_syllable(low: str, last: int, *, bare_end: bool) -> bool:
    """True when a name may end before ``low[last]``: not before a vowel sign or mark of the
    letter before it, nor, when the name's last ะ was dropped, before อ, ว or ย, which make a
    vowel with that letter ("ช้างกรอบ" is ช้าง กรอบ, not ช้างกระ)."""
    if last == len(low):
        return True
    return low[last] not in _THAI_ATTACHED and not (bare_end and low[last] in _THAI_GLIDES)


_THAI_RUN = re.compile(r"[\u0e01-\u0e4e]+(?: [\u0e01-\u0e4e]+)+")
# signs written over, under or after a consonant, which make one letter with it ("ลิ", "ที่")
_THAI_SIGNS = frozenset("\u0e30\u0e31\u0e32\u0e33\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39"
                        "\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e")


def _thai_letter(piece: str) -> bool:
    """One consonant with its signs ("ลิ", "ง"), not a leading vowel and its consonant."""
    return len(piece) > 0 and piece[0] not in _THAI_SIGNS and all(
        char in _THAI_SIGNS for char in piece[1:]) and not "\u0e40" <= piece[0] <= "\u0e44"


def _thai_lone(piece: str) -> bool:
    """A consonant standing alone, at most with a tone mark: no Thai word ("ง" of "ลิ ง ลม")."""
    return _thai_letter(piece) and all(char in THAI_TONES for char in piece[1:])


def thai_spaced_reading(text: str, index: FoldIndex) -> str | None:
    """``text`` (folded) with Thai names whose letters a seller set apart with spaces ("ลิ ง
    ลม" for ลิงลม) read whole, or None. A space is dropped beside a consonant standing alone
    or between two pieces of one letter each; the joined run is kept only where it holds a
    name of the lexicon across a dropped space, so "ดี หมี" (good, bear) stays two words."""
    low = plain(text)
    if not index.thai_names or not _THAI_RUN.search(low):
        return None
    changed = False

    def join(match: re.Match[str]) -> str:
        nonlocal changed
        pieces = match.group(0).split(" ")
        out = pieces[0]
        for left, right in pairwise(pieces):
            glued = _thai_lone(left) or _thai_lone(right) or (
                _thai_letter(left) and _thai_letter(right))
            out += ("" if glued else " ") + right
        if out == match.group(0) or not any(
                name in out and name not in match.group(0) for name in index.thai_names):
            return match.group(0)
        changed = True
        return out

    read = _THAI_RUN.sub(join, low)
    return read if changed else None


def thai_short_a_reading(text: str, index: FoldIndex) -> str | None:
    """Thai ``text`` (folded) with names written without their ะ spelled as the lexicon spells
    them, or None."""
    if not index.thai or not _THAI.search(text):
        return None
    low = _THAI_CUT.sub("", plain(text))  # "จะ-ระ-เข้": syllables cut apart
    bare, where = _thai_bare(low)

    def accept(written: str, name: str, first: int, last: int) -> bool:
        dropped = written.count(_THAI_A) < name.count(_THAI_A)
        spelled = written.count(_THAI_A) > name.count(_THAI_A)  # "จะระเข้", "ฉะลาม"
        if not dropped and not (spelled and len(_thai_bare(name)[0]) >= MIN_THAI_SPELLED):
            return False
        if _thai_bare(written)[0] != _thai_bare(name)[0] and not spelled:
            return False  # a letter of the other class of the same sound: spelled by ear only
        return (_starts_syllable(low, first, lone=name[1:2] == _THAI_A)
                and _ends_syllable(low, last, bare_end=name.endswith(_THAI_A)
                                   and not written.endswith(_THAI_A)))

    # a text without ะ can only drop one: only the names that write it are looked for
    names = index.thai if _THAI_A in low else index.thai_with_a
    return thai_spans(low, bare.translate(_THAI_SOUNDS), where, names, accept)
