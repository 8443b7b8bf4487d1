"""WACZ export: accepted by the real ``wacz validate``, verified, and tamper-evident."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from evidence.custody import CustodyLog
from evidence.exceptions import TimestampError
from evidence.signing import InstallationKey
from evidence.timestamp import TsaConfig
from evidence.verify import verify_path
from evidence.wacz import export_wacz

sys.path.insert(0, str(Path(__file__).parent))
from evidence_fixtures import LocalTsa, capture_case, export_case, warcio_check

WACZ = Path(sys.executable).parent / "wacz"


@pytest.fixture(scope="module")
def captured(tmp_path_factory: pytest.TempPathFactory, origin: str) -> Path:
    root = tmp_path_factory.mktemp("wacz") / "data"
    capture_case(root, origin)
    return root


def _export(root: Path, out: Path, origin: str, tsa: TsaConfig | None = None) -> Path:
    return export_case(root, out, origin, tsa)


def test_export_validates_and_verifies(captured: Path, tmp_path: Path, origin: str,
                                       tsa: LocalTsa) -> None:
    out = _export(captured, tmp_path / "case.wacz", origin, TsaConfig(tsa.url, tsa.ca_file))
    result = subprocess.run([str(WACZ), "validate", "-f", str(out)], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0 and "is valid" in result.stdout, result.stdout
    assert verify_path(out) == []
    with zipfile.ZipFile(out) as package:
        pages = package.read("pages/pages.jsonl").decode().splitlines()
        index = package.read("indexes/index.cdx").decode().splitlines()
    assert json.loads(pages[0])["format"] == "json-pages-1.0"
    assert [json.loads(p)["url"] for p in pages[1:]] == [origin + "/page/1", origin + "/page/2"]
    assert len(index) == 4 and all(" {" in line for line in index)
    extracted = tmp_path / "extracted"
    with zipfile.ZipFile(out) as package:
        names = [n for n in package.namelist() if n.startswith("archive/")]
        package.extractall(extracted, names)
    assert names and warcio_check([extracted / name for name in names]) == ""
    last = CustodyLog(captured / "evidence" / "custody.jsonl").entries()[-1]
    assert last["action"] == "export" and last["object_id"] == "case.wacz"
    exports = captured / "exports"
    exports.mkdir(exist_ok=True)
    (exports / out.name).write_bytes(out.read_bytes())
    assert verify_path(captured) == []  # the whole data dir: WARCs, log and packages
    (exports / out.name).write_bytes(out.read_bytes()[:-100])
    assert any(str(p).startswith("case.wacz: not a readable") for p in verify_path(captured))
    (exports / out.name).unlink()


def _rewrite(package: Path, name: str, change) -> None:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(package) as source:
        items = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(package, "w") as target:
        for info, data in items:
            target.writestr(info, change(data) if info.filename == name else data)


def test_tampered_package_fails(captured: Path, tmp_path: Path, origin: str) -> None:
    out = _export(captured, tmp_path / "case.wacz", origin)
    warc_name = next(n for n in zipfile.ZipFile(out).namelist() if n.startswith("archive/"))

    def flip(data: bytes) -> bytes:
        middle = len(data) // 2
        return data[:middle] + bytes([data[middle] ^ 1]) + data[middle + 1:]

    _rewrite(out, warc_name, flip)
    problems = [str(p) for p in verify_path(out)]
    assert any(f"{warc_name}: content differs from datapackage.json" in p for p in problems)
    assert any("the file was changed" in p for p in problems)


def test_wrong_key_package(captured: Path, tmp_path: Path, origin: str) -> None:
    out = _export(captured, tmp_path / "case.wacz", origin)
    other = InstallationKey.load_or_create(tmp_path / "other")
    other_pub = tmp_path / "other" / "installation-ed25519.pub.pem"
    problems = [str(p) for p in verify_path(out, trusted_key_file=other_pub)]
    assert any("(wrong key)" in p for p in problems), problems
    assert other.fingerprint in " ".join(problems)


def test_failing_authority_stops_export(captured: Path, tmp_path: Path, origin: str) -> None:
    out = tmp_path / "case.wacz"
    with pytest.raises(TimestampError):
        _export(captured, out, origin, TsaConfig("http://127.0.0.1:9/tsa"))
    assert not out.exists() and not list(tmp_path.glob("*.partial"))


def test_failing_signature_stops_export(captured: Path, tmp_path: Path, origin: str) -> None:
    from evidence.exceptions import SigningError

    class BrokenKey(InstallationKey):
        def sign(self, data: bytes) -> str:
            raise SigningError("the key store is unreachable")

    good = InstallationKey.load_or_create(captured / "keys")
    broken = BrokenKey(good._private_key)
    out = tmp_path / "case.wacz"
    warcs = sorted((captured / "evidence" / "warcs").glob("*.warc.gz"))
    with pytest.raises(SigningError, match="unreachable"):
        export_wacz(warcs, [{"url": origin + "/page/1"}], out, signer=broken)
    assert not out.exists() and not list(tmp_path.glob("*.partial"))
