"""The request letter: HTML from a Jinja2 template, printed to PDF by headless Chromium.

Chromium is used for the PDF because it shapes every script the listings contain (Arabic joined
and right to left, Chinese, Vietnamese, Thai) with the system's Noto fonts; a PDF library with
its own text engine would need per-script shaping and fonts wired by hand.
"""

from __future__ import annotations

from pathlib import Path

import jinja2

from case_requests import i18n
from case_requests.content import SupportRequest
from case_requests.exceptions import RequestBuildError
from wildtrace.browser import CHROMIUM_ARGS, CHROMIUM_PATH

TEMPLATES = Path(__file__).resolve().parent / "templates"

_env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES),
                          autoescape=jinja2.select_autoescape(["html", "j2"]),
                          undefined=jinja2.StrictUndefined)


def render_html(request: SupportRequest) -> str:
    lang = request.language
    return _env.get_template("letter.html.j2").render(
        r=request, L=i18n.labels(lang), dir=i18n.direction(lang),
        support=lambda code: i18n.support_label(code, lang),
        provenance=i18n.provenance(lang, request.agency.name))


def render_pdf(html: str, out: Path) -> Path:
    """Print ``html`` to an A4 PDF at ``out`` with headless Chromium.

    Runs in a thread of its own: Playwright's sync API refuses to start in a thread that already
    runs an asyncio loop (a web server's, or another Playwright session's).
    """
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="letter-pdf") as pool:
        return pool.submit(_print_pdf, html, out).result()


def _print_pdf(html: str, out: Path) -> Path:
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM_PATH, args=list(CHROMIUM_ARGS))
            try:
                page = browser.new_page()
                # No network: the letter is self-contained.
                page.route("**/*", lambda route: route.abort())
                page.set_content(html, wait_until="load")
                page.pdf(path=str(out), format="A4", print_background=True,
                         margin={"top": "18mm", "bottom": "18mm", "left": "15mm",
                                 "right": "15mm"})
            finally:
                browser.close()
    except PlaywrightError as exc:
        raise RequestBuildError(f"could not print the letter to PDF with {CHROMIUM_PATH}: "
                                f"{str(exc).splitlines()[0]}") from exc
    return out
