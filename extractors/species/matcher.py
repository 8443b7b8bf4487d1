"""Finding CITES taxa, product terms, trade code words and negative cues in a listing's text.

Besides the lexicon's own terms, the matcher reads abbreviated scientific names (binomials and
trinomials of the lexicon with the genus cut to its initial: "P. regius", "P. e. timneh",
"C. s. citrinocristata", only as written with a capital initial, its dot and a lower-case
epithet, and only when one taxon shortens that way), and reads the text again through the
readings of :mod:`~extractors.species.disguise`, :mod:`~extractors.species.masks`,
:mod:`~extractors.species.reshaped`, :mod:`~extractors.species.spellings` and
:mod:`~extractors.species.folded` (see extractors/species/README.md).
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TypeVar, cast

from extractors.normalize import Skeleton, fold, plain, skeleton, unmask
from extractors.species.approximate import (
    ApproxIndex,
    approx_index,
    arabizi_reading,
    backwards_reading,
    sound_reading,
    thai_alike_reading,
)
from extractors.species.automaton import Automaton, Entry
from extractors.species.disguise import (
    chinese_disguised,
    emoji_phrases,
    emoji_spelled,
    pinyin_index,
    zhuyin_reading,
)
from extractors.species.folded import (
    FoldIndex,
    arabic_reading,
    fold_index,
    spanish_reading,
    thai_short_a_reading,
    thai_spaced_reading,
)
from extractors.species.lexicon import AmbiguityRule, CodeWord, Lexicon, load_lexicon
from extractors.species.masks import MaskIndex, mask_index, masked_readings, vowelless_readings
from extractors.species.reshaped import (
    ShapeIndex,
    echo_reading,
    flipped_reading,
    joined_reading,
    reversed_reading,
    rotated_reading,
    shape_index,
    swapped_rimes_reading,
    thai_keyboard_reading,
    thai_tone_reading,
)
from extractors.species.settings import (
    SPECIES_CONTEXT_TOKENS,
    SPECIES_MATCH_KIND_ORDER,
    SPECIES_NEAR_CHARS,
)
from extractors.species.spellings import (
    k_reading,
    nine_reading,
    ph_reading,
    vietnamese_reading,
    viqr_reading,
    viqr_tone_reading,
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
    # every term naming a taxon is a word used in another sense the text shows (colour, brand,
    # place...): "Váy cưới màu ngà (ivory)", "son màu san hô", "Tiger Balm ... tiger"
    sense_only: bool = False


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


_BINOMIAL = re.compile(r"^([A-Z][a-z]+) ([a-z]{3,})(?: ([a-z]{3,}))?$")
# how an abbreviated name is written: a capital initial and its dot, then the epithet (and a
# subspecies) in lower case: "P. regius", "C. s. citrinocristata"; not "A. lot" (no epithet
# of the lexicon), not "S. Paulo" (a capital), not "p regius"
_ABBREVIATED = re.compile(r"^[A-Z]\. ?(?:[a-z]\. ?)?[a-z]{3,}(?: [a-z]{3,})?$")


def _abbreviated_names(lexicon: Lexicon) -> dict[str, str]:
    """Binomials and trinomials of the lexicon (scientific names and synonyms) with the genus
    cut to its initial, as keepers write them ("B. hamorii", "P. regius", "P. e. timneh",
    "P. erithacus timneh"): abbreviation -> taxon, for abbreviations that name one taxon
    only."""
    found: dict[str, set[str]] = {}
    for taxon in sorted(lexicon.taxa.values(), key=lambda taxon: taxon.scientific_name):
        for name in (taxon.scientific_name, *taxon.synonyms):
            match = _BINOMIAL.match(name)
            if not match:
                continue
            initial, epithet, subspecies = match.group(1)[0], match.group(2), match.group(3)
            shorts = [f"{initial}. {epithet}"]
            if subspecies:
                shorts = [f"{initial}. {epithet} {subspecies}",
                          f"{initial}. {epithet[0]}. {subspecies}"]
            for short in shorts:
                found.setdefault(short, set()).add(taxon.scientific_name)
    return {short: next(iter(targets)) for short, targets in sorted(found.items())
            if len(targets) == 1}


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

    ruled = {fold(rule.term) for rule in lexicon.ambiguous}
    for taxon in lexicon.taxa.values():
        add(taxon.scientific_name, Entry("scientific", taxon.scientific_name, None,
                                         taxon.scientific_name))
        for synonym in taxon.synonyms:
            add(synonym, Entry("synonym", taxon.scientific_name, None, synonym))
        for genus in (taxon.scientific_name, *taxon.synonyms):
            if _genus_plural(genus, ruled):  # "mammillarias", "Cattleyas", "Paphiopedilums"
                kind = "scientific" if genus == taxon.scientific_name else "synonym"
                add(genus + "s", Entry(kind, taxon.scientific_name, None, genus))
        for language, names in taxon.names.items():
            for name in names:
                entry = Entry("common", taxon.scientific_name, language, name,
                              _needs_accents(name, language))
                for form in (name, *inflections(name, language)):
                    add(form, entry)
    for short, target in _abbreviated_names(lexicon).items():
        if fold(short) not in entries:
            add(short, Entry("synonym", target, None, short, strict=True))
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
                entry = Entry("negative", cue.id, language, name, _needs_accents(name, language))
                for form in (name, *inflections(name, language)):
                    add(form, entry)
    for emoji in lexicon.emoji:
        add(emoji, Entry("emoji", emoji, None, emoji))
    rules: Rules = {}
    for rule in lexicon.ambiguous:
        rules.setdefault(fold(rule.term), []).append(ContextRule.of(rule))
    return Automaton(entries), rules


# Endings of names above the genus, which no one writes in the plural ("Ursidae")
_RANK_ENDINGS = ("idae", "aceae", "iformes", "inae", "oidea")


def _genus_plural(name: str, ruled: set[str]) -> bool:
    """Whether the plural of a one-word scientific name is read as the name: hobbyists write
    genera as nouns ("mamilarias", "Cattleyas", "3 Paphiopedilums"); not a name ending in s or
    x, a family or order, a short one, or one an ambiguity rule reads (its plural would slip
    past the rule)."""
    return (name.isalpha() and len(name) >= 6 and not name.endswith(("s", "x"))
            and not name.casefold().endswith(_RANK_ENDINGS) and fold(name) not in ruled)


# Words after which a name's remaining words are not inflected ("tortuga de tierra").
_LINK_WORDS = frozenset({"de", "del", "da", "do", "das", "dos", "des", "du", "of", "la", "le",
                         "el", "à", "a", "d"})


def _plural(word: str, language: str) -> str:
    if language == "en":
        return word + ("es" if word.endswith(("s", "x", "ch", "sh")) else "s")
    if language == "fr":
        return word if word.endswith(("s", "x", "z")) else word + ("x" if word.endswith(
            ("eau", "au")) else "s")
    if word[-1:] in "aeiouáéíóú":
        return word + "s"
    return word[:-1] + "ões" if language == "pt" and word.endswith("ão") else word + "es"


def _diminutive(word: str) -> list[str]:
    """Spanish diminutives of a noun ("tortuga" -> "tortuguita", and "tortugita" as written)."""
    stem, vowel = word[:-1], word[-1:]
    if vowel not in "ao" or len(stem) < 3:
        return []
    forms = {stem + "it" + vowel}
    if stem.endswith("g"):
        forms.add(stem + "uit" + vowel)
    if stem.endswith("c"):
        forms = {stem[:-1] + "quit" + vowel}
    return sorted(forms)


def inflections(name: str, language: str) -> list[str]:
    """Plural (and, in Spanish, diminutive) forms of a common name: sellers write "tortugas
    moras", "loritos", "perroquets gris". Words from the first link word on stay as they are."""
    if language not in ("en", "fr", "es", "pt") or not name.replace(" ", "").replace(
            "-", "").isalpha():
        return []
    words = name.split()
    head = 0
    while head < len(words) and words[head].casefold() not in _LINK_WORDS:
        head += 1
    if head == 0:
        return []
    if language == "en":  # English inflects the last word only: "grey parrots"
        return [" ".join([*words[:head - 1], _plural(words[head - 1], language), *words[head:]])]
    forms = [" ".join([_plural(word, language) for word in words[:head]] + words[head:])]
    if language == "es":
        for small in _diminutive(words[0]):
            rest = words[1:head]
            forms.append(" ".join([small, *rest, *words[head:]]))
            forms.append(" ".join([_plural(small, language),
                                   *[_plural(word, language) for word in rest], *words[head:]]))
    return forms


def _needs_accents(term: str, language: str | None) -> bool:
    """One-syllable Vietnamese words only mean what they mean with their tone marks, and so do
    phrases with "giả" (fake): without marks "hang gia" is as often "hàng giá" (price)."""
    return language == "vi" and (" " not in fold(term) or "giả" in term.casefold().split())


# A sentence ends between two words: "... xem hang. Gia thuong luong" holds no "hàng giả". An
# abbreviation's dot ("St. Vincent") and a disguise's ("p. a. n. g") end nothing.
_SENTENCE_GAP = re.compile(r"[^\W\d_]{3}(?:[.!?;|。！？]\s+|\s*\n)\s*\w")


def _spans_sentences(written: str) -> bool:
    return bool(_SENTENCE_GAP.search(written))


def compiled_for(lexicon: Lexicon) -> tuple[Automaton, Rules]:
    """The compiled automaton of a lexicon, built once and kept on the lexicon object."""
    compiled = lexicon.derived.get("matcher")
    if compiled is None:
        compiled = compile_lexicon(lexicon)
        lexicon.derived["matcher"] = compiled
    return compiled


def _code_word_table(lexicon: Lexicon) -> dict[str, CodeWord]:
    """The lexicon's code words by term, built once and kept on the lexicon object (it was
    rebuilt on every call: 8% of the matcher's time with 1,391 code words)."""
    table = lexicon.derived.get("code_words")
    if table is None:
        table = {word.term: word for word in lexicon.code_words}
        lexicon.derived["code_words"] = table
    return cast(dict[str, CodeWord], table)


def _words_hit(keys: tuple[str, ...], window: str) -> bool:
    return bool(_keys_hit(keys, window))


# Where a sentence ends in the original text: a word's "before" and "after" context words are
# read in its own sentence ("...house in Kent. Solid ivory bangle": "in" is not "in ivory").
_SENTENCE_END = re.compile(r"[.!?](?=\s)|[\n;。！？]")


def _clause(skel: Skeleton, start: int, end: int) -> tuple[int, int]:
    """The skeleton span around [start, end) that stays inside the term's sentence, at most
    ``SPECIES_NEAR_CHARS`` each side."""
    lo, hi = max(0, start - SPECIES_NEAR_CHARS), min(len(skel.text), end + SPECIES_NEAR_CHARS)
    first, last = skel.origin[start], skel.origin[end - 1]
    boundary = -1
    for found in _SENTENCE_END.finditer(skel.source, skel.origin[lo], first):
        boundary = found.start()
    while lo < start and skel.origin[lo] <= boundary:
        lo += 1
    stop = _SENTENCE_END.search(skel.source, last + 1, skel.origin[hi - 1] + 1)
    if stop:
        while hi > end and skel.origin[hi - 1] >= stop.start():
            hi -= 1
    return lo, hi


@dataclass(frozen=True)
class _Around:
    """The words around one match that the ambiguity rules read, built once per match."""

    before: str  # up to SPECIES_CONTEXT_TOKENS words before it, in its sentence
    after: str  # up to SPECIES_CONTEXT_TOKENS words after it, in its sentence
    near_before: str  # SPECIES_NEAR_CHARS before it, across sentences
    near: str  # SPECIES_NEAR_CHARS on both sides


def _around(skel: Skeleton, start: int, end: int) -> _Around:
    before_tokens = skel.text[max(0, start - SPECIES_NEAR_CHARS):start].split()
    after_tokens = skel.text[end:end + SPECIES_NEAR_CHARS].split()
    clause_lo, clause_hi = _clause(skel, start, end)
    return _Around(
        before=" ".join(skel.text[clause_lo:start].split()[-SPECIES_CONTEXT_TOKENS:]),
        after=" ".join(skel.text[end:clause_hi].split()[:SPECIES_CONTEXT_TOKENS]),
        near_before=" ".join(before_tokens), near=" ".join(before_tokens + after_tokens))


def _ambiguous_hit(rule: ContextRule, skel: Skeleton, start: int, end: int,
                   around: _Around) -> bool:
    beside = _keys_hit(rule.before, around.before) + _keys_hit(rule.after, around.after)
    keys = beside + _keys_hit(rule.near, around.near)
    if not keys:
        return False
    vouchable = (rule.cue in _VOUCHED_CUES and not beside
                 and not _keys_hit(rule.near, around.near_before))
    if vouchable and _vouched(skel, start, end):
        return False
    lo, hi = max(0, start - SPECIES_NEAR_CHARS), end + SPECIES_NEAR_CHARS
    return any(_said(key, skel, lo, hi, (start, end)) for key in keys)


# Words that vouch for the material right beside its name ("carey natural", "genuine
# tortoiseshell", "天然玳瑁"): a seller's claim about this very word. They outweigh a context
# word that comes later ("carey natural: peinetas... monturas de gafas"), not one right before
# or after, nor one earlier that the term qualifies ("batu akik kulit macan asli" is a stone).
_VOUCHERS = frozenset({
    "natural", "naturel", "naturelle", "genuine", "real", "authentic", "autentico",
    "autentica", "authentique", "legitimo", "legitima", "verdadero", "verdadera",
    "verdadeiro", "verdadeira", "vrai", "vraie", "veritable", "asli", "alami", "solid",
})
# Only for a material's look-alike ("carey" glasses pattern): never a word's other sense
# ("Python véritable" is a genuine book, "أسود طبيعي" natural black).
_VOUCHED_CUES = frozenset({"pattern", "material", "imitation"})
_VOUCHER_KEYS = frozenset(fold(word) for word in _VOUCHERS)  # as the skeleton spells them
# checked in the original text: scripts the skeleton rewrites or writes without spaces
_VOUCHERS_AS_WRITTEN = ("天然", "真", "纯", "แท้", "طبيعي", "أصلي", "اصلي", "حقيقي")


def _vouched(skel: Skeleton, start: int, end: int) -> bool:
    """True when a word right before or after the term vouches for the real material."""
    before = skel.text[max(0, start - 20):start].split()[-1:]
    after = skel.text[end:end + 20].split()[:1]
    if any(word in _VOUCHER_KEYS for word in before + after):
        return True
    source_before = skel.source[max(0, skel.origin[start] - 4):skel.origin[start]].rstrip()
    stop = skel.origin[end - 1] + 1
    source_after = skel.source[stop:stop + 8].lstrip()
    return (source_before.endswith(_VOUCHERS_AS_WRITTEN)
            or source_after.startswith(_VOUCHERS_AS_WRITTEN))


def _keys_hit(keys: tuple[str, ...], window: str) -> list[str]:
    padded = f" {window} "
    return [key for key in keys if f" {key} " in padded or (not key.isascii() and key in window)]


def _said(key: str, skel: Skeleton, lo: int, hi: int, term: tuple[int, int]) -> bool:
    """True when ``key`` stands in the skeleton's text[lo:hi] outside the term itself and is
    not denied: "no es acetato" and "không phải nhựa" do not make the word beside them a
    pattern."""
    text = skel.text
    at = text.find(key, lo)
    while at != -1 and at < hi:
        bounded = not key.isascii() or (
            (at == 0 or not text[at - 1].isalnum())
            and (at + len(key) >= len(text) or not text[at + len(key)].isalnum()))
        inside = term[0] <= at < term[1]
        if bounded and not inside and not _negated_here(skel, at):
            return True
        at = text.find(key, at + 1)
    return False


def _context_hit(word: CodeWord, skel: Skeleton, start: int, end: int) -> bool:
    """A weak code word with one of its context words near: "white gold ... tusks", "XY 手串"."""
    if not word.context:
        return False
    keys = _context_keys(tuple(word.context))
    before = skel.text[max(0, start - SPECIES_NEAR_CHARS):start]
    after = skel.text[end:end + SPECIES_NEAR_CHARS]
    return _words_hit(keys, f"{before} {after}")


@lru_cache(maxsize=256)
def _context_keys(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(key for key in (fold(word) for word in words) if key)


def _strict_ok(entry: Entry, written: str) -> bool:
    if not entry.strict:
        return True
    if entry.kind == "synonym":  # an abbreviated name: "P. regius" as written, not "p regius"
        return bool(_ABBREVIATED.match(" ".join(written.split())))
    return _exact(written) == _exact(entry.term)


def _exact(text: str) -> str:
    """Case-folded, NFC, single-spaced and without trailing dots: how strict terms compare.
    A Vietnamese tone mark counts whichever vowel of its word carries it ("hoà" and "hòa",
    "ruà" typed for "rùa"): the word's tone, not its place, tells the word."""
    words = unicodedata.normalize("NFD", text.casefold()).split()
    return " ".join(unicodedata.normalize("NFC", _tone_last(word))
                    for word in words).rstrip(".")


_VI_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")


def _tone_last(word: str) -> str:
    """A decomposed word with its Vietnamese tone marks moved to its end."""
    tones = [char for char in word if char in _VI_TONES]
    if not tones:
        return word
    return "".join(char for char in word if char not in _VI_TONES) + "".join(tones)


# Words that deny what follows: "not resin", "no plastic", "pas de résine", "sin resina",
# "không phải nhựa", "bukan resin", "不是树脂". Sellers of the real thing write them to insist it
# is genuine; a negative cue right after one is not a look-alike cue. ("non" is left out: it is
# a prefix far more often, as in "non-toxic resin".)
_NEGATORS = frozenset({
    "not", "no", "never", "isnt", "nor", "pas", "ni", "jamais", "rien", "sin", "nunca", "nada",
    "nao", "sem", "tak",
    "khong", "chang", "bukan", "bkn", "tidak", "tanpa", "gak", "nggak", "nem",
    "ليس", "ليست", "وليس", "لا", "ولا", "مو", "مش", "غير", "بدون", "ไม่ใช่", "ไม่",
})
_NEGATOR_SUFFIXES = ("不是", "非", "不", "无", "没有", "ไม่ใช่", "ไม่")
_WORD = re.compile(r"\w+", re.UNICODE)


def negated_before(text: str, start: int) -> bool:
    """Public form of the denial check, for other readers of listing text (skeleton or
    lower-cased text)."""
    return _negated(text, start)


def denied_before(text: str, start: int) -> bool:
    """Public form of the wider denial check of look-alike words (along a list, through a short
    Thai word), for other readers of listing text."""
    return _denied(text, start)


def _negated(text: str, start: int) -> bool:
    """True when one of the three words just before ``start`` denies what follows ("not
    resin", "không phải hàng nhựa", "no es de plástico")."""
    before = text[max(0, start - 40):start]
    if before.rstrip().endswith(_NEGATOR_SUFFIXES):
        return True
    words = _WORD.findall(before)[-3:]
    return any(word in _NEGATORS for word in words)


# Punctuation that ends the reach of a negator: "No papers, ivory bangle" denies no ivory.
_CLAUSE_BREAK = re.compile(r"[,.;:!?\n、，。；！？|()]")


def _negated_here(skel: Skeleton, start: int) -> bool:
    """:func:`_negated` at ``start`` of a skeleton, within the clause of the original text
    (the skeleton has lost its commas and full stops)."""
    if not _negated(skel.text, start):
        return False
    origin = skel.origin[start] if start < len(skel.origin) else len(skel.source)
    # read without the skeleton's collapsed letters: the skeleton reads "Pass lại" (resell) as
    # the French negator "pas"
    clause = plain(_CLAUSE_BREAK.split(skel.source[max(0, origin - 60):origin])[-1])
    return _negated(clause + " ", len(clause) + 1)


_CLAUSE_END = re.compile(r"[.!?;\n。！？]")
_THAI_NEGATORS = tuple(suffix for suffix in _NEGATOR_SUFFIXES if "\u0e00" <= suffix[0] <= "\u0e7f")


def _denied(text: str, start: int) -> bool:
    """Wider than :func:`_negated`, for look-alike words only: a denial reaches along a list
    ("không phải nanh chó, nanh nhựa", "not bone, not resin or plastic") up to six words back
    within the clause, and through a short Thai word ("ไม่ใช่เอ็นพลาสติก")."""
    if _negated(text, start):
        return True
    before = text[max(0, start - 50):start]
    clause = _CLAUSE_END.split(before)[-1]
    if any(word in _NEGATORS for word in _WORD.findall(clause)[-6:]):
        return True
    tail = clause[-12:]
    for suffix in _THAI_NEGATORS:  # Chinese negators stand right before ("非洲" is Africa)
        at = tail.rfind(suffix)
        rest = tail[at + len(suffix):] if at != -1 else ""
        letters = [char for char in rest if unicodedata.category(char) != "Mn"]
        if letters and len(letters) <= 5 and not any(char.isspace() for char in rest):
            return True
    return False


# What a seller says the goods will be passed off as ("ships as a wooden carving", "déclaré
# comme artisanat", "报关为工艺品"): a look-alike word after these is the disguise, not the item.
_DISGUISES = tuple(fold(phrase) for phrase in (
    "pass as", "passes as", "passed as", "ship as", "ships as", "shipped as", "shipping as",
    "declare as", "declared as", "declared it as", "label as", "labelled as", "labeled as",
    "disguised as", "disguise as", "packed as", "pack as", "described as", "sent as",
    "passer pour", "passe pour", "déclaré comme", "déclarée comme", "envoyé comme",
    "camouflé en", "expédié comme", "pasar como", "pasa como", "declarado como",
    "declarada como", "enviado como", "disfrazado de", "passar como", "passa como",
    "khai là", "gửi dưới dạng", "dikirim sebagai",
    "dikirim sbg", "报关为", "伪装成", "当作", "冒充", "按工艺品", "แจ้งเป็น",
    "ส่งเป็น", "كأنها", "على أنها", "على انها"))


def _disguised(text: str, start: int) -> bool:
    """True when a disguise phrase stands just before ``start`` (a few words at most)."""
    before = text[max(0, start - 30):start]
    return any(phrase and phrase in before for phrase in _DISGUISES)


# Wood and resin are what timber and agarwood are made of, not what imitates them.
_PLANT_MATTER = tuple(fold(word) for word in (
    "wood", "wooden", "resin", "bois", "résine", "madera", "resina", "madeira", "kayu", "getah",
    "gỗ", "nhựa", "木", "树脂", "ไม้", "เรซิน", "خشب", "خشبي", "راتنج"))


def _names_plant_matter(key: str) -> bool:
    return _words_hit(_PLANT_MATTER, key)


# Parts sold with an item that are often of another material: "on a wooden stand", "couvercle
# en bois", "caja de madera", "木盒", "hộp gỗ". A material word beside one of these describes it.
_ACCESSORIES = frozenset(fold(word) for word in (
    "stand", "base", "box", "lid", "case", "display", "frame", "plinth", "mount", "mounted",
    "handle", "stopper", "cap", "tray", "bag", "bead", "beads", "spacer", "spacers", "clasp",
    "shield", "plaque", "escudo", "placa", "montado", "montada", "monté", "montée", "écusson",
    "socle", "support", "boîte", "boite", "coffret", "couvercle", "présentoir", "cadre",
    "manche", "étui", "perles", "base", "peana", "caja", "estuche", "tapa", "soporte", "marco",
    "mango", "cuentas", "caixa", "tampa", "suporte", "moldura", "cabo", "estojo", "contas",
    "alas", "kotak", "tutup", "gagang", "bingkai", "hộp", "nắp", "khung",
    "قاعدة", "علبة", "غطاء", "إطار", "مقبض", "حامل"))
_ACCESSORY_SUFFIXES = ("盒", "底座", "座", "盖", "架", "框", "柄", "กล่อง", "ฐาน", "ฝา", "กรอบ")
_ACCESSORY_PREFIXES = ("盒", "底座", "座", "盖", "架", "框", "กล่อง", "ฐาน", "ฝา", "กรอบ")


def _of_accessory(text: str, start: int, end: int) -> bool:
    """True when the material word at [start, end) describes an accessory: an accessory noun
    among the two words before it or right after it ("wooden box", "socle en bois")."""
    before = text[max(0, start - 30):start]
    after = text[end:end + 30]
    if before.rstrip().endswith(_ACCESSORY_PREFIXES) or after.lstrip().startswith(
            _ACCESSORY_SUFFIXES):
        return True
    words = _WORD.findall(before)[-2:] + _WORD.findall(after)[:1]
    return any(word in _ACCESSORIES for word in words)


# "a teddy bear pet", "mascota peluche": a toy word before one of these likens a live pet to
# a toy; it does not say a toy is sold.
_PET_WORDS = frozenset(fold(word) for word in (
    "pet", "pets", "mascota", "mascotas", "estimação", "thú cưng", "peliharaan", "أليف",
    "compagnie"))
_PET_SUFFIXES = ("宠物", "สัตว์เลี้ยง")


def _likened_pet(text: str, end: int) -> bool:
    after = text[end:end + 20]
    if after.lstrip().startswith(_PET_SUFFIXES):
        return True
    words = _WORD.findall(after)[:2]
    if not words:
        return False
    if words[0] in _PET_WORDS or " ".join(words) in _PET_WORDS:
        return True  # "teddy pet"
    # "teddy bear pet", but not "toy for pets"
    return len(words) == 2 and words[1] in _PET_WORDS and words[0] not in _FOR_WORDS


_FOR_WORDS = frozenset({"for", "pour", "para", "cho", "untuk", "per", "a", "de", "to"})

# "comes with cage and toys", "avec sa cage et ses jouets", "kèm lồng và đồ chơi": toys that go
# with a live animal are extras of the sale, not the thing sold; so are the animal's own ("all
# his toys"), and a use the goods suit ("cocok untuk ... mainan": timber for making toys).
_WITH_WORDS = frozenset({"with", "includes", "including", "avec", "con", "com", "kem", "dengan",
                         "termasuk", "mit", "مع", "his", "her", "its", "ses", "sus",
                         "suitable", "cocok"})
_WITH_SUFFIXES = ("พร้อม", "แถม", "带", "送", "附", "含")


def _comes_with(text: str, start: int) -> bool:
    """True when a "with" word stands within a few words before ``start``."""
    before = text[max(0, start - 45):start]
    if any(suffix in before[-30:] for suffix in _WITH_SUFFIXES):
        return True
    # "comes with big cage, perches and toys", "avec la cage et les jouets"
    return any(word in _WITH_WORDS for word in _WORD.findall(before)[-6:])


def _unambiguous(key: str, rules: Rules) -> bool:
    """A term that names its taxon outright: several words ("ngà voi", "elephant ivory") or
    three Chinese/Thai characters, and no ambiguity rule of its own ("ivory" has colour rules)."""
    if key in rules:
        return False
    return " " in key or (not key.isascii() and len(key) >= 3)


# An ambiguity rule with this cue says the occurrence is another word of the language that is
# spelt like a name ("boa" = good, "tábua" = board): that occurrence names nothing, and unlike a
# negative cue it says nothing about the listing either.
OTHER_WORD = "other word"


# Cues about the sense of one word ("ivory" as a colour, "Tiger" as a beer): they say that
# occurrence is not the animal, not that the whole listing is harmless.
WORD_SENSE_CUES = frozenset({"colour", "place", "brand", "vehicle or brand", "software",
                             "other meaning"})


# Cues whose phrase, when it holds every name of a taxon in the text, says the listing is about
# something else: a colour or brand ("màu ngà"), an unlisted species ("leopard gecko",
# "perruches ondulées"), a pattern ("façon crocodile") or an imitation ("giả ngà").
SHADOWING_CUES = WORD_SENSE_CUES | {"unlisted species", "pattern", "imitation"}


def _sense_only(cues: list[str], cue_keys: dict[str, set[str]], named_by: dict[str, set[str]],
                rules: Rules) -> bool:
    """True when the text shows a word-sense cue and every term that named a taxon is that
    sense's word: part of a sense phrase ("màu san hô" ... "san hô"), or a word with an
    ambiguity rule for that very sense ("ivory" has colour rules)."""
    senses = [cue for cue in cues if cue in SHADOWING_CUES]
    if not senses or not named_by:
        return False
    phrases = [phrase for cue in senses for phrase in cue_keys.get(cue, ())]

    def shadowed(key: str) -> bool:
        if any(key in phrase for phrase in phrases):
            return True
        if key and all(unicodedata.category(char) == "So" for char in key):
            return True  # an animal emoji beside "leopard print" decorates, it names nothing
        return any(rule.cue in senses for rule in rules.get(key, ()))

    return all(shadowed(key) for keys in named_by.values() for key in keys)


def _sense_cue_overruled(cue: str, cue_keys: set[str], named_keys: set[str]) -> bool:
    """A word-sense cue does not count when a product term, a strong code word, a name of
    several words or a scientific name names a taxon elsewhere: "màu ngà" (ivory-coloured)
    beside "ngà voi thật" (real elephant ivory), "cactus pad" (food) beside "star tortoise
    hatchlings", "Nuevo León" (the place) beside "Aztekium ritteri". It still counts when that
    term is part of the cue's own phrase ("couleur ivoire" ... "ivoire"), and a common name of
    one word never overrules it ("Tiger Balm" ... "tiger")."""
    if cue not in WORD_SENSE_CUES or not cue_keys:
        return False
    return any(all(named not in phrase for phrase in cue_keys) for named in named_keys)


# A mark cutting a word, two letters or digits before it, a letter after (or a digit after a
# letter): "oce-lote", "t0t0-aba", "pango.lin", "Lé0_p4rd" (not "12.500" or "F-Pace"); read
# twice, for "pang-o-lin".
# The second reading joins the halves; ordinary hyphenated words ("tiger-eye") join into
# words the lexicon also holds, with their senses.
_CUT_WORD = re.compile(r"(?<=\w\w)(?:[-.·•*_&](?=[^\W\d_])|(?<=[^\W\d_])[-.·•*_&](?=\d))")


# A word that says the next name is a trade mark ("merk Beruang", "marca Tigre", "ماركة
# التمساح", "ตรานกแก้ว", "hiệu Con Cọp") or, after it, "熊猫牌", "Lion brand", "Tiger®". Read
# on folded text (lower case, no accents, Arabic article cut).
_BRAND_BEFORE = frozenset({"brand", "marca", "marque", "merk", "merek", "ماركه", "hieu"})
_BRAND_AFTER = re.compile(r"^(?:\s?[\"'”’»」]?\s?(?:牌(?!子)|brand\b(?![\s-]*new)|®|™))")
_BRAND_UNSPACED = ("ตรา", "ยี่ห้อ", "品牌", "牌子", "商标")  # scripts written without spaces


def _branded(text: str, start: int, end: int) -> bool:
    """The term at ``text[start:end]`` is a trade mark by the word before or after it."""
    if _BRAND_AFTER.match(text[end:end + 16]):
        return True
    before = text[max(0, start - 24):start].rstrip(" \"'“‘«「")
    if before.endswith(_BRAND_UNSPACED):
        return True
    words = before.split()
    return bool(words) and words[-1] in _BRAND_BEFORE


def _disguised_names(text: str, lexicon: Lexicon) -> list[tuple[str, str]]:
    """Chinese names of the lexicon written partly or wholly in pinyin in ``text``."""
    index = lexicon.derived.get("pinyin")
    if index is None:
        names = [n for taxon in lexicon.taxa.values() for n in taxon.names.get("zh", [])]
        names += [n for product in lexicon.products.values() for n in product.names.get("zh", [])]
        names += [w.term for w in lexicon.code_words if w.language == "zh" and not w.weak]
        index = pinyin_index(names)
        lexicon.derived["pinyin"] = index
    return chinese_disguised(text, index)


_DISGUISED = "\0disguised"


def _reading_names(lexicon: Lexicon) -> list[str]:
    """Every name the disguise readings look for: taxa, products and strong code words."""
    names = [n for taxon in lexicon.taxa.values() for group in taxon.names.values()
             for n in group]
    names += [n for product in lexicon.products.values()
              for group in product.names.values() for n in group]
    names += [w.term for w in lexicon.code_words if not w.weak]
    return names


_Index = TypeVar("_Index")


def _derived(lexicon: Lexicon, key: str, build: Callable[[list[str]], _Index]) -> _Index:
    """An index of the lexicon's reading names, built once per lexicon under ``key``."""
    index = lexicon.derived.get(key)
    if index is None:
        index = build(_reading_names(lexicon))
        lexicon.derived[key] = index
    return cast(_Index, index)


def _mask_index(lexicon: Lexicon) -> MaskIndex:
    """The lexicon's names indexed for :mod:`extractors.species.masks`."""
    return _derived(lexicon, "masks", mask_index)


def _shape_index(lexicon: Lexicon) -> ShapeIndex:
    """The lexicon's names indexed for :mod:`extractors.species.reshaped`."""
    return _derived(lexicon, "shapes", shape_index)


def _fold_index(lexicon: Lexicon) -> FoldIndex:
    """The lexicon's names indexed for :mod:`extractors.species.folded`: the reading names, the
    weak Thai code words ("ชะนี" still needs its context word when read), and the Spanish names
    with their plurals and diminutives."""
    def build(names: list[str]) -> FoldIndex:
        thai = [w.term for w in lexicon.code_words if w.weak and w.language == "th"]
        spanish = [n for taxon in lexicon.taxa.values() for n in taxon.names.get("es", [])]
        spanish += [n for product in lexicon.products.values()
                    for n in product.names.get("es", [])]
        spanish += [w.term for w in lexicon.code_words if w.language == "es" and not w.weak]
        spanish += [form for name in list(spanish) for form in inflections(name, "es")]
        return fold_index(names + thai, spanish)

    return _derived(lexicon, "folded", build)


def _approx_index(lexicon: Lexicon) -> ApproxIndex:
    """The lexicon's names indexed for :mod:`extractors.species.approximate`; the words of its
    negative cues and everyday-sense phrases are never read as a name's word."""
    def build(names: list[str]) -> ApproxIndex:
        everyday = [n for cue in lexicon.negative_cues for group in cue.names.values()
                    for n in group]
        everyday += [rule.term for rule in lexicon.ambiguous if rule.cue == OTHER_WORD]
        return approx_index(names, everyday)

    return _derived(lexicon, "approximate", build)


def find_species(text: str, language: str | None = None,
                 lexicon: Lexicon | None = None, *, masks: bool = True) -> SpeciesFindings:
    """Taxa named or implied in ``text``, product terms, code words and negative cues.

    ``language`` is a hint (ISO 639-1) used to label the mention when a term exists in several
    languages; every language of the lexicon is always looked for, since sellers mix them.
    ``masks`` reads names with dropped vowels or a masked letter (off in the second readings:
    a word cut apart by the first one is not a masked letter).
    """
    lexicon = lexicon or load_lexicon()
    automaton, rules = compiled_for(lexicon)
    findings = SpeciesFindings()
    if not text:
        return findings
    skel = skeleton(text)
    mentions: dict[str, SpeciesMention] = {}
    rank = {kind: position for position, kind in enumerate(SPECIES_MATCH_KIND_ORDER)}
    code_words = _code_word_table(lexicon)

    named_by: dict[str, set[str]] = {}  # taxon -> the terms (skeleton keys) that named it

    def mention(taxon_name: str, entry: Entry, written: str, key: str) -> None:
        # a name written in leetspeak ("g4d1ng") is no colour or brand beside a sense phrase
        # ("kuning gading"): marked, so no sense phrase or rule shadows it
        disguised = any(char.isdigit() or char in "@$" for char in written) and not any(
            char.isdigit() for char in key)
        named_by.setdefault(taxon_name, set()).add(key + _DISGUISED if disguised else key)
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

    def take(entry: Entry, written: str, key: str, in_context: bool) -> None:
        """A term naming or implying taxa: a name, product term, code word or emoji."""
        if entry.kind == "product":
            note(findings.product_terms, entry.target)
            for taxon_name in lexicon.products[entry.target].implies:
                mention(taxon_name, entry, written, key)
                if _unambiguous(key, rules):
                    named_keys.add(key)
        elif entry.kind == "code_word":
            word = code_words[entry.target]
            note(findings.code_words, word.term)
            if not word.weak or in_context:
                for taxon_name in word.implies:
                    mention(taxon_name, entry, written, key)
                    if _unambiguous(key, rules) or (not word.weak and key not in rules):
                        named_keys.add(key)  # "paslama" speaks past "León" the place
        elif entry.kind == "emoji":
            for taxon_name in lexicon.emoji[entry.target]:
                mention(taxon_name, entry, written, key)
        else:
            mention(entry.target, entry, written, key)
            if (" " in key and _unambiguous(key, rules)) or (
                    entry.kind in ("scientific", "synonym") and len(key) >= 6
                    and key not in rules):
                # "star tortoise", "Aztekium": a word-sense cue elsewhere says nothing
                named_keys.add(key)

    cue_keys: dict[str, set[str]] = {}  # word-sense cue -> the terms it was read from
    # product terms, strong code words and names of several words that named a taxon
    named_keys: set[str] = set()
    for start, end, entries in automaton.scan(skel.text):
        written = skel.original(start, end)
        if " " in skel.text[start:end] and _spans_sentences(written):
            continue
        key = skel.text[start:end]
        key_rules = rules.get(key, ())
        around = _around(skel, start, end) if key_rules else None
        hit = next((rule for rule in key_rules
                    if around and _ambiguous_hit(rule, skel, start, end, around)), None)
        if hit is not None:
            if hit.cue == OTHER_WORD:
                continue  # "boa tarde", "tábua de corte": another word, silent on the listing
            if not (hit.cue in ("toy", "other meaning") and _likened_pet(skel.text, end)):
                note(findings.negative_cues, hit.cue)
                cue_keys.setdefault(hit.cue, set()).add(key)
            continue
        if _branded(skel.text, start, end) and any(e.kind != "negative" for e in entries):
            note(findings.negative_cues, "brand")  # "merk Beruang", "熊猫牌", "ตรานกแก้ว"
            cue_keys.setdefault("brand", set()).add(key)
            continue
        if _negated_here(skel, start) and any(entry.kind != "negative" for entry in entries):
            continue  # "not rosewood", "pas d'ivoire", "不是象牙": the text denies the taxon here
        if language:
            entries = sorted(entries, key=lambda e: e.language not in (language, None))
        for entry in entries:
            if not _strict_ok(entry, written):
                continue
            if entry.kind == "negative":
                if not (_denied(skel.text, start) or _disguised(skel.text, start)
                        or (entry.target == "material" and _of_accessory(skel.text, start, end))
                        or (entry.target == "toy" and (_likened_pet(skel.text, end)
                                                       or _comes_with(skel.text, start)))):
                    note(findings.negative_cues, entry.target)
                    cue_keys.setdefault(entry.target, set()).add(key)
            else:
                take(entry, written, key,
                     entry.kind == "code_word" and _context_hit(
                         code_words[entry.target], skel, start, end))
    for written, name in _disguised_names(text, lexicon):
        for _, _, entries in automaton.scan(fold(name)):
            for entry in entries:
                if entry.kind != "negative":
                    take(entry, written, fold(name), False)
    shadowing = {phrase for phrases in cue_keys.values() for phrase in phrases if " " in phrase}

    def absorb(extra: SpeciesFindings) -> None:
        """Take the taxa, product terms and code words of a second reading of the text; not a
        name that the first reading saw inside a phrase naming something else ("alligator gar",
        a fish, whose "gar" a Telex reading of Vietnamese text turns into "gả")."""
        for item in extra.mentions:
            if any(fold(item.matched_text) in phrase for phrase in shadowing):
                continue
            mentions.setdefault(item.scientific_name, item)
        for term in extra.product_terms:
            note(findings.product_terms, term)
        for term in extra.code_words:
            note(findings.code_words, term)

    alone: dict[str, SpeciesFindings] = {}
    for phrase, word in emoji_phrases(text, language):  # "Mật 🐻 tươi", "Anakan 🦅 Jawa"
        if word not in alone:
            alone[word] = find_species(word, language, lexicon)
        read = find_species(phrase, language, lexicon)
        known = {item.scientific_name for item in alone[word].mentions}
        if ({item.scientific_name for item in read.mentions} - known
                or set(read.product_terms) - set(alone[word].product_terms)):
            absorb(read)
    zhuyin = zhuyin_reading(text)
    if zhuyin is not None:  # "ㄒㄧ ㄐㄧㄠˇ杯"
        absorb(find_species(zhuyin, language, lexicon))
    spelled = emoji_spelled(text)
    if spelled is not None:  # "ดี🐻", "象🦷": the emoji stands for a word
        absorb(find_species(spelled, language, lexicon))
    # one second reading through what cuts or masks a word: "oce-lote", "t0t0-aba" (a mark),
    # "іvоrу" (Cyrillic letters), "pangoIin", "Cava🌊lo-marinho"; it reads itself unchanged
    second = unmask(_CUT_WORD.sub("", _CUT_WORD.sub("", text)))
    if second != text:
        absorb(find_species(second, language, lexicon, masks=False))
    for spelled_again in (k_reading(text, language), viqr_reading(text),
                          vietnamese_reading(text, language), ph_reading(text, language),
                          viqr_tone_reading(text, language), nine_reading(text, language)):
        if spelled_again is not None:  # "guakamaya", "Ma^.t ga^'u", "bo` to't", "kuk4n9"
            absorb(find_species(spelled_again, language, lexicon, masks=False))
    if masks:
        index = _mask_index(lexicon)
        for name in vowelless_readings(text, index):  # "rhn hrn", "cndrwsh mrh"
            absorb(find_species(name, language, lexicon, masks=False))
        filled = masked_readings(text, index)  # "p*ngolin", "ช-นี"
        if filled is not None:
            absorb(find_species(filled, language, lexicon, masks=False))
        shapes = _shape_index(lexicon)
        for reshaped in (reversed_reading(text, shapes), joined_reading(text, shapes),
                         thai_tone_reading(text, shapes), rotated_reading(text, shapes),
                         echo_reading(text), flipped_reading(text),
                         swapped_rimes_reading(text, shapes) if language == "vi" else None,
                         thai_keyboard_reading(text, shapes)):
            if reshaped is not None:  # "ةافحلس", "ajo lote", "ลิ๋งลม", "linpango", "mấu gật"
                absorb(find_species(reshaped, language, lexicon, masks=False))
        folds = _fold_index(lexicon)
        for alike in (spanish_reading(text, language, folds), arabic_reading(text, folds),
                      thai_short_a_reading(text, folds), thai_spaced_reading(text, folds)):
            if alike is not None:  # "lamví", "cavallito", "تمصاح", "قوريلا", "ชนี๊"
                absorb(find_species(alike, language, lexicon, masks=False))
        near = _approx_index(lexicon)
        for alike in (sound_reading(text, near), backwards_reading(text, near),
                      thai_alike_reading(text, near), arabizi_reading(text, language, near)):
            if alike is not None:  # "yvoir", "rauguaj (léelo al revés)", "นอแลด", "tim$a7"
                absorb(find_species(alike, language, lexicon, masks=False))
    plants_only = bool(mentions) and all(
        lexicon.taxa[name].kingdom == "Plantae" for name in mentions)
    findings.negative_cues = [
        cue for cue in findings.negative_cues
        if not _sense_cue_overruled(cue, cue_keys.get(cue, set()), named_keys)
        and not (plants_only and cue == "material"
                 and all(_names_plant_matter(key) for key in cue_keys.get(cue, {""})))]
    findings.sense_only = _sense_only(findings.negative_cues, cue_keys, named_by, rules)
    for item in mentions.values():
        products = lexicon.taxa[item.scientific_name].products
        item.product_terms = [term for term in findings.product_terms if term in products]
    findings.mentions = list(mentions.values())
    return findings
