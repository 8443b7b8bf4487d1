"""Messaging and social-media handles: WhatsApp, WeChat, Telegram, Line, Zalo, Viber,
Instagram, Facebook, Signal, Skype, TikTok, X/Twitter.

A handle is found either in a link to the platform (``t.me/name``, ``wa.me/8491...``) or right
after the platform's name or nickname ("WeChat: longge88", "微信 longge88", "TG @name",
"IG: name", "Zalo 0912...").
"""

from __future__ import annotations

import re

from extractors.identifiers.phones import normalise_phone
from wildtrace.models import Handle

_LINKS: list[tuple[str, re.Pattern[str]]] = [
    ("whatsapp", re.compile(r"(?:wa\.me/|api\.whatsapp\.com/send\?phone=|"
                            r"chat\.whatsapp\.com/)\+?([\w]+)", re.I)),
    ("telegram", re.compile(r"(?:t\.me|telegram\.me|telegram\.dog)/(?:s/)?@?([A-Za-z]\w{3,31})",
                            re.I)),
    ("line", re.compile(r"line\.me/(?:ti/p/|R/ti/p/)?~?@?([\w.\-]{3,30})", re.I)),
    ("zalo", re.compile(r"zalo\.me/(\+?\d{8,15}|[\w.]{3,40})", re.I)),
    ("viber", re.compile(r"viber://(?:chat|add)\?number=%?2?B?(\+?\d{8,15})", re.I)),
    ("instagram", re.compile(r"(?:instagram\.com|instagr\.am)/([A-Za-z0-9_.]{2,30})", re.I)),
    ("facebook", re.compile(r"(?:facebook\.com|fb\.com|fb\.me|m\.me)/"
                            r"(?!sharer|share|dialog|plugins|tr\b)"
                            r"((?:profile\.php\?id=\d+)|[A-Za-z0-9.\-]{3,50})", re.I)),
    ("tiktok", re.compile(r"tiktok\.com/@([A-Za-z0-9_.]{2,24})", re.I)),
    ("twitter", re.compile(r"(?:twitter\.com|x\.com)/([A-Za-z0-9_]{2,15})\b", re.I)),
]

_KEYWORDS: dict[str, str] = {
    "whatsapp": r"whats\s?app|whatsap|watsapp|watsap|wasap|wa|wsp|ws",
    "wechat": r"we\s?chat|weixin|微信|威信|薇信|v信|vx|wx|微",
    "telegram": r"telegram|telegr@m|tele|tg|тг|телеграм",
    "line": r"line\s?id|line|ไลน์|ไอดีไลน์",
    "zalo": r"zalo|za\s?lo",
    "viber": r"viber",
    "instagram": r"instagram|insta|ig",
    "facebook": r"facebook|fb",
    "signal": r"signal",
    "skype": r"skype",
    "kakaotalk": r"kakao(?:talk)?",
}
_PHONE_PLATFORMS = {"whatsapp", "zalo", "viber", "signal"}
_SEPARATOR = r"\s*(?:id|ID|號|号)?\s*[:：=\-–]?\s*"
_VALUE = r"(\+?[\d][\d\s.\-()]{6,20}\d|@?[A-Za-z][\w.\-]{2,31})"
_NAMED = [
    (platform, re.compile(rf"(?<![A-Za-z])(?:{words}){_SEPARATOR}{_VALUE}", re.I))
    for platform, words in _KEYWORDS.items()
]
_STOP = {"me", "us", "for", "and", "or", "the", "only", "please", "com", "chat", "call",
         "text", "message", "contact", "number", "available", "inbox", "pm", "dm", "ok"}


def find_handles(text: str, region: str | None = None) -> list[Handle]:
    """Handles in ``text``, each with its platform, in order of appearance, no repeats."""
    hits: list[tuple[int, str, str]] = []
    link_spans: list[tuple[int, int]] = []
    for platform, pattern in _LINKS:
        for match in pattern.finditer(text):
            link_spans.append(match.span())
            hits.append((match.start(), platform, match.group(1)))
    for platform, pattern in _NAMED:
        for match in pattern.finditer(text):
            if any(start <= match.start() < end for start, end in link_spans):
                continue
            value = match.group(1)
            if platform == "wechat" and value.isdigit() and len(value) < 7:
                continue
            hits.append((match.start(), platform, value))
    found: list[Handle] = []
    for _, platform, value in sorted(hits, key=lambda hit: hit[0]):
        handle = _handle(platform, value, region)
        if handle is not None and handle not in found:
            found.append(handle)
    return found


def _handle(platform: str, value: str, region: str | None) -> Handle | None:
    value = value.strip().rstrip(".,;)")
    if platform in _PHONE_PLATFORMS:
        phone = normalise_phone(value, region)
        if phone is None and re.fullmatch(r"\+?[\d\s.\-()]+", value):
            return None
        value = phone or value
    elif platform in {"telegram", "instagram", "twitter", "tiktok"}:
        value = "@" + value.lstrip("@")
    if value.lstrip("@").casefold() in _STOP:
        return None
    return Handle(platform=platform, value=value)
