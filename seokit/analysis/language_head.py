"""What an HTML page says about its language besides ``<html lang>``: ``og:locale``, the
``Content-Language`` meta header, and its hreflang alternates, each checked as written.

The parsed ``Meta`` keeps hreflang URLs resolved against the page, which hides the relative
ones search engines reject, and it does not keep ``http-equiv`` headers; so the ``<link>`` and
``<meta>`` tags of the head are read here from the source, once, with their source spans (a CI
annotation then points at the offending line). The scan stops at ``<body``: linear, and only
the head is searched.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from seokit.document import Document, Format, Span
from seokit.text.langid import is_valid_tag, primary_language

_TAG = re.compile(r"<(link|meta)\b([^>]*)>", re.IGNORECASE)
_ATTR = re.compile(r"""([\w:-]+)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?""")
_BODY = re.compile(r"<body\b", re.IGNORECASE)
X_DEFAULT = "x-default"


@dataclass(frozen=True, slots=True)
class Alternate:
    """One ``<link rel="alternate" hreflang>``: the code and href as written, the absolute URL
    (None when the href is relative and the page's own URL is unknown), and where it is."""

    hreflang: str
    href: str
    url: str | None
    span: Span
    valid: bool  # a BCP 47 tag or x-default
    relative: bool  # search engines require absolute URLs here


@dataclass(frozen=True, slots=True)
class Declaration:
    """A language the page declares: where (``html``, ``og:locale``, ``content-language``,
    ``front-matter``), the value as written, and its primary language (None if malformed)."""

    source: str
    value: str
    language: str | None


def _attributes(text: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for match in _ATTR.finditer(text):
        name = match.group(1).lower()
        value = next((g for g in match.groups()[1:] if g is not None), "")
        found.setdefault(name, html.unescape(value).strip())
    return found


def head_tags(doc: Document) -> list[tuple[str, dict[str, str], Span]]:
    """The ``<link>`` and ``<meta>`` tags before ``<body``, with their attributes and spans."""
    if doc.format is not Format.HTML:
        return []
    body = _BODY.search(doc.source)
    end = body.start() if body else len(doc.source)
    return [(m.group(1).lower(), _attributes(m.group(2)), Span(m.start(), m.end()))
            for m in _TAG.finditer(doc.source, 0, end)]


def alternates(doc: Document, tags: list[tuple[str, dict[str, str], Span]]) -> tuple[Alternate, ...]:
    out = []
    for name, attrs, span in tags:
        rels = attrs.get("rel", "").lower().split()
        if name != "link" or "alternate" not in rels or "hreflang" not in attrs:
            continue
        code, href = attrs["hreflang"], attrs.get("href", "")
        parts = urlsplit(href)
        relative = not (parts.scheme and parts.netloc)
        url = href if not relative else (urljoin(doc.url, href) if doc.url else None)
        valid = code.lower() == X_DEFAULT or bool(code and is_valid_tag(code))
        out.append(Alternate(code, href, url, span, valid, relative))
    return tuple(out)


def declarations(doc: Document, tags: list[tuple[str, dict[str, str], Span]]) -> tuple[Declaration, ...]:
    found: list[Declaration] = []
    if doc.meta.lang:
        source = "html" if doc.format is Format.HTML else "front-matter"
        found.append(Declaration(source, doc.meta.lang, primary_language(doc.meta.lang)))
    for prop, content in doc.meta.open_graph:
        if prop == "og:locale" and content.strip():
            found.append(Declaration("og:locale", content.strip(), primary_language(content)))
    for name, attrs, _ in tags:
        if name == "meta" and attrs.get("http-equiv", "").lower() == "content-language":
            # the header may list several languages; the first is the page's main one
            value = attrs.get("content", "").split(",")[0].strip()
            if value:
                found.append(Declaration("content-language", value, primary_language(value)))
    return tuple(found)


def page_urls(doc: Document) -> frozenset[str]:
    """The URLs this page is known by (its own and its canonical), normalised for comparison."""
    return frozenset(normalise_url(u) for u in (doc.url, doc.meta.canonical) if u)


def normalise_url(url: str) -> str:
    parts = urlsplit(url)
    path = parts.path or "/"
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}{path}" + (
        f"?{parts.query}" if parts.query else "")
