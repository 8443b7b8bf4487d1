"""Cryptocurrency wallet addresses, kept only when their checksum holds."""

from __future__ import annotations

import re

from extractors.identifiers.checksums import base58check_decode, bech32_decode, eip55_valid
from wildtrace.models import Wallet

_BASE58 = re.compile(r"(?<![A-Za-z0-9])([13LMT][1-9A-HJ-NP-Za-km-z]{25,34})(?![A-Za-z0-9])")
_BECH32 = re.compile(r"(?<![A-Za-z0-9])((?:bc|ltc|BC|LTC)1[02-9ac-hj-np-zAC-HJ-NP-Z]{6,87})"
                     r"(?![A-Za-z0-9])")
_ETH = re.compile(r"(?<![A-Za-z0-9])(0x[0-9a-fA-F]{40})(?![0-9a-fA-F])")
_VERSIONS = {0x00: "BTC", 0x05: "BTC", 0x30: "LTC", 0x32: "LTC", 0x41: "TRX"}


def _base58_currency(address: str) -> str | None:
    payload = base58check_decode(address)
    if payload is None or len(payload) != 21:
        return None
    return _VERSIONS.get(payload[0])


def _bech32_currency(address: str) -> str | None:
    decoded = bech32_decode(address)
    if decoded is None:
        return None
    hrp, data, variant = decoded
    if not data:
        return None
    version = data[0]
    # BIP 350: witness version 0 uses bech32, versions 1-16 use bech32m
    if (version == 0) != (variant == "bech32"):
        return None
    return {"bc": "BTC", "ltc": "LTC"}.get(hrp)


def find_wallets(text: str) -> list[Wallet]:
    found: list[Wallet] = []

    def add(currency: str | None, address: str) -> None:
        if currency is None:
            return
        wallet = Wallet(currency=currency, address=address)
        if wallet not in found:
            found.append(wallet)

    for match in _BECH32.finditer(text):
        add(_bech32_currency(match.group(1)), match.group(1).lower())
    for match in _BASE58.finditer(text):
        add(_base58_currency(match.group(1)), match.group(1))
    for match in _ETH.finditer(text):
        if eip55_valid(match.group(1)):
            add("ETH", match.group(1))
    return found
