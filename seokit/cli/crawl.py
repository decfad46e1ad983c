"""``seokit crawl URL|FOLDER``: crawl a site (or a folder of built HTML), audit every page and
the site as a whole, and print or write the report.

The crawl is stored in SQLite (``--db``; by default ``.seokit/crawl-<site>.sqlite`` in the
working directory), so an interrupted crawl continues with ``--resume``.
"""

from __future__ import annotations

import argparse
import re
import signal
import sys
import threading
from pathlib import Path
from types import FrameType
from typing import Any

from seokit.cli.common import (
    EXIT_ERROR,
    add_debug,
    error,
    exit_code,
    split_codes,
    write_output,
)
from seokit.findings import Severity
from seokit.report import FORMATS

ORDER = 30
EXIT_INTERRUPTED = 130


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "crawl", help="crawl a site or a folder of built HTML and audit it",
        description="Crawl a site breadth-first from URL (or a folder of built HTML, offline), "
                    "audit every page and the site's structure. Polite by default: robots.txt, "
                    "Crawl-delay, a per-host limit. Stored in SQLite so --resume continues.")
    p.add_argument("start", metavar="URL|FOLDER")
    store = p.add_argument_group("store")
    store.add_argument("--db", type=Path, help="the SQLite crawl store (default: "
                       ".seokit/crawl-<site>.sqlite in the working directory)")
    store.add_argument("--resume", action="store_true",
                       help="continue the crawl in --db instead of starting over")
    scope = p.add_argument_group("what to crawl")
    scope.add_argument("--max-pages", type=int, default=5000, help="URLs of the site to fetch (5000)")
    scope.add_argument("--max-depth", type=int, default=10, help="levels below the start (10)")
    scope.add_argument("--max-per-pattern", type=int, default=1000,
                       help="URLs of one shape, numbers blanked, e.g. /cal/{n}/{n} (1000): traps")
    scope.add_argument("--max-query-variants", type=int, default=1000,
                       help="URLs of one path with different query strings (1000): facets")
    scope.add_argument("--max-url-length", type=int, default=2048,
                       help="longer URLs are skipped as traps (2048)")
    scope.add_argument("--include", action="append", default=[], metavar="REGEX",
                       help="only URLs matching one of these")
    scope.add_argument("--exclude", action="append", default=[], metavar="REGEX",
                       help="never URLs matching one of these")
    scope.add_argument("--allow-host", action="append", default=[], metavar="HOST",
                       help="another host[:port] that belongs to the site")
    scope.add_argument("--query", choices=("sort", "keep", "drop"), default="sort",
                       help="query strings: sort parameters (default), keep as written, or drop")
    scope.add_argument("--ignore-param", action="append", default=None, metavar="NAME",
                       help="a query parameter that never changes the page (glob; default: "
                            "utm_*, gclid, fbclid and other trackers)")
    scope.add_argument("--ignore-robots", action="store_true", help="do not obey robots.txt")
    scope.add_argument("--follow-nofollow", action="store_true",
                       help="also crawl through nofollow/sponsored/ugc links")
    scope.add_argument("--no-sitemaps", action="store_true", help="do not read sitemaps")
    scope.add_argument("--sitemap", action="append", default=[], metavar="URL",
                       help="a sitemap to read besides those robots.txt names")
    scope.add_argument("--check-external", action="store_true",
                       help="also check every outbound link (HEAD, then GET)")
    scope.add_argument("--base-url", help="for a folder: the address it is served at")
    polite = p.add_argument_group("how to fetch")
    polite.add_argument("--concurrency", type=int, default=4, help="parallel fetches (4)")
    polite.add_argument("--audit-jobs", type=int, default=0, metavar="N",
                        help="worker processes that audit the fetched pages, apart from the "
                             "fetches (default 0: one per CPU core; the first pages are "
                             "audited in this process, so a small crawl starts none)")
    polite.add_argument("--per-host", type=int, default=None,
                        help="parallel requests to one host (default: --concurrency)")
    polite.add_argument("--delay", type=float, default=0.0,
                        help="seconds between requests to one host (robots.txt Crawl-delay wins "
                             "when longer)")
    polite.add_argument("--timeout", type=float, default=10.0, help="seconds (10)")
    polite.add_argument("--retries", type=int, default=2, help="retries after 429/503 (2)")
    polite.add_argument("--max-retry-after", type=float, default=30.0,
                        help="longest Retry-After honoured, seconds (30)")
    polite.add_argument("--user-agent", help="the User-Agent header (robots.txt rules for its "
                        "first word apply)")
    polite.add_argument("--allow-private", action="store_true",
                        help="also fetch private, loopback and link-local addresses (for local "
                             "servers; refused by default, so that a service cannot be pointed "
                             "at its own network)")
    out = p.add_argument_group("report")
    out.add_argument("--format", "-f", choices=sorted(FORMATS), default="text")
    out.add_argument("--output", "-o", type=Path, help="write the report to this file")
    out.add_argument("--fail-on", choices=[s.value for s in Severity], default="error")
    out.add_argument("--select", action="append", default=[], metavar="CODES")
    out.add_argument("--ignore", action="append", default=[], metavar="CODES")
    out.add_argument("--lang", help="the pages' language, instead of detecting it")
    out.add_argument("--no-documents", action="store_true",
                     help="report the site only, without each page's own report")
    out.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                     help="show a progress bar on stderr (default: when stderr is a terminal)")
    add_debug(p)
    p.set_defaults(run=run)


def default_db(start: str) -> Path:
    name = re.sub(r"^https?://", "", start.rstrip("/")) or "site"
    return Path(".seokit") / f"crawl-{re.sub(r'[^A-Za-z0-9.-]+', '_', name)[:80]}.sqlite"


def settings_from(args: argparse.Namespace) -> Any:
    from seokit.crawl.settings import CrawlSettings
    from seokit.crawl.urls import TRACKING_PARAMS, QueryPolicy
    from seokit.sources import USER_AGENT

    return CrawlSettings(
        start=args.start, max_pages=args.max_pages, max_depth=args.max_depth,
        max_per_pattern=args.max_per_pattern, max_query_variants=args.max_query_variants,
        max_url_length=args.max_url_length, include=tuple(args.include),
        exclude=tuple(args.exclude), allow_hosts=tuple(h.lower() for h in args.allow_host),
        query=QueryPolicy(args.query),
        ignore_params=tuple(args.ignore_param) if args.ignore_param is not None else TRACKING_PARAMS,
        obey_robots=not args.ignore_robots, follow_nofollow=args.follow_nofollow,
        use_sitemaps=not args.no_sitemaps, sitemaps=tuple(args.sitemap),
        check_external=args.check_external, base_url=args.base_url,
        user_agent=args.user_agent or USER_AGENT, timeout=args.timeout, retries=args.retries,
        max_retry_after=args.max_retry_after, delay=args.delay, concurrency=max(1, args.concurrency),
        audit_jobs=max(0, args.audit_jobs), per_host=max(1, args.per_host or args.concurrency),
        allow_private=args.allow_private,
        select=tuple(split_codes(args.select)), ignore=tuple(split_codes(args.ignore)),
        language=args.lang)


def run(args: argparse.Namespace) -> int:
    import dataclasses

    from seokit.crawl.crawler import Crawler
    from seokit.crawl.report import build_report
    from seokit.crawl.settings import RUNTIME_SETTINGS, CrawlSettings
    from seokit.crawl.store import Store
    from seokit.errors import InputError
    from seokit.report import render
    from seokit.report.model import InputFailure
    from seokit.sources import is_url

    if not is_url(args.start) and not Path(args.start).is_dir():
        raise InputError(args.start, "is neither an http(s) URL nor a folder")
    settings = settings_from(args)
    db: Path = args.db or default_db(args.start)
    if args.resume:
        if not db.exists():
            raise InputError(str(db), "no crawl store to resume (start a crawl without --resume)")
    elif db.exists():
        with Store(db):  # refuse to delete anything that is not a crawl store
            pass
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
    stop = threading.Event()
    with Store(db) as store:
        stored = store.get_meta("settings")
        if args.resume and stored is not None:
            previous = CrawlSettings.from_json(stored)
            settings = dataclasses.replace(previous, **{k: getattr(settings, k) for k in RUNTIME_SETTINGS})
        show = args.progress if args.progress is not None else sys.stderr.isatty()
        outcome = _crawl(Crawler, settings, store, stop, show, keep=not args.no_documents)
        if outcome.interrupted:
            error(f"interrupted; {store.page_count()} pages are stored in {db}. Continue with: "
                  f"seokit crawl {args.start} --db {db} --resume")
            return EXIT_INTERRUPTED
        report = build_report(store, settings, outcome.reports, documents=not args.no_documents)
        problem = start_problem(store)
    if problem is not None:  # nothing could be crawled: an input error, said once and in the report
        error(f"{args.start}: {problem}")
        report = dataclasses.replace(report, errors=(InputFailure(args.start, problem),))
    if not write_output(render(report, args.format), args.output):
        return EXIT_ERROR
    site_findings = (report.site or {}).get("findings") or []
    severities = [f.severity for f in report.findings] + [Severity(f["severity"]) for f in site_findings]
    return exit_code(failed=problem is not None, severities=severities, fail_on=Severity(args.fail_on))


def start_problem(store: Any) -> str | None:
    """Why the start page could not be crawled, or None."""
    root = store.known(str(store.get_meta("root")))
    if root is None:
        return None
    if root.state == "skipped":
        return root.reason or "skipped"
    if root.status is None:
        return root.error or "no answer"
    if root.status >= 400:
        return f"the start page answers HTTP {root.status}"
    return None


def _crawl(crawler_type: Any, settings: Any, store: Any, stop: threading.Event, show: bool,
           keep: bool) -> Any:
    """Run the crawl; SIGTERM and Ctrl-C both stop it cleanly, leaving a resumable store."""
    def on_term(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, on_term) if threading.current_thread() is \
        threading.main_thread() else None
    try:
        if show:
            from seokit.crawl.progress import RichProgress

            with RichProgress(f"crawling {settings.start}") as progress:
                crawler = crawler_type(settings, store, stop=stop, progress=progress, keep_reports=keep)
                return _run_interruptible(crawler, stop)
        crawler = crawler_type(settings, store, stop=stop, keep_reports=keep)
        return _run_interruptible(crawler, stop)
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _run_interruptible(crawler: Any, stop: threading.Event) -> Any:
    try:
        return crawler.run()
    except KeyboardInterrupt:  # between levels or while seeding: nothing half-written
        stop.set()
        crawler.outcome.interrupted = True
        return crawler.outcome
