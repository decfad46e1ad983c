"""Fetching over HTTP: one requests Session for the run, a per-host limit on parallel requests,
politeness delays, retries with backoff on 429/503 (honouring Retry-After, capped), and
redirects followed by hand so that every hop of a chain is recorded and each hop can be
refused (a crawl must not follow a redirect off the site or into a robots.txt-disallowed path).
Connections go through ``seokit.netguard``: no private addresses unless allowed, and a total
time limit per request.
"""

from __future__ import annotations

import email.utils
import enum
import math
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

from seokit.crawl.urls import host_of, normalize_url
from seokit.sources import DEADLINE, MAX_BYTES, USER_AGENT

if TYPE_CHECKING:
    import requests

    from seokit.netguard import Deadline

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
PERMANENT_REDIRECTS = frozenset({301, 308})
RETRY_STATUSES = frozenset({429, 503})
_KEPT_HEADERS = ("content-type", "content-length", "x-robots-tag", "location", "retry-after", "link")
ACCEPT = "text/html,application/xhtml+xml,text/markdown,text/plain;q=0.9,*/*;q=0.1"


class ErrorKind(enum.StrEnum):
    UNREACHABLE = "unreachable"          # DNS failure, connection refused or reset
    TIMEOUT = "timeout"
    REDIRECT_LOOP = "redirect_loop"
    TOO_MANY_REDIRECTS = "too_many_redirects"
    BAD_REDIRECT = "bad_redirect"        # no Location, or a Location that is not http(s)
    TOO_LARGE = "too_large"


@dataclass(frozen=True, slots=True)
class Hop:
    """One redirect response: the URL that answered and its 3xx status."""

    url: str
    status: int
    target: str


@dataclass(frozen=True, slots=True)
class FetchResult:
    """What requesting a URL came to. ``status`` is the last response's status (None when no
    response came); ``final_url`` the last URL requested, or the redirect target that was not
    followed (``stopped`` then says why); ``redirects`` every 3xx on the way, in order."""

    url: str
    status: int | None
    final_url: str
    redirects: tuple[Hop, ...] = ()
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes | None = None
    error: str | None = None
    error_kind: ErrorKind | None = None
    method: str = "GET"
    attempts: int = 1
    stopped: str | None = None

    @property
    def media_type(self) -> str | None:
        value = self.headers.get("content-type", "").split(";")[0].strip().lower()
        return value or None

    @property
    def charset(self) -> str | None:
        for part in self.headers.get("content-type", "").split(";")[1:]:
            key, _, value = part.strip().partition("=")
            if key.lower() == "charset" and value:
                return value.strip("\"' ")
        return None

    @property
    def broken(self) -> bool:
        return self.status is not None and self.status >= 400

    @property
    def permanent(self) -> bool:
        """Every redirect on the way is permanent (301/308)."""
        return bool(self.redirects) and all(h.status in PERMANENT_REDIRECTS for h in self.redirects)

    @property
    def to_http(self) -> bool:
        """A redirect leaves https for plain http somewhere on the way."""
        return any(h.url.startswith("https:") and h.target.startswith("http:")
                   for h in self.redirects)


@dataclass(frozen=True, slots=True)
class FetchSettings:
    user_agent: str = USER_AGENT
    timeout: float = 10.0            # seconds to connect and between bytes
    retries: int = 2                 # extra attempts after a 429 or 503
    backoff: float = 0.5             # first wait before a retry, doubled each time
    max_retry_after: float = 30.0    # longest Retry-After honoured, in seconds
    max_redirects: int = 10
    max_bytes: int = MAX_BYTES
    deadline: float = DEADLINE       # seconds for one request, headers and body: trickling servers
    allow_private: bool = False      # fetch private, loopback and link-local addresses too
    per_host: int = 4                # parallel requests to one host
    delay: float = 0.0               # seconds between two requests to one host
    pool_size: int = 16


class _Host:
    """Per-host politeness: how many requests may run at once and when the next may start."""

    def __init__(self, per_host: int, delay: float) -> None:
        self.slots = threading.BoundedSemaphore(per_host)
        self.lock = threading.Lock()
        self.delay = delay
        self.next_start = 0.0

    def reserve(self) -> float:
        """Seconds to wait before starting a request; books the following slot."""
        with self.lock:
            now = time.monotonic()
            start = max(now, self.next_start)
            self.next_start = start + self.delay
            return start - now

    def hold_off(self, seconds: float) -> None:
        """The host asked us to wait (Retry-After): nobody starts a request before then."""
        with self.lock:
            self.next_start = max(self.next_start, time.monotonic() + seconds)


Follow = Callable[[str], "str | None"]


class Fetcher:
    """Fetches URLs for one run. Thread-safe: share one across the crawl's workers."""

    def __init__(self, settings: FetchSettings | None = None, *,
                 stop: threading.Event | None = None,
                 normalize: Callable[[str], str | None] = normalize_url) -> None:
        import requests

        from seokit import netguard

        self.settings = settings or FetchSettings()
        self.stop = stop or threading.Event()
        self.normalize = normalize
        self.requests_made = 0
        self._count_lock = threading.Lock()
        self._session = requests.Session()
        self._session.headers["User-Agent"] = self.settings.user_agent
        self._session.headers["Accept"] = ACCEPT
        # one pool per host, as many kept-alive connections as requests may run at once
        netguard.mount(self._session, allow_private=self.settings.allow_private,
                       pool_connections=self.settings.pool_size,
                       pool_maxsize=max(self.settings.per_host, 1), max_retries=0)
        self._hosts: dict[str, _Host] = {}
        self._hosts_lock = threading.Lock()

    def close(self) -> None:
        self._session.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def set_delay(self, host: str, seconds: float) -> None:
        """Raise one host's delay between requests (robots.txt Crawl-delay)."""
        state = self._host(host)
        with state.lock:
            state.delay = max(state.delay, seconds)

    def _host(self, host: str) -> _Host:
        with self._hosts_lock:
            state = self._hosts.get(host)
            if state is None:
                state = self._hosts[host] = _Host(max(self.settings.per_host, 1), self.settings.delay)
            return state

    def fetch(self, url: str, *, method: str = "GET", body_types: tuple[str, ...] = ("*",),
              follow: Follow | None = None, keep_first: int | None = None) -> FetchResult:
        """Request ``url`` and follow its redirects (each one only if ``follow`` returns None
        for it; otherwise it returns the reason not to). The body is read when the media type
        starts with one of ``body_types`` ("*": any); with ``keep_first``, only that many bytes
        are read and kept (robots.txt), instead of refusing a body over ``max_bytes``."""
        import requests

        from seokit import netguard

        hops: list[Hop] = []
        seen = {url}
        current = url
        attempts = 0
        while True:
            try:
                with self._send(method, current) as (response, tries, limit):
                    attempts += tries
                    headers = {k: response.headers[k] for k in _KEPT_HEADERS if k in response.headers}
                    status = response.status_code
                    if status in REDIRECT_STATUSES:
                        location = response.headers.get("location")
                        target = self.normalize(urljoin(current, location)) if location else None
                        hops.append(Hop(current, status, target or (location or "")))
                        problem = self._redirect_problem(target, location, seen, len(hops))
                        if problem is not None:
                            kind, message = problem
                            return FetchResult(url, status, target or current, tuple(hops), headers,
                                               error=message, error_kind=kind, method=method,
                                               attempts=attempts)
                        assert target is not None
                        reason = follow(target) if follow else None
                        if reason is not None:
                            return FetchResult(url, status, target, tuple(hops), headers,
                                               method=method, attempts=attempts, stopped=reason)
                        seen.add(target)
                        current = target
                        continue
                    data = None
                    if method != "HEAD" and _wanted(headers.get("content-type"), body_types):
                        data = self._read(response, limit, keep_first)
                        if data is None:
                            return FetchResult(url, status, current, tuple(hops), headers,
                                               error=f"larger than {self.settings.max_bytes:,} bytes",
                                               error_kind=ErrorKind.TOO_LARGE, method=method,
                                               attempts=attempts)
                    return FetchResult(url, status, current, tuple(hops), headers, data,
                                       method=method, attempts=attempts)
            except netguard.PrivateAddressError as exc:
                # unreachable, as it is for the public: the link rules report it like a dead host
                return self._failure(url, current, hops, method, attempts + 1,
                                     ErrorKind.UNREACHABLE, exc.problem)
            except netguard.DeadlinePassed:
                return self._failure(url, current, hops, method, attempts + 1, ErrorKind.TIMEOUT,
                                     f"took longer than the {self.settings.deadline:g} s limit "
                                     "for one request")
            except requests.ConnectTimeout:
                return self._failure(url, current, hops, method, attempts + 1, ErrorKind.TIMEOUT,
                                     f"timed out connecting after {self.settings.timeout:g} s")
            except requests.Timeout:
                return self._failure(url, current, hops, method, attempts + 1, ErrorKind.TIMEOUT,
                                     f"timed out after {self.settings.timeout:g} s")
            except requests.RequestException as exc:
                return self._failure(url, current, hops, method, attempts + 1,
                                     ErrorKind.UNREACHABLE, f"unreachable ({_reason(exc)})")

    def _redirect_problem(self, target: str | None, location: str | None, seen: set[str],
                          count: int) -> tuple[ErrorKind, str] | None:
        if not location:
            return ErrorKind.BAD_REDIRECT, "redirect without a Location header"
        if target is None:
            return ErrorKind.BAD_REDIRECT, f"redirect to an unusable address ({location[:200]})"
        if target in seen:
            return ErrorKind.REDIRECT_LOOP, f"redirect loop back to {target}"
        if count > self.settings.max_redirects:
            return ErrorKind.TOO_MANY_REDIRECTS, f"more than {self.settings.max_redirects} redirects"
        return None

    @staticmethod
    def _failure(url: str, current: str, hops: list[Hop], method: str, attempts: int,
                 kind: ErrorKind, message: str) -> FetchResult:
        return FetchResult(url, None, current, tuple(hops), error=message, error_kind=kind,
                           method=method, attempts=attempts)

    @contextmanager
    def _send(self, method: str, url: str) -> Iterator[tuple[requests.Response, int, Deadline]]:
        """One response for ``url`` after the politeness wait, retried on 429/503."""
        import requests

        from seokit import netguard

        host = self._host(host_of(url))
        settings = self.settings
        with host.slots:
            for attempt in range(settings.retries + 1):
                self._wait(host.reserve())
                with self._count_lock:
                    self.requests_made += 1
                with netguard.Deadline(settings.deadline) as limit:
                    try:
                        response = self._session.request(
                            method, url, allow_redirects=False, stream=True,
                            timeout=(settings.timeout, settings.timeout))
                    except requests.RequestException:
                        if limit.expired:  # cut off while the headers trickled in
                            raise netguard.DeadlinePassed from None
                        raise
                    if limit.expired:  # cut off mid-headers, which can read like their end
                        response.close()
                        raise netguard.DeadlinePassed
                    wait = self._retry_wait(response, attempt)
                    if wait is not None:
                        response.close()
                        host.hold_off(wait)
                        continue
                    try:
                        yield response, attempt + 1, limit
                    finally:
                        response.close()
                    return

    def _retry_wait(self, response: requests.Response, attempt: int) -> float | None:
        """Seconds to wait before asking again after a 429 or 503 (Retry-After, at most
        ``max_retry_after``, else an exponential backoff), or None not to retry: not such a
        status, the retries used up, or the crawl stopping. At most ``retries`` waits of at
        most ``max_retry_after`` each: a server cannot hold a worker for longer."""
        settings = self.settings
        if response.status_code not in RETRY_STATUSES or attempt >= settings.retries \
                or self.stop.is_set():
            return None
        asked = retry_after(response.headers.get("retry-after"))
        wait = settings.backoff * 2 ** attempt if asked is None else asked
        return min(wait, settings.max_retry_after)

    def _wait(self, seconds: float) -> None:
        if seconds > 0:
            self.stop.wait(seconds)

    def _read(self, response: requests.Response, limit: Deadline,
              keep_first: int | None) -> bytes | None:
        from seokit import netguard

        try:
            if keep_first is not None:
                return netguard.read_body(response, keep_first, limit, truncate=True)
            return netguard.read_body(response, self.settings.max_bytes, limit)
        except netguard.BodyTooLarge:
            return None


def retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header: a number of seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return seconds if math.isfinite(seconds) and seconds >= 0 else None
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - time.time())


def _wanted(content_type: str | None, body_types: tuple[str, ...]) -> bool:
    if "*" in body_types:
        return True
    media = (content_type or "").split(";")[0].strip().lower()
    return any(media.startswith(t) for t in body_types)


def _reason(exc: Exception) -> str:
    text = str(exc)
    for marker, short in (("Name or service not known", "name not known"),
                          ("Temporary failure in name resolution", "name not resolved"),
                          ("nodename nor servname", "name not known"),
                          ("Connection refused", "connection refused"),
                          ("No route to host", "no route to host"),
                          ("Connection reset", "connection reset"),
                          ("RemoteDisconnected", "connection closed without a response"),
                          ("IncompleteRead", "the connection broke mid-response"),
                          ("Connection broken", "the connection broke mid-response"),
                          ("decoding", "damaged compressed body"),
                          ("network disabled", "network disabled")):
        if marker in text:
            return short
    return text.splitlines()[0][:200] if text else type(exc).__name__


def describe(result: FetchResult) -> dict[str, Any]:
    """A result as plain data, for the store and reports."""
    return {"url": result.url, "status": result.status, "final": result.final_url,
            "chain": [h.url for h in result.redirects] + ([result.final_url] if result.redirects else []),
            "statuses": [h.status for h in result.redirects], "error": result.error,
            "error_kind": result.error_kind.value if result.error_kind else None}
