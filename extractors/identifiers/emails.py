"""E-mail addresses, including the spelled-out ones ("name [at] domain [dot] com")."""

from __future__ import annotations

import re

_AT = r"(?:\s*@\s*|\s*[\[({<]\s*(?:at|@|arroba|a)\s*[\])}>]\s*|\s+(?:at|arroba)\s+(?=\S+\s*(?:[\[({<]\s*)?(?:dot|punto|point|chấm)\b))"  # noqa: E501
_DOT = r"(?:\s*\.\s*|\s*[\[({<]\s*(?:dot|punto|point|chấm|\.)\s*[\])}>]\s*|\s+(?:dot|punto|point|chấm)\s+)"  # noqa: E501
_LOCAL = r"[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?"
_TLD = r"[A-Za-z]{2,24}"
_EMAIL = re.compile(rf"(?<![\w.@])({_LOCAL}){_AT}((?:{_LABEL}{_DOT})+{_TLD})(?![\w@])",
                    re.IGNORECASE)
_DOT_SPLIT = re.compile(_DOT, re.IGNORECASE)


def find_emails(text: str) -> list[str]:
    """Every e-mail address in ``text``, lower-cased, in order of appearance, no repeats."""
    found: list[str] = []
    for match in _EMAIL.finditer(text):
        local = match.group(1).strip(".")
        domain = ".".join(part for part in _DOT_SPLIT.split(match.group(2)) if part)
        address = f"{local}@{domain}".casefold()
        if ".." in address or "." not in domain:
            continue
        if address not in found:
            found.append(address)
    return found
