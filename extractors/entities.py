"""Seller identifiers and species mentions of a listing, read from its title and description.

Calls the identifier and species matchers (``extractors.identifiers``, ``extractors.species``)
with the page's country as phone region and its language as lexicon hint. On result pages the
tile titles are read too, so a search page that lists "ivory bangle" is not silent.
"""

from __future__ import annotations

import logging

from wildtrace.models import PageExtraction

logger = logging.getLogger(__name__)


def listing_text(result: PageExtraction) -> str:
    """What the matchers read: title, description, and tile titles on result pages."""
    parts = [result.text]
    parts += [link.title for link in result.listings if link.title]
    return "\n".join(part for part in parts if part)


def add_entities(result: PageExtraction) -> None:
    """Fill phones, emails, handles, wallets, species and negative cues in place."""
    text = listing_text(result)
    if not text.strip():
        return
    try:
        from extractors.identifiers import (  # type: ignore[attr-defined,unused-ignore]
            find_identifiers,
        )
    except ImportError:  # the identifier matcher is another package; absent means not installed
        logger.warning("extractors.identifiers is not available: no phones, e-mails, handles")
    else:
        found = find_identifiers(text, result.country)
        result.phones = list(found.phones)
        result.emails = list(found.emails)
        result.handles = list(found.handles)
        result.wallets = list(found.wallets)
        result.sources["identifiers"] = "extractors.identifiers"
    try:
        from extractors.species import find_species
    except ImportError:
        logger.warning("extractors.species is not available: no species mentions")
    else:
        findings = find_species(text, result.language)
        result.species = list(findings.mentions)
        result.negative_cues = list(findings.negative_cues)
        result.sources["species"] = "extractors.species"
