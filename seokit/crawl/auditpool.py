"""Auditing crawled pages in worker processes, apart from fetching.

Fetching waits on the network and runs in threads (``--concurrency``); auditing is CPU-bound
Python, which threads cannot run in parallel (the GIL). So a page's parse, audit, facts and
links run in a process pool of ``--audit-jobs`` workers while the fetch threads go on; the two
are sized independently. The pool starts only once a crawl has audited ``WARM_UP_PAGES`` pages
in-thread: a small crawl never pays for starting workers, whose first audit loads the
dictionaries and language models. Workers come from a fork server (never a fork of this
threaded process) and ignore Ctrl-C: the crawler drains and stores what is running.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from seokit.config import Config
    from seokit.crawl.crawler import PageData

WARM_UP_PAGES = 24


def audit_jobs(requested: int) -> int:
    """``0`` means one per core."""
    return (os.cpu_count() or 1) if requested == 0 else max(1, requested)


def build_page(body: bytes, url: str, charset: str | None, media_type: str | None,
               path: str | None, x_robots: str | None, config: Config,
               normalize: Callable[[str], str | None],
               on_site: Callable[[str], bool]) -> PageData:
    """Decode, parse and audit one fetched page; its facts and links for the store."""
    from seokit.audit import audit_document
    from seokit.crawl.crawler import PageData, audit_error
    from seokit.crawl.pages import page_facts, page_links
    from seokit.parse import parse_document
    from seokit.sources import decode

    text = decode(body, url, declared=charset)
    doc = parse_document(text, media_type=media_type, url=url, path=path)
    report, error = None, None
    try:
        report = audit_document(doc, config=config)
    except Exception as exc:  # an analyzer bug: the page's links and facts still count
        error = audit_error(exc)
    facts = page_facts(doc, report, x_robots=x_robots, normalize=normalize)
    links = page_links(doc, facts, normalize, on_site)
    return PageData(url, path, doc.format.value, text, facts, links, report, error)


class AuditPool:
    """Runs ``build_page`` here for the first pages, then in worker processes."""

    def __init__(self, jobs: int) -> None:
        self.jobs = audit_jobs(jobs)
        self._pool: ProcessPoolExecutor | None = None
        self._broken = False
        self._audited = 0
        self._lock = threading.Lock()

    def build(self, *args: Any) -> PageData:
        pool = self._next_pool()
        if pool is not None:
            try:
                return pool.submit(build_page, *args).result()
            except BrokenProcessPool:  # a worker died (killed, out of memory): go on here
                self._broken = True
        return build_page(*args)

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)

    def _next_pool(self) -> ProcessPoolExecutor | None:
        with self._lock:
            self._audited += 1
            if self.jobs < 2 or self._broken or self._audited <= WARM_UP_PAGES:
                return None
            if self._pool is None:
                methods = multiprocessing.get_all_start_methods()
                context = multiprocessing.get_context("forkserver" if "forkserver" in methods
                                                      else "spawn")
                self._pool = ProcessPoolExecutor(self.jobs, mp_context=context,
                                                 initializer=_ignore_interrupts)
            return self._pool


def _ignore_interrupts() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
