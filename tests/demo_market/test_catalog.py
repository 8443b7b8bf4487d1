"""The catalogue: size, mix, languages, ground truth that agrees with the text, determinism."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import phonenumbers
import pytest

from demo_market import DemoListing, load_catalog, settings
from demo_market.catalog import SITE_SPECS
from demo_market.search import fold

APPENDICES = {"I", "II", "III", "I/II"}


@pytest.fixture(scope="module")
def catalog() -> list[DemoListing]:
    return load_catalog()


def test_size_and_mix_per_site(catalog: list[DemoListing]) -> None:
    assert len(catalog) >= 330
    assert len({listing.id for listing in catalog}) == len(catalog)
    for spec in SITE_SPECS:
        mine = [listing for listing in catalog if listing.site == spec.name]
        assert len(mine) >= 105, spec.name
        kinds = Counter(listing.kind for listing in mine)
        assert 0.35 <= kinds["offer"] / len(mine) <= 0.45, (spec.name, kinds)
        assert 0.25 <= kinds["legal"] / len(mine) <= 0.35, (spec.name, kinds)
        assert 0.25 <= kinds["lookalike"] / len(mine) <= 0.35, (spec.name, kinds)
        assert sum(listing.obfuscated for listing in mine) >= 3, spec.name
        assert {listing.language for listing in mine} == set(spec.languages), spec.name


def test_required_languages_are_present(catalog: list[DemoListing]) -> None:
    counts = Counter(listing.language for listing in catalog)
    for language in ("en", "fr", "es", "zh", "vi"):
        assert counts[language] >= 30, (language, counts)
    assert counts["pt"] >= 5 and counts["th"] >= 5


def test_ground_truth_is_consistent(catalog: list[DemoListing]) -> None:
    today = dt.date.fromisoformat(settings.DEMO_TODAY)
    for listing in catalog:
        assert listing.protected == (listing.kind == "offer"), listing.id
        if listing.protected:
            assert listing.scientific_name and listing.cites_appendix in APPENDICES, listing.id
        else:
            assert listing.scientific_name is None and listing.cites_appendix is None
            assert not listing.obfuscated
        assert 1 <= len(listing.images) <= 3
        assert re.fullmatch(r"[A-Z]{2}", listing.country)
        assert re.fullmatch(r"[A-Z]{3}", listing.currency)
        assert listing.price > 0
        assert today - dt.timedelta(days=120) <= dt.date.fromisoformat(listing.posted) <= today
        assert "{" not in listing.description and "}" not in listing.description, listing.id


def test_contacts_in_ground_truth_appear_in_the_text(catalog: list[DemoListing]) -> None:
    with_contacts = 0
    for listing in catalog:
        text = f"{listing.title}\n{listing.description}"
        for phone in listing.phones:
            number = phonenumbers.parse(phone)
            assert phonenumbers.is_valid_number(number), (listing.id, phone)
            assert phonenumbers.format_number(
                number, phonenumbers.PhoneNumberFormat.E164) == phone
        for email in listing.emails:
            assert email.split("@")[0] in text, (listing.id, email)
        for handle in listing.handles:  # WhatsApp numbers are phones, not handles
            assert not handle.value.startswith("+") and handle.value in text, (listing.id, handle)
        with_contacts += bool(listing.phones or listing.emails or listing.handles)
    assert with_contacts >= 0.95 * len(catalog)


def test_phones_are_written_in_many_formats(catalog: list[DemoListing]) -> None:
    """Plain phonenumbers matching must miss some: spelled-out and "O"-for-zero numbers exist."""
    found = missed = 0
    for listing in catalog:
        for phone in listing.phones:
            matches = {phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
                       for m in phonenumbers.PhoneNumberMatcher(listing.description,
                                                                listing.country)}
            if phone in matches:
                found += 1
            else:
                missed += 1
    assert found > missed >= 8


def test_descriptions_are_not_templated(catalog: list[DemoListing]) -> None:
    copies = {listing.id for listing in catalog if listing.copy_of}
    originals = [listing for listing in catalog if listing.id not in copies]
    texts = [fold(listing.description) for listing in originals]
    assert len(set(texts)) == len(texts)
    openings = Counter(" ".join(text.split()[:3]) for text in texts)
    assert openings.most_common(1)[0][1] <= 3, openings.most_common(3)
    titles = Counter(fold(listing.title) for listing in originals)
    assert titles.most_common(1)[0][1] == 1


def test_two_processes_build_the_same_catalogue(catalog: list[DemoListing]) -> None:
    script = ("import json, dataclasses; from demo_market import load_catalog; "
              "print(json.dumps([dataclasses.asdict(x) for x in load_catalog()], "
              "ensure_ascii=False, sort_keys=True))")
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            env=env, cwd=root, check=True, timeout=120)
    import dataclasses

    here = json.dumps([dataclasses.asdict(x) for x in catalog], ensure_ascii=False,
                      sort_keys=True)
    assert result.stdout.strip() == here
