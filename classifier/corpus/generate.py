"""Writes the TRAINING split (train.jsonl) from templates and taxa, deterministically.

    .venv/bin/python -m classifier.corpus.generate [--out classifier/corpus/train.jsonl]

Same seed, same file, byte for byte. The evaluation sets (eval/, eval_final/) are NOT produced here:
it is written by hand with other wording (see README.md in this folder).
"""

from __future__ import annotations

import argparse
import json
import random
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from classifier.corpus import templates as t
from classifier.corpus.taxa import CODE_WORDS, PRODUCT_ONLY, TAXA, Taxon

SEED = 20261123
LANGS = ("en", "fr", "es", "ar", "zh", "vi", "th", "id", "pt")
HERE = Path(__file__).resolve().parent
LATIN = {"en", "fr", "es", "vi", "id", "pt"}
LEET = str.maketrans({"i": "1", "o": "0", "a": "@", "e": "3"})
TATWEEL = "\u0640"
THAI_AM = "\u0e33"  # sara am: written after its consonant, spelt with it
AR_JOINING = set("بتثجحخسشصضطظعغفقكلمنهي")


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def clusters(word: str) -> list[str]:
    """Letters with their combining marks (Thai vowels and tones, accents) kept on them."""
    out: list[str] = []
    for char in word:
        if out and (unicodedata.category(char) in ("Mn", "Mc") or char == THAI_AM):
            out[-1] += char
        else:
            out.append(char)
    return out


def obfuscate(phrase: str, lang: str, rng: random.Random) -> str:
    """Disguise a product phrase the way sellers dodge keyword filters, in every script:
    leet ("p@ngolin", "1v0ry"), dotted, dashed or spaced letters ("i.v.o.r.y", "象.牙",
    "ع.ا.ج", "น อ แ ร ด"), dropped accents ("sung te giac") and Arabic tatweel ("عـاج")."""
    words = phrase.split(" ")
    # the longest word is most often the protected name ("pangolin", "rinoceronte")
    at = max(range(len(words)), key=lambda i: (words[i].isalpha(), len(words[i])))

    def spelt(joiner: str) -> str:
        return " ".join(joiner.join(clusters(w)) if i == at else w for i, w in enumerate(words))

    if lang in LATIN:
        style = rng.choice(("leet", "at", "dots", "accents", "spaces", "dashes"))
        if style == "leet":
            return phrase.translate(LEET)
        if style == "at" and "a" in words[at]:
            return " ".join(w.replace("a", "@") if i == at else w for i, w in enumerate(words))
        if style == "accents" and strip_accents(phrase) != phrase:
            return strip_accents(phrase)
        return spelt({"dots": ".", "dashes": "-"}.get(style, " "))
    if lang == "ar":
        joiner = rng.choice((".", " ", "-", TATWEEL))
        if joiner == TATWEEL:  # stretch joining letters inside words, as sellers do
            return "".join(
                c + TATWEEL if c in AR_JOINING and nxt.isalpha() and rng.random() < 0.5 else c
                for c, nxt in zip(phrase, phrase[1:] + " ", strict=True))
        return spelt(joiner)
    if lang == "zh":
        # split the first two or three characters, the protected name, and keep the rest
        cut = rng.choice((2, 3))
        return rng.choice((".", " ", "*", "-", "_")).join(phrase[:cut]) + phrase[cut:]
    return rng.choice((" ", ".")).join(clusters(phrase.replace(" ", "")))  # th


def price(lang: str, rng: random.Random) -> str:
    return rng.choice(t.PRICE_FORMAT[lang]).format(n=rng.choice((35, 80, 150, 400, 1200, 2500)))


def fill(template: str, lang: str, rng: random.Random, item: str, animal: str = "",
         extra_detail: bool = True) -> str:
    text = template.format(
        item=item, animal=animal, price=price(lang, rng), qty=rng.choice((2, 3, 5, 10, 20)),
        contact=rng.choice(t.CONTACTS), place=rng.choice(t.PLACES[lang]),
        detail=rng.choice(t.DETAIL[lang]))
    if extra_detail and "{detail}" not in template and rng.random() < 0.3:
        text += (" " if lang in ("zh", "th") else ", ") + rng.choice(t.DETAIL[lang])
    return text


def row(lang: str, rng: random.Random, item: str, text: str, label: int, kind: str,
        product_type: str, species: str) -> dict[str, Any]:
    title = rng.choice(t.TITLE[lang]).format(item=item, place=rng.choice(t.PLACES[lang]))
    return {"title": title, "text": text, "lang": lang, "label": label, "kind": kind,
            "product_type": product_type, "species": species}


def offers(lang: str, taxon: Taxon, rng: random.Random) -> Iterator[dict[str, Any]]:
    kinds = [(p, "offer") for p in taxon.phrases[lang]]
    kinds += [(p, "offer") for p in PRODUCT_ONLY.get(taxon.key, {}).get(lang, [])]
    for phrase in rng.sample(taxon.phrases[lang], min(2, len(taxon.phrases[lang]))):
        kinds.append((obfuscate(phrase, lang, rng), "obfuscated"))
    kinds += [(w, "code_word") for w in CODE_WORDS.get(taxon.key, {}).get(lang, [])]
    for phrase, kind in kinds:
        for template in [*rng.sample(t.OFFER[lang], 2), rng.choice(t.OFFER_QUIET[lang])]:
            text = fill(template, lang, rng, phrase)
            if rng.random() < 0.3:
                text += (" " if lang in ("zh", "th") else ", ") + rng.choice(t.OFFER_EXTRA[lang])
            yield row(lang, rng, phrase, text, 1, kind, taxon.product_type,
                      taxon.scientific_name)
    if taxon.product_type == "live animal":
        # a "rehoming fee" or "adoption fee" for a listed animal is a sale
        for template in rng.sample(t.REHOME[lang], 2):
            phrase = rng.choice(taxon.phrases[lang])
            yield row(lang, rng, phrase, fill(template, lang, rng, phrase), 1, "offer",
                      taxon.product_type, taxon.scientific_name)


NEGATIVE_POOLS = (
    ("wanted", {lang: t.WANTED[lang] + t.WANTED_MORE[lang] for lang in LANGS}, 2),
    ("news", {lang: t.NEWS[lang] + t.NEWS_MORE[lang] for lang in LANGS}, 3),
    ("conservation", {lang: t.CONSERVATION[lang] + t.CONSERVATION_MORE[lang]
                      for lang in LANGS}, 2),
)


def negatives(lang: str, taxon: Taxon, rng: random.Random) -> Iterator[dict[str, Any]]:
    animal = taxon.animal[lang]
    living = taxon.product_type not in ("timber", "plant")
    for kind, pool, count in NEGATIVE_POOLS:
        # rescues of a number of animals are news about animals, not about trees
        usable = [x for x in pool[lang] if living or not ("{qty}" in x and "{animal}" in x)]
        for template in rng.sample(usable, count):
            phrase = rng.choice(taxon.phrases[lang])
            text = fill(template, lang, rng, phrase, animal, extra_detail=False)
            yield row(lang, rng, phrase, text, 0, kind, taxon.product_type,
                      taxon.scientific_name)


def harmless(lang: str, rng: random.Random) -> Iterator[dict[str, Any]]:
    legal = {lang: t.LEGAL[lang] + t.LEGAL_MORE[lang] for lang in t.LEGAL}
    # look-alikes that name a protected animal go through the same offer templates
    for kind, pool, per_item in (("lookalike", t.LOOKALIKE, 5), ("lookalike", t.LOOKALIKE_NAMED, 4),
                                 ("legal", legal, 4)):
        for item in pool[lang]:
            templates = t.OFFER[lang] + t.OFFER_QUIET[lang]
            for template in rng.sample(templates, per_item):
                yield row(lang, rng, item, fill(template, lang, rng, item), 0, kind,
                          "unknown", "")


def generate(seed: int = SEED) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    rows: list[dict[str, Any]] = []
    for lang in LANGS:
        start = len(rows)
        for taxon in TAXA:
            rows.extend(offers(lang, taxon, rng))
            rows.extend(negatives(lang, taxon, rng))
        rows.extend(harmless(lang, rng))
        for number, item in enumerate(rows[start:], 1):
            item["id"] = f"gen-{lang}-{number:04d}"
    return [{key: r[key] for key in ("id", "title", "text", "lang", "label", "kind",
                                     "product_type", "species")} for r in rows]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE / "train.jsonl")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    rows = generate(args.seed)
    with args.out.open("w", encoding="utf-8") as handle:
        for item in rows:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    positives = sum(r["label"] for r in rows)
    print(f"{args.out}: {len(rows)} rows, {positives} offers, {len(rows) - positives} negatives")


if __name__ == "__main__":
    main()
