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
