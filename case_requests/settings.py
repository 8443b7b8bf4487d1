"""Defaults of the case-request package (REQUEST_* names, each with one line of help).

Operators override them in ``<data dir>/agency.toml`` (the requesting agency and officer) and
``<data dir>/ncb-directory.toml`` (the NCBs they write to).
"""

from __future__ import annotations

# The address INTERPOL's environmental security team asks to be copied on (CITES Notif. 2019/042).
REQUEST_INTERPOL_CC = "environmentalcrime@interpol.int"
# Handling marking printed on every page and in the e-mail subject.
REQUEST_HANDLING_MARKING = "LAW ENFORCEMENT SENSITIVE - FOR OFFICIAL USE ONLY"
# Classification marking under the national scheme of the requesting agency.
REQUEST_CLASSIFICATION = "RESTRICTED"
# Languages the letter templates exist in (INTERPOL's four official languages).
REQUEST_LANGUAGES = ("en", "fr", "es", "ar")
# Attachments bigger than this are referenced by SHA-256 and size instead of attached (bytes).
REQUEST_MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
# SMTP relay for sending; empty: sending is off and requests stay in the outbox.
REQUEST_SMTP_HOST = ""
# SMTP port (587 for submission with STARTTLS).
REQUEST_SMTP_PORT = 587
# Refuse to send over SMTP without STARTTLS (only a loopback test relay may be exempted).
REQUEST_SMTP_REQUIRE_TLS = True
# How many delivery attempts before a message is marked failed in the outbox.
REQUEST_SMTP_MAX_ATTEMPTS = 5
