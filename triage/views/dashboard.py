"""The dashboard: flagged listings over time, by marketplace, species and country."""

from __future__ import annotations

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from triage.charts import bar_chart, time_chart
from triage.dashboard_data import dashboard_figures
from triage.templating import render
from triage.views.common import store_of

router = APIRouter()


@router.get("/dashboard")
async def dashboard(request: Request) -> Response:
    figures = await run_in_threadpool(dashboard_figures, store_of(request))
    charts = [
        time_chart("Flagged listings per day first seen", figures.by_day),
        bar_chart("By marketplace", figures.by_marketplace,
                  link_prefix="/queue?decision=any&marketplace="),
        bar_chart("By species", figures.by_species, link_prefix="/queue?decision=any&species="),
        bar_chart("By country", figures.by_country, link_prefix="/queue?decision=any&country="),
    ]
    return render(request, "dashboard.html", figures=figures, charts=charts)
