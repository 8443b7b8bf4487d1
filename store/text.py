"""Words for full-text search, the same on SQLite, PostgreSQL and Elasticsearch.

Text is folded once, here, into a list of terms; every backend then only matches exact terms
(FTS5 tokens, a PostgreSQL ``text[]``, an Elasticsearch ``keyword`` array). So a query finds
the same listings whichever backend answers it.

- NFKC (full-width Latin and digits become ASCII), then case folding.
- Accents are removed from Latin, Greek and Cyrillic letters (``tortue`` finds ``tortüe``), but
  kept where the mark is part of the letter (Devanagari, Thai...).
- Words are runs of letters, marks and digits. Scripts written without spaces (Chinese,
  Japanese, Thai, Lao, Khmer, Myanmar) give every single character and every pair of
  neighbouring characters as terms, so ``象牙`` (ivory) and ``犀牛角`` (rhino horn: pairs
  ``犀牛`` + ``牛角``) are found inside longer runs without a dictionary.
"""

from __future__ import annotations

import itertools
import re
import unicodedata

_NO_SPACE_RANGES: tuple[tuple[int, int], ...] = (
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0x20000, 0x3FFFF),  # CJK extensions B..
)
MAX_TERM_LENGTH = 64
_ASCII_WORD = re.compile(r"[a-z0-9]+")


def _no_space(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _NO_SPACE_RANGES)


def fold_text(text: str) -> str:
    """NFKC, case-folded, without accents on Latin/Greek/Cyrillic letters."""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKC", text).casefold()
    out: list[str] = []
    for char in unicodedata.normalize("NFD", text):
        if unicodedata.combining(char) and out and ord(out[-1][-1]) < 0x0530:
            continue
        out.append(char)
    return unicodedata.normalize("NFC", "".join(out))


def _words(text: str) -> list[str]:
    """Letter/mark/digit runs: a word is a maximal run of word characters or combining marks."""
    if text.isascii():
        return _ASCII_WORD.findall(text)
    words: list[str] = []
    current: list[str] = []
    for char in text:
        category = unicodedata.category(char)
        if category[0] in "LMN":
            current.append(char)
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    return words


def _split_word(word: str) -> tuple[list[str], list[str], list[str]]:
    """Terms of one word: (whole words, single characters, character pairs).

    Runs of no-space script give single characters and neighbouring pairs; the rest of the
    word is kept whole.
    """
    if word.isascii():
        return [word[:MAX_TERM_LENGTH]], [], []
    whole: list[str] = []
    singles: list[str] = []
    pairs: list[str] = []
    run: list[str] = []
    rest: list[str] = []

    def flush_run() -> None:
        singles.extend(run)
        pairs.extend(a + b for a, b in itertools.pairwise(run))
        run.clear()

    def flush_rest() -> None:
        if rest:
            whole.append("".join(rest)[:MAX_TERM_LENGTH])
            rest.clear()

    for char in word:
        mark = unicodedata.category(char)[0] == "M"
        if _no_space(char) and not mark:
            flush_rest()
            run.append(char)
        elif mark and run:
            run[-1] += char  # a Thai vowel or tone sign belongs to the consonant before it
        else:
            flush_run()
            rest.append(char)
    flush_run()
    flush_rest()
    return whole, singles, pairs


def index_terms(*texts: str | None) -> list[str]:
    """The distinct terms under which a listing with these texts is found, in first-seen order."""
    seen: dict[str, None] = {}
    for text in texts:
        if not text:
            continue
        for word in _words(fold_text(text)):
            whole, singles, pairs = _split_word(word)
            for term in (*whole, *singles, *pairs):
                seen.setdefault(term, None)
    return list(seen)


def search_terms(query: str) -> list[str]:
    """Terms a listing must all contain to match ``query``.

    A run of no-space script is matched by its pairs (or by the character alone when it is a
    single character), not by every single character, so the query stays selective.
    """
    terms: dict[str, None] = {}
    for word in _words(fold_text(query)):
        whole, singles, pairs = _split_word(word)
        for term in (*whole, *(pairs or singles)):
            terms.setdefault(term, None)
    return list(terms)
