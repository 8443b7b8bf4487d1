"""Defaults of the networks package (NETWORK_* names, one line of help each)."""

from __future__ import annotations

# Largest Hamming distance (of 64 bits) between perceptual hashes of one photo re-posted.
NETWORK_PHASH_MAX_DISTANCE = 6
# Share of the shorter description's word shingles found in the other one, above which the two
# count as one text (an overlap coefficient: survives an edited ending or an added line).
NETWORK_WORDING_THRESHOLD = 0.6
# At least this many shared shingles, so two short stock phrases do not link listings.
NETWORK_WORDING_MIN_SHARED = 10
# Words per shingle when comparing descriptions.
NETWORK_SHINGLE_WORDS = 3
# Descriptions shorter than this many words are too generic to link listings.
NETWORK_WORDING_MIN_WORDS = 12
# MinHash permutations (more: fewer missed pairs, slower).
NETWORK_MINHASH_PERMUTATIONS = 64
# An identifier carried by more listings than this is generic (a marketplace's own number).
NETWORK_MAX_IDENTIFIER_FANOUT = 500
