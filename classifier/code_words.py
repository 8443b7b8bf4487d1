"""Code words learned from triage: terms that recur in listings investigators confirmed as
offers although the lexicon found no taxon in them, that no dismissed listing and almost no
other text uses, and that the lexicon does not read yet.

Sellers coin code words so that word lists miss them; investigators meet them first. This module
turns their confirmations into candidates for the lexicon (``wildtrace lexicon suggest``). It
proposes, it does not decide: an operator reads each candidate with its example listings and
adds the true ones to a lexicon file with the taxon they imply (``extractors/species/README.md``).

Terms are word n-grams (1-3 words) of the accent-folded text in scripts that space words, and
runs of 2-4 characters in Chinese and Thai, which do not.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from classifier.cues import LIVE_WORDS, OFFER_WORDS, PRICE_RE, VEILED_WORDS, WANTED_WORDS
from classifier.features import SpeciesSource
from extractors.normalize import plain

#: Decisions that make a listing an offer, and those that make it harmless.
CONFIRMED = frozenset({"confirm"})
DISMISSED = frozenset({"dismiss"})

_UNSPACED = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf\u0e00-\u0e7f]+")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)
_MIN_LATIN_LETTERS = 3
_THAI_FOLLOWING = frozenset(chr(code) for code in
                            [*range(0x0E30, 0x0E3B), 0x0E45, *range(0x0E47, 0x0E4F)])
_THAI_LEADING = frozenset(chr(c) for c in range(0x0E40, 0x0E45))


@dataclass
class CodeWordSuggestion:
    """A candidate code word and the confirmed listings it came from."""

    term: str
    lang: str
    confirmed: int
    examples: list[str] = field(default_factory=list)  # titles of confirmed listings


def suggest_code_words(decisions: Iterable[Sequence[str | None]], species: SpeciesSource,
                       background: Iterable[tuple[str, str | None]] = (), *,
                       min_listings: int = 2, max_background_share: float = 0.002,
                       limit: int = 50) -> list[CodeWordSuggestion]:
    """Candidates from ``decisions`` ((title, text, language, decision), as the store's
    ``training_decisions()`` gives them): terms in at least ``min_listings`` confirmed listings
    of one language where the lexicon names no taxon (the offers it could not explain), in no
    dismissed listing, in at most ``max_background_share`` of the ``background`` texts
    ((text, language): the labelled corpus, say), that are not ordinary offer, buyer or
    veiled-trade wording and that the lexicon does not read. Most confirmed listings first; a
    term inside a longer candidate found in the same listings is left out."""
    found: dict[tuple[str, str], set[int]] = defaultdict(set)
    titles: dict[int, str] = {}
    banned: set[str] = set(_ordinary_words())
    for number, (title, text, lang, decision) in enumerate(decisions):
        terms = candidate_terms(f"{title or ''}\n{text or ''}")
        if decision in DISMISSED:
            banned |= terms
        elif decision in CONFIRMED and not species.find(
                f"{title or ''}\n{text or ''}", lang or None).mentions:
            titles[number] = (title or text or "")[:80]
            for term in terms:
                found[(term, lang or "")].add(number)
    common = _common_terms(background, max_background_share)
    kept = {key: rows for key, rows in found.items()
            if len(rows) >= min_listings and key[0] not in banned and key[0] not in common
            and not _read_by_lexicon(species, key[0], key[1] or None)}
    out = [CodeWordSuggestion(term, lang, len(rows), [titles[row] for row in sorted(rows)[:3]])
           for (term, lang), rows in kept.items()
           if not _inside_longer(term, lang, rows, kept)]
    out.sort(key=lambda s: (-s.confirmed, -len(s.term), s.term))
    return out[:limit]


def candidate_terms(text: str) -> set[str]:
    """Word 1-3-grams (letters only, accent-folded) and 2-4-character runs of Chinese and
    Thai, without prices."""
    folded = plain(PRICE_RE.sub(" ", text))
    terms: set[str] = set()
    for line in folded.splitlines() or [folded]:
        words = _WORD.findall(_UNSPACED.sub(" ", line))
        for size in (1, 2, 3):
            for start in range(len(words) - size + 1):
                gram = words[start:start + size]
                if sum(len(word) for word in gram) >= _MIN_LATIN_LETTERS:
                    terms.add(" ".join(gram))
        for run in _UNSPACED.findall(line):
            for size in (2, 3, 4):
                terms.update(gram for i in range(len(run) - size + 1)
                             if _whole_thai(gram := run[i:i + size]))
    return terms


def _whole_thai(gram: str) -> bool:
    """False for a Thai run cut inside a syllable: starting on a vowel or tone mark that
    follows its consonant, or ending on a vowel written before one (Chinese runs are kept)."""
    return not (gram[0] in _THAI_FOLLOWING or gram[-1] in _THAI_LEADING)


def _ordinary_words() -> set[str]:
    """Offer, buyer and live-animal wording of every language: sellers' words, not codes."""
    words: set[str] = set()
    for table in (OFFER_WORDS, WANTED_WORDS, LIVE_WORDS, VEILED_WORDS):
        for entries in table.values():
            words.update(plain(word.rstrip("*")) for word in entries)
    return words


def _common_terms(background: Iterable[tuple[str, str | None]], share: float) -> set[str]:
    """Terms in more than ``share`` of the background texts (and at least two of them)."""
    counts: dict[str, int] = defaultdict(int)
    total = 0
    for text, _lang in background:
        total += 1
        for term in candidate_terms(text):
            counts[term] += 1
    limit = max(1.0, share * total)
    return {term for term, count in counts.items() if count > limit}


def _read_by_lexicon(species: SpeciesSource, term: str, lang: str | None) -> bool:
    findings = species.find(term, lang)
    return bool(findings.mentions or findings.code_words or findings.product_terms)


def _inside_longer(term: str, lang: str, rows: set[int],
                   kept: dict[tuple[str, str], set[int]]) -> bool:
    """True when a longer kept candidate of the same language contains ``term`` and comes
    from the same listings."""
    return any(other != term and other_lang == lang and term in other and other_rows == rows
               for (other, other_lang), other_rows in kept.items())
