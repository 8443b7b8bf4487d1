"""Prices as written on marketplaces, in many locales, to ``(amount, ISO 4217 currency)``.

Reads "1 185 000 €", "1.200,00 €", "$450", "450 USD", "¥3,500", "3.500.000 ₫", "R$ 1.234,56",
"Rp 150.000", "12,50 zł", "CHF 1'200.-", "３５００円". A bare number is a price only when the
caller says the text is a price (``bare_ok``: it sat in a price element) and a default currency
is known. Ambiguous symbols ("$", "¥", "kr") are resolved with the page's country.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Multi-character markers first: the regex alternation is built longest-first.
_SYMBOLS: dict[str, str] = {
    "€": "EUR", "£": "GBP", "₫": "VND", "₹": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY",
    "฿": "THB", "₱": "PHP", "₦": "NGN", "₴": "UAH", "₪": "ILS", "₭": "LAK", "៛": "KHR",
    "₮": "MNT", "₲": "PYG", "₵": "GHS", "R$": "BRL", "US$": "USD", "U$S": "USD", "USD$": "USD",
    "C$": "CAD", "CA$": "CAD", "A$": "AUD", "AU$": "AUD", "NZ$": "NZD", "HK$": "HKD",
    "NT$": "TWD", "S$": "SGD", "MX$": "MXN", "RD$": "DOP", "S/": "PEN", "Bs": "VES",
    "RM": "MYR", "Rp": "IDR", "Rs": "INR", "KSh": "KES", "Ksh": "KES", "zł": "PLN", "Kč": "CZK",
    "Ft": "HUF", "lei": "RON", "лв": "BGN", "руб": "RUB", "р.": "RUB", "грн": "UAH",
    "đ": "VND", "đồng": "VND", "dong": "VND", "元": "CNY", "人民币": "CNY", "块": "CNY",
    "円": "JPY", "원": "KRW", "บาท": "THB", "ريال": "SAR", "درهم": "AED", "ج.م": "EGP",
    "euros": "EUR", "euro": "EUR", "dollars": "USD", "dollar": "USD", "pounds": "GBP",
    "yuan": "CNY", "rmb": "CNY", "baht": "THB", "rupiah": "IDR", "ringgit": "MYR",
    "reais": "BRL", "pesos": "MXN", "rand": "ZAR", "naira": "NGN", "shillings": "KES",
    "Fr.": "CHF", "CFA": "XOF", "FCFA": "XAF",
}
_AMBIGUOUS = {"$": "USD", "¥": "JPY", "￥": "JPY", "kr": "SEK", "kr.": "DKK"}
_DOLLAR_BY_COUNTRY = {
    "CA": "CAD", "AU": "AUD", "NZ": "NZD", "MX": "MXN", "SG": "SGD", "HK": "HKD", "TW": "TWD",
    "AR": "ARS", "CL": "CLP", "CO": "COP", "UY": "UYU", "BR": "BRL", "NA": "NAD",
}
_KRONA_BY_COUNTRY = {"SE": "SEK", "NO": "NOK", "DK": "DKK", "IS": "ISK"}
ISO_CODES = frozenset({
    "AED", "ARS", "AUD", "BDT", "BGN", "BHD", "BRL", "BTC", "CAD", "CHF", "CLP", "CNY", "COP",
    "CZK", "DKK", "DZD", "EGP", "ETH", "EUR", "GBP", "GHS", "HKD", "HUF", "IDR", "ILS", "INR",
    "IQD", "ISK", "JOD", "JPY", "KES", "KHR", "KRW", "KWD", "LAK", "LKR", "MAD", "MMK", "MNT",
    "MXN", "MYR", "NGN", "NOK", "NPR", "NZD", "OMR", "PEN", "PHP", "PKR", "PLN", "PYG", "QAR",
    "RON", "RSD", "RUB", "SAR", "SEK", "SGD", "THB", "TND", "TRY", "TWD", "TZS", "UAH", "UGX",
    "USD", "UYU", "VES", "VND", "XAF", "XOF", "ZAR", "ZMW",
})

_WORDLIKE_CODES = frozenset({"TRY", "MAD", "COP", "PEN", "ALL", "CUP", "TOP", "BAM", "ETH", "BTC",
                             "GEL", "BOB", "MOP", "SOS", "HUF", "LAK"})
_MARKERS = sorted([*_SYMBOLS, *_AMBIGUOUS, *ISO_CODES], key=len, reverse=True)
_MARKER = "|".join(re.escape(m) for m in _MARKERS)
_NUMBER = (r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?"  # Indian grouping: 1,23,456
           r"|\d{1,3}(?:(?:[ \u00a0\u202f\u2009.,'’])\d{3})+(?:[.,]\d{1,2})?"  # 1 185 000,00
           r"|\d+(?:[.,]\d{1,2})?")
_BEFORE = re.compile(rf"(?<![A-Za-z])({_MARKER})\s?({_NUMBER})(?!\d|[.,]\d)", re.IGNORECASE)
_AFTER = re.compile(rf"(?<![\d.,])({_NUMBER})\s?({_MARKER})(?![A-Za-z])", re.IGNORECASE)
_BARE = re.compile(rf"(?<![\w.,])({_NUMBER})(?:[.,]-+)?(?![\w])")
_FREE = re.compile(r"\b(free|gratuit|gratis|kostenlos|miễn phí|免费)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Price:
    amount: float
    currency: str | None
    text: str


def parse_number(raw: str) -> float | None:
    """'1 185 000' -> 1185000, '1.200,00' -> 1200.0, '12,50' -> 12.5, '1,234' -> 1234."""
    text = re.sub(r"[ \u00a0\u202f\u2009'’]", "", raw)
    if not text or not text[0].isdigit():
        return None
    dots, commas = text.count("."), text.count(",")
    if dots and commas:
        decimal = "." if text.rfind(".") > text.rfind(",") else ","
        thousands = "," if decimal == "." else "."
        text = text.replace(thousands, "").replace(decimal, ".")
    elif dots + commas:
        sep = "." if dots else ","
        head, _, tail = text.rpartition(sep)
        if (dots + commas) > 1 or len(tail) == 3:
            text = text.replace(sep, "")
        else:
            text = f"{head.replace(sep, '')}.{tail}"
    try:
        return float(text)
    except ValueError:
        return None


def _currency(marker: str, country: str | None) -> str:
    upper = marker.upper()
    if upper in ISO_CODES and upper not in ("RMB",):
        return upper
    for key, code in _SYMBOLS.items():
        if key.lower() == marker.lower():
            return code
    if marker == "$":
        return _DOLLAR_BY_COUNTRY.get(country or "", "USD")
    if marker in ("¥", "￥"):
        return "CNY" if country in ("CN", "TW", "HK", "SG") else "JPY"
    if marker.lower().startswith("kr"):
        return _KRONA_BY_COUNTRY.get(country or "", "SEK" if marker == "kr" else "DKK")
    return upper


def _normalise(text: str) -> str:
    # Full-width digits and symbols (３，５００円) to ASCII; keeps € ₫ and friends.
    return unicodedata.normalize("NFKC", text).replace("\u00a0", " ")


def find_prices(text: str, *, country: str | None = None) -> list[Price]:
    """Every price with a currency marker in ``text``, in reading order."""
    text = _normalise(text)
    found: list[tuple[int, Price]] = []
    taken: list[tuple[int, int]] = []
    for pattern, number_group, marker_group in ((_BEFORE, 2, 1), (_AFTER, 1, 2)):
        for match in pattern.finditer(text):
            span = match.span()
            if any(s < span[1] and span[0] < e for s, e in taken):
                continue
            marker = match.group(marker_group)
            if marker.upper() in _WORDLIKE_CODES and not marker.isupper():
                continue  # "10 try", "5 mad": English words, not currency codes
            if marker.isalpha() and len(marker) <= 3 and marker not in _SYMBOLS and \
                    marker not in _AMBIGUOUS and marker.upper() not in ISO_CODES:
                continue  # "2000ft" is feet, not forints: short symbols must match their case
            amount = parse_number(match.group(number_group))
            if amount is None:
                continue
            taken.append(span)
            found.append((span[0], Price(amount, _currency(marker, country), match.group(0))))
    return [price for _, price in sorted(found, key=lambda item: item[0])]


def parse_price(text: str, *, default_currency: str | None = None, country: str | None = None,
                bare_ok: bool = False) -> Price | None:
    """The first price in ``text``; with ``bare_ok`` a lone number counts (default currency)."""
    if not text or not text.strip():
        return None
    prices = find_prices(text, country=country)
    if prices:
        return prices[0]
    if bare_ok:
        normal = _normalise(text)
        match = _BARE.search(normal)
        if match:
            amount = parse_number(match.group(1))
            if amount is not None:
                return Price(amount, default_currency, match.group(0))
        if _FREE.search(normal):
            return Price(0.0, default_currency, text.strip())
    return None


def is_price_text(text: str, *, country: str | None = None, max_len: int = 40) -> Price | None:
    """A price when ``text`` is essentially only a price ("$450", "Prix : 240 000 €")."""
    stripped = " ".join(text.split())
    if not stripped or len(stripped) > max_len:
        return None
    prices = find_prices(stripped, country=country)
    if len(prices) != 1:
        return None
    rest = _normalise(stripped).replace(prices[0].text, " ", 1)
    letters = sum(ch.isalpha() for ch in rest)
    return prices[0] if letters <= 12 else None
