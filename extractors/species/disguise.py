"""Reading names that sellers disguise in ways a word list cannot hold.

Two disguises are read here, both general (they work for every name of the lexicon, not for a
list of known spellings):

* **Chinese names written partly or wholly in pinyin**: "犀jiao杯" (犀角), "象ya" (象牙),
  "xi jiao 杯", "穿山J片" (an initial for the last character), "CSJ片" (initials only). Every
  Chinese name of the lexicon is read into toneless syllables with pypinyin; the text is read
  into units (a Chinese character with its possible syllables, a Latin pinyin syllable, a
  capital initial, an emoji standing for a character) and a name matches where each of its
  syllables meets a unit that can stand for it.
* **Chinese names written in zhuyin** (bopomofo, as Taiwan types: "ㄒㄧ ㄐㄧㄠˇ杯" for 犀角杯):
  the symbols are read into pinyin syllables and the text is read again as pinyin.
* **An animal emoji inside a word**: "ดี🐻" (ดีหมี, bear bile), "象🦷" (象牙, ivory). The emoji
  is replaced by the animal's word in the script around it and the result is read again.

A reading counts only when something is disguised: a name written in full characters is the
ordinary matcher's business. To keep chance collisions out, a match needs at least one of the
name's own characters beside the disguised part, or the whole name spelt in pinyin syllables
(two or more), or capital initials of a name of three or more characters next to Chinese text.
A character that merely sounds the same ("像牙" for 象牙) is not enough on its own: "像牙齿"
(like teeth) is ordinary Chinese.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

# Animal emoji a seller puts in place of a word, with that word per script. Only emoji standing
# for one animal (or one part) are listed; decorative ones are not read.
EMOJI_WORDS: dict[str, dict[str, str]] = {
    "🐘": {"zh": "象", "th": "ช้าง", "latin": "elephant"},
    "🦣": {"zh": "象", "th": "ช้าง", "latin": "elephant"},
    "🦏": {"zh": "犀", "th": "แรด", "latin": "rhino"},
    "🐯": {"zh": "虎", "th": "เสือ", "latin": "tiger"},
    "🐅": {"zh": "虎", "th": "เสือ", "latin": "tiger"},
    "🐆": {"zh": "豹", "th": "เสือดาว", "latin": "leopard"},
    "🦁": {"zh": "狮", "th": "สิงโต", "latin": "lion"},
    "🐻": {"zh": "熊", "th": "หมี", "latin": "bear"},
    "🦷": {"zh": "牙", "th": "งา", "latin": "tooth"},
    "🐢": {"zh": "龟", "th": "เต่า", "latin": "tortoise"},
    "🦜": {"zh": "鹦鹉", "th": "นกแก้ว", "latin": "parrot"},
    "🦈": {"zh": "鲨", "th": "ฉลาม", "latin": "shark"},
    "🐊": {"zh": "鳄", "th": "จระเข้", "latin": "crocodile"},
    "🦦": {"zh": "水獭", "th": "นาก", "latin": "otter"},
    "🐒": {"zh": "猴", "th": "ลิง", "latin": "monkey"},
    "🦧": {"zh": "猩猩", "th": "อุรังอุตัง", "latin": "orangutan"},
    "🦅": {"zh": "鹰", "th": "นกอินทรี", "latin": "eagle"},
}

# The animal's word in each Latin-script language, for an emoji that stands as a word of its
# own ("Mật 🐻 tươi" = mật gấu, "Anakan 🦅 Jawa" = elang Jawa, "🦏 horn").
EMOJI_LATIN_WORDS: dict[str, dict[str, str]] = {
    "🐘": {"en": "elephant", "fr": "éléphant", "es": "elefante", "pt": "elefante", "vi": "voi",
          "id": "gajah"},
    "🦣": {"en": "elephant", "fr": "éléphant", "es": "elefante", "pt": "elefante", "vi": "voi",
          "id": "gajah"},
    "🦷": {"en": "ivory", "fr": "ivoire", "es": "marfil", "pt": "marfim", "vi": "ngà",
          "id": "gading"},
    "🦏": {"en": "rhino", "fr": "rhinocéros", "es": "rinoceronte", "pt": "rinoceronte",
          "vi": "tê giác", "id": "badak"},
    "🐯": {"en": "tiger", "fr": "tigre", "es": "tigre", "pt": "tigre", "vi": "hổ",
          "id": "harimau"},
    "🐅": {"en": "tiger", "fr": "tigre", "es": "tigre", "pt": "tigre", "vi": "hổ",
          "id": "harimau"},
    "🐆": {"en": "leopard", "fr": "léopard", "es": "leopardo", "pt": "leopardo", "vi": "báo",
          "id": "macan tutul"},
    "🦁": {"en": "lion", "fr": "lion", "es": "león", "pt": "leão", "vi": "sư tử", "id": "singa"},
    "🐻": {"en": "bear", "fr": "ours", "es": "oso", "pt": "urso", "vi": "gấu", "id": "beruang"},
    "🐢": {"en": "tortoise", "fr": "tortue", "es": "tortuga", "pt": "tartaruga", "vi": "rùa",
          "id": "kura-kura"},
    "🦜": {"en": "parrot", "fr": "perroquet", "es": "loro", "pt": "papagaio", "vi": "vẹt",
          "id": "burung nuri"},
    "🦈": {"en": "shark", "fr": "requin", "es": "tiburón", "pt": "tubarão", "vi": "cá mập",
          "id": "hiu"},
    "🐊": {"en": "crocodile", "fr": "crocodile", "es": "cocodrilo", "pt": "jacaré",
          "vi": "cá sấu", "id": "buaya"},
    "🦦": {"en": "otter", "fr": "loutre", "es": "nutria", "pt": "lontra", "vi": "rái cá",
          "id": "berang-berang"},
    "🐒": {"en": "monkey", "fr": "singe", "es": "mono", "pt": "macaco", "vi": "khỉ",
          "id": "monyet"},
    "🦧": {"en": "orangutan", "fr": "orang-outan", "es": "orangután", "pt": "orangotango",
          "vi": "đười ươi", "id": "orangutan"},
    "🦅": {"en": "eagle", "fr": "aigle", "es": "águila", "pt": "águia", "vi": "đại bàng",
          "id": "elang"},
}
_EDGE_PUNCT = ".,;:!?()[]{}\"'«»“”‘’"


def emoji_phrases(text: str, language: str | None) -> list[tuple[str, str]]:
    """(phrase, word) for every animal emoji standing as a word of its own in Latin-script
    text: the animal's word in ``language`` (else English) with one or two words before it,
    and with one or two after it. The caller keeps a phrase only when it names more than the
    word alone ("mật gấu" is bear bile; "gấu" alone is nothing)."""
    tokens = [token.strip(_EDGE_PUNCT) for token in text.replace(_VARIATION, "").split()]
    found: list[tuple[str, str]] = []
    for index, token in enumerate(tokens):
        words = EMOJI_LATIN_WORDS.get(token)
        if words is None:
            continue
        word = words.get(language or "en", words["en"])
        before = [t for t in tokens[max(0, index - 2):index] if t]
        after = [t for t in tokens[index + 1:index + 3] if t]
        for phrase in (before[-1:], before[-2:]):
            if phrase:
                found.append((" ".join([*phrase, word]), word))
        for phrase in (after[:1], after[:2]):
            if phrase:
                found.append((" ".join([word, *phrase]), word))
    return list(dict.fromkeys(found))
_VARIATION = "\ufe0f"
_SEPARATORS = frozenset(" .-_*·~'/\u3000")


def _script(char: str) -> str | None:
    if _is_cjk(char):
        return "zh"
    if "\u0e00" <= char <= "\u0e7f":
        return "th"
    if char.isalpha() and char.isascii():
        return "latin"
    return None


def _is_cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf"


def emoji_spelled(text: str) -> str | None:
    """``text`` with every animal emoji that touches a letter replaced by the animal's word in
    the script of that letter; None when no emoji touches a letter."""
    chars = [c for c in text if c != _VARIATION]
    out: list[str] = []
    changed = False
    for index, char in enumerate(chars):
        words = EMOJI_WORDS.get(char)
        if words is None:
            out.append(char)
            continue
        before = chars[index - 1] if index else ""
        after = chars[index + 1] if index + 1 < len(chars) else ""
        script = _script(before) if before else None
        script = script or (_script(after) if after else None)
        if script is None or script not in words:
            out.append(char)
            continue
        word = words[script]
        out.append(word if script != "latin" else f" {word} ")
        changed = True
    return "".join(out) if changed else None


# --- Chinese names in pinyin --------------------------------------------------------------
@dataclass(frozen=True)
class _Unit:
    kind: str  # "char" (a Chinese character), "syllable" (Latin pinyin), "initial", "stop"
    text: str  # the character, the syllable or the initial letter, as read
    sounds: frozenset[str]  # toneless syllables a character can be read as
    start: int  # offsets in the original text
    end: int


def _toneless(syllable: str) -> str:
    decomposed = unicodedata.normalize("NFD", syllable)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    from pypinyin.pinyin_dict import pinyin_dict

    found = {_toneless(p) for value in pinyin_dict.values() for p in value.split(",")}
    return frozenset(s for s in found if s.isalpha() and s.isascii())


@lru_cache(maxsize=8192)
def _sounds(char: str) -> frozenset[str]:
    from pypinyin import Style, pinyin

    readings = pinyin(char, style=Style.NORMAL, heteronym=True, errors="ignore")
    return frozenset(_toneless(s) for group in readings for s in group)


def name_syllables(name: str) -> tuple[str, ...]:
    """The toneless syllables of a Chinese name, in its most common reading."""
    from pypinyin import lazy_pinyin

    return tuple(_toneless(s) for s in lazy_pinyin(name))


def _split_pinyin(word: str) -> list[str] | None:
    """``word`` cut into pinyin syllables (fewest pieces), or None when it is not pinyin."""
    syllables = _syllables()
    best: list[list[str] | None] = [None] * (len(word) + 1)
    best[0] = []
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 6), end):
            head = best[start]
            if head is not None and word[start:end] in syllables:
                candidate = [*head, word[start:end]]
                current = best[end]
                if current is None or len(candidate) < len(current):
                    best[end] = candidate
    return best[len(word)]


# Latin letters, with pinyin's tone marks ("jiǎo")
_LATIN_RUN = re.compile(r"[A-Za-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+")


def _units(text: str) -> list[_Unit]:
    units: list[_Unit] = []
    index = 0
    chars = text
    while index < len(chars):
        char = chars[index]
        if _is_cjk(char):
            units.append(_Unit("char", char, _sounds(char), index, index + 1))
            index += 1
            continue
        run = _LATIN_RUN.match(chars, index)
        if run is not None:
            word = run.group(0)
            pieces = _split_pinyin(_toneless(word).replace("u\u0308", "v").replace(
                "ü", "v")) if len(word) > 1 else None
            if pieces is not None and not (word.isupper() and len(word) <= 4):
                for piece in pieces:
                    units.append(_Unit("syllable", piece, frozenset({piece}), run.start(),
                                       run.end()))
            elif word.isupper() and len(word) <= 4 and not chars[run.end():run.end() + 1].isdigit():
                for offset, letter in enumerate(word.lower()):
                    at = run.start() + offset
                    units.append(_Unit("initial", letter, frozenset(), at, at + 1))
            else:
                units.append(_Unit("stop", word, frozenset(), run.start(), run.end()))
            index = run.end()
            continue
        words = EMOJI_WORDS.get(char)
        if words is not None:
            for stand_in in words["zh"]:
                units.append(_Unit("char", stand_in, _sounds(stand_in), index, index + 1))
            index += 1
            continue
        if char not in _SEPARATORS:
            units.append(_Unit("stop", char, frozenset(), index, index + 1))
        index += 1
    return units


@dataclass(frozen=True)
class PinyinName:
    """A Chinese name of the lexicon with its syllables."""

    name: str
    syllables: tuple[str, ...]


def pinyin_index(names: Iterable[str]) -> dict[str, list[PinyinName]]:
    """Chinese names (two characters or more, all Chinese) by their first syllable."""
    index: dict[str, list[PinyinName]] = {}
    for name in sorted(set(names)):
        if len(name) < 2 or not all(_is_cjk(c) for c in name):
            continue
        syllables = name_syllables(name)
        if len(syllables) != len(name):
            continue
        index.setdefault(syllables[0], []).append(PinyinName(name, syllables))
    return index


def _unit_fits(unit: _Unit, char: str, syllable: str) -> str | None:
    """How ``unit`` stands for ``char`` (read ``syllable``): "same", "sound", "pinyin",
    "initial"; None when it cannot."""
    if unit.kind == "char":
        if unit.text == char:
            return "same"
        return "sound" if syllable in unit.sounds else None
    if unit.kind == "syllable":
        return "pinyin" if unit.text == syllable else None
    if unit.kind == "initial":
        return "initial" if syllable.startswith(unit.text) else None
    return None


def _accepted(ways: list[str]) -> bool:
    same = ways.count("same")
    if same == len(ways):
        return False  # written in full: the ordinary matcher reads it
    if "sound" in ways and same + ways.count("sound") == len(ways):
        # sound-alike characters: too often ordinary words ("像牙齿"), except beside two of
        # the name's own characters in a name of three or more ("川山钾", "穿山钾")
        return len(ways) >= 3 and same >= 1
    if same and "pinyin" in ways:
        return True  # 犀jiao, 象ya
    if same and "initial" in ways:
        return len(ways) >= 3  # 穿山J; "马S", "海马S5" are model names, not 马麝
    if ways.count("pinyin") == len(ways) >= 2:
        return True  # xi jiao, chuanshanjia
    return ways.count("initial") == len(ways) >= 3  # CSJ


def chinese_disguised(text: str, index: dict[str, list[PinyinName]]) -> list[tuple[str, str]]:
    """(written span, lexicon name) for every Chinese name of ``index`` written partly or wholly
    in pinyin in ``text``."""
    if not index or not any(_is_cjk(c) for c in text):
        return []  # pinyin is read next to Chinese text only
    units = _units(text)
    # a reading needs a Latin syllable or initial, or a sound-alike character beside the
    # name's own (_accepted): only names that could reach one
    longest = max(len(n.syllables) for names in index.values() for n in names)
    starts: set[int] = set()
    for at, unit in enumerate(units):
        if unit.kind in ("syllable", "initial", "char"):
            starts.update(range(max(0, at - longest + 1), at + 1))
    found: list[tuple[str, str]] = []
    known = {name.name for names in index.values() for name in names}
    used: set[int] = set()  # units already read as part of a name, left to right
    for position, unit in enumerate(units):
        if unit.kind == "stop" or position in used or position not in starts:
            continue
        firsts = unit.sounds if unit.kind == "char" else {unit.text}
        candidates = [n for first in firsts for n in index.get(first, ())]
        if unit.kind == "initial":
            candidates = [n for key, names in index.items() if key.startswith(unit.text)
                          for n in names]
        for candidate in sorted(candidates, key=lambda n: -len(n.syllables)):
            if used.intersection(range(position, position + len(candidate.syllables))):
                continue
            span = units[position:position + len(candidate.syllables)]
            if len(span) < len(candidate.syllables):
                continue
            ways = [_unit_fits(u, c, s) for u, c, s in
                    zip(span, candidate.name, candidate.syllables, strict=True)]
            if None in ways or not _accepted([w for w in ways if w]):
                continue
            written = text[span[0].start:span[-1].end]
            used.update(range(position, position + len(candidate.syllables)))
            if written in known:
                break  # a name of its own ("穿山甲" beside "川山甲"): the matcher reads it
            if (written, candidate.name) not in found:
                found.append((written, candidate.name))
    return found


# --- Chinese names in zhuyin (bopomofo) -----------------------------------------------------
_ZHUYIN_INITIALS = dict(zip("ㄅㄆㄇㄈㄉㄊㄋㄌㄍㄎㄏㄐㄑㄒㄓㄔㄕㄖㄗㄘㄙ",
                            ("b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q",
                             "x", "zh", "ch", "sh", "r", "z", "c", "s"), strict=True))
_ZHUYIN_FINALS = dict(zip("ㄚㄛㄜㄝㄞㄟㄠㄡㄢㄣㄤㄥㄦ",
                          ("a", "o", "e", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng",
                           "er"), strict=True))
_WITH_I = {"": "i", "a": "ia", "o": "io", "e": "ie", "ao": "iao", "ou": "iu", "an": "ian",
           "en": "in", "ang": "iang", "eng": "ing"}
_WITH_U = {"": "u", "a": "ua", "o": "uo", "ai": "uai", "ei": "ui", "an": "uan", "en": "un",
           "ang": "uang", "eng": "ong"}
_WITH_V = {"": "v", "e": "ve", "an": "van", "en": "vn", "eng": "iong"}
_NO_INITIAL = {"i": "yi", "ia": "ya", "io": "yo", "ie": "ye", "iao": "yao", "iu": "you",
               "ian": "yan", "in": "yin", "iang": "yang", "ing": "ying", "u": "wu", "ua": "wa",
               "uo": "wo", "uai": "wai", "ui": "wei", "uan": "wan", "un": "wen", "uang": "wang",
               "ong": "weng", "v": "yu", "ve": "yue", "van": "yuan", "vn": "yun",
               "iong": "yong"}
_ZHUYIN_RUN = re.compile(r"[\u3105-\u3129][\u3105-\u3129ˊˇˋ˙]*")
_ZHUYIN_SYLLABLE = re.compile(r"([ㄅ-ㄙ])?([ㄧㄨㄩ])?([ㄚ-ㄦ])?[ˊˇˋ˙]?")


def _zhuyin_syllable(initial: str, medial: str, final: str) -> str:
    rime = _ZHUYIN_FINALS.get(final, "")
    if medial:
        table = {"ㄧ": _WITH_I, "ㄨ": _WITH_U, "ㄩ": _WITH_V}[medial]
        rime = table.get(rime, rime)
    start = _ZHUYIN_INITIALS.get(initial, "")
    if not start:
        return _NO_INITIAL.get(rime, rime)
    if not rime:
        rime = "i"  # zhi, chi, shi, ri, zi, ci, si
    if start in ("j", "q", "x"):
        rime = rime.replace("v", "u")
    return start + rime.replace("v", "u" if start not in ("n", "l") else "v")


def zhuyin_reading(text: str) -> str | None:
    """``text`` with zhuyin written as pinyin syllables, or None when it has no zhuyin."""
    def spell(run: re.Match[str]) -> str:
        syllables = [_zhuyin_syllable(*m.groups(default=""))
                     for m in _ZHUYIN_SYLLABLE.finditer(run.group(0)) if m.group(0)]
        return " ".join(s for s in syllables if s)

    read = _ZHUYIN_RUN.sub(spell, text)
    return None if read == text else read
