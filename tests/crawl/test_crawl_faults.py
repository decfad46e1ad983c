"""The crawler against misbehaving servers on 127.0.0.1: every fault becomes a recorded result
for its URL (and a finding where a rule judges it), the rest of the crawl goes on, and nothing
hangs. Also robots.txt that is huge, broken or failing, crawler traps, schemes, and the
private-address guard."""

from __future__ import annotations

import ipaddress
import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest

from seokit import netguard
from seokit.cli import main
from seokit.crawl.settings import CrawlSettings
from seokit.crawl.store import Store, UrlRow
from seokit.report.model import Report
from tests import conftest, faultserver
from tests.crawl.conftest import crawl
from tests.crawl.server import Route, Site, page, redirect, serve
from tests.crawl.sites import html, prose
from tests.httpserver import serve_raw

HANG_GUARD = 30.0  # the whole faulty crawl; each fault alone is bounded by 0.5-1.5 s limits


def _rows(db: Path) -> dict[str, UrlRow]:
    with Store(db) as store:
        return {row.url: row for row in store.urls()}


def _settings(base: str, **kwargs: Any) -> CrawlSettings:
    defaults: dict[str, Any] = {"timeout": 0.5, "deadline": 1.5, "retries": 1, "max_retry_after": 1.0,
                                "max_bytes": 300_000, "use_sitemaps": False, "allow_private": True}
    return CrawlSettings(base + "/", **(defaults | kwargs))


FAULT_LINKS = ("/about.html", "/error", "/bad-gateway", "/busy", "/always-busy", "/loop-a",
               "/chain-0", "/logo.png", "/doc.pdf", "/bogus-charset", "/bomb", "/empty")
HOSTILE_LINKS = ("/trickle-headers", "/trickle-body", "/endless", "/silent", "/cut")


@pytest.fixture(scope="module")
def faulty(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """A site whose home page links to every fault, on the site, on a second allowed host that
    misbehaves at the socket level, and outside (a host that never accepts, a name that does
    not resolve); crawled once for the module, under the same network guard as every test."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(socket.socket, "connect", conftest._guarded_connect)
        monkeypatch.setattr(socket, "getaddrinfo", conftest._guarded_getaddrinfo)
        faultserver.fail_invalid_names(monkeypatch)
        yield from _crawl_faults(tmp_path_factory.mktemp("faults"))


def _crawl_faults(tmp_path: Path) -> Iterator[dict[str, Any]]:
    release = threading.Event()
    hostile_routes = {"/trickle-headers": faultserver.trickle_headers,
                      "/trickle-body": faultserver.trickle_body, "/endless": faultserver.endless_body,
                      "/silent": faultserver.stall(release), "/cut": faultserver.cut_short}
    _, bomb_headers, bomb = faultserver.gzip_bomb()
    site = Site({
        "/about.html": page(html("About", prose(1))),
        "/error": Route(500, b"<p>oops</p>", {"Content-Type": "text/html"}),
        "/bad-gateway": Route(502, b"", {"Content-Type": "text/html"}),
        "/busy": Route(200, html("Busy", prose(2)).encode(), {"Content-Type": "text/html"},
                       before=[(429, {"Retry-After": "1"})]),
        "/always-busy": Route(429, b"", {"Retry-After": "3600"}),
        "/loop-a": redirect("/loop-b"), "/loop-b": redirect("/loop-a"),
        **{f"/chain-{i}": redirect(f"/chain-{i + 1}") for i in range(12)},
        "/chain-12": page("<p>end</p>"),
        "/logo.png": Route(200, b"\x89PNG\r\n\x1a\n" + b"\0" * 64, {"Content-Type": "image/png"}),
        "/doc.pdf": Route(200, b"%PDF-1.7\n", {"Content-Type": "application/pdf"}),
        "/bogus-charset": Route(200, html("Café", "<p>Crème brûlée, naturally.</p>").encode(),
                                {"Content-Type": "text/html; charset=bogus-charset"}),
        "/bomb": Route(200, bomb, bomb_headers),
        "/empty": Route(200, b"", {"Content-Type": "text/html"}),
    })
    times: list[tuple[str, float]] = []
    answer = site.answer

    def timed(method: str, path: str) -> tuple[int, dict[str, str], bytes, float]:
        times.append((path, time.monotonic()))
        return answer(method, path)

    site.answer = timed  # type: ignore[method-assign]
    with ExitStack() as stack:
        stack.callback(release.set)
        hostile = stack.enter_context(serve_raw(hostile_routes))
        closed = stack.enter_context(faultserver.never_accepts())
        base = stack.enter_context(serve(site))
        links = [*FAULT_LINKS, *(hostile + p for p in HOSTILE_LINKS), closed + "x",
                 "http://no-such-host.invalid/page"]
        site.routes["/"] = page(html("Home", prose(0) + "".join(
            f'<p><a href="{link}">Link {i}</a></p>' for i, link in enumerate(links))))
        db = tmp_path / "faults.sqlite"
        started = time.monotonic()
        outcome, report = crawl(_settings(base, allow_hosts=(hostile.removeprefix("http://"),),
                                          check_external=True), db)
        elapsed = time.monotonic() - started
        yield {"base": base, "hostile": hostile, "closed": closed + "x", "outcome": outcome,
               "report": report, "rows": _rows(db), "elapsed": elapsed, "times": times, "site": site}


def test_the_faulty_crawl_completes_without_hanging(faulty: dict[str, Any]) -> None:
    assert faulty["outcome"].complete and not faulty["outcome"].interrupted
    assert faulty["elapsed"] < HANG_GUARD, faulty["elapsed"]


def test_each_fault_is_recorded_for_its_url(faulty: dict[str, Any]) -> None:
    base, hostile, rows = faulty["base"], faulty["hostile"], faulty["rows"]

    def result(url: str) -> tuple[int | None, str | None, str | None]:
        row = rows[url]
        return row.status, row.error_kind, row.error

    assert result(base + "/about.html") == (200, None, None)
    assert result(base + "/error") == (500, None, None)
    assert result(base + "/bad-gateway") == (502, None, None)
    assert result(base + "/always-busy") == (429, None, None)
    assert result(base + "/loop-a")[1] == "redirect_loop"
    assert result(base + "/chain-0") == (301, "too_many_redirects", "more than 10 redirects")
    assert result(base + "/bomb") == (200, "too_large", "larger than 300,000 bytes")
    assert result(base + "/empty") == (200, None, "is empty")
    assert result(hostile + "/trickle-headers") == (None, "timeout",
                                                    "took longer than the 1.5 s limit for one request")
    assert result(hostile + "/trickle-body") == result(hostile + "/trickle-headers")
    assert result(hostile + "/endless") == (200, "too_large", "larger than 300,000 bytes")
    assert result(hostile + "/silent") == (None, "timeout", "timed out after 0.5 s")
    assert result(hostile + "/cut") == (None, "unreachable",
                                        "unreachable (the connection broke mid-response)")
    assert result(faulty["closed"]) == (None, "timeout", "timed out connecting after 0.5 s")
    assert result("http://no-such-host.invalid/page") == (None, "unreachable",
                                                          "unreachable (name not known)")


def test_429_is_retried_after_the_retry_after_it_asks_for_and_a_long_one_is_capped(
        faulty: dict[str, Any]) -> None:
    busy = [t for path, t in faulty["times"] if path == "/busy"]
    always = [t for path, t in faulty["times"] if path == "/always-busy"]
    assert len(busy) == 2 and busy[1] - busy[0] >= 0.9  # Retry-After: 1, honoured
    assert len(always) == 2 and always[1] - always[0] < 3  # 3600 s capped at max_retry_after 1 s
    assert faulty["rows"][faulty["base"] + "/busy"].status == 200


def test_other_media_types_are_recorded_but_not_audited(faulty: dict[str, Any]) -> None:
    base, rows, report = faulty["base"], faulty["rows"], faulty["report"]
    assert (rows[base + "/logo.png"].status, rows[base + "/logo.png"].media_type) == (200, "image/png")
    assert rows[base + "/doc.pdf"].media_type == "application/pdf"
    audited = {d.document.url for d in report.documents}
    assert audited == {base + "/", base + "/about.html", base + "/busy", base + "/bogus-charset"}
    charset = next(d for d in report.documents if d.document.url == base + "/bogus-charset")
    assert "Crème brûlée" in charset.document.source  # decoded anyway, as UTF-8


def test_the_report_surfaces_the_faults(faulty: dict[str, Any]) -> None:
    base, hostile, report = faulty["base"], faulty["hostile"], faulty["report"]
    assert isinstance(report, Report) and report.site is not None
    broken = {b["target"]: b["status"] for b in report.site["broken_links"]}
    assert broken == {base + "/error": 500, base + "/bad-gateway": 502, base + "/always-busy": 429,
                      base + "/loop-a": 301, base + "/chain-0": 301,
                      hostile + "/trickle-headers": None, hostile + "/trickle-body": None,
                      hostile + "/silent": None, hostile + "/cut": None,
                      faulty["closed"]: None, "http://no-such-host.invalid/page": None}
    errors = {p["url"]: p["error"] for p in report.site["pages"] if p["error"]}
    assert errors[base + "/bomb"] == "larger than 300,000 bytes" and errors[base + "/empty"] == "is empty"
    # SI103: the external host that never accepts, the name that never resolves
    messages = " ".join(f["message"] for f in report.site["findings"] if f["code"] == "SI103")
    assert "timed out connecting" in messages and "name not known" in messages


# -- robots.txt ---------------------------------------------------------------------------------

PADDING = b"# " + b"x" * 98 + b"\n"
ROBOTS: dict[str, Route] = {
    "huge": Route(200, b"User-agent: *\nDisallow: /early\n" + PADDING * 6000 + b"Disallow: /late\n",
                  {"Content-Type": "text/plain"}),
    "garbage": Route(200, bytes(range(256)) * 64 + b"\xff\xfe\x00Disallow: /early",
                     {"Content-Type": "text/plain"}),
    "html": Route(200, b"<!doctype html><html><body><h1>Welcome!</h1><p>Disallow: nothing here</p>"
                  b"</body></html>", {"Content-Type": "text/html"}),
    "missing": Route(404, b"", {"Content-Type": "text/html"}),
    "forbidden": Route(403, b"", {"Content-Type": "text/html"}),
    "server error": Route(503, b"", {"Content-Type": "text/html"}),
    "rate limited": Route(429, b"", {"Content-Type": "text/html"}),
}
# what the crawl may fetch after each robots.txt, and why the home page is skipped when it is
EXPECTED = {"huge": ({"/", "/late"}, None), "garbage": ({"/", "/early", "/late"}, None),
            "html": ({"/", "/early", "/late"}, None), "missing": ({"/", "/early", "/late"}, None),
            "forbidden": ({"/", "/early", "/late"}, None),
            "server error": (set(), "robots.txt answered HTTP 503"),
            "rate limited": (set(), "robots.txt answered HTTP 429")}


@pytest.mark.parametrize("kind", sorted(ROBOTS))
def test_robots_txt_huge_broken_or_failing(kind: str, tmp_path: Path) -> None:
    site = Site({"/robots.txt": ROBOTS[kind], "/": page('<a href="/early">E</a> <a href="/late">L</a>'),
                 "/early": page("<p>early</p>"), "/late": page("<p>late</p>")})
    with serve(site) as base:
        started = time.monotonic()
        crawl(_settings(base, retries=0), tmp_path / "r.sqlite")
        assert time.monotonic() - started < 10
    fetched, reason = EXPECTED[kind]
    assert set(site.requests()) - {"/robots.txt"} == fetched
    rows = _rows(tmp_path / "r.sqlite")
    assert rows[base + "/"].reason == reason
    if kind == "huge":  # the rule before 500 KiB counts, the one after is never read
        assert rows[base + "/early"].reason == "disallowed by robots.txt"


def test_a_robots_txt_outage_is_one_line_from_the_cli(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    site = Site({"/robots.txt": Route(503, b"", {"Content-Type": "text/html"}), "/": page("<p>x</p>")})
    with serve(site) as base:
        code = main(["crawl", base + "/", "--db", str(tmp_path / "c.sqlite"), "--no-progress",
                     "--allow-private", "--retries", "0", "--format", "json"])
    assert code == 2
    assert capsys.readouterr().err == f"seokit: error: {base}/: robots.txt answered HTTP 503\n"


# -- traps, schemes and scope -------------------------------------------------------------------

def _trap_route(path: str) -> Route | None:
    route, _, query = path.partition("?")
    if route.startswith("/rel/"):  # a relative link resolved again and again
        return page('<a href="a/">deeper</a>')
    if route == "/grow":  # a link that appends to the current query
        return page(f'<a href="/grow?{query}&amp;p=1">more</a>')
    if route == "/facet":  # faceted search: every page links to five new filter combinations
        return page("".join(f'<a href="/facet?{query}&amp;k{len(query)}x{n}=1">f</a>' for n in range(5)))
    if route.startswith("/deep/"):  # an ever longer path of distinct segments
        return page(f'<a href="{route}/{route.count("/")}">on</a>')
    return None


def test_crawler_traps_are_bounded(tmp_path: Path) -> None:
    long = "/long/" + "x" * 2100
    site = Site({"/": page(f'<a href="/rel/">r</a> <a href="/grow?p=1">g</a> <a href="/facet?a=1">f</a> '
                           f'<a href="/deep/1">d</a> <a href="{long}">l</a>')}, dynamic=_trap_route)
    with serve(site) as base:
        started = time.monotonic()
        outcome, report = crawl(_settings(base, max_depth=6, max_query_variants=6), tmp_path / "t.sqlite")
        assert time.monotonic() - started < 10 and outcome.complete
    requested = [p for p in site.requests("GET") if p != "/robots.txt"]
    assert len(requested) <= 30, requested
    assert max(p.count("a/") for p in requested) == 3  # /rel/a/a/a/ and no further
    assert max(p.count("p=1") for p in requested) == 3
    assert sum(p.startswith("/facet") for p in requested) == 6
    assert site.requests().count(long) == 0
    skipped = report.site["crawl"]["skipped"]
    assert {"crawler trap: path repeats the segment 'a' more than 3 times",
            "crawler trap: query repeats 'p=1' more than 3 times",
            "crawler trap: longer than 2048 characters", "deeper than --max-depth 6"} <= set(skipped)
    assert any(k.startswith("more than --max-query-variants 6 queries of") for k in skipped)


def test_only_http_and_https_links_are_followed(tmp_path: Path) -> None:
    site = Site({"/": page('<a href="javascript:alert(1)">j</a> <a href="data:text/html,<p>x</p>">d</a> '
                           '<a href="file:///etc/passwd">f</a> <a href="ftp://127.0.0.1/x">ftp</a> '
                           '<a href="mailto:a@b.example">m</a> <a href="tel:+100">t</a> '
                           '<a href="gopher://127.0.0.1/">g</a> <a href="/ok">ok</a>'),
                 "/ok": page("<p>ok</p>")})
    with serve(site) as base:
        crawl(_settings(base), tmp_path / "s.sqlite")
    assert sorted(site.requests()) == ["/", "/ok", "/robots.txt"]
    assert all(url.startswith("http://") for url in _rows(tmp_path / "s.sqlite"))


# -- the private-address guard ------------------------------------------------------------------

def test_a_crawl_of_a_private_address_is_refused_by_default(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    site = Site({"/": page("<p>local</p>")})
    with serve(site) as base:
        assert main(["crawl", base + "/", "--db", str(tmp_path / "a.sqlite"), "--no-progress",
                     "--ignore-robots", "--format", "json"]) == 2
        assert capsys.readouterr().err == (f"seokit: error: {base}/: refusing to fetch a private address "
                                           "(127.0.0.1); pass --allow-private to audit local servers\n")
        assert main(["crawl", base + "/", "--db", str(tmp_path / "b.sqlite"), "--no-progress",
                     "--format", "json"]) == 2  # robots.txt first: refused the same way
        assert "refusing to fetch a private address (127.0.0.1)" in capsys.readouterr().err
        assert site.requests() == []  # not one connection
        assert main(["crawl", base + "/", "--db", str(tmp_path / "c.sqlite"), "--no-progress",
                     "--format", "json", "--allow-private"]) in (0, 1)
        assert site.requests() == ["/robots.txt", "/", "/sitemap.xml"]


@pytest.fixture
def loopback_is_public(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pretend 127.0.0.1 (only) is on the internet: the test site plays a public one."""
    judge = netguard.is_public_address
    monkeypatch.setattr(netguard, "is_public_address",
                        lambda a: a == ipaddress.ip_address("127.0.0.1") or judge(a))


def test_private_link_targets_are_recorded_failures_and_the_crawl_goes_on(
        tmp_path: Path, loopback_is_public: None) -> None:
    private = ["http://10.0.0.1/admin", "http://169.254.169.254/latest/meta-data/", "http://[::1]:9/"]
    site = Site({"/": page("".join(f'<a href="{u}">x</a> ' for u in private) + '<a href="/a">a</a>'),
                 "/a": page(html("A", prose(3)))})
    with serve(site) as base:
        outcome, report = crawl(_settings(base, allow_private=False, check_external=True),
                                tmp_path / "p.sqlite")
    assert outcome.complete and site.requests() == ["/robots.txt", "/", "/a"]
    rows = _rows(tmp_path / "p.sqlite")
    for url, address in zip(private, ("10.0.0.1", "169.254.169.254", "::1"), strict=True):
        assert (rows[url].state, rows[url].status, rows[url].error_kind, rows[url].error) == (
            "checked", None, "unreachable",
            f"refusing to fetch a private address ({address}); pass --allow-private to audit local servers")
    assert report.site is not None
    messages = " ".join(f["message"] for f in report.site["findings"] if f["code"] == "SI103")
    assert all(u in messages for u in private)
    assert {d.document.url for d in report.documents} == {base + "/", base + "/a"}


def test_a_start_url_redirecting_to_the_metadata_address_is_refused(
        tmp_path: Path, loopback_is_public: None, capsys: pytest.CaptureFixture[str]) -> None:
    site = Site({"/": redirect("http://169.254.169.254/latest/meta-data/", 302)})
    with serve(site) as base:
        code = main(["crawl", base + "/", "--db", str(tmp_path / "m.sqlite"), "--no-progress",
                     "--ignore-robots", "--format", "json"])
    assert code == 2 and site.requests()[0] == "/"
    assert capsys.readouterr().err == (f"seokit: error: {base}/: refusing to fetch a private address "
                                       "(169.254.169.254); pass --allow-private to audit local servers\n")


def test_links_check_refuses_private_targets_unless_allowed(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    site = Site({"/ok": page("<p>ok</p>")})
    with serve(site) as base:
        doc = tmp_path / "post.html"
        doc.write_text(f'<p>See <a href="{base}/ok">the local guide</a>.</p>\n', encoding="utf-8")
        main(["links", str(doc), "--check", "--format", "json", "--fail-on", "info"])
        refused = json.loads(capsys.readouterr().out)
        assert site.requests() == []
        assert main(["links", str(doc), "--check", "--format", "json", "--allow-private"]) == 0
        allowed = json.loads(capsys.readouterr().out)
    [finding] = refused["documents"][0]["findings"]
    assert finding["code"] == "SI103"
    assert "refusing to fetch a private address (127.0.0.1)" in finding["message"]
    assert allowed["documents"][0]["findings"] == [] and site.requests() == ["/ok"]
