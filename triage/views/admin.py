"""Administration (admin role): accounts and their lock-outs."""

from __future__ import annotations

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from triage.templating import render
from triage.views.common import audit, require_role, store_of

router = APIRouter()


@router.get("/admin/users")
def users(request: Request) -> Response:
    require_role(request, "admin")
    return render(request, "users.html", users=store_of(request).list_users())


@router.post("/admin/users/{name}/unlock")
def unlock(request: Request, name: str) -> Response:
    require_role(request, "admin")
    store_of(request).update_user_login(name, failed_attempts=0, locked_until=None)
    audit(request, "unlock", "user", name)
    return RedirectResponse("/admin/users", status_code=303)
