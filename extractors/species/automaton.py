"""A compiled term set: every lexicon term in skeleton form, found leftmost-longest.

Terms in scripts written with spaces match whole tokens of the skeleton ("ivory" but not
"ivorycoast"): they sit in a hash table keyed by their token sequence, and a scan looks up, at
each token that starts some term, the longest run of following tokens that is a term. That costs
a few dictionary look-ups per token whatever the size of the lexicon (tens of thousands of terms
after a checklist import).

Terms in Chinese, Japanese, Thai, Lao, Khmer, Burmese and emoji are looked for anywhere, with one
trie-shaped regex (``iv(?:ory|oire)``): Python's ``re`` then follows only the branches that still
match, which behaves like an Aho-Corasick automaton at C speed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

_END = ""
Trie = dict[str, "Trie"]


@dataclass(frozen=True)
class Entry:
    """What one term means: a taxon name, a product, a code word, a negative cue or an emoji."""

    kind: str  # scientific | synonym | common | product | code_word | negative | emoji
    target: str  # taxon scientific name, product id, code word, cue id
    language: str | None
    term: str  # the term as written in the lexicon
    strict: bool = False


def unbounded(term: str) -> bool:
    """True when a term is in a script written without spaces (or is an emoji)."""
    for char in term:
        code = ord(char)
        if (0x0E00 <= code <= 0x0EFF or 0x1000 <= code <= 0x109F or 0x1780 <= code <= 0x17FF
                or 0x2E80 <= code <= 0x9FFF or 0xAC00 <= code <= 0xD7AF or 0xF900 <= code <= 0xFAFF
                or 0x20000 <= code <= 0x2FFFF):
            return True
        if unicodedata.category(char) == "So":
            return True
    return False


def _trie_pattern(words: Iterable[str]) -> str:
    trie: Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _node_pattern(trie) if trie else "(?!)"


def _node_pattern(node: Trie) -> str:
    ends = _END in node
    branches = [re.escape(char) + _node_pattern(child)
                for char, child in sorted(node.items()) if char != _END]
    if not branches:
        return ""
    if len(branches) == 1:
        body = branches[0]
        grouped = f"(?:{body})" if len(body) > 1 and ends else body
    else:
        grouped = "(?:" + "|".join(branches) + ")"
    return grouped + "?" if ends else grouped


_TOKEN = re.compile(r"\S+")


class Automaton:
    """All terms of a lexicon, compiled; :meth:`scan` yields (start, end, entries)."""

    def __init__(self, entries: dict[str, list[Entry]]) -> None:
        self.entries = entries
        free = [term for term in entries if term and unbounded(term)]
        free_set = set(free)
        bounded = [term for term in entries if term and term not in free_set]
        self._first_tokens = {term.split(" ", 1)[0] for term in bounded}
        self._max_tokens = max((term.count(" ") + 1 for term in bounded), default=1)
        self._bounded = frozenset(bounded)
        self._free = re.compile(_trie_pattern(free))

    def __len__(self) -> int:
        return len(self.entries)

    def _bounded_spans(self, text: str) -> list[tuple[int, int]]:
        tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
        spans: list[tuple[int, int]] = []
        count = len(tokens)
        for index, (start, end) in enumerate(tokens):
            if text[start:end] not in self._first_tokens:
                continue
            for length in range(min(self._max_tokens, count - index), 0, -1):
                stop = tokens[index + length - 1][1]
                if text[start:stop] in self._bounded:
                    spans.append((start, stop))
                    break
        return spans

    def scan(self, text: str) -> Iterator[tuple[int, int, list[Entry]]]:
        """Leftmost-longest matches in text order; a match inside an earlier one is dropped
        ("tiger" in "tiger balm"), one that runs past its end is kept ("aletas de [tiburón]
        martillo" gives the product and the hammerhead)."""
        found = self._bounded_spans(text)
        if not text.isascii():  # CJK, Thai and emoji terms are never ASCII
            found += [(m.start(), m.end()) for m in self._free.finditer(text)
                      if m.end() > m.start()]
        found.sort(key=lambda span: (span[0], -span[1]))
        last_end = -1
        for start, end in found:
            if end <= last_end:
                continue
            last_end = end
            yield start, end, self.entries[text[start:end]]
