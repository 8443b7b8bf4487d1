"""Seller contact details written the way real advertisers write them.

A description in the data modules carries placeholders such as ``{phone}``, ``{phone:spelled}``,
``{email:at}`` or ``{wechat}``. :func:`render_contacts` fills them from the seller's identifiers
and records what was written as ground truth (phones in E.164, e-mails, messaging handles).
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass, field
from typing import Any

from wildtrace.models import Handle

# Country calling codes and whether national numbers are dialled with a leading 0.
CALLING_CODES: dict[str, tuple[str, bool]] = {
    "VN": ("84", True), "CN": ("86", False), "TH": ("66", True), "KE": ("254", True),
    "NG": ("234", True), "ZA": ("27", True), "FR": ("33", True), "ES": ("34", False),
    "MX": ("52", False), "US": ("1", False), "BR": ("55", False), "GB": ("44", True),
    "CM": ("237", False), "BE": ("32", True), "HK": ("852", False), "MY": ("60", True),
    "ID": ("62", True), "PT": ("351", False), "CO": ("57", False), "CD": ("243", True),
    "TZ": ("255", True), "UG": ("256", True), "LA": ("856", True), "AR": ("54", False),
    "ZM": ("260", True), "GH": ("233", True), "CI": ("225", False), "SN": ("221", False),
    "MZ": ("258", False), "AE": ("971", True), "SG": ("65", False), "IN": ("91", True),
    "PE": ("51", False), "BO": ("591", False), "PH": ("63", True), "KH": ("855", True),
    "MM": ("95", True), "RW": ("250", False),
}

DIGIT_WORDS: dict[str, list[str]] = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
    "zh": list("零一二三四五六七八九"),
    "vi": ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"],
    "th": list("๐๑๒๓๔๕๖๗๘๙"),
}

# How national numbers are grouped when written locally (default: 4-3-3).
LOCAL_GROUPS: dict[str, tuple[int, ...]] = {
    "US": (3, 3, 4), "CN": (3, 4, 4), "ES": (3, 3, 3), "MX": (2, 4, 4), "BR": (2, 5, 4),
    "FR": (2, 2, 2, 2, 2), "BE": (4, 2, 2, 2), "TH": (3, 3, 4), "PE": (3, 3, 3),
    "HK": (4, 4), "PT": (3, 3, 3), "GB": (5, 6),
}

HANDLE_PLATFORMS = ("whatsapp", "wechat", "telegram", "zalo", "line", "viber", "instagram",
                    "facebook")


@dataclass(frozen=True)
class Seller:
    """One seller account on one site, with the identifiers its ads may show."""

    key: str
    name: str
    location: str
    country: str
    phone: str | None = None  # E.164
    email: str | None = None
    handles: dict[str, str] = field(default_factory=dict)  # platform -> value


@dataclass
class Contacts:
    """Identifiers actually written into one listing's text."""

    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    handles: list[Handle] = field(default_factory=list)


def country_of(e164: str) -> str:
    """ISO country of an E.164 number, by the longest matching calling code."""
    digits = e164.lstrip("+")
    best = max((code for code, _ in CALLING_CODES.values() if digits.startswith(code)),
               key=len, default=None)
    if best is None:
        raise ValueError(f"no calling code known for {e164}")
    return next(country for country, (code, _) in CALLING_CODES.items() if code == best)


def _national(e164: str) -> str:
    code, trunk = CALLING_CODES[country_of(e164)]
    return ("0" if trunk else "") + e164.lstrip("+")[len(code):]


def _groups(digits: str, sizes: tuple[int, ...] = (3, 3, 3, 3, 3)) -> list[str]:
    out, pos = [], 0
    for size in sizes:
        if pos >= len(digits):
            break
        out.append(digits[pos:pos + size])
        pos += size
    if pos < len(digits):
        out[-1] += digits[pos:]
    return out


def format_phone(e164: str, style: str, language: str) -> str:
    """Write ``e164`` in one of the styles seen on classified-ad sites."""
    code, _ = CALLING_CODES[country_of(e164)]
    national = _national(e164)
    subscriber = e164.lstrip("+")[len(code):]
    if style == "intl":
        return f"+{code} " + " ".join(_groups(subscriber))
    if style == "intl_dash":
        return f"+{code}-" + "-".join(_groups(subscriber, (2, 3, 2, 2, 2)))
    if style == "intl_paren":
        return f"(+{code}) " + " ".join(_groups(subscriber, (4, 3, 3)))
    if style == "compact":
        return e164
    if style == "double_zero":
        return f"00{code} {subscriber}"
    groups = _groups(national, LOCAL_GROUPS.get(country_of(e164), (4, 3, 3)))
    if style == "local":
        if country_of(e164) == "US":
            return f"({groups[0]}) {groups[1]}-{groups[2]}"
        return " ".join(groups)
    if style == "dots":
        return ".".join(groups)
    if style == "dash":
        return "-".join(groups)
    if style == "spaced":
        return " ".join(national)
    if style == "oh":
        return " ".join(_groups(national, (4, 3, 3))).replace("0", "O")
    if style == "spelled":
        words = DIGIT_WORDS.get(language, DIGIT_WORDS["en"])
        joiner = "" if language in ("zh", "th") else " "
        return joiner.join(words[int(d)] for d in national)
    if style == "wa_link":
        return f"wa.me/{e164.lstrip('+')}"
    raise ValueError(f"unknown phone style {style!r}")


PHONE_STYLES = ("intl", "intl_dash", "intl_paren", "compact", "double_zero", "local", "dots",
                "dash", "spaced", "oh", "spelled")


INTL_STYLES = ("intl", "intl_dash", "compact", "double_zero")


def format_email(email: str, style: str) -> str:
    user, domain = email.split("@", 1)
    if style == "plain":
        return email
    if style == "at":
        return f"{user} [at] {domain.replace('.', ' [dot] ')}"
    if style == "paren":
        return f"{user}(at){domain.replace('.', '(dot)')}"
    if style == "spaced":
        return f"{user} @ {domain}"
    raise ValueError(f"unknown e-mail style {style!r}")


EMAIL_STYLES = ("plain", "plain", "at", "paren", "spaced")


class _ContactFormatter(string.Formatter):
    def __init__(self, seller: Seller, language: str, rng: random.Random) -> None:
        self.seller, self.language, self.rng = seller, language, rng
        self.found = Contacts()

    def get_value(self, key: Any, args: Any, kwargs: Any) -> Any:
        return key

    def _phone(self, e164: str) -> None:
        if e164 not in self.found.phones:
            self.found.phones.append(e164)

    def _handle(self, platform: str, value: str) -> None:
        record = Handle(platform=platform, value=value)
        if record not in self.found.handles:
            self.found.handles.append(record)

    def format_field(self, value: Any, format_spec: str) -> str:
        seller = self.seller
        if value == "phone":
            if seller.phone is None:
                raise ValueError(f"seller {seller.key} has no phone")
            # A foreign number is written internationally unless the ad says otherwise.
            abroad = country_of(seller.phone) != seller.country
            style = format_spec or self.rng.choice(INTL_STYLES if abroad else PHONE_STYLES)
            self._phone(seller.phone)
            return format_phone(seller.phone, style, self.language)
        if value == "email":
            if seller.email is None:
                raise ValueError(f"seller {seller.key} has no e-mail")
            if seller.email not in self.found.emails:
                self.found.emails.append(seller.email)
            return format_email(seller.email, format_spec or self.rng.choice(EMAIL_STYLES))
        if value in HANDLE_PLATFORMS:
            handle = seller.handles.get(value)
            if handle is None and value in ("whatsapp", "viber"):
                handle = seller.phone
            if handle is None:
                raise ValueError(f"seller {seller.key} has no {value} handle")
            if handle.startswith("+"):  # WhatsApp/Viber: a phone number, recorded as a phone
                self._phone(handle)
                return format_phone(handle, format_spec or "intl", self.language)
            if seller.phone and handle == _national(seller.phone):  # a Zalo id that is a phone
                self._phone(seller.phone)
            self._handle(value, handle)
            return handle
        if value == "name":
            return seller.name
        raise ValueError(f"unknown placeholder {{{value}}}")


def render_contacts(text: str, seller: Seller, language: str,
                    rng: random.Random) -> tuple[str, Contacts]:
    """Fill the contact placeholders of ``text``; return the text and what it now carries."""
    formatter = _ContactFormatter(seller, language, rng)
    return formatter.format(text), formatter.found
