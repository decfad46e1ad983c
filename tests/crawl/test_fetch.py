"""The fetcher and link checker against a real server on 127.0.0.1."""

from __future__ import annotations

import socket
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from seokit.crawl.fetch import ErrorKind, Fetcher, FetchResult, FetchSettings, Hop, retry_after
from seokit.crawl.linkcheck import LinkChecker
from tests.crawl.server import Route, Site, page, redirect, serve


class RecordingStop(threading.Event):
    """A stop event that records the waits asked of it instead of sleeping."""

    def __init__(self) -> None:
        super().__init__()
        self.waits: list[float] = []

    def wait(self, timeout: float | None = None) -> bool:
        self.waits.append(timeout or 0.0)
        return self.is_set()


def _fetcher(**kwargs: object) -> Fetcher:
    return Fetcher(FetchSettings(**{"allow_private": True, **kwargs}))  # type: ignore[arg-type]


def test_redirect_chain_is_recorded_hop_by_hop() -> None:
    site = Site({"/a": redirect("/b", 301), "/b": redirect("/c", 302), "/c": page("<p>C</p>")})
    with serve(site) as base, _fetcher() as fetcher:
        result = fetcher.fetch(base + "/a")
    assert result.status == 200 and result.final_url == base + "/c"
    assert result.redirects == (Hop(base + "/a", 301, base + "/b"), Hop(base + "/b", 302, base + "/c"))
    assert not result.permanent and result.body == b"<p>C</p>"


def test_loop_and_too_many_redirects_end_with_an_error() -> None:
    site = Site({"/a": redirect("/b"), "/b": redirect("/a"),
                 **{f"/r{i}": redirect(f"/r{i + 1}") for i in range(20)}})
    with serve(site) as base, _fetcher(max_redirects=5) as fetcher:
        loop = fetcher.fetch(base + "/a")
        long = fetcher.fetch(base + "/r0")
    assert loop.error_kind is ErrorKind.REDIRECT_LOOP and loop.status == 301
    assert [h.url for h in loop.redirects] == [base + "/a", base + "/b"]
    assert long.error_kind is ErrorKind.TOO_MANY_REDIRECTS and len(long.redirects) == 6


def test_a_redirect_can_be_refused_and_is_then_not_requested() -> None:
    site = Site({"/a": redirect("/private/x"), "/private/x": page("secret")})
    with serve(site) as base, _fetcher() as fetcher:
        result = fetcher.fetch(base + "/a", follow=lambda url: "robots" if "/private/" in url else None)
    assert result.stopped == "robots" and result.final_url == base + "/private/x"
    assert site.requests() == ["/a"]


def test_redirect_to_another_scheme_is_not_followed() -> None:
    site = Site({"/a": redirect("ftp://127.0.0.1/file"), "/b": Route(302)})
    with serve(site) as base, _fetcher() as fetcher:
        ftp = fetcher.fetch(base + "/a")
        nowhere = fetcher.fetch(base + "/b")
    assert ftp.error_kind is ErrorKind.BAD_REDIRECT and nowhere.error_kind is ErrorKind.BAD_REDIRECT


def test_429_and_503_are_retried_honouring_retry_after_with_a_cap() -> None:
    busy = [(429, {"Retry-After": "2"}), (503, {"Retry-After": "3600"})]
    site = Site({"/busy": Route(200, b"ok", before=busy),
                 "/down": Route(503)})
    settings = FetchSettings(retries=2, backoff=0.25, max_retry_after=5, allow_private=True)
    stop = RecordingStop()
    with serve(site) as base:
        with Fetcher(settings, stop=stop) as f:
            busy = f.fetch(base + "/busy")
        assert busy.status == 200 and busy.attempts == 3
        assert [round(w) for w in stop.waits if w > 0.05] == [2, 5]  # 3600 s capped at 5
        stop = RecordingStop()  # a new run: the waits above are not really slept
        with Fetcher(settings, stop=stop) as f:
            down = f.fetch(base + "/down")
    assert down.status == 503 and down.attempts == 3
    assert [round(w, 1) for w in stop.waits if w > 0.05] == [0.2, 0.5]  # backoff 0.25, 0.5
    assert site.requests().count("/down") == 3


def test_retry_after_accepts_seconds_and_http_dates() -> None:
    assert retry_after("120") == 120.0
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past
    assert retry_after("soon") is None and retry_after(None) is None


def test_timeouts_and_refused_connections_are_unreachable_not_broken() -> None:
    site = Site({"/slow": Route(200, b"late", delay=2.0)})
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed_port = sock.getsockname()[1]
    with serve(site) as base, _fetcher(timeout=0.3, retries=0) as fetcher:
        slow = fetcher.fetch(base + "/slow")
        refused = fetcher.fetch(f"http://127.0.0.1:{closed_port}/")
    assert slow.error_kind is ErrorKind.TIMEOUT and slow.status is None and not slow.broken
    assert refused.error_kind is ErrorKind.UNREACHABLE and "refused" in (refused.error or "")


def test_bodies_over_the_limit_are_not_read() -> None:
    site = Site({"/big": page("x" * 5000)})
    with serve(site) as base, _fetcher(max_bytes=1000) as fetcher:
        result = fetcher.fetch(base + "/big")
    assert result.error_kind is ErrorKind.TOO_LARGE and result.body is None


def test_per_host_limit_and_user_agent() -> None:
    site = Site({f"/p{i}": Route(200, b"ok", {"Content-Type": "text/plain"}, delay=0.2) for i in range(8)})
    with serve(site) as base, _fetcher(per_host=2, user_agent="TestBot/1.0") as fetcher:
        with ThreadPoolExecutor(8) as pool:
            results = list(pool.map(lambda i: fetcher.fetch(f"{base}/p{i}"), range(8)))
    assert all(r.status == 200 for r in results)
    assert site.max_active == 2
    assert site.agents == {"TestBot/1.0"}


def test_head_then_get_and_each_url_once_per_run() -> None:
    site = Site({"/no-head": Route(200, b"ok", {"Content-Type": "text/html"}, head_status=405),
                 "/head-404": Route(200, b"ok", {"Content-Type": "text/html"}, head_status=404),
                 "/fine": page("ok"), "/gone": Route(410)})
    with serve(site) as base, _fetcher() as fetcher:
        checker = LinkChecker(fetcher.fetch, concurrency=4)
        urls = [base + p for p in ("/no-head", "/head-404", "/fine", "/gone")] * 3
        results = checker.check_many(urls)
    assert {u.removeprefix(base): r.status for u, r in results.items()} == {
        "/no-head": 200, "/head-404": 200, "/fine": 200, "/gone": 410}
    assert sorted(site.log) == sorted([("HEAD", "/no-head"), ("GET", "/no-head"), ("HEAD", "/head-404"),
                                       ("GET", "/head-404"), ("HEAD", "/fine"), ("HEAD", "/gone"),
                                       ("GET", "/gone")])


def test_https_to_http_is_detected_from_the_hops() -> None:
    result = FetchResult("https://a.example/", 200, "http://a.example/x",
                         (Hop("https://a.example/", 301, "http://a.example/x"),))
    assert result.to_http and result.permanent


@pytest.mark.parametrize("status", [301, 308])
def test_permanent_redirects(status: int) -> None:
    assert FetchResult("u", 200, "v", (Hop("u", status, "v"),)).permanent
