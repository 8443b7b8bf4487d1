"""NCB support requests from the case page: a real build (store, sealed WARCs, Chromium PDF),
role checks, audit and custody entries, downloads confined to the request's folder."""

from __future__ import annotations

import json
import re
import zipfile

from fastapi.testclient import TestClient


def _case_with_captures(seeded) -> int:
    case_id = int(seeded.store.create_case("Pangolin ring", "ana"))
    seeded.store.add_to_case(case_id, seeded.ids["pangolin"])
    seeded.store.add_to_case(case_id, seeded.ids["injection"])
    return case_id


def _custody_actions(seeded) -> list[str]:
    lines = seeded.config.paths.custody_log.read_text().splitlines()
    return [json.loads(line)["action"] for line in lines]


def test_request_flow_build_approve_download_handover(client: TestClient, seeded,
                                                      forms) -> None:
    case_id = _case_with_captures(seeded)
    forms.log_in(client, "ana")
    page = client.get(f"/cases/{case_id}")
    assert 'id="request-form"' in page.text and '<option value="VN">' in page.text
    token = forms.csrf_of(client, f"/cases/{case_id}")
    built = client.post(f"/cases/{case_id}/requests",
                        data={"csrf_token": token, "ncb": "VN", "language": "fr",
                              "support": ["information", "operational"],
                              "summary": "Scales offered from Hanoi"},
                        follow_redirects=False)
    assert built.status_code == 303, built.text
    reference = re.search(r"built=([^#&]+)", built.headers["location"]).group(1)
    page = client.get(built.headers["location"])
    assert f"Request {reference} built" in page.text
    row = page.text[page.text.index(f'data-reference="{reference}"'):]
    row = row[:row.index("</tr>")]
    assert ">built<" in row and "waits for a supervisor" in row and "approve-request" not in row
    for name in ("letter.pdf", "request.json", "ecomessage.docx", "ecomessage.xlsx",
                 "message.eml", f"{reference}-evidence.zip"):
        assert f"/files/{name}" in row, name

    base = f"/cases/{case_id}/requests/{reference}"
    pdf = client.get(f"{base}/files/letter.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert pdf.headers["content-type"] == "application/pdf"
    content = client.get(f"{base}/files/request.json").json()
    assert content["language"] == "fr" and content["ncb"]["country"] == "VN"
    package = client.get(f"{base}/files/{reference}-evidence.zip")
    assert package.status_code == 200
    assert "MANIFEST.json" in zipfile.ZipFile(__import__("io").BytesIO(package.content)).namelist()

    assert client.post(f"{base}/approve", data={"csrf_token": token}).status_code == 403
    early = client.post(f"{base}/handover", data={"csrf_token": token, "channel": "USB"})
    assert early.status_code == 400 and "not approved" in early.text

    client.post("/logout", data={"csrf_token": token})
    forms.log_in(client, "sam")
    token = forms.csrf_of(client, f"/cases/{case_id}")
    approved = client.post(f"{base}/approve", data={"csrf_token": token},
                           follow_redirects=False)
    assert approved.status_code == 303
    handed = client.post(f"{base}/handover",
                         data={"csrf_token": token, "channel": "NCB liaison, encrypted USB"},
                         follow_redirects=False)
    assert handed.status_code == 303
    page = client.get(f"/cases/{case_id}").text
    assert "approved by sam" in page and "handed-over via NCB liaison, encrypted USB" in page

    audits = seeded.store.audit_entries(object_type="request", object_id=reference)
    actions = {(e.actor, e.action) for e in audits}
    assert {("sam", "request-approve"), ("sam", "request-handover"),
            ("ana", "download")} <= actions
    builds = seeded.store.audit_entries(object_type="case", object_id=str(case_id))
    assert any(e.actor == "ana" and e.action == "request-build" for e in builds)
    custody = _custody_actions(seeded)
    assert {"export", "request-approval", "request-send"} <= set(custody)


def test_request_errors_are_messages_not_server_errors(client: TestClient, seeded,
                                                       forms) -> None:
    case_id = _case_with_captures(seeded)
    empty = int(seeded.store.create_case("Nothing captured", "ana"))
    seeded.store.add_to_case(empty, seeded.ids["parrot"])
    forms.log_in(client, "ana")
    token = forms.csrf_of(client, f"/cases/{case_id}")
    unknown = client.post(f"/cases/{case_id}/requests",
                          data={"csrf_token": token, "ncb": "ZZ"})
    assert unknown.status_code == 400
    assert 'id="request-error"' in unknown.text and "no NCB for &#39;ZZ&#39;" in unknown.text
    bare = client.post(f"/cases/{empty}/requests", data={"csrf_token": token, "ncb": "VN"})
    assert bare.status_code == 400 and "no captured listing" in bare.text
    odd = client.post(f"/cases/{case_id}/requests",
                      data={"csrf_token": token, "ncb": "VN", "support": ["bribes"]})
    assert odd.status_code == 400 and "unknown support type" in odd.text
    assert client.post("/cases/9999/requests",
                       data={"csrf_token": token, "ncb": "VN"}).status_code == 404
    assert not (seeded.config.data_dir / "outbox").exists() or not any(
        (seeded.config.data_dir / "outbox").iterdir())


def test_downloads_stay_inside_the_request_folder(client: TestClient, seeded, forms) -> None:
    from case_requests.outbox import Outbox, RequestStatus

    case_id = _case_with_captures(seeded)
    other_case = int(seeded.store.create_case("Other", "ana"))
    outbox = Outbox(seeded.config)
    outbox.save(RequestStatus(reference="WT-1", case_id=case_id, ncb="VN", language="en"))
    folder = outbox.folder("WT-1")
    (folder / "letter.pdf").write_bytes(b"%PDF-1.7 test")
    (outbox.root / "secret.json").write_text('{"secret": 1}')
    (seeded.config.data_dir / "leak.pdf").write_bytes(b"%PDF leak")
    (folder / "link.pdf").symlink_to(seeded.config.data_dir / "leak.pdf")
    forms.log_in(client, "ana")
    base = f"/cases/{case_id}/requests/WT-1/files"
    assert client.get(f"{base}/letter.pdf").status_code == 200
    for name in ("..%2Fsecret.json", "..%2F..%2Fleak.pdf", "%2Fetc%2Fpasswd", "link.pdf",
                 "status.json.tmp", ".hidden.pdf", "nothing.pdf"):
        response = client.get(f"{base}/{name}")
        assert response.status_code == 404, name
        assert b"secret" not in response.content and b"leak" not in response.content
    assert client.get(f"/cases/{case_id}/requests/..%2Foutbox/files/letter.pdf"
                      ).status_code == 404
    assert client.get(f"/cases/{other_case}/requests/WT-1/files/letter.pdf"
                      ).status_code == 404
    downloads = seeded.store.audit_entries(object_type="request", object_id="WT-1")
    assert [e.action for e in downloads] == ["download"]
    client.cookies.clear()
    anonymous = client.get(f"{base}/letter.pdf", follow_redirects=False)
    assert anonymous.status_code == 303 and anonymous.headers["location"].startswith("/login")
