"""Test data and helpers shared by the store tests (imported by name: conftest puts this
folder on sys.path, since pytest runs with --import-mode=importlib)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from store import Store
from wildtrace.models import PageExtraction, SpeciesMention, Verdict

ROOT = Path(__file__).resolve().parents[2]
NOIDA = ROOT / ".venv" / "bin" / "noida-db"
PG_ADMIN_URL = "postgresql+psycopg2://postgres@127.0.0.1:5432/test"


@contextmanager
def postgres_database() -> Iterator[str]:
    """A fresh PostgreSQL database (skips when the server is not running), dropped after."""
    if not _listening(5432):
        pytest.skip("PostgreSQL is not running on 127.0.0.1:5432")
    import sqlalchemy as sa

    name = f"wt_store_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield f"postgresql://postgres@127.0.0.1:5432/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

ELEPHANT = SpeciesMention("Loxodonta africana", "African elephant", "I/II")
PANGOLIN = SpeciesMention("Manis javanica", "Sunda pangolin", "I")
PARROT = SpeciesMention("Psittacus erithacus", "Grey parrot", "I")
TORTOISE = SpeciesMention("Astrochelys radiata", "Radiated tortoise", "I")
PYTHON = SpeciesMention("Python regius", "Ball python", "II")

# (title, description, species, country, language): wording in several languages and scripts
WORDING = [
    ("Carved ivory bangle", "Genuine old elephant ivory, ship worldwide", [ELEPHANT], "US", "en"),
    ("出售象牙手镯", "天然象牙，微信联系", [ELEPHANT], "CN", "zh"),
    ("穿山甲鳞片 批发", "正品穿山甲片 价格优惠", [PANGOLIN], "CN", "zh"),
    ("Vảy tê tê", "Bán vảy tê tê (pangolin) số lượng lớn", [PANGOLIN], "VN", "vi"),
    ("Perroquet gris du Gabon", "Jeune perroquet gris, élevé à la main", [PARROT], "FR", "fr"),
    ("Tortue radiée à vendre", "Tortue de Madagascar, très calme", [TORTOISE], "FR", "fr"),
    ("ขายงาช้าง แท้", "งาช้างแกะสลัก ราคาถูก", [ELEPHANT], "TH", "th"),
    ("Ball python morph", "Captive bred royal python, CB24", [PYTHON], "DE", "en"),
    ("象牙のネックレス", "本物の象牙 送料無料", [ELEPHANT], "JP", "ja"),
    ("Antique piano keys", "Old piano with bone keys, no ivory", [], "GB", "en"),
    ("Vendo marfil tallado", "Marfil auténtico de elefante", [ELEPHANT], "ES", "es"),
    ("Plush toy pangolin", "Soft toy, 30 cm, for kids", [], "US", "en"),
]
MARKETPLACES = ["bazaar", "Petshop", "curio-hub"]


def corpus(count: int = 36) -> list[tuple[PageExtraction, Verdict, str]]:
    """A deterministic set of pages with verdicts and marketplaces, varied on every filter."""
    out = []
    for i in range(count):
        title, description, species, country, language = WORDING[i % len(WORDING)]
        seller = f"seller{i % 5}"
        page = PageExtraction(
            url=f"https://market{i % 3}.example/item/{i}", page_type="listing",
            title=f"{title} #{i}", description=description, price=float(10 * (i + 1)),
            currency="USD", seller=seller, seller_id=f"S{i % 5}", country=country,
            language=language, phones=[f"+8490000{i % 4:04d}"],
            emails=[f"{seller}@mail.example"] if i % 2 else [], species=list(species))
        flagged = bool(species) and i % 4 != 3
        verdict = Verdict(id=str(i), score=round(0.05 + (i * 37 % 90) / 100, 2),
                          flagged=flagged, species=list(species), reasons=["test"])
        out.append((page, verdict, MARKETPLACES[i % 3]))
    return out


def fill(store: Store, pages: list[tuple[PageExtraction, Verdict, str]]) -> list[int]:
    return [store.save_page(page, marketplace=market, capture=None, verdict=verdict).id
            for page, verdict, market in pages]


class NoidaServer:
    """The noida-db Elasticsearch stand-in on a free port, which a test may stop and restart."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [str(NOIDA), "start", "--data-dir", str(self.data_dir), "--only", "elasticsearch",
             "--host", "127.0.0.1", "--elasticsearch-port", str(self.port)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("noida-db did not start within 30 s")

    def stop(self) -> None:
        """Stop the wrapper and the server binary it started (its own process group)."""
        if self.process is not None:
            group = os.getpgid(self.process.pid)
            os.killpg(group, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(group, signal.SIGKILL)
                self.process.wait()
            deadline = time.monotonic() + 15
            while time.monotonic() < deadline and _listening(self.port):
                time.sleep(0.1)
            self.process = None


def _listening(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False
