"""extract_page hands the listing's text to the identifier and species matchers (fakes here;
the matchers' own behaviour is tested in tests/extractors/identifiers and .../species)."""

from __future__ import annotations

import sys
import types
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from extractors import extract_page
from wildtrace.models import Handle, SpeciesMention, Wallet

PAGES = Path(__file__).parent / "pages"


@dataclass
class _Identifiers:
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    handles: list[Handle] = field(default_factory=list)
    wallets: list[Wallet] = field(default_factory=list)


@dataclass
class _Findings:
    mentions: list[SpeciesMention] = field(default_factory=list)
    negative_cues: list[str] = field(default_factory=list)


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str | None]]:
    seen: list[tuple[str, str, str | None]] = []

    def find_identifiers(text: str, region: str | None) -> _Identifiers:
        seen.append(("identifiers", text, region))
        return _Identifiers(phones=["+84912345678"], handles=[Handle("zalo", "0912345678")])

    def find_species(text: str, language: str | None = None) -> _Findings:
        seen.append(("species", text, language))
        return _Findings([SpeciesMention("Manis javanica", "Sunda pangolin", "I")], ["resin"])

    identifiers = types.ModuleType("extractors.identifiers")
    identifiers.find_identifiers = find_identifiers  # type: ignore[attr-defined]
    species = types.ModuleType("extractors.species")
    species.find_species = find_species  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "extractors.identifiers", identifiers)
    monkeypatch.setitem(sys.modules, "extractors.species", species)
    return seen


def test_listing_text_country_and_language_are_passed(calls) -> None:
    result = extract_page((PAGES / "chotot_like.html").read_bytes(),
                          "https://www.chorao-example.vn/tp-ho-chi-minh/123.htm")
    (kind1, text1, region), (kind2, text2, language) = calls
    assert (kind1, region) == ("identifiers", "VN")
    assert (kind2, language) == ("species", "vi")
    assert text1 == text2 and "vảy tê tê" in text1 and "Zalo 0912 345 678" in text1
    assert result.phones == ["+84912345678"]
    assert result.handles == [Handle("zalo", "0912345678")]
    assert result.species[0].scientific_name == "Manis javanica"
    assert result.negative_cues == ["resin"]
    assert result.to_json()["handles"] == [{"platform": "zalo", "value": "0912345678"}]


def test_result_pages_pass_tile_titles(calls) -> None:
    extract_page((PAGES / "seller_shop.html").read_bytes(),
                 "https://jualan.example.com.my/shop/tropicalpetskl")
    text = calls[0][1]
    assert "Slow loris baby" in text and "Hornbill feather set" in text
    assert calls[0][2] == "MY"
