"""Defaults of the networks package (NETWORK_* names, one line of help each)."""

from __future__ import annotations

# Largest Hamming distance (of 64 bits) between perceptual hashes of one photo re-posted.
NETWORK_PHASH_MAX_DISTANCE = 6
# Jaccard similarity of word shingles above which two descriptions count as one text.
NETWORK_WORDING_THRESHOLD = 0.7
# Words per shingle when comparing descriptions.
NETWORK_SHINGLE_WORDS = 3
# Descriptions shorter than this many words are too generic to link listings.
NETWORK_WORDING_MIN_WORDS = 12
# MinHash permutations (more: fewer missed pairs, slower).
NETWORK_MINHASH_PERMUTATIONS = 64
# An identifier carried by more listings than this is generic (a marketplace's own number).
NETWORK_MAX_IDENTIFIER_FANOUT = 500
