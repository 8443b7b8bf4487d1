"""The application in Debian's chromium (Playwright): the investigator's path and its safety."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def log_in(page, base: str, name: str, password: str) -> None:
    page.goto(base + "/queue")
    assert "/login" in page.url
    page.fill("input[name=username]", name)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_url(base + "/queue")


def test_triage_with_keyboard_evidence_case_logout(live_server, seeded, page, forms) -> None:
    base = live_server
    log_in(page, base, "ana", forms.strong)
    rows = page.locator("tr.listing-row")
    assert rows.count() == 3
    assert "selected" in (rows.nth(0).get_attribute("class") or "")
    page.keyboard.press("j")
    page.keyboard.press("j")
    assert "selected" in (rows.nth(2).get_attribute("class") or "")
    page.keyboard.press("k")
    page.keyboard.press("k")
    first_id = int(rows.nth(0).get_attribute("data-id"))
    assert first_id == seeded.ids["pangolin"]
    with page.expect_navigation():
        page.keyboard.press("c")  # confirm the selected (top) listing
    assert seeded.store.get_listing(first_id).decision == "confirm"
    assert page.locator("tr.listing-row").count() == 2
    page.select_option("#dismiss-reason", "replica or artificial")
    page.keyboard.press("j")  # select the parrot
    parrot = int(page.locator("tr.listing-row.selected").get_attribute("data-id"))
    with page.expect_navigation():
        page.keyboard.press("d")
    detail = seeded.store.get_listing(parrot)
    assert detail.decision == "dismiss" and detail.decisions[-1].reason == "replica or artificial"
    # the decided listing is out of the queue; the cursor stays in place
    assert page.locator("tr.listing-row").count() == 1
    # open the confirmed listing's evidence from the 'confirmed' view
    page.goto(base + "/queue?decision=confirm")
    with page.expect_navigation():
        page.keyboard.press("o")
    assert f"/listings/{first_id}" in page.url
    shot = page.locator("#screenshot")
    shot.wait_for()
    page.wait_for_function("document.getElementById('screenshot').complete")
    assert page.evaluate("document.getElementById('screenshot').naturalWidth") == 40
    frame = page.frame_locator("#archive-frame")
    assert frame.locator("#archived-h1").inner_text() == "Pangolin scales 1kg"
    assert page.title().startswith("Listing")
    assert page.dialogs == []  # the archived page's script never ran
    # the iframe is opaque to the app and the app to it
    assert page.evaluate("""() => { try { return document.getElementById('archive-frame')
        .contentDocument === null; } catch (e) { return true; } }""")
    # create a case
    page.click("a[href='/cases']")
    page.fill("#case-title", "Pangolin scale network")
    with page.expect_navigation():
        page.click("#create-case")
    assert page.locator("#case-heading").inner_text().endswith("Pangolin scale network")
    # log out
    with page.expect_navigation():
        page.click("#logout")
    assert "/login" in page.url
    page.goto(base + "/queue")
    assert "/login" in page.url


def test_anonymous_visitor_gets_the_login_page(live_server, seeded, page) -> None:
    for path in ("/", "/queue", f"/listings/{seeded.ids['pangolin']}", "/cases", "/cases/1",
                 "/dashboard", "/admin/users", "/shared?kind=phone&value=1",
                 f"/listings/{seeded.ids['pangolin']}/captures/1/archive"):
        page.goto(live_server + path)
        assert "/login" in page.url, path
        assert page.locator("input[name=password]").count() == 1
        assert page.locator("tr.listing-row").count() == 0


def test_injected_markup_renders_as_inert_text(live_server, seeded, page, forms) -> None:
    base = live_server
    log_in(page, base, "sam", forms.strong)
    listing_id = seeded.ids["injection"]
    case_id = seeded.store.create_case("<script>alert('case')</script>", "sam")
    seeded.store.add_to_case(case_id, listing_id)
    for path in ("/queue", f"/listings/{listing_id}", f"/cases/{case_id}", "/cases",
                 "/shared?kind=phone&value=%2B84912345678", "/dashboard",
                 "/queue?q=ivory"):
        page.goto(base + path)
        page.wait_for_load_state("load")
        assert page.locator("#injected-b, #injected-frame, img[onerror]").count() == 0, path
        assert page.locator("main script").count() == 0, path
    page.goto(base + f"/listings/{listing_id}")
    assert page.locator("#listing-title").inner_text() == seeded.injection_title
    description = page.locator("#listing-description").inner_text()
    assert "<script>alert(\"desc\")</script>" in description
    assert "<iframe id=\"injected-frame\"" in description
    # the archived copy of that page is shown too, inside the sandbox: still nothing runs
    frame = page.frame_locator("#archive-frame")
    assert frame.locator("#injected-b").count() == 1  # markup exists only inside the sandbox
    page.wait_for_timeout(300)
    assert page.dialogs == []
