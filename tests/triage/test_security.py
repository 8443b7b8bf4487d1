"""Auth, CSRF, lock-out, headers and roles through the HTTP interface (in-memory store)."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from starlette.routing import Mount


def concrete_paths(app) -> list[tuple[str, str]]:
    """Every route of the app with its parameters filled in, and its methods."""
    found = []
    routes = list(app.routes)
    while routes:
        route = routes.pop(0)
        included = getattr(route, "original_router", None)
        if included is not None:  # FastAPI >= 0.16x keeps included routers whole
            routes.extend(included.routes)
            continue
        if isinstance(route, Mount):
            found.append(("GET", route.path + "/app.css"))
            continue
        methods = getattr(route, "methods", None)
        if not methods:
            continue
        path = re.sub(r"\{[^}]+\}", "1", route.path)
        for method in sorted(methods):
            if method != "HEAD":
                found.append((method, path))
    return found


def test_anonymous_visitor_reaches_nothing(fake_app) -> None:
    client = TestClient(fake_app, base_url="http://127.0.0.1")
    paths = concrete_paths(fake_app)
    assert len(paths) >= 15
    for method, path in [*paths, ("GET", "/no/such/page"), ("POST", "/no/such/form")]:
        response = client.request(method, path, follow_redirects=False)
        if path in ("/login", "/static/app.css"):
            assert response.status_code in (200, 403), (method, path)
            continue
        if method == "GET":
            assert response.status_code == 303, (method, path)
            assert response.headers["location"].startswith("/login?next="), path
        else:
            assert response.status_code == 401, (method, path)
        assert "wildtrace" not in response.text.lower()


def test_login_logout_and_session_cookie_flags(fake_client: TestClient, fake_store,
                                               forms) -> None:
    response = forms.log_in(fake_client, "ana")
    assert response.status_code == 303 and response.headers["location"] == "/queue"
    cookie = response.headers["set-cookie"]
    assert "wildtrace_session=" in cookie
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")
    assert fake_client.get("/cases").status_code == 200
    assert ("ana", "login", "user", "ana", {}) in fake_store.audits
    token = forms.csrf_of(fake_client)
    out = fake_client.post("/logout", data={"csrf_token": token}, follow_redirects=False)
    assert out.status_code == 303
    assert fake_client.get("/cases", follow_redirects=False).status_code == 303


def test_old_cookie_is_dead_after_logout(fake_app, fake_client: TestClient, forms) -> None:
    forms.log_in(fake_client, "ana")
    stolen = fake_client.cookies.get("wildtrace_session")
    fake_client.post("/logout", data={"csrf_token": forms.csrf_of(fake_client)})
    thief = TestClient(fake_app, base_url="http://127.0.0.1",
                       cookies={"wildtrace_session": stolen})
    assert thief.get("/cases", follow_redirects=False).status_code == 303


def test_wrong_password_and_lockout(fake_client: TestClient, fake_store, forms) -> None:
    for attempt in range(5):
        response = forms.log_in(fake_client, "ana", "wrong-password")
        assert response.status_code == 401
        assert ("locked" in response.text) == (attempt == 4)
    response = forms.log_in(fake_client, "ana", forms.strong)
    assert response.status_code == 401 and "locked" in response.text
    assert fake_store.users["ana"].locked_until is not None
    assert any(entry[1] == "login_locked" for entry in fake_store.audits)


def test_login_form_needs_its_csrf_token(fake_client: TestClient, forms) -> None:
    forms.login_token(fake_client)
    response = fake_client.post("/login", data={"username": "ana", "password": forms.strong,
                                                "csrf_token": "forged"},
                                follow_redirects=False)
    assert response.status_code == 403
    assert "wildtrace_session" not in response.headers.get("set-cookie", "")


def test_every_post_needs_the_session_csrf_token(fake_app, fake_client: TestClient,
                                                 forms) -> None:
    forms.log_in(fake_client, "ada")
    posts = [path for method, path in concrete_paths(fake_app)
             if method == "POST" and path != "/login"]
    assert "/logout" in posts and "/cases" in posts
    for path in posts:
        for data in ({}, {"csrf_token": "forged"}):
            response = fake_client.post(path, data=data, follow_redirects=False)
            assert response.status_code == 403, (path, data)
    # a right token in a JSON body does not count either: forms only
    token = forms.csrf_of(fake_client)
    response = fake_client.post("/cases", json={"csrf_token": token}, follow_redirects=False)
    assert response.status_code == 403
    assert fake_client.get("/cases").status_code == 200  # still logged in


def test_secure_headers_on_every_page(fake_client: TestClient) -> None:
    for response in (fake_client.get("/login"), fake_client.get("/static/app.js")):
        csp = response.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
        assert "unsafe-inline" not in csp
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "no-referrer"
        assert response.headers["x-frame-options"] == "DENY"


def test_roles(fake_client: TestClient, forms) -> None:
    forms.log_in(fake_client, "ana")
    assert fake_client.get("/admin/users").status_code == 403
    assert "Users</a>" not in fake_client.get("/cases").text
    fake_client.post("/logout", data={"csrf_token": forms.csrf_of(fake_client)})
    forms.log_in(fake_client, "ada")
    page = fake_client.get("/admin/users")
    assert page.status_code == 200 and "sam" in page.text and "supervisor" in page.text
    assert "$argon2" not in page.text


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/x", "/\\evil"])
def test_no_open_redirect_after_login(fake_client: TestClient, target: str, forms) -> None:
    response = fake_client.post("/login", data={
        "username": "ana", "password": forms.strong, "csrf_token": forms.login_token(fake_client),
        "next": target}, follow_redirects=False)
    assert response.headers["location"] == "/queue"


def test_no_inline_script_or_style_in_templates() -> None:
    from triage.templating import TEMPLATES

    for template in TEMPLATES.glob("*.html"):
        text = template.read_text()
        assert re.search(r"<script(?![^>]*\bsrc=)", text) is None, template.name
        assert " style=" not in text and "<style" not in text, template.name
        assert re.search(r"\bon[a-z]+=", text) is None, template.name
        assert "|safe" not in text.replace(" ", ""), template.name


def test_session_expires_on_the_server(fake_store, tmp_path, forms) -> None:
    import time

    from triage.app import create_app
    from triage.settings import TriageSettings
    from wildtrace.config import load_config

    app = create_app(load_config(tmp_path / "d"), secret_key="k", store=fake_store,
                     settings=TriageSettings(session_idle_seconds=1))
    client = TestClient(app, base_url="http://127.0.0.1")
    forms.log_in(client, "ana")
    assert client.get("/cases", follow_redirects=False).status_code == 200
    time.sleep(1.2)
    assert client.get("/cases", follow_redirects=False).status_code == 303


def test_admin_unlocks_a_locked_account(fake_client: TestClient, fake_store, forms) -> None:
    for _ in range(5):
        forms.log_in(fake_client, "ana", "wrong-password")
    assert fake_store.users["ana"].locked_until is not None
    forms.log_in(fake_client, "ada")
    page = fake_client.get("/admin/users").text
    assert 'action="/admin/users/ana/unlock"' in page
    fake_client.post("/admin/users/ana/unlock", data={"csrf_token": forms.csrf_of(fake_client)})
    assert fake_store.users["ana"].locked_until is None
    assert fake_store.users["ana"].failed_attempts == 0
    assert ("ada", "unlock", "user", "ana", {}) in fake_store.audits
