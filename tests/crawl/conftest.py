"""Fixtures for crawl tests: the clinic site and its outbound neighbour, served on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from seokit.crawl.crawler import Crawler, Outcome
from seokit.crawl.report import build_report
from seokit.crawl.settings import CrawlSettings
from seokit.crawl.store import Store
from seokit.report.model import Report
from tests.crawl.server import Site, serve
from tests.crawl.sites import clinic_site, external_site, finish


@dataclass
class Served:
    site: Site
    base: str
    external: Site
    external_base: str

    def path(self, url: str) -> str:
        return url.replace(self.base, "").replace(self.external_base, "EXT")


@pytest.fixture
def clinic() -> Iterator[Served]:
    other = external_site()
    with serve(other) as other_base:
        site = clinic_site(other_base)
        with serve(site) as base:
            finish(site, base)
            yield Served(site, base, other, other_base)


def crawl(settings: CrawlSettings, db: Path) -> tuple[Outcome, Report]:
    with Store(db) as store:
        outcome = Crawler(settings, store).run()
        return outcome, build_report(store, settings, outcome.reports)
