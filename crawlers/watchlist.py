"""Watchlists: the search terms a crawl types into a marketplace's search box, per language.

Terms come from the species lexicon (:func:`extractors.species.watchlist_terms`: scientific and
common names, product terms, trade code words); the user adds and removes terms, kept in
``<data dir>/watchlist.json`` as ``{"added": {lang: [...]}, "removed": {lang: [...]}}``.
"""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path
from typing import Any, Protocol

from crawlers.exceptions import WatchlistError
from wildtrace.exceptions import WildtraceError

log = logging.getLogger(__name__)

FILE_NAME = "watchlist.json"
LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z]{2,4})?$")


class TermSource(Protocol):
    def watchlist_terms(self, language: str, limit: int | None = None) -> list[str]: ...


class LexiconTerms:
    """The species lexicon of the extractors package."""

    def watchlist_terms(self, language: str, limit: int | None = None) -> list[str]:
        from extractors.species import watchlist_terms

        return list(watchlist_terms(language, limit=limit))


def _check(language: str, term: str | None = None) -> None:
    if not LANGUAGE.match(language):
        raise WatchlistError(f"{language!r} is not a language code (expected e.g. en, fr, zh)")
    if term is not None and not term.strip():
        raise WatchlistError("a watchlist term cannot be empty")


class Watchlist:
    """Lexicon terms plus the user's additions, minus the user's removals."""

    def __init__(self, data_dir: Path, source: TermSource | None = None) -> None:
        self.path = Path(data_dir) / FILE_NAME
        self.source: TermSource = source or LexiconTerms()

    def _load(self) -> dict[str, dict[str, list[str]]]:
        if not self.path.exists():
            return {"added": {}, "removed": {}}
        try:
            data: Any = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise WatchlistError(
                f"{self.path}: unreadable watchlist ({exc}); fix or delete it") from exc
        if not isinstance(data, dict):
            raise WatchlistError(f"{self.path}: expected a JSON object")
        return {"added": dict(data.get("added", {})), "removed": dict(data.get("removed", {}))}

    def _save(self, data: dict[str, dict[str, list[str]]]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        tmp.replace(self.path)

    def terms(self, language: str, limit: int | None = None) -> list[str]:
        """The terms to search in ``language``: the user's first, then the lexicon's."""
        _check(language)
        data = self._load()
        removed = {t.casefold() for t in data["removed"].get(language, [])}
        terms = list(data["added"].get(language, []))
        try:
            terms += self.source.watchlist_terms(language, limit=limit)
        except (ImportError, WildtraceError) as exc:
            log.warning("species lexicon unavailable (%s): only user terms are searched", exc)
        kept = [t for t in dict.fromkeys(terms) if t.casefold() not in removed]
        return kept[:limit] if limit else kept

    def add(self, term: str, language: str) -> None:
        _check(language, term)
        data = self._load()
        term = term.strip()
        added = data["added"].setdefault(language, [])
        if term not in added:
            added.append(term)
        data["removed"][language] = [t for t in data["removed"].get(language, [])
                                     if t.casefold() != term.casefold()]
        self._save(data)

    def remove(self, term: str, language: str) -> None:
        _check(language, term)
        data = self._load()
        term = term.strip()
        data["added"][language] = [t for t in data["added"].get(language, [])
                                   if t.casefold() != term.casefold()]
        removed = data["removed"].setdefault(language, [])
        if term.casefold() not in {t.casefold() for t in removed}:
            removed.append(term)
        self._save(data)
