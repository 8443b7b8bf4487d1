"""Settings of the species lexicon and matcher, each with a line of help."""

from __future__ import annotations

from pathlib import Path

#: The curated lexicon shipped with wildtrace: a folder of partial lexicon files merged by name.
SPECIES_LEXICON_PATH = Path(__file__).resolve().parent / "data"

#: Lexicon file format this code reads and writes.
SPECIES_LEXICON_FORMAT = "wildtrace-lexicon/1"

#: The nine languages every flagship taxon has names in.
SPECIES_LANGUAGES = ("en", "fr", "es", "ar", "zh", "vi", "th", "id", "pt")

#: How many tokens before/after an ambiguous term are read to decide it is not wildlife.
SPECIES_CONTEXT_TOKENS = 3

#: How many characters on each side of an ambiguous term the "near" context rules look at.
SPECIES_NEAR_CHARS = 60

#: Priority order of match kinds when one taxon is named several ways in a text.
SPECIES_MATCH_KIND_ORDER = ("scientific", "synonym", "common", "product", "code_word", "emoji")

#: Environment variable naming a lexicon file or folder to use instead of the bundled one.
SPECIES_LEXICON_ENV = "WILDTRACE_LEXICON"

#: Checklist-export language codes (ISO 639-2/3, as in Species+) read by the importer.
SPECIES_CHECKLIST_LANGUAGES = {"ENG": "en", "FRA": "fr", "SPA": "es", "ARA": "ar", "ZHO": "zh",
                               "VIE": "vi", "THA": "th", "IND": "id", "POR": "pt"}

#: Common names shorter than this are dropped from an import (too ambiguous to match on).
SPECIES_IMPORT_MIN_NAME_LENGTH = 4

#: How often (seconds) load_lexicon() looks whether the lexicon files changed on disk.
SPECIES_RELOAD_CHECK_SECONDS = 2.0
