"""From a real (small) crawl to a request whose package verifies anywhere."""

from __future__ import annotations

import email
import hashlib
import json
import os
import subprocess
import sys
import zipfile
from email import policy
from pathlib import Path

import pytest

from case_requests.build import build_request
from crawlers import run_crawl
from demo_market import DemoMarket
from store import open_store
from wildtrace.config import load_config

pytestmark = [pytest.mark.slow, pytest.mark.browser]
PROFILES = Path(__file__).resolve().parents[2] / "crawlers" / "profiles"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory):
    data = tmp_path_factory.mktemp("origin") / "data"
    config = load_config(data)
    with DemoMarket() as market:
        site = market.site("savanna")
        run_crawl(site.base_url, config=config, profile=PROFILES / "savanna.toml",
                  max_pages=40)
    with open_store(config) as store:
        details = [d for s in store.list_listings(limit=50)
                   if (d := store.get_listing(s.id)) and any(c.warc_file for c in d.captures)]
        # listings with a screenshot first (the crawl snapshots flagged listings)
        details.sort(key=lambda d: not any(c.screenshot_record_id for c in d.captures))
        captured = [d.id for d in details]
        assert len(captured) >= 3
        assert any(c.screenshot_record_id for c in details[0].captures)
        case_id = store.create_case("Ivory offers on savanna", "tester", "test case")
        for listing_id in captured[:4]:
            store.add_to_case(case_id, listing_id)
    result = build_request(config, case_id, ncb="KE", actor="tester",
                           support=["information", "operational"])
    return config, result


def test_message_goes_to_the_ncb_with_interpol_copied(built) -> None:
    _, result = built
    message = email.message_from_bytes(result.files["message.eml"].read_bytes(),
                                       policy=policy.default)
    assert "INTERPOL NCB Nairobi" in message["To"]
    assert message["Cc"] == "environmentalcrime@interpol.int"
    attachments = {p.get_filename(): p.get_payload(decode=True)
                   for p in message.iter_attachments()}
    assert {"letter.pdf", "request.json", "MANIFEST.json", result.package.name} <= set(attachments)
    manifest = json.loads(attachments["MANIFEST.json"])
    with zipfile.ZipFile(result.package) as package:
        assert package.read("MANIFEST.json") == attachments["MANIFEST.json"]
        for entry in manifest["files"]:
            assert hashlib.sha256(package.read(entry["path"])).hexdigest() == entry["sha256"]
    request = json.loads(attachments["request.json"])
    assert request["package"]["sha256"] == hashlib.sha256(
        attachments[result.package.name]).hexdigest()
    assert all(row["sha256"] for row in request["listings"])


def test_package_verifies_from_an_empty_directory_and_fails_on_any_change(
        built, tmp_path: Path) -> None:
    _, result = built
    elsewhere = tmp_path / "another-machine"
    elsewhere.mkdir()
    copy = elsewhere / result.package.name
    copy.write_bytes(result.package.read_bytes())
    env = {**os.environ, "WILDTRACE_DATA_DIR": str(elsewhere / "empty-data")}
    verify = [sys.executable, "-m", "wildtrace.cli.main", "evidence", "verify", str(copy)]
    ok = subprocess.run(verify, cwd=elsewhere, env=env, capture_output=True, text=True,
                        timeout=300)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    # standard tools agree: sha256sum -c and openssl's Ed25519 check
    unpacked = elsewhere / "unpacked"
    with zipfile.ZipFile(copy) as package:
        package.extractall(unpacked)
    assert subprocess.run(["sha256sum", "-c", "--quiet", "SHA256SUMS"], cwd=unpacked,
                          capture_output=True).returncode == 0
    openssl = subprocess.run(
        ["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", "signing-key.pem", "-rawin",
         "-in", "MANIFEST.json", "-sigfile", "MANIFEST.json.sig"], cwd=unpacked,
        capture_output=True, text=True)
    assert "Signature Verified Successfully" in openssl.stdout, openssl.stderr
    # one flipped byte inside the archive's WACZ
    tampered = elsewhere / "tampered.zip"
    with zipfile.ZipFile(copy) as source, zipfile.ZipFile(tampered, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename.startswith("archive/"):
                data = data[:5000] + bytes([data[5000] ^ 1]) + data[5001:]
            target.writestr(info, data)
    bad = subprocess.run([*verify[:-1], str(tampered)], cwd=elsewhere, env=env,
                         capture_output=True, text=True, timeout=300)
    assert bad.returncode == 1
    assert "Traceback" not in bad.stderr
    problems = bad.stdout.strip().splitlines()
    assert problems and all("archive/" in line for line in problems), bad.stdout


def test_screenshots_and_custody_extract_are_packaged(built) -> None:
    config, result = built
    with open_store(config) as store:
        request = json.loads(result.files["request.json"].read_text())
        with_shots = [row["listing_id"] for row in request["listings"]
                      if any(c.screenshot_record_id
                             for c in store.get_listing(row["listing_id"]).captures)]
    assert with_shots
    with zipfile.ZipFile(result.package) as package:
        names = package.namelist()
        for listing_id in with_shots:
            picture = package.read(f"screenshots/listing-{listing_id}.png")
            assert picture.startswith(b"\x89PNG")
        assert "custody/custody-extract.jsonl" in names
        assert "README.txt" in names and "sha256sum -c SHA256SUMS" in package.read(
            "README.txt").decode()
