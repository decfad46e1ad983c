"""Resolving link targets against the page's base URL."""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit


def resolve(base: str | None, href: str) -> str | None:
    """The absolute URL of ``href``, or None when it cannot be known (no base, or not a URL)."""
    href = href.strip()
    if not href:
        return None
    try:
        scheme = urlsplit(href).scheme.lower()
    except ValueError:  # "http://[::1" and other malformed URLs
        return None
    if scheme:
        return href
    if href.startswith("//"):
        base_scheme = urlsplit(base).scheme if base else ""
        return f"{base_scheme or 'https'}:{href}"
    if base and urlsplit(base).scheme in ("http", "https", "file"):
        try:
            return urljoin(base, href)
        except ValueError:
            return None
    return None
