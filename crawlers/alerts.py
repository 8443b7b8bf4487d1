"""Alerts: a digest of newly flagged listings, by e-mail (SMTP) or webhook (JSON POST).

Sent by the scheduler when one run flags at least ``threshold`` listings it had never seen.
Each listing links into the triage application (``<triage URL>/listings/<id>``). A failed
delivery is logged and reported, never allowed to stop the scheduler.
"""

from __future__ import annotations

import json
import logging
import smtplib
import urllib.request
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any

from crawlers import settings as defaults
from crawlers.exceptions import CrawlError
from crawlers.run import CrawlSummary

log = logging.getLogger(__name__)


class AlertError(CrawlError):
    """An alert could not be delivered (SMTP relay or webhook refused or unreachable)."""

    exit_code = 3


@dataclass
class AlertSettings:
    """Where digests go; empty destinations mean no alert."""

    threshold: int = defaults.CRAWL_ALERT_THRESHOLD
    email_to: list[str] = field(default_factory=list)
    email_from: str = defaults.CRAWL_ALERT_FROM
    smtp_host: str = defaults.CRAWL_ALERT_SMTP_HOST
    smtp_port: int = defaults.CRAWL_ALERT_SMTP_PORT
    webhook_url: str | None = None
    triage_url: str = defaults.CRAWL_ALERT_TRIAGE_URL

    @property
    def enabled(self) -> bool:
        return bool(self.email_to or self.webhook_url)


def digest(summary: CrawlSummary, triage_url: str) -> dict[str, Any]:
    base = triage_url.rstrip("/")
    items = [dict(item, link=f"{base}/listings/{item['id']}" if item.get("id") else item["url"])
             for item in summary.new_flagged]
    return {"marketplace": summary.marketplace, "crawl_run": summary.run_id,
            "new_flagged": len(items), "flagged": summary.flagged, "pages": summary.pages,
            "listings": items}


def _text(data: dict[str, Any]) -> str:
    lines = [f"wildtrace crawl run {data['crawl_run']} of {data['marketplace']}: "
             f"{data['new_flagged']} newly flagged listing(s) ({data['flagged']} flagged, "
             f"{data['pages']} pages).", ""]
    for item in data["listings"]:
        price = f" - {item['price']} {item['currency'] or ''}" if item.get("price") else ""
        lines.append(f"* {item.get('title') or item['url']}{price}\n  {item['link']}")
    return "\n".join(lines) + "\n"


def send_alerts(summary: CrawlSummary, alerts: AlertSettings) -> list[str]:
    """Send the digest when due; return the destinations reached. Raise on delivery failure."""
    if not alerts.enabled or len(summary.new_flagged) < max(1, alerts.threshold):
        return []
    data = digest(summary, alerts.triage_url)
    sent: list[str] = []
    if alerts.email_to:
        message = EmailMessage()
        message["Subject"] = (f"wildtrace: {data['new_flagged']} new flagged listing(s) on "
                              f"{summary.marketplace}")
        message["From"] = alerts.email_from
        message["To"] = ", ".join(alerts.email_to)
        message.set_content(_text(data))
        try:
            with smtplib.SMTP(alerts.smtp_host, alerts.smtp_port, timeout=20) as smtp:
                smtp.send_message(message)
        except (OSError, smtplib.SMTPException) as exc:
            raise AlertError(f"alert e-mail via {alerts.smtp_host}:{alerts.smtp_port} "
                             f"failed: {exc}") from exc
        sent.append("mailto:" + ",".join(alerts.email_to))
    if alerts.webhook_url:
        request = urllib.request.Request(
            alerts.webhook_url, data=json.dumps(data).encode(), method="POST",
            headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=20) as response:
                response.read()
        except OSError as exc:
            raise AlertError(f"alert webhook {alerts.webhook_url} failed: {exc}") from exc
        sent.append(alerts.webhook_url)
    log.info("alert sent for crawl run %s: %s", summary.run_id, ", ".join(sent))
    return sent
