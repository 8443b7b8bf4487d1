"""The outbox: every built request, its approval, and every attempt to deliver it.

Each request lives in ``<data dir>/outbox/<reference>/`` with its files and ``status.json``.
States: ``built`` → ``approved`` (a supervisor or admin) → ``sent`` | ``handed-over``; a failed
attempt keeps the request ``approved`` with the error recorded, so nothing is dropped silently.
"""

from __future__ import annotations

import json
import os
import smtplib
import ssl
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from case_requests import settings
from case_requests.exceptions import ApprovalError, CaseRequestError, SendError, UsageError
from wildtrace.config import Config

APPROVER_ROLES = {"supervisor", "admin"}


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


@dataclass
class Attempt:
    at: str
    channel: str
    result: str  # sent | failed | handed-over
    detail: str = ""


@dataclass
class RequestStatus:
    reference: str
    case_id: int
    ncb: str
    language: str
    state: str = "built"
    built_by: str = ""
    built_at: str = ""
    approved_by: str = ""
    approved_at: str = ""
    message_file: str = "message.eml"
    attempts: list[Attempt] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


class Outbox:
    def __init__(self, config: Config) -> None:
        self.config = config
        self.root = config.data_dir / "outbox"

    def folder(self, reference: str) -> Path:
        if "/" in reference or reference.startswith("."):
            raise UsageError(f"{reference!r} is not a request reference")
        return self.root / reference

    def save(self, status: RequestStatus) -> None:
        folder = self.folder(status.reference)
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / "status.json.tmp"
        tmp.write_text(json.dumps(status.to_json(), indent=2, ensure_ascii=False))
        os.replace(tmp, folder / "status.json")

    def load(self, reference: str) -> RequestStatus:
        path = self.folder(reference) / "status.json"
        if not path.exists():
            raise UsageError(f"no request {reference!r} in the outbox ({self.root})")
        data = json.loads(path.read_text())
        data["attempts"] = [Attempt(**a) for a in data.get("attempts", [])]
        return RequestStatus(**data)

    def list(self) -> list[RequestStatus]:
        if not self.root.exists():
            return []
        return [self.load(p.name) for p in sorted(self.root.iterdir())
                if (p / "status.json").exists()]

    def approve(self, reference: str, *, user: str, role: str) -> RequestStatus:
        status = self.load(reference)
        if role not in APPROVER_ROLES:
            raise ApprovalError(f"{user} is {role}: only a supervisor or admin may approve")
        if status.state not in {"built", "approved"}:
            raise ApprovalError(f"request {reference} is already {status.state}")
        status.state, status.approved_by, status.approved_at = "approved", user, _now()
        self.save(status)
        return status

    def record(self, status: RequestStatus, attempt: Attempt) -> RequestStatus:
        status.attempts.append(attempt)
        if attempt.result in {"sent", "handed-over"}:
            status.state = attempt.result
        self.save(status)
        return status


@dataclass
class Relay:
    host: str
    port: int = settings.REQUEST_SMTP_PORT
    require_tls: bool = settings.REQUEST_SMTP_REQUIRE_TLS
    cafile: str | None = None
    username: str | None = None
    password: str | None = None
    timeout: float = 30.0


def send_bytes(relay: Relay, sender: str, recipients: list[str], payload: bytes) -> str:
    """Deliver one message over SMTP with STARTTLS; returns the relay's answer."""
    context = ssl.create_default_context(cafile=relay.cafile)
    try:
        with smtplib.SMTP(relay.host, relay.port, timeout=relay.timeout) as smtp:
            smtp.ehlo()
            if smtp.has_extn("starttls"):
                smtp.starttls(context=context)
                smtp.ehlo()
            elif relay.require_tls:
                raise SendError(f"relay {relay.host}:{relay.port} offers no STARTTLS: "
                                "refusing to send evidence over a clear connection")
            if relay.username:
                smtp.login(relay.username, relay.password or "")
            refused = smtp.sendmail(sender, recipients, payload)
    except (OSError, smtplib.SMTPException, ssl.SSLError) as exc:
        raise SendError(f"relay {relay.host}:{relay.port}: {exc}") from exc
    if refused:
        raise SendError(f"relay refused recipients: {', '.join(refused)}")
    return "accepted for " + ", ".join(recipients)


def require_approved(status: RequestStatus) -> None:
    if status.state == "built":
        raise ApprovalError(f"request {status.reference} is not approved: a supervisor must run "
                            f"'wildtrace request approve {status.reference}' first")
    if status.state in {"sent", "handed-over"}:
        raise CaseRequestError(f"request {status.reference} was already {status.state}")
