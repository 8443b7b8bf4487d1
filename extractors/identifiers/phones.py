"""Phone numbers in listing text, normalised to E.164 with Google's libphonenumber rules."""

from __future__ import annotations

import re

import phonenumbers

from extractors.identifiers.digits import reveal_digits

# single digits separated by spaces, dots or dashes: "0 9 1 2 3 4 5 6 7 8"
_SPACED = re.compile(r"(?<![\d])(?:\d[ .\-_/]{1,3}){6,14}\d(?![\d])")
_CURRENCY_NEAR = re.compile(
    r"(?:[$€£¥₫฿₹]|\b(?:usd|eur|vnd|cny|rmb|thb|idr|rp|mxn|brl|r\$|dong|đ|yuan|baht|euros?|"
    r"dollars?|pesos?|k|tr|triệu|nghìn|元|块)\b)", re.IGNORECASE)
_DATE_LIKE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")


def _collapse_spaced(text: str) -> str:
    def join(match: re.Match[str]) -> str:
        digits = re.sub(r"\D", "", match.group(0))
        # keep the groups when they look like ordinary grouping ("0912 345 678")
        groups = re.split(r"[ .\-_/]+", match.group(0))
        if max(len(g) for g in groups) > 1:
            return match.group(0)
        return digits

    return _SPACED.sub(join, text)


def _looks_like_price(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 6):start]
    after = text[end:end + 8]
    return bool(_CURRENCY_NEAR.search(before) or _CURRENCY_NEAR.match(after.strip()))


def find_phones(text: str, region: str | None = None) -> list[str]:
    """Every valid phone number in ``text`` as E.164, in order of appearance, no repeats.

    ``region`` (ISO 3166-1 alpha-2) reads national numbers; without it only numbers written
    with their country code (+84..., 0084...) are found.
    """
    plain = _collapse_spaced(reveal_digits(text))
    plain = re.sub(r"(?<![\d+])00(?=[1-9][\d\s.\-]{6,})", "+", plain)
    found: list[str] = []
    region_code = (region or "").upper() or None
    for match in phonenumbers.PhoneNumberMatcher(plain, region_code or "ZZ",
                                                 leniency=phonenumbers.Leniency.VALID):
        raw = match.raw_string.strip()
        if _DATE_LIKE.match(raw) or _looks_like_price(plain, match.start, match.end):
            continue
        number = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
        if number not in found:
            found.append(number)
    return found


def normalise_phone(value: str, region: str | None = None) -> str | None:
    """One phone number as E.164, or None when it is not a valid number."""
    try:
        number = phonenumbers.parse(reveal_digits(value), (region or "").upper() or None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
