"""URL normalisation and crawl scope: which URLs are the same page, which belong to the site,
and which look like a crawler trap.

Two spellings of one address must become one key in the store, or a crawl fetches the same page
twice and counts links to it apart. Normalisation follows RFC 3986 section 6 (case, percent-
encoding, dot segments, default ports) plus crawler practice: the fragment is dropped (it never
reaches the server) and the query string follows a policy.
"""

from __future__ import annotations

import enum
import fnmatch
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, quote, unquote, urlsplit, urlunsplit

DEFAULT_PORTS = {"http": 80, "https": 443}
# Parameters that only track campaigns: every value names the same page.
TRACKING_PARAMS = ("utm_*", "gclid", "fbclid", "msclkid", "mc_cid", "mc_eid", "_ga", "yclid")
_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
# characters kept as they are when quoting a path or query (reserved ones keep their meaning)
_PATH_SAFE = "/:@!$&'()*+,;=-._~%"
_QUERY_SAFE = _PATH_SAFE + "?"
_NUMBER = re.compile(r"\d+")
_ID = re.compile(r"^(?:[0-9a-f]{8,}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$",
                 re.IGNORECASE)
MAX_URL_LENGTH = 2048


class QueryPolicy(enum.StrEnum):
    """What to do with a URL's query string: keep it as written, sort its parameters (so
    ``?a=1&b=2`` and ``?b=2&a=1`` are one page), or drop it (every query is the same page)."""

    KEEP = "keep"
    SORT = "sort"
    DROP = "drop"


@dataclass(frozen=True, slots=True)
class Normalizer:
    query: QueryPolicy = QueryPolicy.SORT
    ignore_params: tuple[str, ...] = TRACKING_PARAMS

    def __call__(self, url: str) -> str | None:
        return normalize_url(url, self.query, self.ignore_params)


def normalize_url(url: str, query: QueryPolicy = QueryPolicy.SORT,
                  ignore_params: Iterable[str] = TRACKING_PARAMS) -> str | None:
    """The canonical spelling of an http(s) URL, or None when it is not a usable http(s) URL."""
    try:
        parts = urlsplit(url.strip())
        scheme = parts.scheme.lower()
        host = parts.hostname
        port = parts.port
    except ValueError:  # bad port, unbalanced brackets
        return None
    if scheme not in DEFAULT_PORTS or not host:
        return None
    host = host.rstrip(".")
    try:
        host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError:
        return None
    if ":" in host:  # an IPv6 literal keeps its brackets
        host = f"[{host}]"
    netloc = host if port in (None, DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    path = quote(_normalize_escapes(remove_dot_segments(parts.path or "/")), safe=_PATH_SAFE)
    return urlunsplit((scheme, netloc, path or "/", _query(parts.query, query, ignore_params), ""))


def _normalize_escapes(text: str) -> str:
    """Upper-case percent escapes and decode the ones that stand for unreserved characters."""
    def fix(match: re.Match[str]) -> str:
        char = chr(int(match.group(1), 16))
        return char if char in _UNRESERVED else f"%{match.group(1).upper()}"
    return _ESCAPE.sub(fix, text)


def _query(raw: str, policy: QueryPolicy, ignore: Iterable[str]) -> str:
    """The query under the policy. Parameters are kept as written (``a%20b`` is not rewritten as
    ``a+b``), so the server receives exactly what the page linked to."""
    if policy is QueryPolicy.DROP or not raw:
        return ""
    raw = quote(_normalize_escapes(raw), safe=_QUERY_SAFE)
    if policy is QueryPolicy.KEEP:
        return raw
    patterns = tuple(ignore)
    pieces = [piece for piece in raw.split("&") if piece and not any(
        fnmatch.fnmatchcase(unquote(piece.split("=", 1)[0]).lower(), p) for p in patterns)]
    return "&".join(sorted(pieces))


def remove_dot_segments(path: str) -> str:
    """RFC 3986 5.2.4: ``/a/./b/../c`` is ``/a/c``; a path cannot climb above the root."""
    out: list[str] = []
    segments = path.split("/")
    for i, segment in enumerate(segments):
        last = i == len(segments) - 1
        if segment == ".":
            if last:
                out.append("")
        elif segment == "..":
            if len(out) > 1:
                out.pop()
            if last:
                out.append("")
        else:
            out.append(segment)
    result = "/".join(out)
    return result if result.startswith("/") else "/" + result


def host_of(url: str) -> str:
    """``host[:port]`` of a normalised URL (lower case, default port omitted)."""
    return urlsplit(url).netloc


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def is_web_url(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme.lower() in DEFAULT_PORTS and bool(parts.netloc)


def path_pattern(url: str) -> str:
    """The shape of a URL with its numbers and ids blanked: ``/cal/2024/05?day=3`` and
    ``/cal/2025/11?day=9`` are both ``/cal/{n}/{n}?day``. Many URLs of one shape are how
    calendars, faceted search and session ids trap crawlers."""
    parts = urlsplit(url)
    segments = []
    for segment in parts.path.split("/"):
        segments.append("{id}" if _ID.match(segment) else _NUMBER.sub("{n}", segment))
    keys = sorted({k for k, _ in parse_qsl(parts.query, keep_blank_values=True)})
    return "/".join(segments) + (("?" + "&".join(keys)) if keys else "")


def looks_like_trap(url: str, max_repeats: int = 3, max_length: int = MAX_URL_LENGTH) -> str | None:
    """A reason when the URL's own form marks it as a trap, else None: overlong URLs, paths
    that repeat a segment (``/a/b/a/b/a/b/``, the sign of a relative link resolved again and
    again) and queries that repeat a parameter with its value (``?p=1&p=1&p=1&p=1``, a link
    that appends to the current query)."""
    if len(url) > max_length:
        return f"longer than {max_length} characters"
    parts = urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    for segment in set(segments):
        if segments.count(segment) > max_repeats:
            return f"path repeats the segment {segment!r} more than {max_repeats} times"
    pieces = [p for p in parts.query.split("&") if p]
    for piece in set(pieces):
        if pieces.count(piece) > max_repeats:
            return f"query repeats {piece!r} more than {max_repeats} times"
    return None


def query_free(url: str) -> str:
    """The URL without its query: every query variant of one page shares it."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


@dataclass(frozen=True, slots=True)
class Scope:
    """Which URLs a crawl may fetch: the allowed hosts, then include and exclude patterns
    (regular expressions searched in the whole URL; excludes win)."""

    hosts: frozenset[str]
    include: tuple[re.Pattern[str], ...] = ()
    exclude: tuple[re.Pattern[str], ...] = ()
    schemes: frozenset[str] = field(default_factory=lambda: frozenset(DEFAULT_PORTS))

    @classmethod
    def of(cls, hosts: Iterable[str], include: Iterable[str] = (),
           exclude: Iterable[str] = ()) -> Scope:
        return cls(frozenset(h.lower() for h in hosts), tuple(re.compile(p) for p in include),
                   tuple(re.compile(p) for p in exclude))

    def on_site(self, url: str) -> bool:
        """The URL is on one of the crawled hosts (patterns aside): an internal link."""
        parts = urlsplit(url)
        return parts.scheme in self.schemes and parts.netloc in self.hosts

    def allows(self, url: str) -> bool:
        """The crawler may fetch the URL."""
        if not self.on_site(url):
            return False
        if self.include and not any(p.search(url) for p in self.include):
            return False
        return not any(p.search(url) for p in self.exclude)

    def with_host(self, host: str) -> Scope:
        return Scope(self.hosts | {host.lower()}, self.include, self.exclude, self.schemes)
