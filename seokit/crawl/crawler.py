"""The crawler: breadth-first, level by level, from the start URL (or a folder's home page) and
the site's sitemaps, politely, into the SQLite store; each page audited by the same pipeline as
``seokit audit``.

Levels keep the crawl deterministic and resumable. All URLs of level N are fetched (in
parallel; results are saved as they arrive), then level N's links are expanded, in page order,
into level N+1 in one transaction. So which URLs a limit admits never depends on which fetch
finished first, and after any interruption the store says exactly what is left: the queued
URLs of the current level, or a level still to expand.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from seokit.config import Config
from seokit.crawl.auditpool import AuditPool
from seokit.crawl.fetch import Fetcher, FetchResult, Follow
from seokit.crawl.folder import FolderFetcher, base_url_for
from seokit.crawl.model import CLAIMED
from seokit.crawl.robots import MAX_ROBOTS_BYTES, RobotsCache
from seokit.crawl.settings import CrawlSettings
from seokit.crawl.sitemaps import read_sitemaps
from seokit.crawl.store import NewLink, Store, UrlRow
from seokit.crawl.urls import (
    Normalizer,
    Scope,
    host_of,
    looks_like_trap,
    origin_of,
    path_pattern,
    query_free,
)
from seokit.errors import InputError
from seokit.report.model import DocumentReport
from seokit.sources import is_url

PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/markdown", "text/x-markdown")
NOFOLLOW = "only nofollow links point here"
ROBOTS = "disallowed by robots.txt"


class Progress(Protocol):
    def update(self, done: int, total: int, url: str) -> None: ...


class FetchLike(Protocol):
    requests_made: int

    def fetch(self, url: str, *, method: str = ..., body_types: tuple[str, ...] = ...,
              follow: Follow | None = ...) -> FetchResult: ...

    def set_delay(self, host: str, seconds: float) -> None: ...

    def close(self) -> None: ...


@dataclass(slots=True)
class PageData:
    url: str
    path: str | None
    format: str
    source: str
    facts: dict[str, Any]
    links: list[NewLink]
    report: DocumentReport | None
    error: str | None = None       # why the page could not be audited (its links still count)


@dataclass(slots=True)
class Visit:
    """A worker's result for one queued URL, saved by the main thread."""

    row: UrlRow
    result: FetchResult | None = None
    page: PageData | None = None
    skipped: str | None = None
    error: str | None = None


@dataclass(slots=True)
class Outcome:
    pages: int = 0                 # pages stored in this run
    requests: int = 0
    seconds: float = 0.0
    interrupted: bool = False
    complete: bool = False
    reports: dict[str, DocumentReport] = field(default_factory=dict)


class Crawler:
    def __init__(self, settings: CrawlSettings, store: Store, *, stop: threading.Event | None = None,
                 progress: Progress | None = None, keep_reports: bool = True) -> None:
        self.settings = settings
        self.store = store
        self.stop = stop or threading.Event()
        self.progress = progress
        self.keep_reports = keep_reports
        self.normalize = Normalizer(settings.query, settings.ignore_params)
        self.folder: Path | None = None if is_url(settings.start) else Path(settings.start)
        self.fetcher: FetchLike
        if self.folder is not None:
            base = settings.base_url or base_url_for(self.folder)
            self.fetcher = FolderFetcher(self.folder, base, max_bytes=settings.max_bytes)
            self.root = self.normalize(base) or base
        else:
            root = self.normalize(settings.start)
            if root is None:
                raise InputError(settings.start, "is not an http(s) URL")
            self.root = root
            self.fetcher = Fetcher(settings.fetch_settings(), stop=self.stop, normalize=self.normalize)
        hosts = store.get_meta("hosts") or [host_of(self.root), *settings.allow_hosts]
        self.scope = Scope.of(hosts, settings.include, settings.exclude)
        self.robots = RobotsCache(self._fetch_robots, settings.user_agent, obey=settings.obey_robots)
        self._delays: set[str] = set()
        self._delays_lock = threading.Lock()
        self.config = _document_config(settings)
        self.audits = AuditPool(settings.audit_jobs)
        admitted = [r for r in store.urls() if not r.external and r.state in ("queued", "done")]
        self._admitted = len(admitted)
        self._patterns = Counter(path_pattern(r.url) for r in admitted)
        self._variants = Counter(query_free(r.url) for r in admitted)
        # URLs the crawl fetches on their own: a redirect to one of them is not followed, so
        # no page is fetched twice (the analyses join the chain to the target's own result)
        self._claimed = {r.url for r in admitted}
        self._claimed_lock = threading.Lock()
        self.outcome = Outcome()

    # -- the run -----------------------------------------------------------------------------
    def run(self) -> Outcome:
        started = time.monotonic()
        try:
            if self.store.get_meta("seeded") is None:
                self._seed()
            while not self.stop.is_set():
                level = int(self.store.get_meta("expanded")) + 1
                queued = [r for r in self.store.queued() if r.depth <= level]
                if queued:
                    self._process(queued)
                if self.stop.is_set():
                    break
                with self.store.transaction():
                    self._expand(level)
                    self.store.set_meta("expanded", level)
                if self.store.lowest_queued_depth() is None:
                    break
            if not self.stop.is_set() and self.settings.check_external:
                from seokit.crawl.external import check_external_links

                check_external_links(self)
            self.outcome.complete = not self.stop.is_set()
            self.store.set_meta("complete", self.outcome.complete)
        finally:
            self.fetcher.close()
            self.audits.close()
            self.outcome.seconds = time.monotonic() - started
            self.outcome.requests = self.fetcher.requests_made
        return self.outcome

    def _seed(self) -> None:
        with self.store.transaction():
            self.store.set_meta("settings", self.settings.to_json())
            self.store.set_meta("root", self.root)
            self.store.set_meta("hosts", sorted(self.scope.hosts))
            self.store.set_meta("expanded", -1)
            if self.store.known(self.root) is None:
                self._add(self.root, 0, None, "start", check=False)
            self.store.set_meta("seeded", True)

    def _process(self, rows: list[UrlRow]) -> None:
        """Fetch and audit the rows in parallel; save each result as it arrives."""
        pending = iter(rows)
        running: dict[Future[Visit], UrlRow] = {}
        window = max(1, self.settings.concurrency) * 2
        with ThreadPoolExecutor(max(1, self.settings.concurrency), thread_name_prefix="seokit-crawl") as pool:
            while True:
                while not self.stop.is_set() and len(running) < window:
                    row = next(pending, None)
                    if row is None:
                        break
                    running[pool.submit(self._visit, row)] = row
                if not running:
                    return
                try:
                    finished, _ = wait(running, timeout=0.5, return_when=FIRST_COMPLETED)
                except KeyboardInterrupt:
                    self.stop.set()
                    self.outcome.interrupted = True
                    continue  # drain what is running, so its results are not lost
                for future in finished:
                    running.pop(future)
                    if future.cancelled():
                        continue
                    self._save(future.result())
                    if self.progress is not None:
                        self._report_progress(future.result().row.url)

    def _report_progress(self, url: str) -> None:
        assert self.progress is not None
        done = self.store.count("external = 0 AND state = 'done'")
        queued = self.store.count("state = 'queued'")
        self.progress.update(done, done + queued, url)

    # -- worker side ---------------------------------------------------------------------------
    def _visit(self, row: UrlRow) -> Visit:
        result: FetchResult | None = None
        try:
            refused = self._robots_refusal(row.url)
            if refused is not None:
                return Visit(row, skipped=refused)
            self._apply_crawl_delay(row.url)
            follow = self._follow_start if row.origin == "start" else self._follow_page
            result = self.fetcher.fetch(row.url, body_types=PAGE_TYPES, follow=follow)
            visit = Visit(row, result)
            if result.status == 200 and result.body is not None and result.error is None \
                    and (result.media_type or "").startswith(PAGE_TYPES):
                visit.page = self._page(result)
            return visit
        except InputError as exc:  # an empty or undecodable page stays a fetched URL
            return Visit(row, result, error=exc.problem)
        except Exception as exc:  # a bug must not end the crawl; the URL records it
            return Visit(row, result, error=f"internal error ({type(exc).__name__}: {exc})")

    def _page(self, result: FetchResult) -> PageData:
        path = None
        if isinstance(self.fetcher, FolderFetcher):
            file = self.fetcher.file_of(result.final_url)
            path = str(Path(self.settings.start) / file.relative_to(self.fetcher.root)) if file else None
        return self.audits.build(result.body or b"", result.final_url, result.charset,
                                 result.media_type, path, result.headers.get("x-robots-tag"),
                                 self.config, self.normalize, self.scope.on_site)

    def _follow(self, target: str) -> str | None:
        """Why a redirect to ``target`` must not be followed, or None."""
        if not self.scope.on_site(target):
            return "outside the crawl"
        if not self.scope.allows(target):
            return "excluded by --include/--exclude"
        return self._robots_refusal(target)

    def _robots_refusal(self, url: str) -> str | None:
        """Why robots.txt keeps the crawl from ``url``: its rules, or a robots.txt that could
        not be read (the whole host is then off limits), or None."""
        if self.robots.allows(url):
            return None
        return self.robots.file(url).blocked or ROBOTS

    def _follow_page(self, target: str) -> str | None:
        with self._claimed_lock:
            if target in self._claimed:
                return CLAIMED
        return self._follow(target)

    def _follow_start(self, target: str) -> str | None:
        # the start URL redirecting to another host (example.com -> www.example.com) names the site
        if not self.scope.on_site(target):
            self.scope = self.scope.with_host(host_of(target))
        return self._follow(target)

    def _apply_crawl_delay(self, url: str) -> None:
        host = host_of(url)
        with self._delays_lock:
            if host in self._delays:
                return
            self._delays.add(host)
        delay = self.robots.crawl_delay(url)
        if delay:
            self.fetcher.set_delay(host, delay)

    def _fetch_robots(self, url: str) -> FetchResult:
        def same_origin(target: str) -> str | None:
            return None if origin_of(target) == origin_of(url) else "another origin"

        if isinstance(self.fetcher, Fetcher):  # a huge robots.txt: read only what is parsed
            return self.fetcher.fetch(url, body_types=("*",), follow=same_origin,
                                      keep_first=MAX_ROBOTS_BYTES + 1)
        return self.fetcher.fetch(url, body_types=("*",), follow=same_origin)

    # -- main-thread side: saving and expanding -------------------------------------------------
    def _save(self, visit: Visit) -> None:
        row, result = visit.row, visit.result
        with self.store.transaction():
            if visit.skipped is not None or result is None:
                self.store.record_result(row.url, state="skipped" if visit.skipped else "done",
                                         status=None, final_url=None, redirects=(), error=visit.error,
                                         error_kind=None, stopped=None, media_type=None,
                                         reason=visit.skipped)
                return
            error = visit.error or result.error or (visit.page.error if visit.page else None)
            self.store.record_result(
                row.url, state="done", status=result.status, final_url=result.final_url,
                redirects=[(h.url, h.status, h.target) for h in result.redirects], error=error,
                error_kind=result.error_kind.value if result.error_kind else None,
                stopped=result.stopped, media_type=result.media_type)
            if row.origin == "start":
                self.store.set_meta("hosts", sorted(self.scope.hosts))
            page = visit.page
            if page is None:
                return
            if page.url != row.url:  # reached through redirects: the page is stored under its own URL
                known = self.store.known(page.url)
                if known is not None and known.state == "done":
                    return  # already stored: every page exactly once
                if known is None:
                    self.store.add_url(page.url, row.depth, state="done", origin="redirect")
                    self._claim(page.url)
                self.store.record_result(page.url, state="done", status=result.status,
                                         final_url=page.url, redirects=(), error=None, error_kind=None,
                                         stopped=None, media_type=result.media_type)
            self.store.save_page(page.url, path=page.path, format=page.format, source=page.source,
                                 facts=page.facts, links=page.links)
            self.outcome.pages += 1
            if self.keep_reports and page.report is not None:
                self.outcome.reports[page.url] = page.report

    def _expand(self, level: int) -> None:
        """Queue level+1: the internal links of level's pages, in page and link order."""
        depth = level + 1
        for link in self.store.links(depth=level):
            if not link.internal:
                continue
            follow = link.follow or link.kind != "a" or self.settings.follow_nofollow
            known = self.store.known(link.target)
            if known is not None:
                if follow and known.state == "skipped" and known.reason == NOFOLLOW:
                    reason = self._admission(link.target, depth)
                    if reason is None:
                        self.store.requeue(link.target, depth)
                        self._count(link.target)
                continue
            self._add(link.target, depth, None if follow else NOFOLLOW, "link", check=follow)
        if level == 0:
            self._seed_site_files()

    def _seed_site_files(self) -> None:
        """The folder's HTML files and the sitemaps' URLs join level 1: pages no link may
        reach, which is how orphans are found."""
        if isinstance(self.fetcher, FolderFetcher):
            for path in self.fetcher.html_files():
                url = self.fetcher.url_of(path)
                if self.store.known(url) is None:
                    self._add(url, 1, None, "folder")
        if not self.settings.use_sitemaps:
            return
        starts = [s for s in (self.normalize(u) for u in self.settings.sitemaps) if s]
        starts += [s for s in (self.normalize(u) for u in self.robots.file(self.root).sitemaps()) if s]
        if not starts:
            starts = [origin_of(self.root) + "/sitemap.xml"]
        found = read_sitemaps(starts, self._fetch_sitemap, self._on_site_url,
                              max_pages=self.settings.max_pages * 2)
        self.store.set_meta("sitemaps", [
            {"url": s.url, "status": s.status, "pages": len(s.pages), "children": len(s.children),
             "error": s.error} for s in found.sitemaps])
        for url in found.pages:
            if self.store.known(url) is None:
                self._add(url, 1, None, "sitemap", in_sitemap=True)
            else:
                self.store.mark_in_sitemap(url)

    def _fetch_sitemap(self, url: str) -> FetchResult | None:
        if not self.scope.on_site(url) or not self.robots.allows(url):
            return None
        return self.fetcher.fetch(url, body_types=("*",), follow=self._follow)

    def _on_site_url(self, url: str) -> str | None:
        normalized = self.normalize(url)
        return normalized if normalized is not None and self.scope.on_site(normalized) else None

    def _admission(self, url: str, depth: int) -> str | None:
        """Why ``url`` may not be queued at ``depth``, or None."""
        if not self.scope.allows(url):
            return "excluded by --include/--exclude"
        trap = looks_like_trap(url, max_length=self.settings.max_url_length)
        if trap is not None:
            return f"crawler trap: {trap}"
        if depth > self.settings.max_depth:
            return f"deeper than --max-depth {self.settings.max_depth}"
        if self._admitted >= self.settings.max_pages:
            return f"beyond --max-pages {self.settings.max_pages}"
        pattern = path_pattern(url)
        if self._patterns[pattern] >= self.settings.max_per_pattern:
            return f"more than --max-per-pattern {self.settings.max_per_pattern} URLs like {pattern}"
        if "?" in url and self._variants[query_free(url)] >= self.settings.max_query_variants:
            return (f"more than --max-query-variants {self.settings.max_query_variants} queries "
                    f"of {query_free(url)}")
        return self._robots_refusal(url)
        return None

    def _add(self, url: str, depth: int, reason: str | None, origin: str, *,
             in_sitemap: bool = False, check: bool = True) -> None:
        if reason is None and check:
            reason = self._admission(url, depth)
        state = "queued" if reason is None else "skipped"
        self.store.add_url(url, depth, state=state, origin=origin, reason=reason, in_sitemap=in_sitemap)
        if reason is None:
            self._count(url)

    def _count(self, url: str) -> None:
        self._admitted += 1
        self._patterns[path_pattern(url)] += 1
        self._variants[query_free(url)] += 1
        self._claim(url)

    def _claim(self, url: str) -> None:
        with self._claimed_lock:
            self._claimed.add(url)


def audit_error(exc: Exception) -> str:
    return f"could not be audited ({type(exc).__name__}: {exc}); please report it"


def _document_config(settings: CrawlSettings) -> Config:
    from seokit.rules.site import split_selectors

    select, _ = split_selectors(settings.select)
    ignore, _ = split_selectors(settings.ignore)
    if settings.select and not select:  # only site rules asked for: no document rule runs
        from seokit.rules import all_rules

        ignore = list(all_rules())
    return Config.from_mapping({"select": select, "ignore": ignore, "language": settings.language},
                               origin="crawl settings")

