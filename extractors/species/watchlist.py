"""Search queries for the crawlers: what to type into a marketplace's search box."""

from __future__ import annotations

from extractors.exceptions import LexiconError
from extractors.species.lexicon import Lexicon, load_lexicon


def watchlist_terms(language: str, *, limit: int | None = None,
                    lexicon: Lexicon | None = None) -> list[str]:
    """Queries in ``language``, most trafficked first: implying products, then taxa by priority.

    Each query is a product term that implies a taxon on its own ("ivory"), then the first common
    name of every taxon, flagships (priority 1) first, then product + name pairs for the products
    linked to flagship taxa ("rhino horn"). Languages without names fall back to nothing: the
    caller decides whether to use English.
    """
    if limit is not None and limit < 0:
        raise LexiconError(f"watchlist limit must be positive, got {limit}")
    lexicon = lexicon or load_lexicon()
    queries: list[str] = []

    def add(query: str) -> None:
        if query and query.casefold() not in {q.casefold() for q in queries}:
            queries.append(query)

    for product in lexicon.products.values():
        if product.implies:
            for name in product.names.get(language, [])[:1]:
                add(name)
    taxa = sorted(lexicon.taxa.values(), key=lambda taxon: taxon.priority)
    for taxon in taxa:
        if taxon.priority > 2:
            continue
        for name in taxon.names.get(language, [])[:1]:
            add(name)
    for taxon in taxa:
        if taxon.priority != 1:
            continue
        names = taxon.names.get(language, [])
        for product_id in taxon.products[:2]:
            linked = lexicon.products.get(product_id)
            if linked and names and linked.names.get(language):
                add(_pair(names[0], linked.names[language][0], language))
    for taxon in taxa:
        if taxon.priority > 2:
            for name in taxon.names.get(language, [])[:1]:
                add(name)
    return queries if limit is None else queries[:limit]


def _pair(name: str, product: str, language: str) -> str:
    """'rhino' + 'horn' in the word order of the language."""
    if language in ("zh", "th"):
        return f"{name}{product}"
    if language in ("en",):
        return f"{name} {product}"
    if language in ("fr", "es", "pt"):
        link = {"fr": "de", "es": "de", "pt": "de"}[language]
        return f"{product} {link} {name}"
    return f"{product} {name}"
