"""Site profiles: validation with clear errors, the shipped ones, and politeness in a crawl."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawlers import run_crawl
from crawlers.exceptions import ProfileError
from crawlers.profiles import generic_profile, load_profile
from wildtrace.config import load_config

PROFILES = Path(__file__).resolve().parents[2] / "crawlers" / "profiles"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "site.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("text", "message"), [
    ("[site\nname = 1", "not valid TOML"),
    ("[crawl]\nmax_pages = 3", "site.name is required"),
    ('[site]\nname = "x"\n[sites]\n', "unknown section"),
    ('[site]\nname = "x"\n[crawl]\nmax_page = 3', "unknown key crawl.max_page"),
    ('[site]\nname = "x"\n[crawl]\nmax_pages = "3"', "crawl.max_pages must be an integer"),
    ('[site]\nname = "x"\n[crawl]\nsearch_urls = ["/s?q=x"]', "no {query} placeholder"),
    ('[site]\nname = "x"\n[crawl]\nlisting_url_patterns = ["(unclosed"]', "not a valid regex"),
    ('[site]\nname = "x"\n[politeness]\nobey_robots = false', "needs politeness.robots_off"),
    ('[site]\nname = "x"\n[politeness]\nproxy = "ftp://p"', "politeness.proxy"),
    ('[site]\nname = "x"\n[extract]\ntitel = "h1"', "unknown key extract.titel"),
    ('[site]\nname = "x"\n[politeness]\nproxy = "socks5://p:1"', "needs render.enabled"),
    ('[site]\nname = "x"\n[render]\nenabled = "yes"', "render.enabled must be true or false"),
])
def test_bad_profiles_say_what_is_wrong(tmp_path, text, message):
    with pytest.raises(ProfileError, match=message.replace("{", r"\{").replace("(", r"\(")):
        load_profile(write(tmp_path, text))


def test_missing_profile_file(tmp_path):
    with pytest.raises(ProfileError, match="no such file"):
        load_profile(tmp_path / "nope.toml")


def test_a_full_profile_loads(tmp_path):
    profile = load_profile(write(tmp_path, """
[site]
name = "bazaar"
country = "VN"
languages = ["vi", "en"]
currency = "VND"
[crawl]
start_paths = ["/c/animals"]
search_urls = ["/search?q={query}"]
listing_url_patterns = ["/item/\\\\d+"]
max_pages = 50
[extract]
title = "h1.t"
price = ".p"
[render]
enabled = true
wait_for = ".tile"
[politeness]
obey_robots = false
robots_off_reason = "court order 12/2026 allows it"
delay = 1.5
concurrency = 2
user_agent = "agency-bot"
proxy = "socks5://127.0.0.1:9050"
"""))
    assert profile.name == "bazaar" and profile.languages == ["vi", "en"]
    assert profile.listing_url_patterns[0].search("https://x/item/12")
    assert profile.render and profile.render_wait_for == ".tile"
    assert profile.extractor_profile() == {
        "site": {"name": "bazaar", "country": "VN", "language": "vi",
                 "languages": ["vi", "en"], "currency": "VND"},
        "extract": {"title": "h1.t", "price": ".p"}}
    assert profile.start_urls("https://b.example/") == ["https://b.example/",
                                                        "https://b.example/c/animals"]


def test_generic_profile_stays_on_the_site():
    profile = generic_profile("https://www.market.example/search?q=x")
    assert profile.allowed_domains == ["www.market.example"]
    assert profile.name == "market.example"


def test_shipped_profiles_are_valid():
    shipped = sorted(PROFILES.glob("*.toml"))
    assert {p.stem for p in shipped} >= {"savanna", "mercado", "longma"}
    for path in shipped:
        load_profile(path)


def test_robots_txt_holds_for_requests_sent_together(tiny_market, fakes, data_dir, tmp_path):
    """Several start requests wait on one robots.txt fetch: none may slip through."""
    profile = write(tmp_path, """
[site]
name = "tiny"
[crawl]
start_paths = ["/private/a", "/private/b", "/private/c", "/results?page=2"]
listing_url_patterns = ["/item/"]
[politeness]
concurrency = 8
delay = 0
""")
    summary = run_crawl(tiny_market.base_url + "/", config=load_config(data_dir),
                        profile=profile, capture=False, backends=fakes)
    assert not [p for p in tiny_market.hits if p.startswith("/private/")]
    assert summary.listings == 12


def test_retries_back_off(tiny_market, fakes, data_dir, tmp_path):
    """Two 503s, then the page: retried after about 1 s, then 2 s (CRAWL_RETRY_BACKOFF)."""
    tiny_market.items = 2
    tiny_market.failures["/item/2"] = 2
    profile = write(tmp_path, '[site]\nname = "tiny"\n[politeness]\ndelay = 0\n'
                              'autothrottle = false\n')
    summary = run_crawl(tiny_market.base_url + "/", config=load_config(data_dir), capture=False,
                        profile=profile, backends=fakes)
    times = tiny_market.times["/item/2"]
    assert len(times) == 3 and summary.listings == 2
    assert times[1] - times[0] >= 0.9 and times[2] - times[1] >= 1.9
