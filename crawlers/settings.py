"""Scrapy settings of the wildtrace crawlers, and wildtrace's own ``CRAWL_*`` settings.

``scrapy.cfg`` points here, so ``scrapy list`` works from the repository root; ``wildtrace
crawl`` starts from these values and lets a site profile override the politeness ones.
Every ``CRAWL_*`` name has one line of help in :data:`HELP` (a test checks it and that the
README documents it).
"""

from __future__ import annotations

from wildtrace.browser import CHROMIUM_ARGS, CHROMIUM_PATH

BOT_NAME = "wildtrace"
SPIDER_MODULES = ["crawlers.spiders"]
NEWSPIDER_MODULE = "crawlers.spiders"

# --- wildtrace's own settings ------------------------------------------------------------------
CRAWL_USER_AGENT = "wildtrace/0.1 (+wildlife-crime research crawler; contact: your agency)"
CRAWL_OBEY_ROBOTS = True
CRAWL_DOWNLOAD_DELAY = 0.25
CRAWL_CONCURRENCY_PER_DOMAIN = 4
CRAWL_CONCURRENCY_TOTAL = 16
CRAWL_AUTOTHROTTLE = True
CRAWL_RETRY_TIMES = 2
CRAWL_RETRY_BACKOFF = 1.0
CRAWL_RETRY_BACKOFF_MAX = 30.0
CRAWL_DOWNLOAD_TIMEOUT = 30
CRAWL_MAX_PAGES = 2000
CRAWL_SEARCH_TERMS_LIMIT = 15
CRAWL_PROGRESS_INTERVAL = 0.5
CRAWL_BROWSER_PATH = CHROMIUM_PATH
CRAWL_BROWSER_MAX_CONTEXTS = 2
CRAWL_BROWSER_MAX_PAGES = 4
CRAWL_BROWSER_TIMEOUT_MS = 20000
CRAWL_CLASSIFY_BATCH = 32
CRAWL_SNAPSHOT_FLAGGED = True
CRAWL_REDIS_IDLE_SECONDS = 6
CRAWL_SCHEDULER_INTERVAL = 30
CRAWL_ALERT_THRESHOLD = 1
CRAWL_ALERT_FROM = "wildtrace@localhost"
CRAWL_ALERT_SMTP_HOST = "127.0.0.1"
CRAWL_ALERT_SMTP_PORT = 25
CRAWL_ALERT_TRIAGE_URL = "http://127.0.0.1:8800"
CRAWL_STATE_DIR = ""  # set per crawl by the runner: crawl-state/<marketplace>-<hash>/
CRAWL_PROGRESS_FD = -1
CRAWL_CAPTURE_PROXY = ""
CRAWL_PROFILE_PROXY = ""

HELP: dict[str, str] = {
    "CRAWL_USER_AGENT": "User-Agent header sent to marketplaces unless a profile sets its own.",
    "CRAWL_OBEY_ROBOTS": "Obey robots.txt; a profile may turn it off only with a logged reason.",
    "CRAWL_DOWNLOAD_DELAY": "Seconds between two requests to one site (randomised 0.5-1.5x).",
    "CRAWL_CONCURRENCY_PER_DOMAIN": "Requests in flight at once to one domain.",
    "CRAWL_CONCURRENCY_TOTAL": "Requests in flight at once in one crawl process.",
    "CRAWL_AUTOTHROTTLE": "Adapt the delay to the site's response times (Scrapy AutoThrottle).",
    "CRAWL_RETRY_TIMES": "Retries of a failed request (5xx, timeouts, connection errors).",
    "CRAWL_RETRY_BACKOFF": "Seconds before the first retry; doubled for each further retry.",
    "CRAWL_RETRY_BACKOFF_MAX": "Longest wait before a retry, in seconds.",
    "CRAWL_DOWNLOAD_TIMEOUT": "Seconds before a request times out.",
    "CRAWL_MAX_PAGES": "Pages fetched per crawl when neither --max-pages nor the profile says.",
    "CRAWL_SEARCH_TERMS_LIMIT": "Watchlist terms searched per language when a profile has search.",
    "CRAWL_PROGRESS_INTERVAL": "Seconds between two progress reports from the crawl process.",
    "CRAWL_BROWSER_PATH": "Chromium executable used by Playwright for rendered profiles.",
    "CRAWL_BROWSER_MAX_CONTEXTS": "Browser contexts open at once (bounds memory).",
    "CRAWL_BROWSER_MAX_PAGES": "Browser pages open at once per context (bounds memory).",
    "CRAWL_BROWSER_TIMEOUT_MS": "Milliseconds a rendered page may take to load.",
    "CRAWL_CLASSIFY_BATCH": "Listings classified per batch after the fetch phase.",
    "CRAWL_SNAPSHOT_FLAGGED": "Take a screenshot and DOM snapshot of every flagged listing.",
    "CRAWL_REDIS_IDLE_SECONDS": "Seconds a worker waits on an empty shared frontier, then stops.",
    "CRAWL_SCHEDULER_INTERVAL": "Seconds between two checks of the schedules by the scheduler.",
    "CRAWL_ALERT_THRESHOLD": "Newly flagged listings in one scheduled run that trigger an alert.",
    "CRAWL_ALERT_FROM": "Sender address of alert e-mails.",
    "CRAWL_ALERT_SMTP_HOST": "SMTP relay host for alert e-mails.",
    "CRAWL_ALERT_SMTP_PORT": "SMTP relay port for alert e-mails.",
    "CRAWL_ALERT_TRIAGE_URL": "Base URL of the triage application, for links in alerts.",
    "CRAWL_PROGRESS_FD": "File descriptor the crawl process reports progress on (runner only).",
    "CRAWL_CAPTURE_PROXY": "URL of the WARC capture proxy every request goes through (runner).",
    "CRAWL_PROFILE_PROXY": "HTTP/SOCKS proxy from the site profile, used without capture.",
    "CRAWL_STATE_DIR": "Folder of the crawl's frontier journal; set by the runner, not by hand.",
}

BROWSER_ARGS = list(CHROMIUM_ARGS)

# --- Scrapy settings derived from them ----------------------------------------------------------
USER_AGENT = CRAWL_USER_AGENT
ROBOTSTXT_OBEY = CRAWL_OBEY_ROBOTS
DOWNLOAD_DELAY = CRAWL_DOWNLOAD_DELAY
RANDOMIZE_DOWNLOAD_DELAY = True
CONCURRENT_REQUESTS = CRAWL_CONCURRENCY_TOTAL
CONCURRENT_REQUESTS_PER_DOMAIN = CRAWL_CONCURRENCY_PER_DOMAIN
AUTOTHROTTLE_ENABLED = CRAWL_AUTOTHROTTLE
AUTOTHROTTLE_START_DELAY = CRAWL_DOWNLOAD_DELAY
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
RETRY_ENABLED = True
RETRY_TIMES = CRAWL_RETRY_TIMES
DOWNLOAD_TIMEOUT = CRAWL_DOWNLOAD_TIMEOUT
# 404/410 reach the spider: a listing taken down is marked removed, not dropped.
HTTPERROR_ALLOWED_CODES = [404, 410]
COOKIES_ENABLED = True
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
FEED_EXPORT_ENCODING = "utf-8"
DUPEFILTER_CLASS = "crawlers.dupefilter.JournalDupeFilter"
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawlers.robots.SafeRobotsTxtMiddleware": 100,
    "crawlers.backoff.RetryBackoffMiddleware": 560,
    "crawlers.proxy.ProxyMiddleware": 740,
}
ITEM_PIPELINES = {
    "crawlers.pipelines.JournalPipeline": 300,
}
EXTENSIONS = {
    "crawlers.progress.ProgressExtension": 500,
}
