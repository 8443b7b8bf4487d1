"""Fixtures of the classifier tests: a small fake species source for unit tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

import pytest

from wildtrace.models import SpeciesMention


@dataclass
class FakeFindings:
    mentions: list[SpeciesMention] = field(default_factory=list)
    negative_cues: list[str] = field(default_factory=list)
    product_terms: list[str] = field(default_factory=list)
    code_words: list[str] = field(default_factory=list)


class FakeSpecies:
    """Knows two taxa by two words each: enough to test the layers above the lexicon."""

    TERMS: ClassVar[dict[str, tuple[str, str, str, str]]] = {
        "pangolin": ("Manis spp.", "pangolin", "I", "scales"),
        "ivory": ("Loxodonta africana", "African elephant", "I", "ivory"),
        "rosewood": ("Dalbergia spp.", "rosewood", "II", "timber"),
    }
    PLANTS: ClassVar[dict[str, tuple[str, str]]] = {"Dalbergia spp.": ("Plantae", "timber")}

    def find(self, text: str, lang: str | None) -> FakeFindings:
        low = text.lower()
        found = FakeFindings()
        for term, (name, common, appendix, product) in self.TERMS.items():
            if term in low:
                found.mentions.append(SpeciesMention(name, common, appendix, term, "common",
                                                     lang, [product]))
                found.product_terms.append(product)
        if "resin" in low:
            found.negative_cues.append("imitation")
        return found

    def kingdom_and_group(self, scientific_name: str) -> tuple[str, str]:
        return self.PLANTS.get(scientific_name, ("Animalia", ""))


@pytest.fixture
def fake_species() -> FakeSpecies:
    return FakeSpecies()
