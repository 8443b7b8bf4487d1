"""Text skeletons: one canonical form for lexicon terms and for the listings they are looked for in.

Traffickers write "iv0ry", "i v o r y", "i-v-o-r-y", "ivvvory", "Ivóry" and "r.h." to slip past
keyword filters. :func:`skeleton` folds all of these to the same string ("ivory", "rh") and keeps,
for every character of the skeleton, the index of the character of the original text it came from,
so a match can be reported as the text the seller actually wrote.

Steps, applied identically to terms and to texts:

1. Unicode compatibility folding (full-width letters, ligatures), traditional Chinese characters
   read as simplified ones, case folding, and removal of
   diacritics on Latin, Greek and Cyrillic letters and of Arabic vowel marks; Thai, Lao, Khmer and
   Indic combining marks are kept (they are letters there).
2. Tokenising on anything that is not a letter or digit; emoji and other symbols are tokens of
   their own (zero-width characters and variation selectors are dropped), except a dingbat or
   geometric symbol between two characters of a script without spaces ("犀✪角", "象★牙"),
   read as a spelling mark. Runs of single
   characters separated by punctuation ("r.h.", "i-v-o-r-y", two or more) or by spaces
   ("i v o r y", three or more) are joined into one token.
3. Inside tokens that hold at least one letter: repeated Latin letters are collapsed ("ivvvory"),
   then look-alike digits and symbols are read as letters (0 o, 1 i, 3 e, 4 a, 5 s, 7 t, @ a, $ s,
   | and ! i) and "l" is merged with "i" (sellers swap 1, l, I and |); repeats are collapsed again,
   except the i class, so "lion" stays distinct from "ion". Pure numbers are left alone. An "!"
   or "|" ending a word and a "¡" opening one are punctuation ("Axolotls!", "¡Loros").
   Arabic words lose the article and its clitics (ال، وال، بال، لل...), tatweel is dropped and
   ة/ى are read as ه/ي, so "والعاج" and "عاج" meet.

Tokens are joined by single spaces. Scripts written without spaces (Chinese, Japanese, Thai...)
stay single long tokens: terms in them are looked for as substrings.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s",
        "|": "i", "!": "i", "¡": "i", "l": "i"}
WORD_SYMBOLS = frozenset("@$|!¡")
SPECIAL_LETTERS = {"đ": "d", "ð": "d", "ø": "o", "ł": "l", "æ": "ae", "œ": "oe", "þ": "th",
                   "ı": "i", "ß": "ss", "ة": "ه", "ى": "ي",
                   # open o and e of African alphabets, typed for Latin o and e ("rhinɔ")
                   "ɔ": "o", "ɛ": "e", "ɑ": "a", "ɩ": "i",
                   # Persian and Maghrebi letters typed for Arabic ones ("ڤهود" for فهود)
                   "ڤ": "ف", "ڨ": "ق", "پ": "ب", "چ": "ج", "ژ": "ز", "گ": "ك", "ک": "ك",
                   "ی": "ي", "ھ": "ه", "ۃ": "ه",
                   # Arabic letters written without their dots ("ڡهد" for فهد)
                   "ڡ": "ف", "ٯ": "ق", "ٮ": "ب"}
# Arabic article and the clitics written on to it ("العاج", "والعاج", "بالعاج", "للبيع").
ARABIC_ARTICLES = ("وال", "بال", "فال", "كال", "لل", "ال")
# Traditional Chinese characters of the lexicon's Chinese terms, read as their simplified form
# (listings from Taiwan and Hong Kong write 鱷魚, 熊膽, 鸚鵡 for 鳄鱼, 熊胆, 鹦鹉).
_TRADITIONAL = dict(zip(*[iter(
    "絲丝東东兩两烏乌樂乐書书亞亚侖仑倉仓傘伞體体侶侣蘭兰獸兽軍军鳳凤凱凯剛刚醫医華华盧卢歷历釐厘參参雙双變变葉叶鹹咸圖图圓圆墜坠殼壳頭头寵宠賓宾島岛廣广開开錄录懶懒"
    "戰战揚扬報报撾挝擺摆無无雜杂極极楓枫標标樹树歐欧殘残濟济漁渔灣湾點点愛爱獁犸狀状獨独獅狮猻狲獰狞獵猎獼猕豬猪貓猫蝟猬獺獭環环畫画瘡疮盤盘硨砗種种禿秃籠笼類类紀纪"
    "納纳紙纸紋纹線线細细絨绒絹绢緋绯維维綠绿緬缅緣缘網网羅罗脅胁膽胆膠胶腳脚臘腊蘆芦蒼苍蘇苏薈荟熒荧藥药蓮莲薩萨藍蓝蠅蝇蠍蝎蝸蜗裝装說说貝贝貨货貼贴賽赛邊边達达過过"
    "遠远遜逊鈍钝鑰钥錢钱鐵铁錘锤錐锥鋸锯鏡镜鐲镯鐮镰長长門门閉闭闊阔陽阳陸陆鬚须須须頸颈頰颊頜颌額额餅饼馬马駝驼駱骆魚鱼鮭鲑鮫鲛鱘鲟鱺鲡鯉鲤鯊鲨鯖鲭鯪鲮鯢鲵鯨鲸鱝鲼"
    "鰓鳃鱷鳄鰉鳇鰭鳍鰩鳐鰾鳔鱉鳖鰻鳗鰵鳘鱗鳞鳥鸟鴇鸨鴞鸮鴕鸵鵡鹉鵯鹎鶴鹤鸚鹦鷯鹩鷲鹫鷹鹰麥麦黃黄齒齿龍龙龜龟萬万麗丽來来茲兹爾尔乾干宮宫頂顶檉柽軟软輻辐蟲虫養养賣卖"
    "買买寶宝價价實实證证鵰雕倣仿偽伪"
    # words of news, customs and campaigns ("海關檢獲", "瀕臨絕種", "走私案件調查中")
    "關关檢检獲获緝缉處处罰罚護护釋释瀕濒絕绝滅灭執执贈赠偵侦辦办調调懷怀櫃柜噸吨計计億亿"
    "員员從从與与為为對对於于時时個个們们這这會会裡里後后發发現现運运輸输機机場场禁禁團团")] * 2,
    strict=True))
_TRADITIONAL_TABLE = str.maketrans(_TRADITIONAL)


def simplified(text: str) -> str:
    """``text`` with the traditional Chinese characters this module knows read as simplified."""
    return text.translate(_TRADITIONAL_TABLE)
# Emoji variation selectors, zero-width joiners and soft hyphens carry no letter.
TATWEEL = "\u0640"  # Arabic stretching mark
_IGNORED = frozenset("\ufe0e\ufe0f\u200b\u200c\u200d\u00ad\u2060" + TATWEEL)
# Thai sara e, and sara ae that people type as two sara e ("นอเเรด" for นอแรด)
_THAI_E, _THAI_AE = "\u0e40", "\u0e41"
# Combining marks kept because they are part of the letter in these scripts.
_KEEP_MARK_RANGES = ((0x0900, 0x0DFF), (0x0E00, 0x0EFF), (0x1000, 0x109F), (0x1780, 0x17FF))


@dataclass(frozen=True)
class Skeleton:
    """The canonical form of a text and, per character, its index in the original text."""

    text: str
    origin: tuple[int, ...]
    source: str

    def original(self, start: int, end: int) -> str:
        """The stretch of the original text that the skeleton span [start, end) came from."""
        if start >= end:
            return ""
        stop = self.origin[end - 1] + 1
        while stop < len(self.source) and unicodedata.combining(self.source[stop]):
            stop += 1
        return self.source[self.origin[start]:stop]


def _keeps_mark(base: str) -> bool:
    code = ord(base)
    return any(low <= code <= high for low, high in _KEEP_MARK_RANGES)


def _split_stretch(text: str, index: int) -> bool:
    """True for a space inside tatweel on both sides ("ـ ـ"): one word split apart."""
    back = index - 1
    while back >= 0 and text[back] == " ":
        back -= 1
    if back < 0 or text[back] != TATWEEL:
        return False
    ahead = index + 1
    while ahead < len(text) and text[ahead] == " ":
        ahead += 1
    return ahead < len(text) and text[ahead] == TATWEEL


def _mark_base(out: list[tuple[str, int]]) -> bool:
    """Whether a combining mark is kept: after a Thai or Indic letter, also across the
    spelling marks of a word spelled out ("ล.ิ.่น")."""
    for char, _ in reversed(out):
        if char in SPELLING_MARKS:
            continue
        return _keeps_mark(char)
    return False


def fold_chars(text: str) -> list[tuple[str, int]]:
    """Case-, width- and accent-folded characters of ``text`` with their original index."""
    out: list[tuple[str, int]] = []
    for index, char in enumerate(text):
        if char == " " and _split_stretch(text, index):
            continue  # "كـ ـاراكـ ـال": a word stretched with tatweel and split apart
        if char.isascii():
            out.append((char.lower(), index))
            continue
        if char in _IGNORED:
            continue
        if char == _THAI_E and out and out[-1] == (_THAI_E, index - 1):
            out[-1] = (_THAI_AE, index - 1)  # "เเ" typed for "แ": one letter
            continue
        char = _TRADITIONAL.get(char, char)
        lowered = char.casefold()
        if lowered in SPECIAL_LETTERS:
            for piece in SPECIAL_LETTERS[lowered]:
                out.append((piece, index))
            continue
        decomposed = unicodedata.normalize("NFKD", lowered)
        for piece in decomposed:
            if unicodedata.combining(piece) and not _mark_base(out):
                continue
            mapped = SPECIAL_LETTERS.get(piece, piece)
            for sub in mapped.casefold():
                out.append((sub, index))
    return out


def _is_word_char(char: str) -> bool:
    if char in WORD_SYMBOLS:
        return True
    if char.isalnum():
        return True
    return unicodedata.category(char) in ("Mn", "Mc")


def _script_change(previous: str, char: str) -> bool:
    """Latin letters or digits glued to a script written without spaces ("XY手串")."""
    if previous.isascii() == char.isascii():
        return False
    other = char if previous.isascii() else previous
    return bool(_NO_SPACE_SCRIPT.match(other))


def _tokens(chars: list[tuple[str, int]]) -> list[tuple[list[tuple[str, int]], str]]:
    """Split into word tokens; each with the kind of separator that preceded it."""
    tokens: list[tuple[list[tuple[str, int]], str]] = []
    current: list[tuple[str, int]] = []
    separator = "start"
    pending = ""
    for position, (char, index) in enumerate(chars):
        if _symbol_mark(chars, position):
            pending = _separator_kind(pending, ".")  # "犀✪角", "象★牙": a spelling mark
            if current:
                tokens.append((current, separator))
                current = []
            continue
        if unicodedata.category(char) == "So":  # an emoji or symbol is a token of its own
            if current:
                tokens.append((current, separator))
            tokens.append(([(char, index)], pending or "space"))
            current, pending, separator = [], "", "space"
            continue
        if _is_word_char(char):
            if current and _script_change(current[-1][0], char):
                tokens.append((current, separator))  # "XY手串", "犀jiao": two words
                current, separator = [], "space"
            if not current:
                separator = pending or separator
                pending = ""
            current.append((char, index))
            continue
        if current:
            tokens.append((current, separator))
            current = []
            pending = ""
        pending = _separator_kind(pending, char)
    if current:
        tokens.append((current, separator))
    return tokens


def _symbol_mark(chars: list[tuple[str, int]], position: int) -> bool:
    """A dingbat or geometric symbol (★, ✪, ●; not an emoji picture) written between two
    characters of a script without spaces: a mark splitting a word, as "." in "象.牙"."""
    char = chars[position][0]
    if unicodedata.category(char) != "So" or ord(char) >= 0x1F000:
        return False
    if position == 0 or position + 1 >= len(chars):
        return False
    return all(_NO_SPACE_SCRIPT.match(chars[side][0])
               for side in (position - 1, position + 1))


# Marks sellers put between the letters of a word they spell out ("i.v.o.r.y", "穿*山*甲").
SPELLING_MARKS = frozenset(".-*_·•~/\\+#'`^=")


def _separator_kind(pending: str, char: str) -> str:
    """The kind of separator so far after one more separating character: ``punct`` (only
    spelling marks, as in "i.v.o.r.y"), ``space`` (only spaces) or ``break`` (a line break,
    other punctuation such as brackets and commas, or marks and spaces together, as between
    sentences or a title and its text)."""
    if pending == "break" or char in "\n\r":
        return "break"
    if char.isspace():
        kind = "space"
    elif char in SPELLING_MARKS:
        kind = "punct"
    else:
        return "break"
    if pending and pending != kind:
        return "break"
    return kind


def _spellable(chars: list[tuple[str, int]]) -> bool:
    """A one-character token that may be part of a word spelled out letter by letter."""
    return len(chars) == 1 and (chars[0][0].isascii() or chars[0][0].isalpha())


def _unspaced(chars: list[tuple[str, int]]) -> bool:
    """A token written in a script without spaces between words (Chinese, Japanese, Thai...)."""
    return all(_NO_SPACE_SCRIPT.match(char) or _is_mark(char) for char, _ in chars)


def _is_mark(char: str) -> bool:
    return unicodedata.category(char).startswith("M")


def _one_letter(chars: list[tuple[str, int]]) -> bool:
    """One letter, with its combining marks ("ลิ่")."""
    return sum(1 for char, _ in chars if not _is_mark(char)) == 1


def _joins_unspaced(left: list[tuple[str, int]], token: tuple[list[tuple[str, int]], str]) -> bool:
    """Whether an unspaced-script token continues the one before: across spelling marks
    ("象.牙", "穿*山*甲") always, across spaces only letter by letter ("น อ แ ร ด"), since a
    space or a bracket between two words of these scripts is a real boundary."""
    chars, separator = token
    if not _unspaced(chars):
        return False
    if separator == "punct":
        return True
    return separator == "space" and _one_letter(chars) and _one_letter(left)


def _join_spelled(tokens: list[tuple[list[tuple[str, int]], str]]) -> list[list[tuple[str, int]]]:
    """Join words spelled out to slip past filters.

    - Runs of one-character tokens: 'r.h.' -> 'rh', 'i v o r y' -> 'ivory'. When a run has both
      dots and spaces ('v.a.y t.e t.e'), the dots join letters and the spaces part words
      ('vay te te'). A line break, or punctuation with a space, ends a run.
    - Neighbouring tokens of scripts written without spaces are one token: '象.牙' and '象 牙'
      read as '象牙', 'น อ แ ร ด' as 'นอแรด' (terms in those scripts are found as substrings).
    """
    joined: list[list[tuple[str, int]]] = []
    position = 0
    while position < len(tokens):
        chars, _ = tokens[position]
        end = position + 1
        if _unspaced(chars):
            merged = list(chars)
            while end < len(tokens) and _joins_unspaced(tokens[end - 1][0], tokens[end]):
                merged.extend(tokens[end][0])
                end += 1
            joined.append(merged)
            position = end
            continue
        if _spellable(chars):
            while (end < len(tokens) and _spellable(tokens[end][0])
                   and tokens[end][1] in ("punct", "space")):
                end += 1
            run = tokens[position:end]
            kinds = {separator for _, separator in run[1:]}
            if kinds == {"punct", "space"}:
                group: list[tuple[str, int]] = []
                for token, separator in run:
                    if separator == "space" and group:
                        joined.append(group)
                        group = []
                    group.extend(token)
                joined.append(group)
                position = end
                continue
            count = end - position
            if count >= 3 or (count == 2 and kinds == {"punct"}):
                joined.append([pair for token, _ in run for pair in token])
                position = end
                continue
            end = position + 1
        joined.append(list(chars))
        position = end
    return joined


def _collapse(chars: list[tuple[str, int]], keep: str = "") -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    for char, index in chars:
        if out and out[-1][0] == char and char.isascii() and char.isalpha() and char not in keep:
            continue
        out.append((char, index))
    return out


def _strip_article(chars: list[tuple[str, int]]) -> list[tuple[str, int]]:
    if not chars or not "\u0620" <= chars[0][0] <= "\u064a":
        return chars
    word = "".join(char for char, _ in chars)
    for article in ARABIC_ARTICLES:
        if word.startswith(article) and len(word) - len(article) >= 2:
            return chars[len(article):]
    return chars


# Punctuation glued to a word that leetspeak would read as a letter: "Axolotls!", "Tiger|Cub"
# end a word, "¡Vendo" opens a Spanish one; "p!ngolin", "|vory" and "jabut¡" keep their letter.
_CLOSING_MARKS = "!|"
_OPENING_MARKS = "¡"


def _unpunctuated(chars: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """``chars`` without the exclamation marks and bars that close it or the "¡" opening it,
    when letters remain (two at least): punctuation, not leetspeak."""
    end = len(chars)
    while end > 0 and chars[end - 1][0] in _CLOSING_MARKS:
        end -= 1
    start = 0
    while start < end and chars[start][0] in _OPENING_MARKS:
        start += 1
    if (start, end) == (0, len(chars)) or sum(char.isalpha() for char, _ in
                                               chars[start:end]) < 2:
        return chars
    return chars[start:end]


def _canonical_token(chars: list[tuple[str, int]]) -> list[tuple[str, int]]:
    chars = _strip_article(chars)
    if not any(char.isascii() and char.isalpha() for char, _ in chars):
        return chars  # digits are read as letters only among Latin letters ("iv0ry", not "85克")
    chars = _unpunctuated(chars)
    chars = _collapse(chars)
    chars = [(LEET.get(char, char), index) for char, index in chars]
    return _collapse(chars, keep="i")


@lru_cache(maxsize=65536)
def _canonical_word(word: str) -> tuple[str, tuple[int, ...]]:
    """A token's canonical form and, per kept character, its offset in the token (cached:
    listings repeat the same words)."""
    canonical = _canonical_token([(char, offset) for offset, char in enumerate(word)])
    return "".join(char for char, _ in canonical), tuple(offset for _, offset in canonical)


# Han, kana, Thai, Lao, Myanmar and Khmer letters: scripts written without spaces between words.
_NO_SPACE_SCRIPT = re.compile(
    "[\u2e80-\u2fdf\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
_ASCII_WORD = re.compile(r"[a-z0-9@$|!]+")


def _gap_kind(gap: str) -> str:
    """:func:`_separator_kind` of a whole gap between two words."""
    kind = ""
    for char in gap:
        kind = _separator_kind(kind, char)
    return kind or "space"


def _ascii_tokens(text: str) -> list[tuple[list[tuple[str, int]], str]]:
    """:func:`_tokens` of :func:`fold_chars` for ASCII text, with regexes (the common case)."""
    lowered = text.lower()
    tokens: list[tuple[list[tuple[str, int]], str]] = []
    previous = 0
    for match in _ASCII_WORD.finditer(lowered):
        start, end = match.span()
        at_start = not tokens and start == 0
        separator = "start" if at_start else _gap_kind(lowered[previous:start])
        tokens.append((list(zip(lowered[start:end], range(start, end), strict=True)), separator))
        previous = end
    return tokens


def skeleton(text: str) -> Skeleton:
    """The canonical form of ``text`` (see the module docstring) with its index map."""
    raw = _ascii_tokens(text) if text.isascii() else _tokens(fold_chars(text))
    tokens = _join_spelled(raw)
    words: list[str] = []
    origin: list[int] = []
    for chars in tokens:
        word, offsets = _canonical_word("".join(char for char, _ in chars))
        if not word:
            continue
        if words:
            origin.append(chars[offsets[0]][1])
        words.append(word)
        origin.extend(chars[offset][1] for offset in offsets)
    return Skeleton(" ".join(words), tuple(origin), text)


def fold(text: str) -> str:
    """Just the canonical string of :func:`skeleton`."""
    return skeleton(text).text


def plain(text: str) -> str:
    """Case- and accent-folded text with single spaces (no leetspeak reading); for look-ups."""
    return " ".join("".join(char for char, _ in fold_chars(text)).split())


# Cyrillic and Greek letters drawn like Latin ones, as sellers mix them into Latin words
# ("іvоrу", "Тigеr", "саrеу") so that word lists miss them.
_HOMOGLYPHS = str.maketrans({
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d",
    "ӏ": "l", "һ": "h", "ԛ": "q", "ԝ": "w", "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M",
    "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "У": "Y", "Х": "X", "І": "I", "Ј": "J",
    "Ѕ": "S", "α": "a", "ο": "o", "ν": "v", "ι": "i", "κ": "k", "ρ": "p", "τ": "t", "υ": "u",
    "Α": "A", "Β": "B", "Ε": "E", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
    "Ρ": "P", "Τ": "T", "Χ": "X", "Υ": "Y", "Ζ": "Z",
    # letters drawn for their shape in "faux Cyrillic" and "faux Greek" lettering ("TIGΣR",
    # "CLΛW", "IVОЯY")
    "Σ": "E", "Ξ": "E", "ε": "e", "Λ": "A", "λ": "a", "Δ": "A", "Π": "N", "Θ": "O", "Φ": "O",
    "Ω": "W", "ω": "w", "Я": "R", "я": "r", "И": "N", "и": "n", "Д": "A", "д": "a", "Ш": "W",
    "ш": "w", "Ц": "U", "ц": "u", "Ч": "Y", "Б": "B",
})
# Latin small capitals ("ᴘᴀɴɢᴏʟɪɴ"), which no case or compatibility folding maps, and letters of
# other scripts drawn like Latin ones (Coptic "ⲣ", Armenian "օ", Cherokee "Ꭵ"): read as the Latin
# letter in any word, since no seller writes a word of the nine languages with them
_LATIN_SHAPES = str.maketrans({
    "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ғ": "f", "ɢ": "g", "ʜ": "h", "ɪ": "i",
    "ᴊ": "j", "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ǫ": "q", "ʀ": "r",
    "ꜱ": "s", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ʏ": "y", "ᴢ": "z",
    "ⲁ": "a", "ⲃ": "b", "ⲉ": "e", "ⲓ": "i", "ⲕ": "k", "ⲙ": "m", "ⲛ": "n", "ⲟ": "o", "ⲣ": "p",
    "ⲥ": "c", "ⲧ": "t", "ⲩ": "y", "ⲭ": "x",
    "օ": "o", "ս": "u", "ո": "n", "հ": "h", "ց": "g", "ք": "p", "զ": "q", "ѵ": "v",
    "Ꭵ": "i", "Ꭺ": "a", "Ꮯ": "c", "Ꭼ": "e", "Ꮋ": "h", "Ꮃ": "w", "Ꮪ": "s", "Ꭲ": "t", "Ꮢ": "r",
})
# a word of letters and digits ("т1ger": a Cyrillic letter beside a leetspeak digit)
_LETTERS_RUN = re.compile(r"[^\W_]+")
# a capital I between small letters, for an l: "pangoIin"
_CAPITAL_I = re.compile(r"(?<=[a-z])I(?=[a-z])")


# emoji pictures with their variation selectors and joiners (not letters, not dingbat marks)
_PICTURES_RUN = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]+")


def _letter_or_mark(char: str) -> bool:
    return bool(char) and (char.isalpha() or unicodedata.category(char) in ("Mn", "Mc"))


def _non_latin_letter(char: str) -> bool:
    return char.isalpha() and not char.isascii() and not unicodedata.name(
        char, "").startswith("LATIN")


def unmask(text: str) -> str:
    """``text`` with the masks a seller puts inside a word undone, for a second reading:
    Cyrillic or Greek look-alike letters in a word that also has Latin letters ("іvоrу" ->
    "ivory"), a capital I between small letters ("pangoIin"), an emoji picture between two
    letters of a word ("Cava🌊lo", "ลิ🐒งลม"), Latin small capitals and letters of other
    scripts drawn like Latin ones ("ᴘᴀɴɢᴏʟɪɴ", "ⲣangolin"). Words written wholly in Cyrillic or
    Greek are left alone. Returns ``text`` itself when nothing was masked."""
    def latinise(match: re.Match[str]) -> str:
        word = match.group(0)
        if not any(char.isascii() and char.isalpha() for char in word) or word.isascii():
            return word
        swapped = word.translate(_HOMOGLYPHS)
        # Latin letters with accents stay ("сhimраnzé"); a Cyrillic or Greek letter left over
        # means the word was not Latin after all
        return word if any(_non_latin_letter(char) for char in swapped) else swapped

    out = _CAPITAL_I.sub("l", _LETTERS_RUN.sub(latinise, text.translate(_LATIN_SHAPES)))
    joined = _PICTURES_RUN.sub(
        lambda run: "" if _letter_or_mark(out[run.start() - 1:run.start()])
        and _letter_or_mark(out[run.end():run.end() + 1]) else run.group(0), out)
    return text if joined == text else joined
