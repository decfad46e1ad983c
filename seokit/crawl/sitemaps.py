"""XML sitemaps (sitemaps.org 0.9): URL sets, sitemap indexes, gzip-compressed files.

Parsed with lxml without entity expansion or network access (a sitemap is untrusted input), and
decompressed with a size limit so a small .gz cannot expand into gigabytes.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from dataclasses import dataclass, field

from seokit.crawl.fetch import FetchResult

GZIP_MAGIC = b"\x1f\x8b"
MAX_SITEMAPS = 200           # sitemap files read per crawl
MAX_SITEMAP_BYTES = 50 * 1024 * 1024  # the protocol's own limit for one uncompressed file


@dataclass(frozen=True, slots=True)
class Sitemap:
    """One sitemap file that was read: its URLs (``pages``) or, for an index, its child
    sitemaps, or why it could not be used."""

    url: str
    status: int | None
    pages: tuple[str, ...] = ()
    children: tuple[str, ...] = ()
    error: str | None = None


@dataclass(slots=True)
class SitemapSet:
    """Every sitemap reached from the starting ones, and their page URLs in order of
    appearance (without repeats)."""

    sitemaps: list[Sitemap] = field(default_factory=list)
    pages: list[str] = field(default_factory=list)


def parse_sitemap(url: str, data: bytes) -> Sitemap:
    """Page URLs (``<urlset>``) or child sitemaps (``<sitemapindex>``) of one file."""
    from lxml import etree

    if data.startswith(GZIP_MAGIC):
        try:
            data = gunzip(data, MAX_SITEMAP_BYTES)
        except ValueError as exc:
            return Sitemap(url, 200, error=str(exc))
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True,
                             huge_tree=False, remove_comments=True)
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as exc:
        return Sitemap(url, 200, error=f"not XML ({exc})")
    if root is None:
        return Sitemap(url, 200, error="not XML")
    kind = etree.QName(root).localname
    locs = []
    for element in root.iter():
        if isinstance(element.tag, str) and etree.QName(element).localname == "loc":
            text = (element.text or "").strip()
            if text:
                locs.append(text)
    if kind == "sitemapindex":
        return Sitemap(url, 200, children=tuple(locs))
    if kind == "urlset":
        return Sitemap(url, 200, pages=tuple(locs))
    return Sitemap(url, 200, error=f"<{kind}> is neither a urlset nor a sitemapindex")


def gunzip(data: bytes, limit: int) -> bytes:
    """Decompress gzip data, refusing more than ``limit`` bytes of output."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error as exc:
        raise ValueError(f"broken gzip data ({exc})") from None
    if len(out) > limit:
        raise ValueError(f"expands to more than {limit:,} bytes")
    return out


def read_sitemaps(starts: list[str], fetch: Callable[[str], FetchResult | None],
                  accept: Callable[[str], str | None], *, max_sitemaps: int = MAX_SITEMAPS,
                  max_pages: int | None = None) -> SitemapSet:
    """Read the sitemaps breadth-first from ``starts``, following indexes. ``fetch`` returns
    None for a sitemap it must not request (robots.txt, outside the crawl); ``accept``
    normalises a listed URL, or returns None for one that is off the site."""
    result = SitemapSet()
    queue = list(dict.fromkeys(starts))
    seen = set(queue)
    listed: set[str] = set()
    while queue and len(result.sitemaps) < max_sitemaps:
        url = queue.pop(0)
        fetched = fetch(url)
        if fetched is None:
            result.sitemaps.append(Sitemap(url, None, error="not fetched (robots.txt or outside the crawl)"))
            continue
        if fetched.status != 200 or fetched.body is None:
            problem = fetched.error or f"HTTP {fetched.status}"
            result.sitemaps.append(Sitemap(url, fetched.status, error=problem))
            continue
        sitemap = parse_sitemap(url, fetched.body)
        result.sitemaps.append(sitemap)
        for child in sitemap.children:
            normalized = accept(child)
            if normalized is not None and normalized not in seen:
                seen.add(normalized)
                queue.append(normalized)
        for page in sitemap.pages:
            normalized = accept(page)
            if normalized is not None and normalized not in listed:
                if max_pages is not None and len(result.pages) >= max_pages:
                    break
                listed.add(normalized)
                result.pages.append(normalized)
    return result
