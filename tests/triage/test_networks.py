"""Seller network pages on a real store: the list, the drawn SVG graph (escaped labels), the
link from a listing, the size limit of the drawing, and the short-lived network cache."""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from networks.graph import NetworkSet
from triage.network_cache import NetworkCache
from triage.settings import TriageSettings

HOSTILE = '</text><script>alert("svg")</script><text onload="x()">Horn'
COPIED = ("Genuine rhino horn pieces from an old collection, discreet shipping to Hanoi and "
          "Guangzhou, payment by bank transfer only, serious buyers contact me directly")


def _add_ring(seeded) -> dict[str, int]:
    """Listings on two more marketplaces: one shares the seeded phone (written in another
    format), one shares an e-mail with it, one copies its description."""
    from wildtrace.models import PageExtraction

    pages = {
        "bazaar": PageExtraction(url="https://bazaar.example/p/10", page_type="listing",
                                 title=HOSTILE, description=COPIED, seller="hornhouse",
                                 country="VN", phones=["+84912345678"],
                                 emails=["horn.dealer@example.org"]),
        "souk": PageExtraction(url="https://souk.example/a/11", page_type="listing",
                               title="Carvings", description="Old carvings, ask",
                               seller="carver", emails=["horn.dealer@example.org"]),
        "copy": PageExtraction(url="https://souk.example/a/12", page_type="listing",
                               title="Horn pieces", description=COPIED + " today",
                               seller="other"),
        "alone": PageExtraction(url="https://souk.example/a/13", page_type="listing",
                                title="Teak table", description="Solid teak", seller="x"),
    }
    ids = {key: seeded.store.save_page(page, marketplace=page.url.split("/")[2], capture=None,
                                       verdict=None).id for key, page in pages.items()}
    return ids


def _svg(text: str) -> str:
    start = text.index('<svg class="network"')
    return text[start:text.index("</svg>", start)]


def test_network_page_draws_every_listing_and_escapes_titles(client: TestClient, seeded,
                                                            forms) -> None:
    ring = _add_ring(seeded)
    forms.log_in(client, "ana")
    listing = client.get(f"/listings/{ring['bazaar']}").text
    assert f'href="/listings/{ring["bazaar"]}/network"' in listing  # cache cold: look-up link
    overview = client.get("/networks")
    assert overview.status_code == 200
    network_id = re.search(r'href="/networks/(N-[0-9a-f]+)"', overview.text).group(1)
    row = overview.text[overview.text.index(network_id):]
    row = row[:row.index("</tr>")]
    assert "<td>5</td>" in row
    for expected in ("bazaar.example", "market.example", "souk.example", "phone", "email",
                     "wording"):
        assert expected in row, expected

    page = client.get(f"/networks/{network_id}")
    assert page.status_code == 200
    svg = _svg(page.text)
    member_ids = [seeded.ids["pangolin"], seeded.ids["injection"], ring["bazaar"], ring["souk"],
                  ring["copy"]]
    assert svg.count("<circle") == len(member_ids) + 3  # nodes + 3 marketplace legend swatches
    for listing_id in member_ids:
        assert f'href="/listings/{listing_id}"' in svg
    assert f'href="/listings/{ring["alone"]}"' not in svg
    assert "phone +84912345678" in svg and "email horn.dealer@example.org" in svg
    assert "copied text" in svg and 'stroke-dasharray="2 4"' in svg
    assert "<script" not in svg and "onload=" not in svg.replace("onload=&#34;", "")
    assert "&lt;/text&gt;&lt;script&gt;" in svg
    assert "<script>alert" not in page.text and "<b>ivoryman</b>" not in page.text
    links = page.text[page.text.index('id="network-links"'):]
    assert "shared phone +84912345678" in links and "copied description" in links
    assert "shared email horn.dealer@example.org" in links
    viewbox = re.search(r'viewBox="0 0 (\d+) (\d+)"', svg)
    width, height = float(viewbox.group(1)), float(viewbox.group(2))
    for x, y in re.findall(r'<circle cx="([\d.]+)" cy="([\d.]+)"', svg):
        assert 0 < float(x) < width and 0 < float(y) < height
    assert client.get(f"/networks/{network_id}").text.count("<circle") == svg.count("<circle")

    warm = client.get(f"/listings/{ring['bazaar']}").text  # cache warm: direct link
    assert f'href="/networks/{network_id}"' in warm and "5 listings" in warm
    jump = client.get(f"/listings/{ring['souk']}/network", follow_redirects=False)
    assert jump.status_code == 303 and jump.headers["location"] == f"/networks/{network_id}"
    lone = client.get(f"/listings/{ring['alone']}/network")
    assert lone.status_code == 404 and "in no seller network" in lone.text
    assert client.get("/networks/N-0000000000").status_code == 404
    audits = seeded.store.audit_entries(object_type="network", object_id=network_id)
    assert [e.actor for e in audits] == ["ana", "ana"]


def test_big_networks_get_the_table_not_a_drawing(seeded, forms) -> None:
    from triage.app import create_app

    _add_ring(seeded)
    app = create_app(seeded.config, secret_key="test-key", store=seeded.store,
                     settings=TriageSettings(network_draw_max_nodes=4))
    client = TestClient(app, base_url="http://127.0.0.1")
    forms.log_in(client, "ana")
    network_id = re.search(r'href="/networks/(N-[0-9a-f]+)"',
                           client.get("/networks").text).group(1)
    page = client.get(f"/networks/{network_id}").text
    assert 'id="network-too-big"' in page and '<svg class="network"' not in page
    assert "shared phone +84912345678" in page


def test_network_cache_serves_the_old_result_while_rebuilding() -> None:
    import threading

    now = [100.0]
    builds: list[NetworkSet] = []
    release = threading.Event()

    def build() -> NetworkSet:
        if builds:
            release.wait(5)  # a slow rebuild
        builds.append(NetworkSet(networks=[], listings={}))
        return builds[-1]

    cache = NetworkCache(30, build, clock=lambda: now[0])
    assert cache.peek() is None and not builds
    first = cache.get()
    assert first is builds[0]
    now[0] += 29
    assert cache.get() is first and cache.peek() is first and len(builds) == 1
    now[0] += 2
    assert cache.peek() is None
    assert cache.get(wait=0) is first  # expired: the old result, a rebuild in the background
    release.set()
    deadline = time.monotonic() + 5
    while cache.peek() is None:
        assert time.monotonic() < deadline
    assert cache.get() is builds[1] and len(builds) == 2


def test_network_cache_first_build_can_be_waited_for_and_errors_reach_the_page() -> None:
    import threading

    from triage.exceptions import NetworkBuildError

    gate = threading.Event()

    def slow() -> NetworkSet:
        gate.wait(5)
        return NetworkSet(networks=[], listings={})

    cache = NetworkCache(60, slow)
    assert cache.get(wait=0.05) is None  # still building: the page says so
    gate.set()
    assert cache.get() is not None

    def broken() -> NetworkSet:
        raise OSError("disk gone")

    failing = NetworkCache(60, broken)
    with pytest.raises(NetworkBuildError, match="disk gone"):
        failing.get()


def test_networks_page_says_when_the_first_build_is_still_running(seeded, forms) -> None:
    import threading

    from triage.app import create_app

    app = create_app(seeded.config, secret_key="test-key", store=seeded.store,
                     settings=TriageSettings(network_wait_seconds=0.05))
    gate = threading.Event()
    real_build = app.state.network_cache._build
    app.state.network_cache._build = lambda: (gate.wait(5), real_build())[1]
    client = TestClient(app, base_url="http://127.0.0.1")
    forms.log_in(client, "ana")
    page = client.get("/networks")
    assert page.status_code == 202 and 'id="networks-building"' in page.text
    gate.set()
    app.state.network_cache.get()
    assert 'id="network-list"' in client.get("/networks").text


@pytest.mark.browser
def test_browser_network_graph_then_case_request(live_server, seeded, page, forms,
                                                 tmp_path: Path) -> None:
    """Log in, open a network (the SVG shows, with its nodes), open a case, build a request."""
    ring = _add_ring(seeded)
    case_id = int(seeded.store.create_case("Horn ring", "ana"))
    seeded.store.add_to_case(case_id, seeded.ids["pangolin"])
    base = live_server
    page.set_viewport_size({"width": 1280, "height": 1000})
    page.goto(base + "/networks")
    page.fill("input[name=username]", "ana")
    page.fill("input[name=password]", forms.strong)
    with page.expect_navigation():
        page.click("button[type=submit]")
    page.goto(base + f"/listings/{ring['bazaar']}/network")
    graph = page.locator("#network-svg")
    graph.wait_for()
    assert graph.is_visible()
    box = graph.bounding_box()
    assert box is not None and box["width"] > 600 and box["height"] > 400
    assert page.locator("#network-svg a.node-listing").count() == 5
    assert page.locator("#network-svg a.node-phone").count() == 1
    shot = Path(os.environ.get("WILDTRACE_TEST_SCREENSHOTS", tmp_path)) / "network.png"
    graph.screenshot(path=str(shot))
    assert shot.stat().st_size > 5000
    assert page.dialogs == []  # the hostile title's script never ran

    page.goto(base + f"/cases/{case_id}")
    page.select_option("#request-ncb", "VN")
    page.select_option("#request-language", "en")
    with page.expect_navigation(timeout=60_000):
        page.click("#build-request")
    assert "built" in page.locator(".flash").inner_text()
    row = page.locator("tr.request-row").first
    assert row.locator(".request-state").inner_text() == "built"
    page.locator("#case-requests").screenshot(path=str(shot.with_name("case-requests.png")))
    with page.expect_download() as download:
        row.locator("a", has_text="letter.pdf").click()
    assert Path(download.value.path()).read_bytes().startswith(b"%PDF")
