"""Helpers of the evidence tests (a module of its own: several test folders have a conftest,
so importing from "conftest" would pick whichever was loaded first)."""

from __future__ import annotations

import gzip
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

WARCIO = Path(sys.executable).parent / "warcio"
# What the package tests capture: two listing pages, a gzip body and a chunked (streamed) one.
CASE_PATHS = ("/page/1", "/page/2", "/gzip", "/chunked")

GZIP_HTML = "<html><body><h1>Pangolin scales for sale</h1>" + "ivory " * 200 + "</body></html>"
GZIP_BYTES = gzip.compress(GZIP_HTML.encode(), mtime=0)
CHUNKS = [b"<html><body>", b"<p>tortoise shell</p>" * 30, b"</body></html>"]


def warcio_check(paths: list[Path]) -> str:
    """Runs the real ``warcio check -v``; returns its report if it failed, "" if all passed."""
    if not paths:
        return ""
    result = subprocess.run([str(WARCIO), "check", "-v", *map(str, paths)],
                            capture_output=True, text=True, timeout=300)
    if result.returncode == 0 and "fail" not in result.stdout:
        return ""
    return f"warcio check exit {result.returncode}:\n{result.stdout}{result.stderr}"


class _Origin(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        if self.path == "/gzip":
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(GZIP_BYTES)))
            self.end_headers()
            self.wfile.write(GZIP_BYTES)
        elif self.path in ("/chunked", "/gzip-stream", "/always-chunked"):
            # Like nginx or Apache streaming a body of unknown length: chunked to an HTTP/1.1
            # request; to HTTP/1.0 the body as is, ended by closing the connection (a 1.1 server
            # must not send a transfer coding to 1.0). /always-chunked is a server that breaks
            # that rule.
            gzipped = self.path == "/gzip-stream"
            chunks = [GZIP_BYTES[:100], GZIP_BYTES[100:]] if gzipped else CHUNKS
            chunked = self.request_version == "HTTP/1.1" or self.path == "/always-chunked"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            if gzipped:
                self.send_header("Content-Encoding", "gzip")
            if chunked:
                self.send_header("Transfer-Encoding", "chunked")
            else:
                self.send_header("Connection", "close")
                self.close_connection = True
            self.end_headers()
            for chunk in chunks:
                self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
                                 if chunked else chunk)
                self.wfile.flush()
            if chunked:
                self.wfile.write(b"0\r\n\r\n")
        elif self.path == "/echo":
            body = self.requestline.encode()  # the request line as this server received it
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path.startswith("/page/"):
            body = (f"<html><head><title>Listing {self.path}</title></head><body>"
                    f"<p>Parrot {self.path}</p><img src='/img.png'></body></html>").encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            body = b"not here"
            self.send_response(404)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)


TSA_CONFIG = """
[ req ]
distinguished_name = dn
prompt = no
[ dn ]
CN = {cn}
[ v3_ca ]
basicConstraints = critical,CA:true
keyUsage = critical,keyCertSign,cRLSign
[ v3_tsa ]
basicConstraints = critical,CA:false
keyUsage = critical,digitalSignature,nonRepudiation
extendedKeyUsage = critical,timeStamping
[ tsa ]
default_tsa = tsa_config
[ tsa_config ]
dir = {dir}
serial = $dir/serial
crypto_device = builtin
signer_cert = $dir/tsa.pem
certs = $dir/tsa.pem
signer_key = $dir/tsa.key
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha256, sha384, sha512
accuracy = secs:1
ordering = yes
tsa_name = no
ess_cert_id_chain = no
ess_cert_id_alg = sha256
"""


def _run(*args: str, cwd: Path) -> None:
    subprocess.run(args, cwd=cwd, check=True, capture_output=True)


def make_tsa(folder: Path) -> Path:
    """A CA and a time-stamping certificate made with openssl; returns the CA certificate."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("ca", "tsa"):
        (folder / f"{name}.cnf").write_text(TSA_CONFIG.format(cn=f"Test {name}", dir=folder))
    (folder / "serial").write_text("01\n")
    _run("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
         "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "30", "-config", "ca.cnf",
         "-extensions", "v3_ca", cwd=folder)
    _run("openssl", "req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
         "-nodes", "-keyout", "tsa.key", "-out", "tsa.csr", "-config", "tsa.cnf", cwd=folder)
    _run("openssl", "x509", "-req", "-in", "tsa.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
         "-CAcreateserial", "-out", "tsa.pem", "-days", "30", "-extfile", "tsa.cnf",
         "-extensions", "v3_tsa", cwd=folder)
    return folder / "ca.pem"


class _Authority(BaseHTTPRequestHandler):
    folder: Path = Path()

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_POST(self) -> None:
        query = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        with tempfile.TemporaryDirectory() as work:
            (Path(work) / "q.tsq").write_bytes(query)
            result = subprocess.run(
                ["openssl", "ts", "-reply", "-config", str(self.folder / "tsa.cnf"),
                 "-queryfile", str(Path(work) / "q.tsq"), "-out", str(Path(work) / "r.tsr")],
                capture_output=True, check=False)
            answer = (Path(work) / "r.tsr").read_bytes() if result.returncode == 0 else b""
        self.send_response(200 if answer else 500)
        self.send_header("Content-Type", "application/timestamp-reply")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)


@dataclass
class LocalTsa:
    url: str
    ca_file: Path




def capture_case(root: Path, origin: str, paths: tuple[str, ...] = CASE_PATHS,
                 prefix: str = "case", case: str = "C-1") -> list[int]:
    """Fetch ``paths`` of ``origin`` through a capture proxy writing to ``root/evidence/warcs``;
    the status of each response."""
    import httpx

    from evidence.capture import CaptureProxy

    with CaptureProxy(root / "evidence" / "warcs", prefix=prefix,
                      warcinfo={"operator": "tester", "case": case}) as proxy, \
            httpx.Client(proxy=proxy.url, timeout=20) as client:
        return [client.get(origin + path).status_code for path in paths]


def export_case(root: Path, out: Path, origin: str, tsa: Any = None) -> Path:
    """A signed WACZ of every WARC captured under ``root``, with the two listing pages."""
    from evidence.custody import CustodyLog
    from evidence.signing import InstallationKey
    from evidence.wacz import export_wacz

    warcs = sorted((root / "evidence" / "warcs").glob("*.warc.gz"))
    pages = [{"url": origin + "/page/1", "title": "Listing 1"}, {"url": origin + "/page/2"}]
    return export_wacz(warcs, pages, out, signer=InstallationKey.load_or_create(root / "keys"),
                       custody=CustodyLog(root / "evidence" / "custody.jsonl"),
                       actor="tester", tsa=tsa)
