"""A compiled term set: every lexicon term in skeleton form, as two trie-shaped regexes.

Python's ``re`` walks an alternation of thousands of words one alternative at a time; shaped as a
trie (``iv(?:ory|oire)``) it only follows the branches that still match, which gives the behaviour
of an Aho-Corasick automaton (leftmost, then longest match) at C speed.

Terms in scripts written with spaces get word boundaries ("ivory" but not "ivorycoast"); terms
in Chinese, Japanese, Thai, Lao, Khmer, Burmese and emoji are looked for anywhere.
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


class Automaton:
    """All terms of a lexicon, compiled; :meth:`scan` yields (start, end, entries)."""

    def __init__(self, entries: dict[str, list[Entry]]) -> None:
        self.entries = entries
        bounded = [term for term in entries if term and not unbounded(term)]
        free = [term for term in entries if term and unbounded(term)]
        self._bounded = re.compile(r"(?<!\w)" + _trie_pattern(bounded) + r"(?!\w)")
        self._free = re.compile(_trie_pattern(free))

    def __len__(self) -> int:
        return len(self.entries)

    def scan(self, text: str) -> Iterator[tuple[int, int, list[Entry]]]:
        """Non-overlapping matches in a skeleton text, leftmost-longest, in text order."""
        found = [(m.start(), m.end()) for m in self._bounded.finditer(text) if m.end() > m.start()]
        found += [(m.start(), m.end()) for m in self._free.finditer(text) if m.end() > m.start()]
        found.sort(key=lambda span: (span[0], -span[1]))
        last_end = -1
        for start, end in found:
            if start < last_end:
                continue
            last_end = end
            yield start, end, self.entries[text[start:end]]
