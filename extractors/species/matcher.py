"""Finding CITES taxa, product terms, trade code words and negative cues in a listing's text."""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass, field

from extractors.normalize import Skeleton, fold, skeleton
from extractors.species.automaton import Automaton, Entry
from extractors.species.lexicon import AmbiguityRule, Lexicon, load_lexicon
from extractors.species.settings import (
    SPECIES_CONTEXT_TOKENS,
    SPECIES_MATCH_KIND_ORDER,
    SPECIES_NEAR_CHARS,
)
from wildtrace.models import SpeciesMention

logger = logging.getLogger(__name__)


@dataclass
class SpeciesFindings:
    """What :func:`find_species` read in a text."""

    mentions: list[SpeciesMention] = field(default_factory=list)
    negative_cues: list[str] = field(default_factory=list)  # cue ids: "imitation", "colour"...
    product_terms: list[str] = field(default_factory=list)  # product ids: "ivory", "horn"...
    code_words: list[str] = field(default_factory=list)  # code words as in the lexicon


@dataclass(frozen=True)
class ContextRule:
    """An ambiguity rule with its context words already in skeleton form."""

    cue: str
    before: tuple[str, ...]
    after: tuple[str, ...]
    near: tuple[str, ...]

    @classmethod
    def of(cls, rule: AmbiguityRule) -> ContextRule:
        def keys(words: list[str]) -> tuple[str, ...]:
            return tuple(key for key in (fold(word) for word in words) if key)
        return cls(rule.cue, keys(rule.before), keys(rule.after), keys(rule.near))


Rules = dict[str, list[ContextRule]]


def compile_lexicon(lexicon: Lexicon) -> tuple[Automaton, Rules]:
    """Every term of the lexicon in skeleton form, with what it means."""
    entries: dict[str, list[Entry]] = {}

    def add(term: str, entry: Entry) -> None:
        variants = {fold(term)}
        if "-" in term:
            variants.add(fold(term.replace("-", "")))
        if " " in term.strip() and not any(ch.isdigit() for ch in term):
            variants.add(fold(term.replace(" ", "")))
        for key in variants:
            if key and entry not in entries.setdefault(key, []):
                entries[key].append(entry)

    for taxon in lexicon.taxa.values():
        add(taxon.scientific_name, Entry("scientific", taxon.scientific_name, None,
                                         taxon.scientific_name))
        for synonym in taxon.synonyms:
            add(synonym, Entry("synonym", taxon.scientific_name, None, synonym))
        for language, names in taxon.names.items():
            for name in names:
                add(name, Entry("common", taxon.scientific_name, language, name,
                                _needs_accents(name, language)))
    for product in lexicon.products.values():
        for language, names in product.names.items():
            for name in names:
                add(name, Entry("product", product.id, language, name,
                                _needs_accents(name, language)))
    for word in lexicon.code_words:
        add(word.term, Entry("code_word", word.term, word.language, word.term,
                             word.strict or _needs_accents(word.term, word.language)))
    for cue in lexicon.negative_cues:
        for language, names in cue.names.items():
            for name in names:
                add(name, Entry("negative", cue.id, language, name,
                                _needs_accents(name, language)))
    for emoji in lexicon.emoji:
        add(emoji, Entry("emoji", emoji, None, emoji))
    rules: Rules = {}
    for rule in lexicon.ambiguous:
        rules.setdefault(fold(rule.term), []).append(ContextRule.of(rule))
    return Automaton(entries), rules


def _needs_accents(term: str, language: str | None) -> bool:
    """One-syllable Vietnamese words only mean what they mean with their tone marks."""
    return language == "vi" and " " not in fold(term)


def compiled_for(lexicon: Lexicon) -> tuple[Automaton, Rules]:
    """The compiled automaton of a lexicon, built once and kept on the lexicon object."""
    compiled = lexicon.derived.get("matcher")
    if compiled is None:
        compiled = compile_lexicon(lexicon)
        lexicon.derived["matcher"] = compiled
    return compiled


def _words_hit(keys: tuple[str, ...], window: str) -> bool:
    padded = f" {window} "
    return any(f" {key} " in padded or (not key.isascii() and key in window) for key in keys)


def _ambiguous_hit(rule: ContextRule, skel: Skeleton, start: int, end: int) -> bool:
    before_tokens = skel.text[max(0, start - SPECIES_NEAR_CHARS):start].split()
    after_tokens = skel.text[end:end + SPECIES_NEAR_CHARS].split()
    before = " ".join(before_tokens[-SPECIES_CONTEXT_TOKENS:])
    after = " ".join(after_tokens[:SPECIES_CONTEXT_TOKENS])
    near = " ".join(before_tokens + after_tokens)
    return (_words_hit(rule.before, before) or _words_hit(rule.after, after)
            or _words_hit(rule.near, near))


def _strict_ok(entry: Entry, written: str) -> bool:
    if not entry.strict:
        return True
    return _exact(written) == _exact(entry.term)


def _exact(text: str) -> str:
    """Case-folded, NFC, single-spaced and without trailing dots: how strict terms compare."""
    return " ".join(unicodedata.normalize("NFC", text.casefold()).split()).rstrip(".")


# Words that deny what follows: "not resin", "no plastic", "pas de résine", "sin resina",
# "không phải nhựa", "bukan resin", "不是树脂". Sellers of the real thing write them to insist it
# is genuine; a negative cue right after one is not a look-alike cue. ("non" is left out: it is
# a prefix far more often, as in "non-toxic resin".)
_NEGATORS = frozenset({
    "not", "no", "never", "isnt", "nor", "pas", "ni", "jamais", "sin", "nunca", "nao", "sem",
    "khong", "chang", "bukan", "tidak", "tanpa", "ليس", "غير", "بدون", "ไม่ใช่", "ไม่",
})
_NEGATOR_SUFFIXES = ("不是", "非", "不", "无", "没有", "ไม่ใช่", "ไม่")
_WORD = re.compile(r"\w+", re.UNICODE)


def _negated(text: str, start: int) -> bool:
    """True when one of the two words just before ``start`` denies what follows."""
    before = text[max(0, start - 40):start]
    if before.rstrip().endswith(_NEGATOR_SUFFIXES):
        return True
    words = _WORD.findall(before)[-2:]
    return any(word in _NEGATORS for word in words)


def find_species(text: str, language: str | None = None,
                 lexicon: Lexicon | None = None) -> SpeciesFindings:
    """Taxa named or implied in ``text``, product terms, code words and negative cues.

    ``language`` is a hint (ISO 639-1) used to label the mention when a term exists in several
    languages; every language of the lexicon is always looked for, since sellers mix them.
    """
    lexicon = lexicon or load_lexicon()
    automaton, rules = compiled_for(lexicon)
    findings = SpeciesFindings()
    if not text:
        return findings
    skel = skeleton(text)
    mentions: dict[str, SpeciesMention] = {}
    rank = {kind: position for position, kind in enumerate(SPECIES_MATCH_KIND_ORDER)}
    code_words = {word.term: word for word in lexicon.code_words}

    def mention(taxon_name: str, entry: Entry, written: str) -> None:
        taxon = lexicon.taxa[taxon_name]
        kind = entry.kind
        current = mentions.get(taxon_name)
        if current is not None and rank[current.match_kind] <= rank[kind]:
            return
        mentions[taxon_name] = SpeciesMention(
            scientific_name=taxon.scientific_name,
            common_name=taxon.common_name(language or entry.language or "en"),
            cites_appendix=taxon.cites_appendix, matched_text=written, match_kind=kind,
            language=entry.language)

    def note(items: list[str], value: str) -> None:
        if value not in items:
            items.append(value)

    for start, end, entries in automaton.scan(skel.text):
        written = skel.original(start, end)
        key = skel.text[start:end]
        hit = next((rule for rule in rules.get(key, ()) if _ambiguous_hit(rule, skel, start, end)),
                   None)
        if hit is not None:
            note(findings.negative_cues, hit.cue)
            continue
        if language:
            entries = sorted(entries, key=lambda e: e.language not in (language, None))
        for entry in entries:
            if not _strict_ok(entry, written):
                continue
            if entry.kind == "negative":
                if not _negated(skel.text, start):
                    note(findings.negative_cues, entry.target)
            elif entry.kind == "product":
                note(findings.product_terms, entry.target)
                for taxon_name in lexicon.products[entry.target].implies:
                    mention(taxon_name, entry, written)
            elif entry.kind == "code_word":
                word = code_words[entry.target]
                note(findings.code_words, word.term)
                if not word.weak:
                    for taxon_name in word.implies:
                        mention(taxon_name, entry, written)
            elif entry.kind == "emoji":
                for taxon_name in lexicon.emoji[entry.target]:
                    mention(taxon_name, entry, written)
            else:
                mention(entry.target, entry, written)
    for item in mentions.values():
        products = lexicon.taxa[item.scientific_name].products
        item.product_terms = [term for term in findings.product_terms if term in products]
    findings.mentions = list(mentions.values())
    return findings
