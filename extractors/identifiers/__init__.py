"""Seller identifiers in listing text: phones (E.164), e-mails, messaging handles, wallets.

    from extractors.identifiers import find_identifiers
    found = find_identifiers("Zalo 0912.345.678 / mail: ban [at] gmail [dot] com", "VN")
    found.phones   # ['+84912345678']
"""

from __future__ import annotations

from dataclasses import dataclass, field

from extractors.identifiers.emails import find_emails
from extractors.identifiers.handles import find_handles
from extractors.identifiers.phones import find_phones, normalise_phone
from extractors.identifiers.wallets import find_wallets
from wildtrace.models import Handle, Wallet

__all__ = ["Identifiers", "find_identifiers", "normalise_phone"]


@dataclass
class Identifiers:
    phones: list[str] = field(default_factory=list)  # E.164
    emails: list[str] = field(default_factory=list)
    handles: list[Handle] = field(default_factory=list)
    wallets: list[Wallet] = field(default_factory=list)


def find_identifiers(text: str, region: str | None = None) -> Identifiers:
    """Every identifier in ``text``; ``region`` (ISO 3166-1 alpha-2) reads national numbers."""
    if not text:
        return Identifiers()
    wallets = find_wallets(text)
    # a wallet's digits must not be read as a phone number
    scrubbed = text
    for wallet in wallets:
        scrubbed = scrubbed.replace(wallet.address, " ")
    emails = find_emails(scrubbed)
    for email in emails:
        scrubbed = scrubbed.replace(email, " ")
    handles = find_handles(scrubbed, region)
    phones = find_phones(scrubbed, region)
    for handle in handles:
        if handle.value.startswith("+") and handle.value not in phones:
            phones.append(handle.value)
    return Identifiers(phones=phones, emails=emails, handles=handles, wallets=wallets)
