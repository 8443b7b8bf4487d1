"""Pages on a real SQLite store with real WARC evidence (TestClient, no browser)."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient


def test_queue_lists_flagged_by_score_with_counts_and_facets(client: TestClient, forms) -> None:
    forms.log_in(client, "ana")
    page = client.get("/queue")
    assert page.status_code == 200
    titles = re.findall(r'<a href="/listings/\d+\?from=[^"]*">([^<]*)</a>', page.text)
    assert titles[0] == "Pangolin scales 1kg" and titles[-1] == "Grey parrot chicks"
    assert "Garden chairs" not in page.text
    assert "3 listings" in page.text
    assert "manis javanica" in page.text.lower() and "market.example" in page.text
    newest = client.get("/queue?order=newest").text
    assert newest.index("Grey parrot chicks") < newest.index("Pangolin scales 1kg")
    searched = client.get("/queue?q=parrot").text
    assert "Grey parrot chicks" in searched and "Pangolin scales 1kg" not in searched
    facet = client.get("/queue?country=VN").text
    assert "Pangolin scales 1kg" in facet and "Grey parrot chicks" not in facet


def test_listing_page_shows_evidence_and_is_audited(client: TestClient, seeded, forms) -> None:
    forms.log_in(client, "ana")
    listing_id = seeded.ids["pangolin"]
    page = client.get(f"/listings/{listing_id}")
    assert page.status_code == 200
    text = page.text
    for expected in ("Manis javanica", "Appendix I", "names Sunda pangolin", "+84912345678",
                     "sha256:", "warcs/cap0-", 'sandbox=""', "scaleking"):
        assert expected in text, expected
    entries = seeded.store.audit_entries(object_type="listing", object_id=str(listing_id))
    assert any(e.actor == "ana" and e.action == "view" for e in entries)
    capture = re.search(r"/captures/(\d+)/archive", text).group(1)
    archived = client.get(f"/listings/{listing_id}/captures/{capture}/archive")
    assert archived.status_code == 200 and b"archived-h1" in archived.content
    csp = archived.headers["content-security-policy"]
    assert csp.startswith("sandbox") and "allow-scripts" not in csp
    assert "allow-same-origin" not in csp and "default-src 'none'" in csp
    shot = client.get(f"/listings/{listing_id}/captures/{capture}/screenshot")
    assert shot.status_code == 200 and shot.headers["content-type"] == "image/png"
    assert shot.content.startswith(b"\x89PNG")
    custody = seeded.config.paths.custody_log.read_text()
    assert '"action":"view"' in custody


def test_identifier_links_to_every_listing_sharing_it(client: TestClient, seeded,
                                                      forms) -> None:
    forms.log_in(client, "ana")
    page = client.get("/shared", params={"kind": "phone", "value": "+84912345678"})
    assert page.status_code == 200
    assert "Pangolin scales 1kg" in page.text and "Ivory bangle" in page.text
    assert "2 listings" in page.text
    seller = client.get("/shared", params={"kind": "seller", "value": "birdy"})
    assert "Garden chairs" in seller.text and "Grey parrot chicks" in seller.text
    assert client.get("/shared", params={"kind": "bogus", "value": "x"}).status_code == 400


def test_decisions_leave_the_queue_and_are_recorded(client: TestClient, seeded,
                                                    forms) -> None:
    forms.log_in(client, "ana")
    token = forms.csrf_of(client, "/queue")
    listing_id = seeded.ids["pangolin"]
    refused = client.post(f"/listings/{listing_id}/decision",
                          data={"csrf_token": token, "decision": "dismiss", "reason": ""})
    assert refused.status_code == 400
    done = client.post(f"/listings/{listing_id}/decision",
                       data={"csrf_token": token, "decision": "confirm", "note": "seen before",
                             "next": "/queue", "selected": "0"}, follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"] == "/queue?selected=0"
    assert "Pangolin scales 1kg" not in client.get("/queue").text
    assert "Pangolin scales 1kg" in client.get("/queue?decision=confirm").text
    detail = seeded.store.get_listing(listing_id)
    assert detail.decision == "confirm" and detail.decisions[-1].user == "ana"
    assert detail.decisions[-1].note == "seen before"
    entries = seeded.store.audit_entries(object_type="listing", object_id=str(listing_id))
    assert any(e.action == "decide" and e.details.get("decision") == "confirm"
               for e in entries)


def test_cases_create_assign_and_detail(client: TestClient, seeded, forms) -> None:
    forms.log_in(client, "sam")
    token = forms.csrf_of(client)
    created = client.post("/cases", data={"csrf_token": token, "title": "Hanoi scales ring",
                                          "description": "<i>suspects</i>"},
                          follow_redirects=False)
    assert created.status_code == 303
    case_url = created.headers["location"]
    case_id = int(case_url.rsplit("/", 1)[1])
    for key in ("pangolin", "injection"):
        client.post(f"/listings/{seeded.ids[key]}/case",
                    data={"csrf_token": token, "case_id": str(case_id)})
    page = client.get(case_url).text
    assert "Hanoi scales ring" in page and "&lt;i&gt;suspects&lt;/i&gt;" in page
    assert "+84912345678" in page and "VN" in page and "NG" in page
    assert "scaleking" in page and "first seen" in page
    assert 'id="request-form"' in page and "no request built for this case yet" in page
    assert "Hanoi scales ring" in client.get("/cases").text


def test_dashboard_charts(client: TestClient, forms) -> None:
    forms.log_in(client, "ana")
    page = client.get("/dashboard")
    assert page.status_code == 200
    assert page.text.count("<svg") == 4
    assert "market.example" in page.text and "Manis javanica" in page.text
    assert "<strong>3</strong> flagged" in page.text


def test_verify_button_runs_the_verifier(client: TestClient, seeded, forms) -> None:
    forms.log_in(client, "ana")
    listing_id = seeded.ids["pangolin"]
    page = client.get(f"/listings/{listing_id}").text
    assert "not checked since the server started" in page
    action = re.search(r'action="(/listings/\d+/captures/\d+/verify)"', page).group(1)
    token = forms.csrf_of(client)
    after = client.post(action, data={"csrf_token": token})
    assert after.status_code == 200
    assert 'class="status-ok">intact' in after.text, after.text
    assert "by ana" in after.text
    # now alter one byte of the WARC: the next check must say so
    capture = seeded.store.get_listing(listing_id).captures[-1]
    warc = seeded.config.paths.evidence / capture.warc_file
    data = bytearray(warc.read_bytes())
    data[len(data) // 2] ^= 0xFF
    warc.write_bytes(bytes(data))
    tampered = client.post(action, data={"csrf_token": token})
    assert 'class="status-bad">' in tampered.text
    custody = seeded.config.paths.custody_log.read_text()
    assert custody.count('"action":"verify"') == 2


def test_missing_records_are_404_not_500(client: TestClient, forms) -> None:
    forms.log_in(client, "ana")
    assert client.get("/listings/99999").status_code == 404
    assert client.get("/cases/99999").status_code == 404
    assert client.get("/listings/abc").status_code in (404, 422)
    assert client.get("/queue?appendix=IV").status_code == 400


def test_supervisor_exports_a_case_package_analyst_cannot(client: TestClient, seeded,
                                                          forms) -> None:
    import zipfile

    case_id = seeded.store.create_case("Export me", "sam")
    seeded.store.add_to_case(case_id, seeded.ids["pangolin"])
    seeded.store.add_to_case(case_id, seeded.ids["parrot"])  # no capture: skipped
    forms.log_in(client, "ana")
    token = forms.csrf_of(client)
    assert client.post(f"/cases/{case_id}/export", data={"csrf_token": token}).status_code == 403
    assert "Exports need the supervisor role" in client.get(f"/cases/{case_id}").text
    client.post("/logout", data={"csrf_token": token})
    forms.log_in(client, "sam")
    token = forms.csrf_of(client)
    done = client.post(f"/cases/{case_id}/export", data={"csrf_token": token})
    assert done.status_code == 200 and "Evidence package written: case-" in done.text
    packages = list(seeded.config.paths.exports.glob(f"case-{case_id}-*.wacz"))
    assert len(packages) == 1
    with zipfile.ZipFile(packages[0]) as package:
        names = package.namelist()
    assert "datapackage-digest.json" in names
    assert any(name.startswith("archive/cap0-") for name in names)
    from evidence.verify import verify_path

    assert [str(p) for p in verify_path(packages[0])] == []
    download = client.get(f"/cases/{case_id}/exports/{packages[0].name}")
    assert download.status_code == 200 and download.content == packages[0].read_bytes()
    assert client.get(f"/cases/{case_id}/exports/..%2Fwildtrace.db").status_code == 404
    actions = [e.action for e in seeded.store.audit_entries(object_type="case",
                                                             object_id=str(case_id))]
    assert "export" in actions and "download" in actions
    assert '"action":"export"' in seeded.config.paths.custody_log.read_text()


def test_export_of_a_case_without_captures_is_a_clear_error(client: TestClient, seeded,
                                                            forms) -> None:
    case_id = seeded.store.create_case("Nothing captured", "sam")
    seeded.store.add_to_case(case_id, seeded.ids["parrot"])
    forms.log_in(client, "sam")
    response = client.post(f"/cases/{case_id}/export", data={"csrf_token": forms.csrf_of(client)})
    assert response.status_code == 400
    assert "nothing to export" in response.text


def test_queue_total_is_fresh_while_facets_are_cached(client: TestClient, seeded,
                                                      forms) -> None:
    forms.log_in(client, "ana")
    assert "3 listings" in client.get("/queue").text
    seeded.store.record_decision(seeded.ids["parrot"], "sam", "escalate")
    page = client.get("/queue").text
    assert "2 listings" in page and "Grey parrot chicks" not in page


def test_a_flag_naming_no_species_is_marked_in_the_queue(client: TestClient, seeded,
                                                         forms) -> None:
    from wildtrace.models import PageExtraction, Verdict

    page = PageExtraction(url="https://market.example/item/9", page_type="listing",
                          title="White stock, cross-hatch clear", description="懂的来")
    verdict = Verdict(id=page.url, score=0.6, flagged=True, species=[],
                      reasons=["evidence rule: a sale in the veiled trade's wording"],
                      model_version="test-1")
    seeded.store.save_page(page, marketplace="market.example", capture=None, verdict=verdict)
    forms.log_in(client, "ana")
    rows = client.get("/queue").text.split('<tr class="listing-row"')
    veiled = next(row for row in rows if "White stock, cross-hatch clear" in row)
    named = next(row for row in rows if "Pangolin scales 1kg" in row)
    assert 'class="badge unnamed"' in veiled and "unnamed" not in named
