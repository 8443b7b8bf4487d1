"""The page's country and default currency, from the profile, metadata, domain or language.

The country decides how "$", "¥" and "kr" read and which region phone numbers are parsed in.
"""

from __future__ import annotations

from urllib.parse import urlsplit

_TLD_COUNTRY = {
    "fr": "FR", "de": "DE", "es": "ES", "it": "IT", "pt": "PT", "nl": "NL", "be": "BE",
    "ch": "CH", "at": "AT", "uk": "GB", "ie": "IE", "pl": "PL", "cz": "CZ", "ro": "RO",
    "se": "SE", "no": "NO", "dk": "DK", "fi": "FI", "ru": "RU", "ua": "UA", "tr": "TR",
    "vn": "VN", "th": "TH", "id": "ID", "my": "MY", "sg": "SG", "ph": "PH", "cn": "CN",
    "hk": "HK", "tw": "TW", "jp": "JP", "kr": "KR", "in": "IN", "pk": "PK", "bd": "BD",
    "au": "AU", "nz": "NZ", "ca": "CA", "mx": "MX", "br": "BR", "ar": "AR", "cl": "CL",
    "co": "CO", "pe": "PE", "za": "ZA", "ng": "NG", "ke": "KE", "tz": "TZ", "ug": "UG",
    "gh": "GH", "eg": "EG", "ma": "MA", "ae": "AE", "sa": "SA", "il": "IL", "la": "LA",
    "kh": "KH", "mm": "MM", "np": "NP", "lk": "LK", "cm": "CM", "cd": "CD", "ga": "GA",
}
_LANGUAGE_COUNTRY = {"vi": "VN", "th": "TH", "id": "ID", "ja": "JP", "ko": "KR", "zh": "CN",
                     "ms": "MY", "pl": "PL", "cs": "CZ", "tr": "TR", "uk": "UA", "he": "IL",
                     "sw": "KE", "lo": "LA", "km": "KH", "my": "MM"}
COUNTRY_CURRENCY = {
    "FR": "EUR", "DE": "EUR", "ES": "EUR", "IT": "EUR", "PT": "EUR", "NL": "EUR", "BE": "EUR",
    "AT": "EUR", "IE": "EUR", "FI": "EUR", "GB": "GBP", "CH": "CHF", "PL": "PLN", "CZ": "CZK",
    "RO": "RON", "SE": "SEK", "NO": "NOK", "DK": "DKK", "RU": "RUB", "UA": "UAH", "TR": "TRY",
    "VN": "VND", "TH": "THB", "ID": "IDR", "MY": "MYR", "SG": "SGD", "PH": "PHP", "CN": "CNY",
    "HK": "HKD", "TW": "TWD", "JP": "JPY", "KR": "KRW", "IN": "INR", "PK": "PKR", "BD": "BDT",
    "AU": "AUD", "NZ": "NZD", "CA": "CAD", "MX": "MXN", "BR": "BRL", "AR": "ARS", "CL": "CLP",
    "CO": "COP", "PE": "PEN", "ZA": "ZAR", "NG": "NGN", "KE": "KES", "TZ": "TZS", "UG": "UGX",
    "GH": "GHS", "EG": "EGP", "MA": "MAD", "AE": "AED", "SA": "SAR", "IL": "ILS", "US": "USD",
    "LA": "LAK", "KH": "KHR", "MM": "MMK", "NP": "NPR", "LK": "LKR", "CM": "XAF", "GA": "XAF",
}
_US_HOST_HINTS = ("craigslist.org",)


def country_from_url(url: str) -> str | None:
    """ISO country from the domain (".fr", ".com.vn", "craigslist.org" → US), else None."""
    host = (urlsplit(url).hostname or "").lower()
    if any(host.endswith(hint) for hint in _US_HOST_HINTS):
        return "US"
    tld = host.rsplit(".", 1)[-1] if "." in host else ""
    return _TLD_COUNTRY.get(tld)


def country_from_language(language: str | None, locale: str | None = None) -> str | None:
    """ISO country from an og:locale ("fr_FR") or a language that maps to one country."""
    if locale and "_" in locale:
        region = locale.split("_", 1)[1][:2].upper()
        if region.isalpha() and len(region) == 2:
            return region
    return _LANGUAGE_COUNTRY.get(language or "")


def currency_of(country: str | None) -> str | None:
    return COUNTRY_CURRENCY.get(country or "")
