"""Reading names a seller wrote one sound or one letter off, in Arabizi, or backwards.

General readings against the words of the lexicon's names (no list of misspellings):

* **Sound-alike Latin spellings** ("yvoir" for ivoire, "Ipocanpe" for hippocampe, "p1r4ruku"
  for pirarucu, "ozo de antiojos" for oso de anteojos, "kukank" for kukang): every Latin word
  of the text, with its leetspeak digits read as letters, and every word of a Latin-script
  name fold to a sound key (:func:`sound_key`: y as i, z as s, c/k/q/qu as k, ph as f,
  ch and sh as x ("Machakos" is no "macacos"),
  h dropped, m before p or b as n, doubled letters as one, a final e or s dropped). A text word
  that is no word of a name is read as the name's word when both keys are equal (keys of
  ``MIN_KEY`` letters or more) or one slip apart (keys of ``MIN_FUZZY`` letters or more: a
  vowel for another vowel, g/k, d/t, b/p, b/v, m/n, l/r, a vowel added or dropped, two letters
  swapped; "manteca" is no "mantella"), and at most ``MAX_FITS`` name words fit (forms of one
  name: the one closest in length is taken). A
  shorter word ("ozo") is read only beside a longer word read the same way ("antiojos"), and a
  lone "d" between two such words as "de" ("P3pin0s d mar"). Words of the lexicon's negative
  cues and everyday-sense phrases are never read as another word.
* **Thai letters that sound alike** (Thai script in the text): a Thai name of ``MIN_THAI``
  letters or more (without tone marks) is read where the text differs from it by exactly one
  letter said alike: ร for ล anywhere ("นอแลด" for นอแรด), a final consonant for another of
  the same final sound (ก ข ค ฆ; ด ต ท ธ ฎ ฏ ฐ ฑ ฒ; บ ป พ ภ; ส ศ ษ ซ; น ณ; จ ช ฌ: "ตะกวต"
  for ตะกวด), and in names of ``MIN_THAI_INITIAL`` letters or more an initial of the same
  sound. Not "นกเขา" (a dove) for นกเค้า (an owl), nor "เท้า" (foot) for เต่า (turtle).
* **Arabizi** (Arabic listings, or Arabic script in the text): a Latin word with a digit or
  "$" among its letters ("2arn 5arteet", "tim$a7", "wara1") is read as Arabic letters (2 as
  ء or ق, 3 ع, 5 خ, 6 ط, 7 ح, 8 غ, 9 ق or ص, $ ش or س, 1 ل; "sh", "kh", "gh", "th", "dh" as
  one letter; vowels dropped, w and y as و and ي or as long vowels) and matched against the
  Arabic words of the lexicon's names without their long vowels; a word of at least three
  letters read so, when one name word fits, is replaced by it.
* **Backwards, when the seller says so**: beside a "read it backwards" hint in any of the nine
  languages ("léelo al revés", "à l'envers", "baca terbalik", "ngược", "倒过来", "อ่านกลับ",
  "بالعكس"), every Latin word of four letters or more is read reversed, then as above
  ("rauguaj" for jaguar).

Each returns the text to read again, or None when there is nothing to read differently.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from wordfreq import zipf_frequency

from extractors.normalize import ARABIC_ARTICLES, LEET, plain
from extractors.species.reshaped import THAI_TONES, thai_stripped

MIN_KEY = 5  # a sound key this long may be read as a name word's when equal
MIN_FUZZY = 6  # a sound key this long may be one letter off a name word's
MIN_THAI = 5
MIN_ARABIZI = 3
MAX_EVERYDAY = 2.0  # Zipf frequency from which a word is an everyday word, not a name's
MAX_EVERYDAY_FUZZY = 1.0  # the same for a word one slip off a name
WORDFREQ_LANGUAGES = ("en", "fr", "es", "pt", "id", "vi")
MAX_CACHED = 200_000  # token readings kept
MAX_FITS = 4  # name words one sound key may stand for (forms of one name: "ivoire(s)")

_LATIN_TOKEN = re.compile(r"[^\W_][\w$@]*[^\W_]|[^\W\d_]", re.UNICODE)
_LATIN_LETTERS = re.compile(r"[a-z]+")
# the skeleton's leetspeak table, digits and word symbols only ("l" and "|" stay letters here)
_LEET = str.maketrans({char: letter for char, letter in LEET.items()
                       if char.isdigit() or char in "$@"})
_SOUND_STEPS = (
    (re.compile(r"ph"), "f"), (re.compile(r"ch|sh"), "x"),
    (re.compile(r"qu|q|ck|c(?![eiy])|k"), "k"),
    (re.compile(r"c"), "s"), (re.compile(r"(?<![cs])h"), ""), (re.compile(r"y"), "i"),
    (re.compile(r"z"), "s"),
    (re.compile(r"ll"), "y"), (re.compile(r"m(?=[pb])"), "n"), (re.compile(r"(.)\1+"), r"\1"),
    (re.compile(r"(?<=...)[es]+$"), ""),
)


def sound_key(word: str) -> str:
    """A Latin word (lower case, without accents) as it sounds, roughly, in the Latin-script
    languages of the lexicon: "yvoir" and "ivoire" -> "ivoir", "Ipocanpe" and "hippocampe"
    -> "ipokanp"."""
    for pattern, repl in _SOUND_STEPS:
        word = pattern.sub(repl, word)
    return word


def _deletions(key: str) -> set[str]:
    return {key[:at] + key[at + 1:] for at in range(len(key))}


# letters a seller writes for each other by ear: a vowel for a vowel, a voiced consonant for
# its voiceless one, n for m, l for r
_ALIKE = frozenset({frozenset(pair) for pair in (
    "ae", "ai", "ao", "au", "ei", "eo", "eu", "io", "iu", "ou", "gk", "dt", "bp", "mn", "lr", "bv",
    "sx", "gi", "kx")})
_SILENT = frozenset("aeiou")


def _one_apart(one: str, other: str) -> bool:
    """True when ``one`` and ``other`` differ by one sound-alike letter changed
    (:data:`_ALIKE`), one vowel added or dropped, or two neighbours swapped: a slip of the ear
    or of the fingers, not another word ("manteca" is no "mantella")."""
    if one == other or abs(len(one) - len(other)) > 1:
        return False
    if len(one) == len(other):
        diff = [at for at in range(len(one)) if one[at] != other[at]]
        if len(diff) == 1:
            return frozenset((one[diff[0]], other[diff[0]])) in _ALIKE
        return (len(diff) == 2 and diff[1] == diff[0] + 1 and one[diff[0]] == other[diff[1]]
                and one[diff[1]] == other[diff[0]])
    short, long = sorted((one, other), key=len)
    return any(long[:at] + long[at + 1:] == short and long[at] in _SILENT
               for at in range(len(long)))


# Thai consonants read as one: ร/ล and the letters of each final sound
_THAI_ALIKE = str.maketrans({
    "ล": "ร", "ฬ": "ร", "ข": "ก", "ค": "ก", "ฆ": "ก", "ต": "ด", "ท": "ด", "ธ": "ด", "ฎ": "ด",
    "ฏ": "ด", "ฐ": "ด", "ฑ": "ด", "ฒ": "ด", "ป": "บ", "พ": "บ", "ภ": "บ", "ศ": "ส", "ษ": "ส",
    "ซ": "ส", "ณ": "น", "ช": "จ", "ฌ": "จ"})
_THAI = re.compile(r"[\u0e01-\u0e4e]")
_THAI_RUN = re.compile(r"[\u0e01-\u0e4e]+")

# Arabizi: digits and letters as the Arabic letters they may stand for
_ARABIZI_UNITS = (
    ("sh", "ش"), ("ch", "ش"), ("kh", "خ"), ("gh", "غ"), ("th", "ثذ"), ("dh", "ذضظ"),
    ("7'", "خ"), ("3'", "غ"), ("2", "ق"), ("3", "ع"), ("5", "خ"), ("6", "ط"), ("7", "ح"),
    ("8", "غق"), ("9", "قص"), ("$", "شس"), ("1", "ل"), ("b", "ب"), ("p", "ب"), ("t", "تط"),
    ("g", "جقغ"), ("j", "ج"), ("d", "دض"), ("r", "ر"), ("z", "زظ"), ("s", "سص"), ("f", "ف"),
    ("v", "ف"), ("q", "ق"), ("k", "كق"), ("l", "ل"), ("m", "م"), ("n", "ن"), ("h", "هحة"),
)
_HAMZA_OR = frozenset({"2"})  # 2 is a hamza, or ق as Cairo and Beirut say it ("2erd" قرد)
_ARABIZI_WORD = re.compile(r"(?<![\w$])(?=[\w$']*[a-z])(?=[\w$']*[0-9$])[a-z0-9$']{3,}(?![\w$])")
_ARABIC = re.compile(r"[\u0621-\u064a]")
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")
_ARABIC_LONG = str.maketrans({"ا": None, "أ": None, "إ": None, "آ": None, "ى": None, "ء": None,
                              "ؤ": None, "ئ": None, "ة": "ه", "و": None, "ي": None})

# "read it backwards" in the nine languages
_BACKWARDS = re.compile(
    r"backwards?|reversed|read it in reverse|(?:al|del) rev[eé]s|à l'envers|a l'envers|"
    r"de trás pra frente|de tras para frente|ao contr[aá]rio|terbalik|dibalik|"
    r"đọc ngược|doc nguoc|ngược lại|倒着读|倒过来|反过来读|倒著讀|倒過來|อ่านกลับ|กลับหลัง|"
    r"بالعكس|بالمقلوب|اقرأها?\s+بالعكس", re.IGNORECASE)


@dataclass
class ApproxIndex:
    """Words of the lexicon's names by sound key, Thai names and Arabic name words."""

    words: frozenset[str] = frozenset()  # every Latin word of a name (plain)
    by_key: dict[str, set[str]] = field(default_factory=dict)
    by_deletion: dict[str, set[str]] = field(default_factory=dict)  # key less a letter -> keys
    guarded: frozenset[str] = frozenset()  # words never read as another word
    thai: dict[int, dict[str, str]] = field(default_factory=dict)  # length -> folded -> name
    arabic: dict[str, str] = field(default_factory=dict)  # word without long vowels -> word
    # written token (and whether read backwards) -> its reading, filled as texts are read
    cache: dict[tuple[str, bool], tuple[str, bool] | None] = field(default_factory=dict)


def approx_index(names: Iterable[str], everyday: Iterable[str]) -> ApproxIndex:
    """The index of this module's readings over ``names``; the words of ``everyday`` (negative
    cues, everyday-sense phrases) are never read as a name's word."""
    index = ApproxIndex()
    words: set[str] = set()
    arabic: dict[str, set[str]] = {}
    for name in sorted({plain(name) for name in names}):
        if _THAI.match(name) and " " not in name:
            bare, _ = thai_stripped(name, THAI_TONES)
            if len(bare) >= MIN_THAI:
                folded = bare.translate(_THAI_ALIKE)
                index.thai.setdefault(len(folded), {}).setdefault(folded, name)
        for word in name.split():
            if _LATIN_LETTERS.fullmatch(word):
                words.add(word)
            elif _ARABIC_WORD.fullmatch(word):
                bare_word = _arabic_bare(word)
                if len(bare_word) >= MIN_ARABIZI:
                    arabic.setdefault(bare_word, set()).add(_without_article(word))
    index.words = frozenset(words)
    for word in sorted(words):
        key = sound_key(word)
        if len(key) >= MIN_KEY - 2:
            index.by_key.setdefault(key, set()).add(word)
            if len(key) >= MIN_FUZZY - 1:
                for less in _deletions(key):
                    index.by_deletion.setdefault(less, set()).add(key)
    index.guarded = frozenset(word for phrase in everyday for word in plain(phrase).split())
    index.arabic = {bare: min(found, key=lambda word: (len(word), word))
                    for bare, found in sorted(arabic.items())}
    return index


def _without_article(word: str) -> str:
    for article in ARABIC_ARTICLES:
        if word.startswith(article) and len(word) - len(article) >= 2:
            return word[len(article):]
    return word


def _arabic_bare(word: str) -> str:
    """An Arabic word without its article and long vowels (and و/ي past its first letter,
    which Arabizi writes as vowels as often as consonants)."""
    word = _without_article(word)
    if word[:1] in ("و", "ي"):
        return word[0] + word[1:].translate(_ARABIC_LONG)
    return word.translate(_ARABIC_LONG)


def _name_word(word: str, index: ApproxIndex) -> tuple[str, bool] | None:
    """The name word ``word`` (plain, leet read) sounds like, and whether the key was long
    enough to count alone; None when none or several fit."""
    key = sound_key(word)
    if len(key) < MIN_KEY - 2:
        return None
    found = set(index.by_key.get(key, set()))
    if not found and len(key) >= MIN_FUZZY:
        keys = {other for less in _deletions(key) | {key}
                for other in index.by_deletion.get(less, set())}
        keys |= {less for less in _deletions(key) if less in index.by_key}
        found = {name for other in sorted(keys) if _one_apart(key, other)
                 for name in index.by_key.get(other, set()) if len(other) >= MIN_FUZZY - 1}
    if not found or len(found) > MAX_FITS:
        return None
    # forms of one name ("ivoire", "ivoires"): the one closest in length to the word
    name = min(found, key=lambda other: (abs(len(other) - len(word)), other))
    if name == word:
        return None
    return name, len(key) >= MIN_KEY


@lru_cache(maxsize=65536)
def _leet_read(token: str) -> str:
    """A word with its leetspeak digits read as letters, when it mixes both."""
    if any(char.isdigit() or char in "$@" for char in token) and any(
            char.isalpha() for char in token):
        return token.translate(_LEET)
    return token


def _inflected(word: str, name: str) -> bool:
    """True when ``word`` is ``name`` with a plural or feminine ending ("golfinas", "acaris"):
    the matcher's own inflections read those, or the word is another one."""
    longer, shorter = (word, name) if len(word) > len(name) else (name, word)
    return longer.startswith(shorter) and longer[len(shorter):] in ("s", "es", "a", "as", "e")


@lru_cache(maxsize=65536)
def everyday_frequency(word: str) -> float:
    """How common ``word`` is in the Latin-script languages of the lexicon: the highest Zipf
    frequency (wordfreq; 3 is once per million words) over en, fr, es, pt, id and vi."""
    return max(zipf_frequency(word, language) for language in WORDFREQ_LANGUAGES)


def _token_read(written: str, index: ApproxIndex, backwards: bool) -> tuple[str, bool] | None:
    """The name word a written token of :func:`sound_reading` is read as, or None."""
    token = _leet_read(plain(written))
    if backwards:
        if len(token) < 4 or not _LATIN_LETTERS.fullmatch(token):
            return None
        token = token[::-1]
    elif (not _LATIN_LETTERS.fullmatch(token) or token in index.words
          or token in index.guarded):
        return None
    found = _name_word(token, index)
    if found is None or _inflected(token, found[0]):
        return None
    if not backwards and not any(char.isdigit() for char in written):
        limit = MAX_EVERYDAY if sound_key(token) == sound_key(found[0]) else MAX_EVERYDAY_FUZZY
        if everyday_frequency(written) >= limit:
            return None
    return found


def sound_reading(text: str, index: ApproxIndex, *, backwards: bool = False) -> str | None:
    """``text`` (lower case) with the Latin words that sound like a name's word read as it, or
    None. ``backwards`` reads each word of four letters or more reversed first. A word common
    in one of the languages (:func:`everyday_frequency` of ``MAX_EVERYDAY`` or more, of
    ``MAX_EVERYDAY_FUZZY`` when its key is one slip off) is left alone: "makan" is "eat" in
    Indonesian, not "macan", and "jaguares" a football team."""
    low = unicodedata.normalize("NFC", text.lower())
    tokens = list(_LATIN_TOKEN.finditer(low))
    reads: dict[int, tuple[str, bool]] = {}
    for position, match in enumerate(tokens):
        written = match.group(0)
        if len(written) < MIN_KEY - 2:
            continue
        cache_key = (written, backwards)
        if cache_key not in index.cache:
            if len(index.cache) > MAX_CACHED:
                index.cache.clear()
            index.cache[cache_key] = _token_read(written, index, backwards)
        found = index.cache[cache_key]
        if found is not None:
            reads[position] = found
    strong = {position for position, (_, alone) in reads.items() if alone}
    # a lone "d" between two words: "de" clipped ("P3pin0s d mar")
    clipped = {position for position, match in enumerate(tokens[1:-1], 1)
               if match.group(0) == "d" and not backwards
               and low[tokens[position - 1].end():match.start()] == " "
               and low[match.end():tokens[position + 1].start()] == " "}
    if not strong and not clipped:
        return None
    out: list[str] = []
    last = 0
    for position, match in enumerate(tokens):
        read = reads.get(position)
        near = any(abs(position - other) <= 2 for other in strong)
        word: str | None = None
        if read is not None and (read[1] or near):
            word = read[0]
        elif position in clipped:
            word = "de"
        if word is not None:
            out.append(low[last:match.start()])
            out.append(word)
            last = match.end()
    out.append(low[last:])
    read_text = "".join(out)
    return None if read_text == low else read_text


def backwards_reading(text: str, index: ApproxIndex) -> str | None:
    """``text`` with its words read reversed, when the seller says to read it backwards."""
    if not _BACKWARDS.search(text):
        return None
    return sound_reading(text, index, backwards=True)


_THAI_CONSONANT = re.compile(r"[\u0e01-\u0e2e]")
_THAI_LEADING = frozenset("\u0e40\u0e41\u0e42\u0e43\u0e44")  # เ แ โ ใ ไ
_THAI_RL = frozenset("รลฬ")
# consonants said alike at the start of a syllable too
_THAI_SAME_INITIAL = tuple(frozenset(group) for group in (
    "ขคฆ", "ทธฑฒฐ", "ตฏ", "ดฎ", "พภ", "สศษซ", "ชฌ", "นณ", "ฟฝ", "หฮ", "ยญ"))
MIN_THAI_INITIAL = 7  # a name this long may be one same-sounding initial letter off


def _thai_final(word: str, at: int) -> bool:
    """True when the consonant at ``at`` closes its syllable: after a letter or vowel sign,
    not a leading vowel, and before another consonant, a leading vowel or the end."""
    if at == 0 or word[at - 1] in _THAI_LEADING:
        return False
    return at + 1 == len(word) or bool(_THAI_CONSONANT.match(word[at + 1])) or (
        word[at + 1] in _THAI_LEADING)


def _thai_slip(written: str, name: str) -> bool:
    """True when ``written`` is ``name`` with one letter swapped for one said alike: ร for ล,
    a final consonant for another of the same sound ("ตะกวต", "นาค"), or, in a name of
    ``MIN_THAI_INITIAL`` letters or more, an initial of the same sound. Not "นกเขา" (a dove)
    for "นกเค้า" (an owl), nor "เท้า" (foot) for "เต่า" (turtle)."""
    diff = [at for at in range(len(name)) if written[at] != name[at]]
    if len(diff) != 1:
        return False
    at = diff[0]
    pair = {written[at], name[at]}
    if pair <= _THAI_RL:
        return True
    if _thai_final(written, at) and _thai_final(name, at):
        return True
    return len(name) >= MIN_THAI_INITIAL and any(pair <= group for group in _THAI_SAME_INITIAL)


def thai_alike_reading(text: str, index: ApproxIndex) -> str | None:
    """``text`` with spans one sound-alike Thai letter off a Thai name read as the name."""
    if not index.thai or not _THAI.search(text):
        return None
    low = unicodedata.normalize("NFC", text.lower())
    spans: list[tuple[int, int, str]] = []
    for run in _THAI_RUN.finditer(low):
        bare, where = thai_stripped(run.group(0), THAI_TONES)
        folded = bare.translate(_THAI_ALIKE)
        at = 0
        while at < len(folded):
            hit = None
            for length in sorted(index.thai, reverse=True):
                name = index.thai[length].get(folded[at:at + length])
                if name is None:
                    continue
                name_bare, _ = thai_stripped(name, THAI_TONES)
                if _thai_slip(bare[at:at + length], name_bare):
                    hit = (length, name)
                break
            if hit is None:
                at += 1
                continue
            length, name = hit
            start = run.start() + where[at]
            end = run.start() + where[at + length - 1] + 1
            while end < run.end() and low[end] in THAI_TONES:
                end += 1
            spans.append((start, end, name))
            at += length
    if not spans:
        return None
    out: list[str] = []
    last = 0
    for start, end, name in spans:
        out.append(low[last:start])
        out.append(" " + name + " ")
        last = end
    out.append(low[last:])
    return "".join(out)


@lru_cache(maxsize=16384)
def _arabizi_pattern(word: str) -> re.Pattern[str] | None:
    """A pattern of the Arabic letters (without long vowels) an Arabizi word may stand for."""
    parts: list[str] = []
    at = 0
    while at < len(word):
        unit = next(((latin, arabic) for latin, arabic in _ARABIZI_UNITS
                     if word.startswith(latin, at)), None)
        if unit is None and at == 0 and word[0] in "wy":
            unit = (word[0], "و" if word[0] == "w" else "ي")
        if unit is None:
            at += 1  # vowels, w, y, quotes: long vowels or nothing
            continue
        if unit[0] in _HAMZA_OR:  # "7erba2" حرباء, "2asad" أسد: a hamza, dropped from the key
            parts.append("[" + unit[1] + "]?")
        else:
            parts.append("[" + unit[1] + "]")
        at += len(unit[0])
    if len(parts) < MIN_ARABIZI:
        return None
    return re.compile("".join(parts))


def arabizi_reading(text: str, language: str | None, index: ApproxIndex) -> str | None:
    """``text`` with its Arabizi words written in Arabic letters when one name word fits, or
    None (Arabic listings, or Arabic script in the text)."""
    if language != "ar" and not _ARABIC.search(text):
        return None
    low = text.lower()
    changed = False

    def arabic(match: re.Match[str]) -> str:
        nonlocal changed
        pattern = _arabizi_pattern(match.group(0))
        if pattern is None:
            return match.group(0)
        found = sorted({word for bare, word in index.arabic.items() if pattern.fullmatch(bare)})
        if not found or len(found) > MAX_FITS:
            return match.group(0)
        changed = True
        return min(found, key=len)

    out = _ARABIZI_WORD.sub(arabic, low)
    return out if changed else None
