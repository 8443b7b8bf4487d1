"""Folding rules of the search terms, canonical forms, and the README covering everything."""

from __future__ import annotations

import ast
from pathlib import Path

from store.identity import canonical_url, normalise_identifier
from store.text import index_terms, search_terms

STORE = Path(__file__).resolve().parents[2] / "store"


def test_terms_fold_case_width_and_latin_accents() -> None:
    assert index_terms("Tortüe RADIÉE", "ＩＶＯＲＹ 100€") == ["tortue", "radiee", "ivory", "100"]
    assert index_terms("Слоновая кость") == ["слоновая", "кость"]
    assert index_terms("हाथी दांत") == ["हाथी", "दांत"]  # marks kept in Devanagari


def test_scripts_without_spaces_are_indexed_by_characters_and_pairs() -> None:
    terms = index_terms("出售象牙手镯")
    assert {"象牙", "手镯", "象", "镯"} <= set(terms)
    assert search_terms("犀牛角") == ["犀牛", "牛角"]
    assert search_terms("象") == ["象"]
    assert set(search_terms("งาช้าง")) <= set(index_terms("ขายงาช้างแท้"))
    assert not set(search_terms("ivory 象牙")) - set(index_terms("Ivory 出售象牙"))


def test_canonical_urls_and_identifiers() -> None:
    assert canonical_url("HTTPS://Shop.Example:443/a?x=1&utm_source=y&fbclid=z#top") == \
        "https://shop.example/a?x=1"
    assert canonical_url("http://shop.example:8080") == "http://shop.example:8080/"
    assert normalise_identifier("phone", "+84 (912) 345-678") == "+84912345678"
    assert normalise_identifier("handle", "Telegram:@Ivory_Deals") == "telegram:ivory_deals"
    assert normalise_identifier("wallet", "0xAbC") == "0xabc"


def test_every_setting_and_command_is_documented() -> None:
    readme = (STORE / "README.md").read_text()
    tree = ast.parse((STORE / "settings.py").read_text())
    names = [node.targets[0].id for node in tree.body
             if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)]
    assert names and all(name.startswith("STORE_") for name in names)
    missing = [name for name in names if name not in readme]
    assert not missing, f"settings missing from store/README.md: {missing}"
    for command in ("wildtrace listings", "wildtrace search", "wildtrace index rebuild",
                    "wildtrace index status", "wildtrace index flush"):
        assert command in readme, f"{command} missing from store/README.md"
