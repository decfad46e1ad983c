"""robots.txt, read with protego (Scrapy's parser: wildcards, ``$``, longest match, Crawl-delay,
Sitemap lines), fetched once per origin and kept for the run.

Following RFC 9309 and Google's documented handling: a 4xx robots.txt means no restrictions,
except 429, which like a 5xx or an unreachable server means the whole site is off limits for
this run (crawling it anyway could be what the owner is trying to stop; the RFC allows the
crawler to assume "disallow all" while the file is unreachable). Only the first 500 KiB are
read, as Google does, cut at a line break so that no rule is half read; lines that are not
rules (an HTML page served as robots.txt, binary garbage) are ignored.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from protego import Protego

from seokit.crawl.fetch import FetchResult
from seokit.crawl.urls import origin_of

MAX_CRAWL_DELAY = 30.0  # seconds; a robots.txt asking for more is capped so a crawl can finish
MAX_ROBOTS_BYTES = 500 * 1024  # RFC 9309 2.5: a crawler may stop at 500 KiB or more


@dataclass(frozen=True, slots=True)
class RobotsFile:
    """One origin's rules. ``parser`` is None when everything is allowed (no file), and
    ``blocked`` says why everything is disallowed (the file could not be read)."""

    origin: str
    parser: Protego | None = None
    blocked: str | None = None
    status: int | None = None

    def allows(self, url: str, user_agent: str) -> bool:
        if self.blocked is not None:
            return False
        return True if self.parser is None else bool(self.parser.can_fetch(url, user_agent))

    def crawl_delay(self, user_agent: str) -> float | None:
        if self.parser is None:
            return None
        delay = self.parser.crawl_delay(user_agent)
        return None if delay is None else min(float(delay), MAX_CRAWL_DELAY)

    def sitemaps(self) -> tuple[str, ...]:
        return tuple(self.parser.sitemaps) if self.parser is not None else ()


def parse_robots(origin: str, result: FetchResult) -> RobotsFile:
    if result.status is None:
        return RobotsFile(origin, blocked=f"robots.txt could not be fetched ({result.error})")
    if result.status >= 500 or result.status == 429:
        return RobotsFile(origin, blocked=f"robots.txt answered HTTP {result.status}",
                          status=result.status)
    if result.status >= 400 or result.body is None or (result.redirects and result.stopped):
        return RobotsFile(origin, status=result.status)
    body = result.body
    if len(body) > MAX_ROBOTS_BYTES:
        body = body[:MAX_ROBOTS_BYTES]
        body = body[:body.rfind(b"\n") + 1]
    text = body.decode("utf-8", errors="replace")
    return RobotsFile(origin, Protego.parse(text), status=result.status)


def robots_token(user_agent: str) -> str:
    """The product token robots.txt groups are matched against: ``seokit`` for
    ``seokit/0.1 (+https://...)``."""
    return (user_agent.split("/")[0].split() or ["*"])[0]


class RobotsCache:
    """robots.txt per origin, fetched on first use by ``load(origin) -> FetchResult``."""

    def __init__(self, load: Callable[[str], FetchResult], user_agent: str, *,
                 obey: bool = True) -> None:
        self._load = load
        self.user_agent = robots_token(user_agent)
        self.obey = obey
        self._files: dict[str, RobotsFile] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def file(self, url: str) -> RobotsFile:
        origin = origin_of(url)
        with self._lock:
            lock = self._locks.setdefault(origin, threading.Lock())
        with lock:  # one fetch per origin, even when many workers ask at once
            if origin not in self._files:
                self._files[origin] = parse_robots(origin, self._load(origin + "/robots.txt"))
            return self._files[origin]

    def allows(self, url: str) -> bool:
        return not self.obey or self.file(url).allows(url, self.user_agent)

    def crawl_delay(self, url: str) -> float | None:
        return self.file(url).crawl_delay(self.user_agent) if self.obey else None
