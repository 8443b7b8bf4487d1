"""The bundled lexicon: size, languages, current appendices, provenance, file sizes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractors.exceptions import LexiconError
from extractors.normalize import fold
from extractors.species import load_lexicon
from extractors.species.lexicon import read_lexicon
from extractors.species.settings import SPECIES_LANGUAGES, SPECIES_LEXICON_PATH

APPENDICES = {"I", "II", "III", "I/II", "II/III", "I/II/III"}


def test_at_least_300_taxa() -> None:
    assert len(load_lexicon()) >= 300


def test_flagship_taxa_have_names_in_all_nine_languages() -> None:
    flagships = [taxon for taxon in load_lexicon().taxa.values() if taxon.priority == 1]
    assert len(flagships) >= 60
    for taxon in flagships:
        missing = [lang for lang in SPECIES_LANGUAGES if not taxon.names.get(lang)]
        assert not missing, f"{taxon.scientific_name} lacks names in {missing}"


@pytest.mark.parametrize(("name", "appendix"), [
    ("Manis spp.", "I"), ("Manis javanica", "I"), ("Manis pentadactyla", "I"),
    ("Manis gigantea", "I"), ("Psittacus erithacus", "I"), ("Loxodonta africana", "I/II"),
    ("Elephas maximus", "I"), ("Ceratotherium simum", "I/II"), ("Diceros bicornis", "I"),
    ("Panthera tigris", "I"), ("Panthera leo", "I/II"), ("Carcharhinidae", "II"),
    ("Sphyrnidae", "II"), ("Carcharhinus longimanus", "II"), ("Rhincodon typus", "II"),
    ("Pristidae", "I"), ("Dalbergia spp.", "II"), ("Dalbergia nigra", "I"),
    ("Pterocarpus santalinus", "II"), ("Aquilaria spp.", "II"), ("Totoaba macdonaldi", "I"),
    ("Rhinoplax vigil", "I"), ("Saiga tatarica", "II"), ("Geochelone elegans", "I"),
    ("Malacochersus tornieri", "I"), ("Aonyx cinereus", "I"), ("Macaca sylvanus", "I"),
    ("Gekko gecko", "II"), ("Hippopotamus amphibius", "II"), ("Anguilla anguilla", "II"),
    ("Hippocampus spp.", "II"), ("Cheloniidae", "I"), ("Nycticebus spp.", "I"),
    ("Corallium spp.", "III"), ("Macrochelys temminckii", "II"), ("Odobenus rosmarus", "III"),
])
def test_current_appendices(name: str, appendix: str) -> None:
    assert load_lexicon().taxa[name].cites_appendix == appendix


def test_every_taxon_is_well_formed() -> None:
    for taxon in load_lexicon().taxa.values():
        assert taxon.cites_appendix in APPENDICES, taxon.scientific_name
        assert taxon.appendix_source.startswith("CITES Appendices valid from"), \
            taxon.scientific_name
        assert taxon.kingdom in ("Animalia", "Plantae")
        assert set(taxon.names) <= set(SPECIES_LANGUAGES)
        assert taxon.names.get("en"), taxon.scientific_name


def test_no_term_names_two_taxa() -> None:
    owners: dict[str, set[str]] = {}
    for taxon in load_lexicon().taxa.values():
        labels = [taxon.scientific_name, *taxon.synonyms]
        labels += [name for names in taxon.names.values() for name in names]
        for label in labels:
            owners.setdefault(fold(label), set()).add(taxon.scientific_name)
    shared = {term: taxa for term, taxa in owners.items() if len(taxa) > 1}
    assert shared == {}


def test_implying_products_and_code_words() -> None:
    lexicon = load_lexicon()
    assert lexicon.products["ivory"].implies == ["Elephantidae"]
    assert lexicon.products["rhino horn"].implies == ["Rhinocerotidae"]
    assert lexicon.products["pangolin scales"].implies == ["Manis spp."]
    words = {word.term: word for word in lexicon.code_words}
    assert words["white gold"].weak and words["ngà"].strict
    assert lexicon.provenance["appendices"].startswith("CITES Appendices")


def test_data_files_stay_small() -> None:
    files = sorted(SPECIES_LEXICON_PATH.glob("*.json"))
    assert len(files) >= 10
    assert all(file.stat().st_size < 45_000 for file in files)
    assert sum(file.stat().st_size for file in files) < 1_500_000


def test_bad_lexicon_files(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(LexiconError, match="not valid JSON"):
        read_lexicon(broken)
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps({"format": "other"}), encoding="utf-8")
    with pytest.raises(LexiconError, match="not a wildtrace-lexicon/1"):
        read_lexicon(wrong)
    dangling = tmp_path / "dangling.json"
    dangling.write_text(json.dumps({"format": "wildtrace-lexicon/1", "taxa": [],
                                    "emoji": {"🐘": ["Nowhere"]}}), encoding="utf-8")
    with pytest.raises(LexiconError, match="unknown taxa"):
        read_lexicon(dangling)
    with pytest.raises(LexiconError, match="no such"):
        load_lexicon(tmp_path / "missing.json")
    (tmp_path / "empty").mkdir()
    with pytest.raises(LexiconError, match=r"no \*\.json"):
        read_lexicon(tmp_path / "empty")


def test_lookup_by_any_name() -> None:
    lexicon = load_lexicon()
    for name in ("穿山甲", "trenggiling", "Smutsia gigantea", "AFRICAN GREY", "tê tê"):
        found = lexicon.find(name)
        assert found is not None, name
    assert lexicon.find("nothing like this") is None
