"""Descriptions written from one text: MinHash signatures and locality-sensitive hashing."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator

from networks.settings import (
    NETWORK_MINHASH_PERMUTATIONS,
    NETWORK_SHINGLE_WORDS,
    NETWORK_WORDING_MIN_SHARED,
    NETWORK_WORDING_MIN_WORDS,
    NETWORK_WORDING_THRESHOLD,
)

_WORD = re.compile(r"\w+", re.UNICODE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")


def tokens(text: str) -> list[str]:
    """Words, lower-cased and without accents; CJK and Thai as single characters."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    out: list[str] = []
    for word in _WORD.findall(folded):
        if _CJK.search(word):
            out.extend(ch for ch in word if not ch.isspace())
        else:
            out.append(word)
    return out


def shingles(text: str, size: int = NETWORK_SHINGLE_WORDS) -> set[str]:
    return _shingle_words(tokens(text), size)


def _shingle_words(words: list[str], size: int = NETWORK_SHINGLE_WORDS) -> set[str]:
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def overlap(a: set[str], b: set[str]) -> float:
    """Share of the smaller set found in the other (1.0: one text contains the other)."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def similar_pairs(texts: Iterable[tuple[int, str]],
                  threshold: float = NETWORK_WORDING_THRESHOLD,
                  min_words: int = NETWORK_WORDING_MIN_WORDS
                  ) -> Iterator[tuple[int, int, float]]:
    """Yield ``(key_a, key_b, overlap)`` for texts sharing most of their shingles.

    Candidates come from MinHash LSH at a low Jaccard threshold (a copied text with an edited
    ending has a modest Jaccard similarity); each is then confirmed by the exact overlap.
    """
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=0.3,
                     num_perm=NETWORK_MINHASH_PERMUTATIONS)
    template = MinHash(num_perm=NETWORK_MINHASH_PERMUTATIONS, seed=7)
    sets: dict[int, set[str]] = {}
    for key, text in texts:
        words = tokens(text)
        if len(words) < min_words:
            continue
        grams = _shingle_words(words)
        signature = MinHash(num_perm=NETWORK_MINHASH_PERMUTATIONS, seed=7,
                            permutations=template.permutations, scheme=template.scheme)
        signature.update_batch([g.encode("utf-8") for g in grams])
        for other in lsh.query(signature):
            shared = len(grams & sets[other])
            score = overlap(grams, sets[other])
            if score >= threshold and shared >= NETWORK_WORDING_MIN_SHARED:
                yield (other, key, score) if other < key else (key, other, score)
        lsh.insert(key, signature)
        sets[key] = grams
