"""Lexicon and wording features of one listing, and the evidence they rest on (for reasons).

Species, product terms, code words and negative cues come from a :class:`SpeciesSource`; the
default one is the extractors' lexicon (``extractors.species``). Unit tests pass their own.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from classifier.cues import ARABIC_PRICE_RE, PRICE_RE, WordingCues, read_wording
from classifier.exceptions import ModelLoadError
from wildtrace.models import SpeciesMention

logger = logging.getLogger(__name__)

FEATURE_NAMES: tuple[str, ...] = (
    "species", "appendix_i", "appendix_ii_iii", "product_or_code", "code_word",
    "lexicon_negative", "lookalike_words", "offer_wording", "price", "wanted_wording",
    "report_wording", "obfuscation",
)


class Findings(Protocol):
    """What a species source returns (``extractors.species.SpeciesFindings`` has this shape)."""

    mentions: list[SpeciesMention]
    negative_cues: list[str]
    product_terms: list[str]
    code_words: list[str]


class SpeciesSource(Protocol):
    """Where species come from: the lexicon matcher, or a fake in unit tests."""

    def find(self, text: str, lang: str | None) -> Findings: ...

    def kingdom_and_group(self, scientific_name: str) -> tuple[str, str]: ...


class LexiconSpecies:
    """The extractors' CITES lexicon and matcher."""

    def __init__(self) -> None:
        try:
            from extractors.species import find_species, load_lexicon
        except ImportError as exc:
            raise ModelLoadError(
                "the species lexicon (extractors.species) is not available: "
                f"{exc}") from exc
        self._find = find_species
        self._lexicon: Any = load_lexicon()

    def find(self, text: str, lang: str | None) -> Findings:
        findings: Findings = self._find(text, lang)
        return findings

    def kingdom_and_group(self, scientific_name: str) -> tuple[str, str]:
        taxon = self._lexicon.taxa.get(scientific_name)
        if taxon is None:
            return "Animalia", ""
        return str(taxon.kingdom), str(taxon.group)


@dataclass
class ListingEvidence:
    """Everything the features were computed from, kept to write the reasons."""

    mentions: list[SpeciesMention] = field(default_factory=list)
    negative_cues: list[str] = field(default_factory=list)
    product_terms: list[str] = field(default_factory=list)
    code_words: list[str] = field(default_factory=list)
    wording: WordingCues = field(default_factory=WordingCues)
    price_given: bool = False
    sense_only: bool = False  # every taxon name is used in another sense (colour, brand...)
    clean_item: str | None = None  # a line of a list that offers a listed taxon on its own

    def vector(self) -> list[float]:
        appendices = {part for m in self.mentions for part in m.cites_appendix.split("/")}
        via_product = any(m.match_kind in ("product", "code_word") for m in self.mentions)
        lookalike = len(self.wording.lookalike)
        return [
            float(bool(self.mentions)),
            float("I" in appendices),
            float(bool(appendices) and "I" not in appendices),
            float(bool(self.product_terms or self.code_words) or via_product),
            float(bool(self.code_words)),
            min(len(self.negative_cues), 3) / 3.0,
            min(lookalike, 3) / 3.0,
            float(self.wording.offer is not None),
            float(self.price_given),
            float(self.wording.wanted is not None),
            float(self.wording.report is not None),
            float(self.wording.obfuscation is not None),
        ]


# A seller's e-mail address or link, also written with spaces ("buche.ensenada @ gmail.com"): an
# identifier, not wording of the listing; a trade word inside it describes nothing sold.
_CONTACT_RE = re.compile(r"[\w.+-]+\s?@\s?[\w-]+(?:\.[\w-]+)+|https?://\S+|www\.\S+")


def gather(source: SpeciesSource, text: str, lang: str | None,
           price: float | None = None) -> ListingEvidence:
    """Read one listing's text (title and description joined); the species matcher does not
    read its e-mail addresses and links."""
    findings = source.find(_CONTACT_RE.sub(" ", text), lang)
    wording = read_wording(text, lang)
    clean = None
    if findings.mentions and findings.negative_cues and not (wording.wanted or wording.report):
        clean = clean_item(source, text, lang, list(findings.negative_cues))
    return ListingEvidence(
        mentions=list(findings.mentions), negative_cues=list(findings.negative_cues),
        product_terms=list(findings.product_terms), code_words=list(findings.code_words),
        wording=wording, price_given=price is not None or wording.price is not None,
        sense_only=bool(getattr(findings, "sense_only", False)), clean_item=clean)


# A shop's list: one item per line, often behind a bullet. A cue of one item (a plush toy, a
# budgie, a resin bead) says nothing of the line beside it that sells dried seahorses.
_BULLET = re.compile(r"^[\s\-*•·▪◦●○✔✅☑➤►▶→>+]+")
_BARE_PRICE = re.compile(r"(?<![\d.,])\d{3,}(?:[.,]\d{3})*\s*$")
LIST_MIN_LINES = 3
# Cues that speak for the whole listing wherever they stand ("sold without the bird").
_LISTING_CUES = frozenset({"accessory only"})


def clean_item(source: SpeciesSource, text: str, lang: str | None,
               cues: list[str]) -> str | None:
    """In a list of at least three lines, the first line that names a listed taxon with a price
    of its own and no negative cue of its own; None otherwise, or when a cue that speaks for the
    whole listing ("accessory only") is present."""
    if _LISTING_CUES & set(cues):
        return None
    lines = [_BULLET.sub("", line).strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    if len(lines) < LIST_MIN_LINES:
        return None
    for line in lines:
        if not (PRICE_RE.search(line) or ARABIC_PRICE_RE.search(line)
                or _BARE_PRICE.search(line)):
            continue
        found = source.find(line, lang)
        if found.mentions and not found.negative_cues and not getattr(found, "sense_only",
                                                                         False):
            return line
    return None


def ngram_matrix(texts: Sequence[str], dims: int) -> Any:
    """Hashed character 1-3 grams, L2-normalised: script-independent surface features that
    help where MiniLM's English word pieces see little (zh, th, ar)."""
    import zlib

    import numpy as np

    out = np.zeros((len(texts), dims), dtype=np.float32)
    for row, text in enumerate(texts):
        folded = " ".join(text.casefold().split())
        for size in (1, 2, 3):
            for start in range(len(folded) - size + 1):
                gram = folded[start:start + size]
                if gram.strip():
                    out[row, zlib.crc32(gram.encode("utf-8")) % dims] += 1.0
        norm = float(np.linalg.norm(out[row]))
        if norm:
            out[row] /= norm
    return out


def feature_matrix(evidence: Sequence[ListingEvidence]) -> Any:
    """A float32 numpy array (len(evidence), len(FEATURE_NAMES))."""
    import numpy as np

    return np.asarray([e.vector() for e in evidence], dtype=np.float32).reshape(
        len(evidence), len(FEATURE_NAMES))
