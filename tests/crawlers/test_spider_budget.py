"""The spider's initial requests (start pages, searches, re-visits) claim their share of the
page budget before the first one leaves: Scrapy pulls start() lazily, between callbacks."""

from __future__ import annotations

import asyncio
from pathlib import Path

from scrapy.utils.test import get_crawler

from crawlers.journal import open_journal
from crawlers.profiles import generic_profile
from crawlers.spiders.marketplace import MarketplaceSpider


def _spider(tmp_path: Path, revisit: list[str], max_pages: int) -> MarketplaceSpider:
    start = "http://127.0.0.1:9/"
    crawler = get_crawler(MarketplaceSpider)
    spider = MarketplaceSpider.from_crawler(
        crawler, start_url=start, profile=generic_profile(start), journal=open_journal(tmp_path),
        extract=lambda *a, **k: None, max_pages=max_pages, revisit_urls=revisit, resume=False)
    crawler.spider = spider
    return spider


async def _first_then_rest(spider: MarketplaceSpider) -> tuple[int, list[str]]:
    stream = spider.start()
    first = await anext(stream)
    claimed = spider.scheduled  # what links found on the first page would be measured against
    urls = [first.url] + [request.url async for request in stream]
    return claimed, urls


def test_revisits_claim_the_budget_before_the_first_request_leaves(tmp_path: Path) -> None:
    revisit = [f"http://127.0.0.1:9/item/{n}" for n in range(1, 11)]
    spider = _spider(tmp_path, revisit + revisit[:2], max_pages=33)  # two named twice
    claimed, urls = asyncio.run(_first_then_rest(spider))
    assert urls[0] == "http://127.0.0.1:9/"
    assert urls[1:] == revisit  # each once, in the order given
    assert claimed == len(urls) == 11


def test_revisits_keep_to_a_third_of_the_budget(tmp_path: Path) -> None:
    revisit = [f"http://127.0.0.1:9/item/{n}" for n in range(1, 31)]
    spider = _spider(tmp_path, revisit, max_pages=15)
    claimed, urls = asyncio.run(_first_then_rest(spider))
    assert urls[1:] == revisit[:5] and claimed == 6
