"""Crawling the clinic site on 127.0.0.1: every planted defect found, nothing else reported
broken, and nothing requested that must not be."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from seokit.crawl.settings import CrawlSettings
from seokit.crawl.store import Store
from seokit.report.model import Report
from tests.crawl.conftest import Served, crawl
from tests.crawl.sites import CRAWLABLE


def _settings(base: str, **kwargs: Any) -> CrawlSettings:
    defaults: dict[str, Any] = {"timeout": 1.0, "retries": 0, "max_per_pattern": 8,
                                "check_external": True, "concurrency": 4, "allow_private": True}
    return CrawlSettings(base + "/", **(defaults | kwargs))


@pytest.fixture
def crawled(clinic: Served, tmp_path: Path) -> tuple[Served, Report, Path]:
    db = tmp_path / "crawl.sqlite"
    outcome, report = crawl(_settings(clinic.base), db)
    assert outcome.complete and not outcome.interrupted
    return clinic, report, db


def _codes(report: Report) -> dict[str, list[list[str]]]:
    assert report.site is not None
    out: dict[str, list[list[str]]] = {}
    for f in report.site["findings"]:
        out.setdefault(f["code"], []).append(sorted(f["pages"]))
    return out


def test_every_planted_link_defect_is_found_and_nothing_else_is_broken(crawled: Any) -> None:
    clinic, report, _ = crawled
    site = report.site
    broken = {(clinic.path(b["source"]), clinic.path(b["target"]), b["status"]) for b in site["broken_links"]}
    assert broken == {
        ("/", "/missing.html", 404), ("/blog/post-1.html", "/missing.html", 404),
        ("/", "/error", 500), ("/", "/loop-a", 301), ("/", "/slow", None),
        ("/", "EXT/gone.html", 404),
    }
    redirects = {clinic.path(r["source"]): ([clinic.path(u) for u in r["chain"]], r["statuses"])
                 for r in site["redirects"]}
    assert redirects == {
        "/old-about": (["/old-about", "/about.html"], [301]),
        "/temp": (["/temp", "/services/"], [302]),
        "/chain-1": (["/chain-1", "/chain-2", "/chain-3", "/about.html"], [301, 302, 301]),
        "/loop-a": (["/loop-a", "/loop-b", "/loop-a"], [301, 301]),
    }
    codes = _codes(report)
    path = clinic.path
    assert [[path(p) for p in pages] for pages in codes["SI101"]] == [["/"], ["/", "/blog/post-1.html"]]
    assert [[path(p) for p in pages] for pages in codes["SI102"]] == [["/"]]  # gone.html only
    assert len(codes["SI103"]) == 1 and len(codes["SI104"]) == 1 and len(codes["SI105"]) == 1
    assert len(codes["SI106"]) == 3  # /chain-1, /old-about, /temp


def test_site_structure_findings(crawled: Any) -> None:
    clinic, report, _ = crawled
    site, path = report.site, clinic.path
    assert [path(u) for u in site["orphans"]] == ["/orphan.html"]
    codes = {code: [[path(p) for p in pages] for pages in groups] for code, groups in _codes(report).items()}
    assert codes["SI108"] == [["/orphan.html"]]
    assert codes["SI109"] == [["/calendar?month=4", "/calendar?month=5", "/calendar?month=6",
                               "/calendar?month=7", "/calendar?month=8",
                               "/deep/4.html", "/deep/5.html", "/deep/6.html"]]
    assert codes["SI110"] == [["/dup-a.html", "/dup-b.html"]] == codes["SI111"]
    assert codes["SI115"] == [["/canonical-to-redirect.html"]]
    assert codes["SI117"] == [["/noindex.html"]]
    assert codes["SI118"] == [["/de.html", "/en.html"]]
    assert codes["SI119"] == [["/en.html"]]
    assert codes["SI121"] == [["/news.html"]]
    assert not {"SI112", "SI113", "SI114", "SI116", "SI120"} & set(codes)  # no false duplicates
    pages = {path(p["url"]): p for p in site["pages"]}
    assert (pages["/"]["depth"], pages["/about.html"]["depth"], pages["/blog/post-1.html"]["depth"],
            pages["/deep/6.html"]["depth"], pages["/orphan.html"]["depth"]) == (0, 1, 2, 6, None)
    assert pages["/"]["link_score"] == 100.0 and pages["/"]["inlinks"] > 15
    assert pages["/old-about"]["status"] == 301 and path(pages["/old-about"]["final"]) == "/about.html"
    assert pages["/noindex.html"]["indexable"] is False and pages["/about.html"]["indexable"] is True
    assert {d["kind"] for d in site["duplicates"]} == {"title", "description"}


def test_only_allowed_http_paths_are_requested(crawled: Any) -> None:
    clinic, _, db = crawled
    requested = set(clinic.site.requests())
    calendar = {p for p in requested if p.startswith("/calendar?month=")}
    assert calendar == {f"/calendar?month={m}" for m in range(1, 9)}  # the trap is capped
    assert requested - calendar <= CRAWLABLE
    assert not any(p.startswith("/private/") for p in requested)  # robots.txt
    assert "/nofollowed.html" not in requested  # only a nofollow link points there
    # each page fetched once; redirecting URLs and the outbound site only as needed
    gets = clinic.site.requests("GET")
    assert all(gets.count(p) == 1 for p in set(gets)), sorted(p for p in set(gets) if gets.count(p) > 1)
    assert sorted(clinic.external.log) == [("GET", "/gone.html"), ("GET", "/no-head.html"),
                                          ("HEAD", "/gone.html"), ("HEAD", "/no-head.html"),
                                          ("HEAD", "/study.html")]
    with Store(db) as store:
        reasons = {clinic.path(r.url): r.reason for r in store.urls() if r.state == "skipped"}
    assert reasons["/private/secret.html"] == "disallowed by robots.txt"
    assert reasons["/nofollowed.html"] == "only nofollow links point here"
    assert reasons["/calendar?month=9"].startswith("more than --max-per-pattern 8")
    assert "https://elsewhere.example/not-ours.html" not in reasons  # off-site sitemap entry dropped


def test_each_page_gets_its_own_audit_and_reports_are_deterministic(clinic: Served, tmp_path: Path) -> None:
    _, first = crawl(_settings(clinic.base, concurrency=6), tmp_path / "a.sqlite")
    _, second = crawl(_settings(clinic.base, concurrency=1), tmp_path / "b.sqlite")
    assert first.to_json() == second.to_json()
    urls = [d.document.url for d in first.documents]
    assert urls == sorted(urls) and clinic.base + "/about.html" in urls
    news = next(d for d in first.documents if d.document.url == clinic.base + "/news.html")
    assert "LG101" in {f.code for f in news.findings}  # the same pipeline as seokit audit


def test_limits_on_pages_and_depth(clinic: Served, tmp_path: Path) -> None:
    _, report = crawl(_settings(clinic.base, max_pages=5, check_external=False), tmp_path / "p.sqlite")
    assert len([p for p in report.site["pages"]]) <= 5
    assert report.site["crawl"]["skipped"]["beyond --max-pages 5"] > 0
    _, shallow = crawl(_settings(clinic.base, max_depth=1, check_external=False), tmp_path / "d.sqlite")
    depths = {clinic.path(p["url"]): p["depth"] for p in shallow.site["pages"]}
    assert "/deep/1.html" in depths and "/deep/2.html" not in depths
    assert "/orphan.html" in depths  # sitemap URLs join level 1


def test_include_and_exclude_patterns(clinic: Served, tmp_path: Path) -> None:
    _, report = crawl(_settings(clinic.base, exclude=(r"/deep/", r"calendar"), check_external=False,
                                use_sitemaps=False), tmp_path / "x.sqlite")
    paths = {clinic.path(p["url"]) for p in report.site["pages"]}
    assert not any(p.startswith(("/deep/", "/calendar")) for p in paths) and "/about.html" in paths
    _, blog = crawl(_settings(clinic.base, include=(r"/blog/", r"^http://[^/]+/$"), check_external=False,
                              use_sitemaps=False), tmp_path / "i.sqlite")
    assert {clinic.path(p["url"]) for p in blog.site["pages"]} == {"/", "/blog/", "/blog/post-1.html"}


def test_the_crawl_never_leaves_the_site(tmp_path: Path) -> None:
    from tests.crawl.server import Site, page, redirect, serve

    outside = Site({"/x": page("<p>elsewhere</p>")})
    with serve(outside) as other:
        site = Site({"/": page('<p><a href="/away">Away</a> <a href="/b">B</a> '
                               f'<a href="{other}/x">Other</a> <a href="file:///etc/passwd">File</a></p>'),
                     "/away": redirect(other + "/x", 302), "/b": page("<p>b</p>")})
        with serve(site) as base:
            _, report = crawl(CrawlSettings(base + "/", use_sitemaps=False, allow_private=True),
                              tmp_path / "s.sqlite")
    assert outside.log == []
    assert sorted(site.requests()) == ["/", "/away", "/b", "/robots.txt"]
    [away] = report.site["redirects"]
    assert away["chain"] == [base + "/away", other + "/x"] and away["statuses"] == [302]
    assert report.site["broken_links"] == []


def test_page_reports_carry_the_status_of_each_link(crawled: Any) -> None:
    clinic, report, _ = crawled
    home = next(d for d in report.documents if d.document.url == clinic.base + "/")
    statuses = {clinic.path(i.link.url or ""): i.status for i in home.metrics["links"].items}
    assert statuses["/missing.html"] == 404 and statuses["/about.html"] == 200
    assert statuses["/old-about"] == 200 and statuses["/private/secret.html"] is None
    assert statuses["EXT/gone.html"] == 404


def test_a_page_whose_audit_crashes_still_counts_for_the_site(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    from tests.crawl.server import Site, page, serve

    pipeline = importlib.import_module("seokit.audit")  # the module, not seokit.audit()
    real = pipeline.audit_document

    def flaky(document: Any, **kwargs: Any) -> Any:
        if (document.url or "").endswith("/bad.html"):
            raise ZeroDivisionError("an analyzer bug")
        return real(document, **kwargs)

    monkeypatch.setattr(pipeline, "audit_document", flaky)
    site = Site({"/": page('<p><a href="/bad.html">Bad</a></p>'),
                 "/bad.html": page('<p><a href="/gone.html">Gone</a></p>')})
    with serve(site) as base:
        _, report = crawl(CrawlSettings(base + "/", use_sitemaps=False, allow_private=True),
                          tmp_path / "b.sqlite")
    assert [b["source"] for b in report.site["broken_links"]] == [base + "/bad.html"]
    assert [d.document.url for d in report.documents] == [base + "/"]
    assert [(e.source, e.error.split(" (")[0]) for e in report.errors] == [(base + "/bad.html",
                                                                          "could not be audited")]
