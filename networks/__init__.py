"""Seller networks: not written yet."""
