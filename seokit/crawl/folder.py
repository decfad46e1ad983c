"""An offline site: a folder of built HTML (a static site generator's output) served as URLs,
with no server. ``FolderFetcher`` answers like a static web server would: ``/a/`` is
``a/index.html``, ``/a`` redirects to ``/a/`` when ``a`` is a folder, ``/a`` is also ``a.html``
(pretty URLs; the answer then names the file's own URL as final, so each file is one page),
anything else is a 404.
"""

from __future__ import annotations

import mimetypes
import os
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, unquote, urljoin, urlsplit

from seokit.crawl.fetch import FetchResult, Follow, Hop
from seokit.crawl.urls import normalize_url
from seokit.errors import InputError
from seokit.sources import MAX_BYTES

DEFAULT_BASE = "http://localhost/"
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_CANONICAL = re.compile(r"""<link\b[^>]*\brel=["']?canonical["']?[^>]*>""", re.IGNORECASE)
_HREF = re.compile(r"""\bhref=["']?([^"'\s>]+)""", re.IGNORECASE)


class FolderFetcher:
    """Serves the files under ``root`` at ``base`` (an http(s) URL ending in ``/``)."""

    def __init__(self, root: Path, base: str, *, max_bytes: int = MAX_BYTES,
                 max_redirects: int = 10) -> None:
        self.root = root.resolve()
        self.base = base if base.endswith("/") else base + "/"
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.requests_made = 0

    def close(self) -> None:
        pass

    def __enter__(self) -> FolderFetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def set_delay(self, host: str, seconds: float) -> None:
        pass  # no server to be polite to

    def url_of(self, path: Path) -> str:
        """The URL a file is served at (``a/index.html`` at ``/a/``)."""
        relative = path.resolve().relative_to(self.root).as_posix()
        if relative == "index.html" or relative.endswith("/index.html"):
            relative = relative[: -len("index.html")]
        url = normalize_url(self.base + quote(relative))
        assert url is not None
        return url

    def file_of(self, url: str) -> Path | None:
        """The file behind a URL on this site, or None."""
        path = self._relative(url)
        if path is None:
            return None
        target = self._resolve(path)
        if target is not None and target.is_dir():
            target = target / "index.html"
        return target if target is not None and target.is_file() else None

    def html_files(self) -> Iterator[Path]:
        """Every HTML file of the site, in a stable order."""
        for dirpath, dirnames, filenames in os.walk(self.root):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                if name.lower().endswith(HTML_SUFFIXES):
                    yield Path(dirpath) / name

    def fetch(self, url: str, *, method: str = "GET", body_types: tuple[str, ...] = ("*",),
              follow: Follow | None = None) -> FetchResult:
        hops: list[Hop] = []
        current = url
        while True:
            self.requests_made += 1
            relative = self._relative(current)
            target = None if relative is None else self._resolve(relative)
            if target is not None and target.is_dir():
                index = target / "index.html"
                slash = normalize_url(current.split("?")[0] + "/")
                if not current.split("?")[0].endswith("/") and slash is not None:
                    hops.append(Hop(current, 301, slash))
                    if len(hops) > self.max_redirects:
                        return FetchResult(url, 301, slash, tuple(hops), error="too many redirects")
                    reason = follow(slash) if follow else None
                    if reason is not None:
                        return FetchResult(url, 301, slash, tuple(hops), method=method, stopped=reason)
                    current = slash
                    continue
                target = index if index.is_file() else None
            if target is None or not target.is_file():
                return FetchResult(url, 404, current, tuple(hops), {"content-type": "text/html"},
                                   method=method)
            # one file, one URL: /contact (served from contact.html) and /a/index.html are
            # the pages /contact.html and /a/, so the crawl stores and counts each file once
            current = self.url_of(target)
            media = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
            headers = {"content-type": media}
            size = target.stat().st_size
            if size > self.max_bytes:
                return FetchResult(url, 200, current, tuple(hops), headers, method=method,
                                   error=f"larger than {self.max_bytes:,} bytes")
            body = None
            if method != "HEAD" and ("*" in body_types or media.startswith(body_types)):
                body = target.read_bytes()
            return FetchResult(url, 200, current, tuple(hops), headers, body, method=method)

    def _relative(self, url: str) -> str | None:
        base = urlsplit(self.base)
        parts = urlsplit(url)
        if (parts.scheme, parts.netloc) != (base.scheme, base.netloc):
            return None
        path = unquote(parts.path)
        if not path.startswith(base.path):
            return None
        return path[len(base.path):]

    def _resolve(self, relative: str) -> Path | None:
        """The existing file or folder for a path below the root (pretty URLs tried too);
        None for anything that would leave the root."""
        candidate = (self.root / relative).resolve()
        if not candidate.is_relative_to(self.root):
            return None  # a symlink or "..": never serve outside the folder
        if candidate.exists():
            return candidate
        if relative and not relative.endswith("/"):
            for suffix in HTML_SUFFIXES:
                pretty = candidate.with_name(candidate.name + suffix)
                if pretty.is_file():
                    return pretty
        return None


def base_url_for(root: Path) -> str:
    """The site's address, from the canonical link of its home page when it has an absolute
    one, else ``http://localhost/``: links to the real domain then count as internal."""
    index = root / "index.html"
    if not index.is_file():
        return DEFAULT_BASE
    head = index.read_text(encoding="utf-8", errors="replace")[:65536]
    for tag in _CANONICAL.findall(head):
        match = _HREF.search(tag)
        if match:
            canonical = normalize_url(urljoin(DEFAULT_BASE, match.group(1)))
            if canonical and not match.group(1).startswith("/"):
                parts = urlsplit(canonical)
                return f"{parts.scheme}://{parts.netloc}/"
    return DEFAULT_BASE


def check_folder(root: Path) -> Path:
    if not root.is_dir():
        raise InputError(str(root), "is not a folder")
    if not any(True for _ in FolderFetcher(root, DEFAULT_BASE).html_files()):
        raise InputError(str(root), "has no HTML files to crawl")
    return root
