"""Approval, S/MIME and delivery to a real SMTP peer (aiosmtpd) with STARTTLS on loopback."""

from __future__ import annotations

import datetime as dt
import email
import ipaddress
import json
import socket
import ssl
import subprocess
from email import policy
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Sink
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from case_requests.exceptions import ApprovalError, InsecureChannelError, SendError
from case_requests.outbox import Outbox, Relay, RequestStatus
from case_requests.render import render_all
from case_requests.sending import handover, send_request
from wildtrace.config import load_config


def self_signed(folder: Path, name: str, *, server: bool = False) -> tuple[Path, Path]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    builder = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(now - dt.timedelta(minutes=5))
               .not_valid_after(now + dt.timedelta(days=2)))
    if server:
        builder = builder.add_extension(x509.SubjectAlternativeName(
            [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
    else:
        builder = builder.add_extension(x509.SubjectAlternativeName(
            [x509.RFC822Name(name)]), critical=False)
    cert = builder.sign(key, hashes.SHA256())
    cert_path, key_path = folder / f"{name}.crt", folder / f"{name}.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


class Recorder(Sink):
    def __init__(self) -> None:
        self.envelopes: list[tuple[str, list[str], bytes]] = []

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 OK"


@pytest.fixture
def smtp_peer(tmp_path: Path):
    cert, key = self_signed(tmp_path, "127.0.0.1", server=True)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    recorder = Recorder()
    with socket.socket() as probe:  # aiosmtpd 1.4 cannot listen on port 0
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(recorder, hostname="127.0.0.1", port=port, tls_context=context,
                            require_starttls=True)
    controller.start()
    try:
        yield recorder, Relay(host="127.0.0.1", port=controller.port, cafile=str(cert))
    finally:
        controller.stop()


def built(tmp_path: Path, request_factory, *, with_cert: bool) -> tuple[Outbox, str, Path]:
    config = load_config(tmp_path / "data")
    ncb_key = None
    certificate = ""
    if with_cert:
        cert_path, ncb_key = self_signed(tmp_path, "ncb@hanoi.example")
        certificate = str(cert_path)
    request = request_factory("fr", certificate)
    outbox = Outbox(config)
    render_all(request, outbox.folder(request.reference))
    outbox.save(RequestStatus(reference=request.reference, case_id=request.case_id,
                              ncb=request.ncb.country, language=request.language))
    return outbox, request.reference, ncb_key or Path()


@pytest.mark.browser
def test_approved_request_arrives_encrypted_for_the_ncb(tmp_path, request_factory,
                                                        smtp_peer) -> None:
    recorder, relay = smtp_peer
    outbox, ref, ncb_key = built(tmp_path, request_factory, with_cert=True)
    with pytest.raises(ApprovalError):
        send_request(outbox, ref, relay)
    with pytest.raises(ApprovalError):
        outbox.approve(ref, user="ana", role="analyst")
    outbox.approve(ref, user="sam", role="supervisor")
    status = send_request(outbox, ref, relay)
    assert status.state == "sent" and status.attempts[-1].result == "sent"
    (sender, recipients, content), = recorder.envelopes
    assert sender == "jane@wcu.example"
    assert recipients == ["ncb@hanoi.example", "environmentalcrime@interpol.int"]
    assert b"Wanjiru" in content and b"application/pkcs7-mime" in content
    assert b"Ivory via two marketplaces" not in content.split(b"\r\n\r\n", 1)[1]
    # the NCB opens it with its own key, using openssl, and finds the letter
    sealed = tmp_path / "received.eml"
    sealed.write_bytes(content)
    opened = subprocess.run(
        ["openssl", "smime", "-decrypt", "-in", str(sealed),
         "-recip", str(ncb_key.with_suffix(".crt")), "-inkey", str(ncb_key)],
        capture_output=True, check=True).stdout
    inner = email.message_from_bytes(opened, policy=policy.default)
    names = sorted(p.get_filename() for p in inner.iter_attachments())
    assert names == ["letter.pdf", "request.json"]
    # sending twice is refused
    with pytest.raises(Exception, match="already sent"):
        send_request(outbox, ref, relay)


@pytest.mark.browser
def test_no_certificate_means_no_email_but_a_recorded_handover(tmp_path, request_factory,
                                                               smtp_peer) -> None:
    recorder, relay = smtp_peer
    outbox, ref, _ = built(tmp_path, request_factory, with_cert=False)
    outbox.approve(ref, user="sam", role="supervisor")
    with pytest.raises(InsecureChannelError):
        send_request(outbox, ref, relay)
    assert recorder.envelopes == []
    status = handover(outbox, ref, "NCB liaison officer, encrypted USB, receipt 44")
    assert status.state == "handed-over"
    saved = json.loads((outbox.folder(ref) / "status.json").read_text())
    assert saved["attempts"][-1]["channel"].startswith("NCB liaison")


@pytest.mark.browser
def test_relay_down_keeps_the_request_and_records_the_failure(tmp_path, request_factory) -> None:
    outbox, ref, _ = built(tmp_path, request_factory, with_cert=True)
    outbox.approve(ref, user="sam", role="supervisor")
    with pytest.raises(SendError):
        send_request(outbox, ref, Relay(host="127.0.0.1", port=1, timeout=2))
    status = outbox.load(ref)
    assert status.state == "approved"
    assert status.attempts[-1].result == "failed"
