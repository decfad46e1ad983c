"""What a crawl found, as plain immutable values: the input of site analyses and SI rules.

Nothing here does I/O; ``seokit.crawl.analyses`` builds a ``SiteFacts`` from the store (or, for
``seokit links --check``, from one page and its checked links).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from seokit.crawl.fetch import PERMANENT_REDIRECTS

# why a crawl did not follow a redirect: its target is fetched on its own (see ``joined``)
CLAIMED = "fetched on its own"


@dataclass(frozen=True, slots=True)
class Target:
    """What requesting a URL came to. ``state``: done (fetched), checked (an external link
    checked), skipped (never requested: ``reason`` says why), queued (not reached yet)."""

    url: str
    state: str
    status: int | None = None
    final_url: str | None = None
    redirects: tuple[tuple[str, int, str], ...] = ()   # (url, status, target) per hop
    error: str | None = None
    error_kind: str | None = None
    reason: str | None = None
    external: bool = False
    stopped: str | None = None

    def joined(self, targets: Mapping[str, Target]) -> Target:
        """This result with the redirects it did not follow because their target was fetched
        on its own: the chain continues with that target's result (loops detected)."""
        result = self
        seen = {self.url}
        while result.stopped == CLAIMED and result.final_url is not None \
                and result.final_url in targets:
            nxt = targets[result.final_url]
            if not nxt.requested:
                break
            hops = result.redirects + nxt.redirects
            if nxt.url in seen or any(h[2] in seen for h in nxt.redirects):
                return Target(self.url, self.state, result.status, nxt.url, hops,
                              f"redirect loop back to {nxt.url}", "redirect_loop", self.reason,
                              self.external)
            seen.add(nxt.url)
            result = Target(self.url, self.state, nxt.status, nxt.final_url, hops, nxt.error,
                            nxt.error_kind, self.reason, self.external, nxt.stopped)
        return result

    @property
    def requested(self) -> bool:
        return self.state in ("done", "checked")

    @property
    def chain(self) -> tuple[str, ...]:
        """Every URL of the redirect chain, the first one included, the last one reached."""
        if not self.redirects:
            return (self.url,)
        return (*(h[0] for h in self.redirects), self.redirects[-1][2])

    @property
    def statuses(self) -> tuple[int, ...]:
        return tuple(h[1] for h in self.redirects)

    @property
    def permanent(self) -> bool:
        return bool(self.redirects) and all(s in PERMANENT_REDIRECTS for s in self.statuses)

    @property
    def to_http(self) -> bool:
        return any(u.startswith("https:") and t.startswith("http:") for u, _, t in self.redirects)

    @property
    def loop(self) -> bool:
        return self.error_kind == "redirect_loop"

    @property
    def unreachable(self) -> bool:
        return self.requested and self.status is None and self.error_kind in ("unreachable", "timeout")

    @property
    def broken(self) -> bool:
        """The link does not lead to a working page: an error status at the end, a loop, too
        many redirects, or no answer."""
        if not self.requested:
            return False
        if self.status is not None and self.status >= 400:
            return True
        return self.error_kind in ("redirect_loop", "too_many_redirects", "bad_redirect",
                                   "unreachable", "timeout")


@dataclass(frozen=True, slots=True)
class SiteLink:
    source: str
    position: int
    kind: str              # a | canonical | hreflang
    target: str
    internal: bool
    text: str = ""
    rel: tuple[str, ...] = ()
    line: int | None = None
    column: int | None = None
    follow: bool = True


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched page with content, and what the site's link graph says about it."""

    url: str
    status: int | None
    depth: int | None = None           # clicks from the start page (None: no link path)
    inlinks: int = 0                   # other pages linking to it (through redirects too)
    outlinks: int = 0                  # distinct addresses it links to
    link_score: float = 0.0            # PageRank over followed internal links, 0-100
    title: str | None = None
    description: str | None = None
    h1: tuple[str, ...] = ()
    canonical: str | None = None
    canonical_raw: str | None = None
    noindex: bool = False
    indexable: bool = True
    hreflang: tuple[tuple[str, str], ...] = ()
    content_hash: str | None = None
    simhash: int | None = None
    words: int = 0
    main_term: str | None = None
    injected: tuple[str, ...] = ()
    in_sitemap: bool = False
    origin: str | None = None
    path: str | None = None
    score: int | None = None


@dataclass(frozen=True, slots=True)
class SiteFacts:
    root: str
    hosts: frozenset[str]
    pages: tuple[Page, ...]                        # sorted by URL
    links: tuple[SiteLink, ...]                    # in page and source order
    targets: Mapping[str, Target]
    external_checked: bool = False
    seeded_files: bool = False                     # sitemaps or a folder listed pages too
    _by_url: Mapping[str, Page] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_url", {p.url: p for p in self.pages})

    def page(self, url: str) -> Page | None:
        return self._by_url.get(url)

    def resolve(self, url: str) -> str:
        """Where a URL ends up after the redirects the crawl recorded (or the file it names,
        in a folder)."""
        target = self.targets.get(url)
        if target is None or target.final_url is None or target.status is None:
            return url
        return target.final_url
