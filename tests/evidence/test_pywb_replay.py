"""An exported case package replays in pywb (the Webrecorder/IIPC replay tool), for real.

pywb lives in a venv of its own (``.tools/pywb``, made by ``scripts/setup.sh``): its pins
would downgrade the project's. The package is built as the WACZ tests build one, its WARCs go
into a pywb collection with ``wb-manager``, and ``wayback`` serves them on a loopback port.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).parent))
from evidence_fixtures import (
    CASE_PATHS,
    CHUNKS,
    GZIP_BYTES,
    GZIP_HTML,
    capture_case,
    export_case,
)

PYWB_BIN = Path(__file__).resolve().parents[2] / ".tools" / "pywb" / "bin"
COLLECTION = "case"
START_TIMEOUT = 60.0

pytestmark = pytest.mark.slow


def _tool(name: str) -> str:
    path = PYWB_BIN / name
    if not path.exists():
        pytest.fail(f"{path} is missing: run ./scripts/setup.sh (it installs pywb there)")
    return str(path)


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory, origin: str) -> Path:
    """A signed WACZ of four captured responses: two listing pages, gzip, a streamed body."""
    root = tmp_path_factory.mktemp("replay") / "data"
    assert capture_case(root, origin) == [200] * len(CASE_PATHS)
    return export_case(root, root / "case.wacz", origin)


def _timestamps(package: Path) -> dict[str, str]:
    """URL -> 14-digit capture time, from the package's own CDXJ index."""
    with zipfile.ZipFile(package) as archive:
        lines = archive.read("indexes/index.cdx").decode().splitlines()
    found = {}
    for line in lines:
        _key, timestamp, fields = line.split(" ", 2)
        found[json.loads(fields)["url"]] = timestamp
    return found


def _collection(package: Path, folder: Path, route: str) -> Path:
    """A pywb root with one collection holding the package (``wb-manager init`` + ``add``).

    ``wacz``: pywb unpacks the package itself and takes its CDXJ index (offsets included);
    ``warcs``: the WARCs taken out of ``archive/``, indexed by pywb's own indexer.
    """
    folder.mkdir()
    subprocess.run([_tool("wb-manager"), "init", COLLECTION], cwd=folder, check=True,
                   capture_output=True, timeout=120)
    if route == "wacz":
        files = ["--unpack-wacz", str(package)]
    else:
        extracted = folder / "from-package"
        with zipfile.ZipFile(package) as archive:
            names = [name for name in archive.namelist() if name.startswith("archive/")]
            archive.extractall(extracted, names)
        files = [str(extracted / name) for name in names]
    added = subprocess.run([_tool("wb-manager"), "add", COLLECTION, *files],
                           cwd=folder, capture_output=True, text=True, timeout=300)
    assert added.returncode == 0, added.stdout + added.stderr
    collection = folder / "collections" / COLLECTION
    assert list((collection / "archive").glob("*.warc.gz")), added.stderr
    index = collection / "indexes" / "index.cdxj"  # pywb's name for a collection's index
    assert index.exists() and index.read_text().count("\n") >= 4, added.stderr
    return folder


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def _wayback(root: Path) -> Iterator[str]:
    """pywb's ``wayback`` serving ``root`` on a free loopback port; stopped on exit."""
    port = _free_port()
    log = root / "wayback.log"
    with log.open("wb") as output:
        process = subprocess.Popen([_tool("wayback"), "-b", "127.0.0.1", "-p", str(port),
                                    "-d", str(root)], cwd=root, stdout=output,
                                   stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            if process.poll() is not None:
                pytest.fail(f"wayback exited with {process.returncode}: "
                            f"{log.read_text(errors='replace')[-2000:]}")
            try:
                if httpx.get(base + "/", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("wayback did not answer within "
                            f"{START_TIMEOUT:.0f} s: {log.read_text(errors='replace')[-2000:]}")
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)


@pytest.mark.parametrize("route", ["wacz", "warcs"])
def test_pywb_replays_the_exported_package(package: Path, tmp_path: Path, origin: str,
                                           route: str) -> None:
    times = _timestamps(package)
    listing = origin + "/page/1"
    root = _collection(package, tmp_path / "pywb", route)
    with _wayback(root) as base, httpx.Client(base_url=base, timeout=30) as client:
        # id_: the archived response itself, payload unchanged
        original = client.get(f"/{COLLECTION}/{times[listing]}id_/{listing}")
        assert original.status_code == 200, original.text[:500]
        assert original.text == ("<html><head><title>Listing /page/1</title></head><body>"
                                 "<p>Parrot /page/1</p><img src='/img.png'></body></html>")
        # the normal replay: pywb's frame around the page, and the rewritten page in it
        framed = client.get(f"/{COLLECTION}/{times[listing]}/{listing}")
        assert framed.status_code == 200 and listing in framed.text
        replayed = client.get(f"/{COLLECTION}/{times[listing]}mp_/{listing}")
        assert replayed.status_code == 200
        assert "<title>Listing /page/1</title>" in replayed.text
        assert "<p>Parrot /page/1</p>" in replayed.text
        # the image link now points into the archive, not at the live site
        assert f"/{COLLECTION}/{times[listing]}im_/{origin}/img.png" in replayed.text \
            or f"/{COLLECTION}/{times[listing]}mp_/{origin}/img.png" in replayed.text, \
            replayed.text
        second = client.get(f"/{COLLECTION}/{times[origin + '/page/2']}mp_/{origin}/page/2")
        assert second.status_code == 200 and "<p>Parrot /page/2</p>" in second.text
        # gzip as sent: pywb serves the stored bytes with their Content-Encoding
        gzip_url = f"/{COLLECTION}/{times[origin + '/gzip']}id_/{origin}/gzip"
        with client.stream("GET", gzip_url, headers={"Accept-Encoding": "gzip"}) as gzipped:
            raw = b"".join(gzipped.iter_raw())
        assert gzipped.status_code == 200
        assert gzipped.headers.get("Content-Encoding") == "gzip" and raw == GZIP_BYTES
        assert client.get(gzip_url).text == GZIP_HTML
        streamed = client.get(f"/{COLLECTION}/{times[origin + '/chunked']}id_/{origin}/chunked")
        assert streamed.status_code == 200 and streamed.content == b"".join(CHUNKS)
        # a page that was never captured is not made up
        missing = client.get(f"/{COLLECTION}/{times[listing]}id_/{origin}/page/999")
        assert missing.status_code == 404
