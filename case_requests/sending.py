"""Sending an approved request: S/MIME over SMTP with STARTTLS, or a recorded hand-over.

Nothing leaves without a supervisor's approval. A request whose NCB has no certificate has no
encrypted message, so it cannot be e-mailed: the operator hands the package over through a
channel of their choosing (``handover``), and that is recorded like a sending.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from case_requests.exceptions import InsecureChannelError, SendError
from case_requests.outbox import Attempt, Outbox, Relay, RequestStatus, require_approved, send_bytes
from case_requests.settings import REQUEST_SMTP_MAX_ATTEMPTS


@dataclass
class Recipients:
    sender: str
    to: list[str]


def _recipients(outbox: Outbox, status: RequestStatus) -> Recipients:
    data = json.loads((outbox.folder(status.reference) / "request.json").read_text())
    to = [data["ncb"]["email"], data["cc"]]
    if not data["ncb"]["email"]:
        raise InsecureChannelError(f"NCB {data['ncb']['name']} has no e-mail address in the "
                                   "directory")
    if not data["ncb"].get("verified"):
        raise InsecureChannelError(
            f"the address of {data['ncb']['name']} is not verified in the NCB directory: "
            "confirm it through an official channel and set verified = true")
    return Recipients(sender=data["agency"]["email"] or "wildtrace@localhost", to=to)


def send_request(outbox: Outbox, reference: str, relay: Relay) -> RequestStatus:
    status = outbox.load(reference)
    require_approved(status)
    sealed = outbox.folder(reference) / "message.p7m.eml"
    if not sealed.exists():
        raise InsecureChannelError(
            f"request {reference} has no encrypted message (the NCB has no certificate): "
            f"use 'wildtrace request handover {reference} --channel ...' instead")
    failures = sum(1 for a in status.attempts if a.result == "failed")
    if failures >= REQUEST_SMTP_MAX_ATTEMPTS:
        raise SendError(f"request {reference} failed {failures} times; check the relay, then "
                        "build the request again")
    people = _recipients(outbox, status)
    now = datetime.now(UTC).replace(microsecond=0).isoformat()
    try:
        answer = send_bytes(relay, people.sender, people.to, sealed.read_bytes())
    except SendError as exc:
        outbox.record(status, Attempt(now, f"smtp {relay.host}:{relay.port}", "failed",
                                      str(exc)))
        raise
    return outbox.record(status, Attempt(now, f"smtp {relay.host}:{relay.port}", "sent", answer))


def handover(outbox: Outbox, reference: str, channel: str) -> RequestStatus:
    status = outbox.load(reference)
    require_approved(status)
    now = datetime.now(UTC).replace(microsecond=0).isoformat()
    return outbox.record(status, Attempt(now, channel, "handed-over",
                                         "delivered by the operator outside wildtrace"))
