"""The RFC 5322 message: To the NCB, Cc INTERPOL's environmental crime team.

The letter (PDF), the request as JSON and the package manifest are attached; the evidence
package itself is attached only when small enough, otherwise the body and the letter reference
it by SHA-256 and size. :func:`seal_for_ncb` encrypts the message with S/MIME for the NCB's
certificate (and INTERPOL's, when the directory holds one).
"""

from __future__ import annotations

import mimetypes
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from case_requests import i18n
from case_requests.content import SupportRequest
from case_requests.exceptions import InsecureChannelError, RequestBuildError


def subject(request: SupportRequest) -> str:
    return (f"[{request.handling}] {i18n.label('title', request.language)} — "
            f"{request.reference}")


def body_text(request: SupportRequest) -> str:
    lang = request.language
    lines = [
        f"{request.handling} · {request.classification}", "",
        i18n.label("title", lang), "",
        f"{i18n.label('reference', lang)}: {request.reference}",
        f"{i18n.label('case', lang)}: #{request.case_id} {request.case_title}", "",
        request.summary, "",
        f"{i18n.label('support', lang)}:",
        *[f"  - {i18n.support_label(c, lang)}" for c in request.support_types], "",
        f"{i18n.label('listings', lang)}: {len(request.listings)}",
    ]
    if request.package:
        lines += ["", f"{i18n.label('evidence', lang)}: {request.package.file_name}",
                  f"  SHA-256 {request.package.sha256}", f"  {request.package.size} bytes"]
    lines += ["", i18n.provenance(lang, request.agency.name), "",
              f"{request.agency.officer}, {request.agency.name}"]
    return "\n".join(lines) + "\n"


def build_message(request: SupportRequest, attachments: list[Path]) -> EmailMessage:
    if not request.ncb.email:
        to = f"{request.ncb.name} <ncb-{request.ncb.country.lower()}@invalid>"
    else:
        to = f"{request.ncb.name} <{request.ncb.email}>"
    message = EmailMessage(policy=policy.SMTP)
    sender = request.agency.email or "wildtrace@localhost"
    message["From"] = f"{request.agency.officer} <{sender}>"
    message["To"] = to
    message["Cc"] = request.cc
    message["Subject"] = subject(request)
    message["Date"] = format_datetime(datetime.fromisoformat(request.created_at))
    message["Message-ID"] = make_msgid(domain="wildtrace.local")
    message["Content-Language"] = request.language
    message["X-Wildtrace-Reference"] = request.reference
    message.set_content(body_text(request))
    for path in attachments:
        ctype, _ = mimetypes.guess_type(path.name)
        maintype, subtype = (ctype or "application/octet-stream").split("/", 1)
        message.add_attachment(path.read_bytes(), maintype=maintype, subtype=subtype,
                               filename=path.name)
    return message


OUTER_HEADERS = ("From", "To", "Cc", "Subject", "Date", "Message-ID", "Content-Language",
                 "X-Wildtrace-Reference")


def seal_for_ncb(message: EmailMessage, certificates: list[Path]) -> bytes:
    """Encrypt ``message`` with S/MIME (AES-256) for every certificate given.

    Raises InsecureChannelError when there is no certificate: plain e-mail is never the
    fallback.
    """
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs7

    if not certificates:
        raise InsecureChannelError(
            "the NCB has no S/MIME certificate in the directory: refusing plain e-mail; "
            "add its certificate or hand the package over through another secure channel "
            "('wildtrace request handover')")
    builder = pkcs7.PKCS7EnvelopeBuilder().set_data(_inner_mime(message))
    for path in certificates:
        try:
            cert = x509.load_pem_x509_certificate(path.read_bytes())
        except (OSError, ValueError) as exc:
            raise RequestBuildError(f"cannot read certificate {path}: {exc}") from exc
        builder = builder.add_recipient(cert)
    encrypted = builder.encrypt(serialization.Encoding.SMIME, [])
    headers = "".join(f"{name}: {message[name]}\r\n" for name in OUTER_HEADERS if message[name])
    return headers.encode() + encrypted.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def _inner_mime(message: EmailMessage) -> bytes:
    """The MIME entity to encrypt: the content part with its Content-* headers only."""
    clone = EmailMessage(policy=policy.SMTP)
    for header, value in message.items():
        if header.lower().startswith("content-") or header.lower() == "mime-version":
            clone[header] = value
    clone.set_payload(message.get_payload())
    return clone.as_bytes()
