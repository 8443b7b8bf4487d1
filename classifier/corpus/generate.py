"""Writes the TRAINING split (train.jsonl) from templates and taxa, deterministically.

    .venv/bin/python -m classifier.corpus.generate [--out classifier/corpus/train.jsonl]

Same seed, same file, byte for byte. The evaluation split (eval.jsonl) is NOT produced here:
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
from classifier.corpus.taxa import CODE_WORDS, TAXA, Taxon

SEED = 20261123
LANGS = ("en", "fr", "es", "ar", "zh", "vi", "th", "id", "pt")
HERE = Path(__file__).resolve().parent
LATIN = {"en", "fr", "es", "vi", "id", "pt"}
LEET = str.maketrans({"i": "1", "o": "0", "a": "@", "e": "3"})


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def obfuscate(phrase: str, lang: str, rng: random.Random) -> str:
    """Disguise a product phrase the way sellers dodge keyword filters."""
    if lang in LATIN:
        style = rng.choice(("leet", "dots", "accents", "spaces"))
        if style == "leet":
            return phrase.translate(LEET)
        if style == "dots":
            head, _, tail = phrase.partition(" ")
            return ".".join(head) + (" " + tail if tail else "")
        if style == "accents" and strip_accents(phrase) != phrase:
            return strip_accents(phrase)
        return " ".join(phrase)
    joiner = {"ar": "ـ", "zh": rng.choice((" ", "*", "-")), "th": rng.choice((" ", "."))}[lang]
    return joiner.join(phrase)


def price(lang: str, rng: random.Random) -> str:
    return rng.choice(t.PRICE_FORMAT[lang]).format(n=rng.choice((35, 80, 150, 400, 1200, 2500)))


def fill(template: str, lang: str, rng: random.Random, item: str, animal: str = "") -> str:
    text = template.format(
        item=item, animal=animal, price=price(lang, rng), qty=rng.choice((2, 3, 5, 10, 20)),
        contact=rng.choice(t.CONTACTS), place=rng.choice(t.PLACES[lang]),
        detail=rng.choice(t.DETAIL[lang]))
    if "{detail}" not in template and rng.random() < 0.3:
        text += (" " if lang in ("zh", "th") else ", ") + rng.choice(t.DETAIL[lang])
    return text


def row(lang: str, rng: random.Random, item: str, text: str, label: int, kind: str,
        product_type: str, species: str) -> dict[str, Any]:
    title = rng.choice(t.TITLE[lang]).format(item=item, place=rng.choice(t.PLACES[lang]))
    return {"title": title, "text": text, "lang": lang, "label": label, "kind": kind,
            "product_type": product_type, "species": species}


def offers(lang: str, taxon: Taxon, rng: random.Random) -> Iterator[dict[str, Any]]:
    kinds = [(p, "offer") for p in taxon.phrases[lang]]
    kinds.append((obfuscate(rng.choice(taxon.phrases[lang]), lang, rng), "obfuscated"))
    kinds += [(w, "code_word") for w in CODE_WORDS.get(taxon.key, {}).get(lang, [])]
    for phrase, kind in kinds:
        for template in [*rng.sample(t.OFFER[lang], 2), rng.choice(t.OFFER_QUIET[lang])]:
            text = fill(template, lang, rng, phrase)
            yield row(lang, rng, phrase, text, 1, kind, taxon.product_type,
                      taxon.scientific_name)


def negatives(lang: str, taxon: Taxon, rng: random.Random) -> Iterator[dict[str, Any]]:
    animal = taxon.animal[lang]
    for kind, pool in (("wanted", t.WANTED), ("news", t.NEWS), ("conservation", t.CONSERVATION)):
        for template in rng.sample(pool[lang], 2):
            phrase = rng.choice(taxon.phrases[lang])
            text = fill(template, lang, rng, phrase, animal)
            yield row(lang, rng, phrase, text, 0, kind, taxon.product_type,
                      taxon.scientific_name)


def harmless(lang: str, rng: random.Random) -> Iterator[dict[str, Any]]:
    legal = {lang: t.LEGAL[lang] + t.LEGAL_MORE[lang] for lang in t.LEGAL}
    for kind, pool, per_item in (("lookalike", t.LOOKALIKE, 5), ("legal", legal, 4)):
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
