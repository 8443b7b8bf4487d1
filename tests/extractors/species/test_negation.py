"""A denied look-alike word ("not resin") is the seller insisting on the real thing."""

from __future__ import annotations

import pytest

from extractors.species import find_species


@pytest.mark.parametrize("text", [
    "Hand carved elephant tusk, genuine, not resin, not bone",
    "Collar de marfil auténtico, sin resina",
    "ngà voi thật, không phải nhựa",
    "象牙手镯 不是树脂",
    "Bracelet en ivoire véritable, pas de résine",
])
def test_denied_materials_are_not_negative_cues(text: str) -> None:
    found = find_species(text)
    assert [m.scientific_name for m in found.mentions] == ["Elephantidae"]
    assert found.negative_cues == []


@pytest.mark.parametrize("text", [
    "resin elephant figurine",
    "non-toxic resin elephant figure",
    "ivory colour wedding dress",
])
def test_plain_look_alike_cues_still_count(text: str) -> None:
    assert find_species(text).negative_cues
