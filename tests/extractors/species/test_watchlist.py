"""Search queries for the crawlers."""

from __future__ import annotations

import pytest

from extractors.exceptions import LexiconError
from extractors.species import load_lexicon, watchlist_terms


def test_english_queries_start_with_implying_products() -> None:
    terms = watchlist_terms("en")
    assert terms[:3] == ["ivory", "rhino horn", "pangolin scales"]
    assert "African grey parrot" in terms and "rosewood" in terms
    assert len(terms) == len({term.casefold() for term in terms})


@pytest.mark.parametrize(("language", "expected"), [
    ("zh", "穿山甲片"), ("vi", "sừng tê giác"), ("th", "นอแรด"), ("id", "sisik trenggiling"),
    ("fr", "ivoire"), ("es", "marfil"), ("pt", "marfim"), ("ar", "عاج"),
])
def test_every_language_has_queries(language: str, expected: str) -> None:
    assert expected in watchlist_terms(language, limit=20)


def test_limit_and_unknown_language() -> None:
    assert len(watchlist_terms("en", limit=5)) == 5
    assert watchlist_terms("xx") == []
    with pytest.raises(LexiconError):
        watchlist_terms("en", limit=-1)


def test_queries_are_found_by_the_matcher() -> None:
    from extractors.species import find_species

    lexicon = load_lexicon()
    for term in watchlist_terms("en", limit=40, lexicon=lexicon):
        findings = find_species(term, "en", lexicon)
        assert findings.mentions or findings.product_terms, term
