"""Crawled pages audited in worker processes (--audit-jobs): the same store and report as in
one process, for a site big enough that the pool starts."""

from __future__ import annotations

import json
from pathlib import Path

from seokit.crawl import auditpool
from seokit.crawl.settings import CrawlSettings
from seokit.report import render_for
from tests.crawl.conftest import crawl
from tests.crawl.server import Site, page, serve
from tests.crawl.sites import html, prose

PAGES = auditpool.WARM_UP_PAGES + 16


def _site() -> Site:
    links = " ".join(f'<a href="/p/{i}.html">Page {i}</a>' for i in range(PAGES))
    routes = {"/": page(html("Calm Clinic", prose(0) + f"<p>{links}</p>"))}
    for i in range(PAGES):
        routes[f"/p/{i}.html"] = page(html(f"Page {i} of the clinic",
                                           prose(i + 1) + '<p><a href="/">Home</a></p>'))
    return Site(routes)


def test_a_pool_of_two_gives_the_report_of_one_process(tmp_path: Path) -> None:
    site = _site()
    with serve(site) as base:
        reports = {}
        for jobs in (1, 2):
            settings = CrawlSettings(base, audit_jobs=jobs, allow_private=True, concurrency=4)
            outcome, report = crawl(settings, tmp_path / f"jobs{jobs}.sqlite")
            assert outcome.pages == PAGES + 1
            data = json.loads(render_for(report, "json", None))
            reports[jobs] = data
    assert reports[1] == reports[2]
    assert len(reports[2]["documents"]) == PAGES + 1


def test_the_pool_is_used_past_the_warm_up() -> None:
    pool = auditpool.AuditPool(2)
    try:
        assert all(pool._next_pool() is None for _ in range(auditpool.WARM_UP_PAGES))
        assert pool._next_pool() is not None
    finally:
        pool.close()
    assert auditpool.AuditPool(1)._next_pool() is None
