"""The species lexicon: CITES taxa, product terms, trade code words and negative cues.

The lexicon is a set of JSON documents (format ``wildtrace-lexicon/1``) that the project curates
by hand: ``extractors/species/data/*.json``, one file per group of taxa plus ``00_core.json`` with
products, code words, negative cues and emoji. They are merged in file-name order. A single file
holding every section is a lexicon too (that is what :mod:`extractors.species.importer` writes).
"""

from __future__ import annotations

import json
import logging
import os
import time
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from extractors.exceptions import LexiconError
from extractors.normalize import plain
from extractors.species.settings import (
    SPECIES_LEXICON_ENV,
    SPECIES_LEXICON_FORMAT,
    SPECIES_LEXICON_PATH,
    SPECIES_RELOAD_CHECK_SECONDS,
)

logger = logging.getLogger(__name__)


@dataclass
class Taxon:
    """One CITES-listed taxon (species, genus, family or a named group of them)."""

    scientific_name: str
    cites_appendix: str  # "I", "II", "III", "I/II", "II/III"...
    rank: str = "species"
    group: str = ""
    kingdom: str = "Animalia"
    appendix_source: str = ""  # which Conference of the Parties / Appendices edition says so
    annotation: str = ""  # population splits, quotas, annotations (#15...)
    synonyms: list[str] = field(default_factory=list)
    names: dict[str, list[str]] = field(default_factory=dict)  # language -> common names
    products: list[str] = field(default_factory=list)  # product ids traded from it
    priority: int = 3  # 1 flagship of the illegal trade ... 3 occasionally traded

    def common_name(self, language: str = "en") -> str:
        for lang in (language, "en"):
            if self.names.get(lang):
                return self.names[lang][0]
        return self.scientific_name

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        return {key: value for key, value in data.items() if value not in ("", [], {})}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Taxon:
        try:
            return cls(**data)
        except TypeError as exc:
            raise LexiconError(f"bad taxon entry {data.get('scientific_name')!r}: {exc}") from exc


@dataclass
class Product:
    """A traded product (ivory, horn, scales...); ``implies`` names the taxa it implies alone."""

    id: str
    names: dict[str, list[str]] = field(default_factory=dict)
    implies: list[str] = field(default_factory=list)


@dataclass
class CodeWord:
    """A trade euphemism. Weak code words ("white gold") are reported but imply no taxon alone."""

    term: str
    implies: list[str] = field(default_factory=list)
    language: str | None = None
    weak: bool = False
    strict: bool = False  # must match with its diacritics (short Vietnamese words)
    note: str = ""
    # words that, near a weak code word, make it name its taxa ("white gold" + "tusk", "raw")
    context: list[str] = field(default_factory=list)


@dataclass
class NegativeCue:
    """Words that say a listing is not a wildlife product (faux, resin, plush, poster...)."""

    id: str
    names: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class AmbiguityRule:
    """A term that is often not wildlife: context words before/after/near make it a cue."""

    term: str
    cue: str
    before: list[str] = field(default_factory=list)
    after: list[str] = field(default_factory=list)
    near: list[str] = field(default_factory=list)


@dataclass
class Lexicon:
    """Everything the species matcher knows, plus provenance."""

    taxa: dict[str, Taxon]
    products: dict[str, Product] = field(default_factory=dict)
    code_words: list[CodeWord] = field(default_factory=list)
    negative_cues: list[NegativeCue] = field(default_factory=list)
    ambiguous: list[AmbiguityRule] = field(default_factory=list)
    emoji: dict[str, list[str]] = field(default_factory=dict)  # emoji -> implied taxa
    provenance: dict[str, Any] = field(default_factory=dict)
    source_path: Path | None = None
    #: Derived data (the compiled matcher); cleared by :meth:`changed`.
    derived: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def changed(self) -> None:
        """Forget derived data after the taxa, products or cues were modified in place."""
        self.derived.clear()

    def __len__(self) -> int:
        return len(self.taxa)

    def find(self, name: str) -> Taxon | None:
        """The taxon whose scientific name, synonym or common name (any language) is ``name``."""
        wanted = plain(name)
        if not wanted:
            return None
        by_rank: list[Taxon] = []
        for taxon in self.taxa.values():
            if plain(taxon.scientific_name) == wanted:
                return taxon
            labels = list(taxon.synonyms)
            labels.extend(label for names in taxon.names.values() for label in names)
            if any(plain(label) == wanted for label in labels):
                by_rank.append(taxon)
        return by_rank[0] if by_rank else None

    def to_json(self) -> dict[str, Any]:
        return {
            "format": SPECIES_LEXICON_FORMAT,
            "provenance": self.provenance,
            "taxa": [taxon.to_json() for taxon in self.taxa.values()],
            "products": [asdict(product) for product in self.products.values()],
            "code_words": [asdict(word) for word in self.code_words],
            "negative_cues": [asdict(cue) for cue in self.negative_cues],
            "ambiguous": [asdict(rule) for rule in self.ambiguous],
            "emoji": self.emoji,
        }

    def save(self, path: Path) -> None:
        """Write the lexicon as JSON, one taxon per line so that reviews and diffs stay readable."""
        data = self.to_json()
        lines = ["{"]
        keys = list(data)
        for position, key in enumerate(keys):
            comma = "," if position < len(keys) - 1 else ""
            value = data[key]
            if isinstance(value, list) and value:
                lines.append(f" {json.dumps(key)}: [")
                items = [json.dumps(item, ensure_ascii=False) for item in value]
                lines.extend(f"  {item}," for item in items[:-1])
                lines.append(f"  {items[-1]}")
                lines.append(f" ]{comma}")
            else:
                lines.append(f" {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}{comma}")
        lines.append("}")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        except OSError as exc:
            raise LexiconError(f"cannot write lexicon {path}: {exc.strerror or exc}") from exc


def lexicon_from_json(data: dict[str, Any], source: Path | None = None) -> Lexicon:
    """Build a :class:`Lexicon` from its JSON document."""
    if data.get("format") != SPECIES_LEXICON_FORMAT:
        raise LexiconError(f"{source or 'lexicon'}: not a {SPECIES_LEXICON_FORMAT} document "
                           f"(format is {data.get('format')!r})")
    try:
        taxa: dict[str, Taxon] = {}
        for entry in data.get("taxa", []):
            taxon = Taxon.from_json(entry)
            if taxon.scientific_name in taxa:
                raise LexiconError(f"{source}: taxon {taxon.scientific_name!r} appears twice")
            taxa[taxon.scientific_name] = taxon
        products = {item["id"]: Product(**item) for item in data.get("products", [])}
        lexicon = Lexicon(
            taxa=taxa,
            products=products,
            code_words=[CodeWord(**item) for item in data.get("code_words", [])],
            negative_cues=[NegativeCue(**item) for item in data.get("negative_cues", [])],
            ambiguous=[AmbiguityRule(**item) for item in data.get("ambiguous", [])],
            emoji={key: list(value) for key, value in data.get("emoji", {}).items()},
            provenance=dict(data.get("provenance", {})),
            source_path=source,
        )
    except (TypeError, KeyError, AttributeError) as exc:
        raise LexiconError(f"{source or 'lexicon'}: malformed entry ({exc})") from exc
    _check_references(lexicon)
    return lexicon


def _check_references(lexicon: Lexicon) -> None:
    implied = [name for product in lexicon.products.values() for name in product.implies]
    implied += [name for word in lexicon.code_words for name in word.implies]
    implied += [name for names in lexicon.emoji.values() for name in names]
    missing = sorted({name for name in implied if name not in lexicon.taxa})
    if missing:
        raise LexiconError(f"lexicon refers to unknown taxa: {', '.join(missing[:5])}")


def _read_document(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise LexiconError(f"{path}: no such lexicon file") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(f"{path}: cannot read lexicon ({exc})") from exc
    except json.JSONDecodeError as exc:
        raise LexiconError(f"{path}: not valid JSON (line {exc.lineno}: {exc.msg})") from exc
    if not isinstance(data, dict):
        raise LexiconError(f"{path}: a lexicon is a JSON object")
    if data.get("format") != SPECIES_LEXICON_FORMAT:
        raise LexiconError(f"{path}: not a {SPECIES_LEXICON_FORMAT} document "
                           f"(format is {data.get('format')!r})")
    return data


def merge_documents(documents: list[tuple[Path, dict[str, Any]]]) -> dict[str, Any]:
    """One lexicon document from several partial ones (list sections concatenated)."""
    merged: dict[str, Any] = {"format": SPECIES_LEXICON_FORMAT, "provenance": {}, "emoji": {}}
    for path, data in documents:
        for key, value in data.items():
            if key == "format":
                continue
            if key in ("provenance", "emoji"):
                if not isinstance(value, dict):
                    raise LexiconError(f"{path}: {key!r} must be a JSON object")
                merged[key].update(value)
            elif isinstance(value, list):
                merged.setdefault(key, []).extend(value)
            else:
                raise LexiconError(f"{path}: unknown or malformed section {key!r}")
    return merged


def read_lexicon(path: Path) -> Lexicon:
    """Read a lexicon file, or a folder of partial lexicon files merged in name order."""
    if path.is_dir():
        files = sorted(path.glob("*.json"))
        if not files:
            raise LexiconError(f"{path}: folder holds no *.json lexicon file")
        data = merge_documents([(file, _read_document(file)) for file in files])
    else:
        data = _read_document(path)
    return lexicon_from_json(data, path)


@lru_cache(maxsize=8)
def _cached(path: Path, mtime_ns: int) -> Lexicon:
    return read_lexicon(path)


_STAMPS: dict[Path, tuple[float, int]] = {}


def _stamp(target: Path) -> int:
    """The newest modification time of the lexicon's files, re-read at most every few seconds."""
    now = time.monotonic()
    checked = _STAMPS.get(target)
    if checked is not None and now - checked[0] < SPECIES_RELOAD_CHECK_SECONDS:
        return checked[1]
    try:
        stamp = target.stat().st_mtime_ns
        if target.is_dir():
            stamp = max([stamp] + [file.stat().st_mtime_ns for file in target.glob("*.json")])
    except OSError as exc:
        raise LexiconError(f"{target}: no such lexicon file or folder") from exc
    _STAMPS[target] = (now, stamp)
    return stamp


def load_lexicon(path: Path | None = None) -> Lexicon:
    """The lexicon at ``path``, cached until its files change.

    Default: the file or folder named by ``$WILDTRACE_LEXICON``, else the bundled lexicon.
    """
    target = Path(path or os.environ.get(SPECIES_LEXICON_ENV) or SPECIES_LEXICON_PATH).resolve()
    return _cached(target, _stamp(target))
