"""Species mentions: the curated CITES lexicon and the matcher that reads listings with it.

Public API::

    find_species(text, language=None) -> SpeciesFindings
    load_lexicon(path=None) -> Lexicon
    watchlist_terms(language, *, limit=None) -> list[str]
"""

from __future__ import annotations

from extractors.species.lexicon import Lexicon, Taxon, load_lexicon
from extractors.species.matcher import SpeciesFindings, find_species
from extractors.species.watchlist import watchlist_terms

__all__ = ["Lexicon", "SpeciesFindings", "Taxon", "find_species", "load_lexicon",
           "watchlist_terms"]
