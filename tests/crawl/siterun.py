"""Running a small example site through the real crawler: pages and redirects served on
127.0.0.1 (and, for rules about outbound links or secure redirects, a second site and an https
copy with a certificate made for the test), crawled into a SQLite store, then judged."""

from __future__ import annotations

import shutil
import ssl
import subprocess
from collections.abc import Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from seokit.crawl.analyses import facts_from_store
from seokit.crawl.crawler import Crawler
from seokit.crawl.model import SiteFacts
from seokit.crawl.settings import CrawlSettings
from seokit.crawl.store import Store
from tests.crawl.server import Route, Site, page, redirect, serve, xml


@dataclass(frozen=True)
class SiteCase:
    pages: Mapping[str, str]
    redirects: Sequence[tuple[str, int, str]] = ()
    sitemap: Sequence[str] = ()
    check_external: bool = False


def make_certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1, made with the openssl command."""
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is needed to make a test certificate")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    return cert, key


def _routes(case: SiteCase, values: Mapping[str, str]) -> dict[str, Route]:
    def fill(text: str) -> str:
        for name, value in values.items():
            text = text.replace("{" + name + "}", value)
        return text

    routes: dict[str, Route] = {}
    for path, body in case.pages.items():
        routes["/" if path == "index.html" else "/" + path] = page(fill(body))
    for path, status, location in case.redirects:
        routes[path] = redirect(fill(location), status)
    if case.sitemap:
        urls = "".join(f"<url><loc>{values['site']}{p}</loc></url>" for p in case.sitemap)
        routes["/sitemap.xml"] = xml('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/'
                                     f'schemas/sitemap/0.9">{urls}</urlset>')
    return routes


@contextmanager
def served(case: SiteCase, tmp: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """The case's site, its external twin and (when a page asks for it) an https twin."""
    tmp.mkdir(parents=True, exist_ok=True)
    sites = {"site": Site(), "external": Site()}
    needs_https = any("{https}" in text for text in [*case.pages.values(), *(r[2] for r in case.redirects)])
    with ExitStack() as stack:
        bases = {name: stack.enter_context(serve(site)) for name, site in sites.items()}
        if needs_https:
            cert, key = make_certificate(tmp)
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(cert, key)
            monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(cert))
            sites["https"] = Site()
            bases["https"] = stack.enter_context(serve(sites["https"], tls=context))
        for site in sites.values():
            site.routes.update(_routes(case, bases))
        yield bases


def crawl_case(case: SiteCase, tmp: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[SiteFacts, str]:
    with served(case, tmp, monkeypatch) as bases:
        settings = CrawlSettings(bases["site"] + "/", timeout=2.0, retries=0, allow_private=True,
                                 check_external=case.check_external)
        with Store(tmp / "case.sqlite") as store:
            Crawler(settings, store).run()
            return facts_from_store(store), bases["site"]


def case_from(data: Mapping[str, Any]) -> SiteCase:
    return SiteCase(dict(data["pages"]), tuple(tuple(r) for r in data.get("redirects", ())),  # type: ignore[misc]
                    tuple(data.get("sitemap", ())), bool(data.get("check_external", False)))
