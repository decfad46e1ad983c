"""Sitemaps (index, gzip, hostile files) and robots.txt (rules, Crawl-delay, unreadable files)."""

from __future__ import annotations

import gzip
import itertools
import threading
import time
from pathlib import Path

from seokit.crawl.crawler import Crawler
from seokit.crawl.fetch import FetchResult
from seokit.crawl.robots import RobotsCache, parse_robots, robots_token
from seokit.crawl.settings import CrawlSettings
from seokit.crawl.sitemaps import gunzip, parse_sitemap, read_sitemaps
from seokit.crawl.store import Store
from tests.crawl.server import Route, Site, page, serve

URLSET = b"""<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc> https://e.com/a </loc></url><url><loc>https://e.com/b</loc></url></urlset>"""


def test_urlsets_indexes_and_gzip() -> None:
    assert parse_sitemap("s", URLSET).pages == ("https://e.com/a", "https://e.com/b")
    assert parse_sitemap("s", gzip.compress(URLSET)).pages == ("https://e.com/a", "https://e.com/b")
    index = parse_sitemap("s", b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                               b"<sitemap><loc>https://e.com/s1.xml.gz</loc></sitemap></sitemapindex>")
    assert index.children == ("https://e.com/s1.xml.gz",) and index.pages == ()
    assert parse_sitemap("s", b"<html><body>not a sitemap</body></html>").error is not None


def test_hostile_sitemaps_are_harmless() -> None:
    xxe = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
           b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>&e;</loc></url></urlset>')
    assert "root:" not in "".join(parse_sitemap("s", xxe).pages)
    bomb = gzip.compress(b"\0" * 5_000_000)
    try:
        gunzip(bomb, 1_000_000)
    except ValueError as exc:
        assert "more than" in str(exc)
    else:
        raise AssertionError("a gzip bomb was expanded")


def test_reading_follows_indexes_once_and_keeps_only_site_urls() -> None:
    files = {
        "https://e.com/index.xml": b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                                   b"<sitemap><loc>https://e.com/a.xml</loc></sitemap>"
                                   b"<sitemap><loc>https://e.com/index.xml</loc></sitemap></sitemapindex>",
        "https://e.com/a.xml": URLSET.replace(b"https://e.com/b", b"https://other.com/b"),
    }
    fetched: list[str] = []

    def fetch(url: str) -> FetchResult:
        fetched.append(url)
        return FetchResult(url, 200 if url in files else 404, url, body=files.get(url))

    found = read_sitemaps(["https://e.com/index.xml", "https://e.com/missing.xml"], fetch,
                          lambda u: u if u.startswith("https://e.com/") else None)
    assert found.pages == ["https://e.com/a"]
    assert fetched == ["https://e.com/index.xml", "https://e.com/missing.xml", "https://e.com/a.xml"]
    assert [s.error for s in found.sitemaps] == [None, "HTTP 404", None]


def test_robots_rules_and_unreadable_files() -> None:
    ok = parse_robots("https://e.com", FetchResult("u", 200, "u", body=b"User-agent: seokit\nDisallow: /x\n"
                                                                   b"Crawl-delay: 120\n"))
    assert not ok.allows("https://e.com/x/1", "seokit") and ok.allows("https://e.com/y", "seokit")
    assert ok.crawl_delay("seokit") == 30.0  # capped
    assert parse_robots("https://e.com", FetchResult("u", 404, "u")).allows("https://e.com/x", "seokit")
    down = parse_robots("https://e.com", FetchResult("u", 503, "u"))
    assert not down.allows("https://e.com/", "seokit") and down.blocked
    assert robots_token("seokit/1.2 (+https://x)") == "seokit"
    calls: list[str] = []
    cache = RobotsCache(lambda url: calls.append(url) or FetchResult(url, 404, url), "seokit/1")
    assert cache.allows("https://e.com/a") and cache.allows("https://e.com/b")
    assert calls == ["https://e.com/robots.txt"]


def test_crawl_delay_spaces_requests_and_the_user_agent_group_applies(tmp_path: Path) -> None:
    robots = b"User-agent: *\nDisallow: /\n\nUser-agent: politebot\nAllow: /\nCrawl-delay: 0.3\n"
    site = Site({"/robots.txt": Route(200, robots, {"Content-Type": "text/plain"}),
                 "/": page('<a href="/a">a</a> <a href="/b">b</a> <a href="/c">c</a>'),
                 "/a": page("a"), "/b": page("b"), "/c": page("c")})
    times: list[float] = []
    lock = threading.Lock()
    original = site.answer

    def timed(method: str, path: str) -> tuple[int, dict[str, str], bytes, float]:
        with lock:
            times.append(time.monotonic())
        return original(method, path)

    site.answer = timed  # type: ignore[method-assign]
    with serve(site) as base, Store(tmp_path / "d.sqlite") as store:
        settings = CrawlSettings(base + "/", user_agent="politebot/2.0", concurrency=4, use_sitemaps=False,
                                 allow_private=True)
        Crawler(settings, store).run()
    assert sorted(set(site.requests())) == ["/", "/a", "/b", "/c", "/robots.txt"]
    gaps = [b - a for a, b in itertools.pairwise(times[1:])]  # after robots.txt
    assert min(gaps) >= 0.25, gaps  # Crawl-delay 0.3 s, even with four workers
    with serve(Site(dict(site.routes))) as base2, Store(tmp_path / "e.sqlite") as store2:
        blocked = CrawlSettings(base2 + "/", user_agent="otherbot/1.0", use_sitemaps=False,
                                allow_private=True)
        Crawler(blocked, store2).run()
        assert [(r.state, r.reason) for r in store2.urls()] == [("skipped", "disallowed by robots.txt")]
