"""Link checking: is each URL alive, where does it redirect, and how?

HEAD first (no body to download), then GET when HEAD fails: many servers answer HEAD with 403,
404, 405 or 501 although the page works, and a broken link must never be reported from a HEAD
alone. Each URL is checked once per run (a cache of futures, so two workers asking for the same
URL share one request), with a pool of threads and the fetcher's per-host limit.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor, as_completed

from seokit.crawl.fetch import ErrorKind, FetchResult, Follow

Fetch = Callable[..., FetchResult]
_NO_RETRY_WITH_GET = (ErrorKind.UNREACHABLE, ErrorKind.TIMEOUT)


class LinkChecker:
    def __init__(self, fetch: Fetch, *, concurrency: int = 8, follow: Follow | None = None,
                 stop: threading.Event | None = None) -> None:
        self._fetch = fetch
        self.concurrency = max(concurrency, 1)
        self._follow = follow
        self._stop = stop or threading.Event()
        self._cache: dict[str, Future[FetchResult]] = {}
        self._lock = threading.Lock()

    def check(self, url: str) -> FetchResult:
        """The URL's status, from the cache when it was checked before in this run."""
        with self._lock:
            future = self._cache.get(url)
            owner = future is None
            if future is None:
                future = self._cache[url] = Future()
        if not owner:
            return future.result()
        try:
            result = self._check(url)
        except BaseException as exc:
            future.set_exception(exc)
            raise
        future.set_result(result)
        return result

    def _check(self, url: str) -> FetchResult:
        head = self._fetch(url, method="HEAD", body_types=(), follow=self._follow)
        if head.error_kind in _NO_RETRY_WITH_GET or head.stopped is not None:
            return head
        if head.status is not None and head.status < 400 and head.error is None:
            return head
        return self._fetch(url, method="GET", body_types=(), follow=self._follow)

    def check_many(self, urls: Iterable[str],
                   done: Callable[[str, FetchResult], None] | None = None) -> dict[str, FetchResult]:
        """Check every URL (in parallel); ``done`` is called for each as it finishes, in the
        calling thread. Stops early, with what it has, when the stop event is set."""
        todo = list(dict.fromkeys(urls))
        results: dict[str, FetchResult] = {}
        with ThreadPoolExecutor(self.concurrency, thread_name_prefix="seokit-check") as pool:
            futures = {pool.submit(self.check, url): url for url in todo}
            try:
                for future in as_completed(futures):
                    url = futures[future]
                    results[url] = future.result()
                    if done is not None:
                        done(url, results[url])
            except BaseException:
                self._stop.set()
                pool.shutdown(wait=True, cancel_futures=True)
                raise
        return results

