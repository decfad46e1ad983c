"""A crawl's settings: everything that decides what is fetched and how. Stored in the crawl's
SQLite file so ``--resume`` continues with the same scope and limits."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from seokit.crawl.fetch import FetchSettings
from seokit.crawl.urls import MAX_URL_LENGTH, TRACKING_PARAMS, QueryPolicy
from seokit.sources import DEADLINE, MAX_BYTES, USER_AGENT

# what a resumed crawl may change: how fast it goes and how pages are judged, not what it fetches;
# and whether private addresses may be fetched, which is the caller's policy, never the file's
RUNTIME_SETTINGS = ("delay", "concurrency", "audit_jobs", "per_host", "timeout", "retries", "max_retry_after",
                    "deadline", "allow_private", "select", "ignore", "language")


@dataclass(frozen=True, slots=True)
class CrawlSettings:
    start: str                                  # an http(s) URL, or a folder of built HTML
    max_pages: int = 5000                       # URLs of the site queued for fetching
    max_depth: int = 10                         # crawl levels below the start
    max_per_pattern: int = 1000                 # URLs of one shape (see urls.path_pattern)
    max_query_variants: int = 1000              # URLs of one path with different queries (facets)
    max_url_length: int = MAX_URL_LENGTH        # longer URLs are traps
    include: tuple[str, ...] = ()               # regexes; when given, a URL must match one
    exclude: tuple[str, ...] = ()               # regexes; a URL matching one is not fetched
    allow_hosts: tuple[str, ...] = ()           # more hosts that belong to the site
    query: QueryPolicy = QueryPolicy.SORT
    ignore_params: tuple[str, ...] = TRACKING_PARAMS
    obey_robots: bool = True
    follow_nofollow: bool = False
    use_sitemaps: bool = True
    sitemaps: tuple[str, ...] = ()              # sitemaps to read besides robots.txt's
    check_external: bool = False
    base_url: str | None = None                 # the address a folder is served at
    # how to fetch
    user_agent: str = USER_AGENT
    timeout: float = 10.0
    deadline: float = DEADLINE                  # seconds for one request, however it trickles
    retries: int = 2
    max_retry_after: float = 30.0
    delay: float = 0.0
    concurrency: int = 4
    per_host: int = 4
    max_bytes: int = MAX_BYTES
    allow_private: bool = False                 # fetch private, loopback, link-local addresses
    # how to audit each page
    audit_jobs: int = 1                         # worker processes for audits (0: one per core)
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    language: str | None = None

    def fetch_settings(self) -> FetchSettings:
        return FetchSettings(
            user_agent=self.user_agent, timeout=self.timeout, retries=self.retries,
            max_retry_after=self.max_retry_after, max_bytes=self.max_bytes,
            per_host=max(1, self.per_host), delay=self.delay,
            pool_size=max(16, self.concurrency), deadline=self.deadline,
            allow_private=self.allow_private)

    def to_json(self) -> dict[str, Any]:
        out = dataclasses.asdict(self)
        out["query"] = self.query.value
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CrawlSettings:
        known = {f.name for f in dataclasses.fields(cls)}
        values: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v
                                  for k, v in data.items() if k in known}
        values["query"] = QueryPolicy(str(values.get("query", QueryPolicy.SORT.value)))
        return cls(**values)
