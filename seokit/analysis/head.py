"""The tags of an HTML page's head that on-page checks need, each with its place in the source.

``Document.meta`` keeps one value per kind (the first canonical, the robots directives); the
checks also need every occurrence and where it is (a second canonical, a relative one, the
line of a noindex), so the source is scanned once, linearly, for ``<meta>``, ``<link>``,
``<html>`` and JSON-LD ``<script>`` elements. Comments and the contents of raw-text elements
(script, style, template, noscript, textarea) are skipped, as a browser would not read tags
there.

X-Robots-Tag HTTP headers come from the fetch, not the source: ``robots_directives`` reads
them when the document carries them (``Meta.x_robots_tag``, a tuple of header values).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from seokit.document import Document, Format, Span
from seokit.parse.links import resolve

_SCAN = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<(script|style|template|noscript|textarea)(?=[\s/>])([^>]*)>(.*?)(?:</\1\s*>|\Z)"
    r"|<(meta|link|html|base)(?=[\s/>])([^>]*)>",
    re.IGNORECASE | re.DOTALL,
)
# unquoted values may hold "=" ("content=width=device-width"): a parse error browsers forgive
_ATTRIBUTE = re.compile(
    r"""([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>`]+)))?""")
# the robots meta names Google documents: robots for every crawler, googlebot for its own
ROBOTS_NAMES = ("robots", "googlebot")


@dataclass(frozen=True, slots=True)
class HeadTag:
    """One ``<meta>``, ``<link>`` or ``<html>`` tag: lower-case name, attributes as written
    (names lower-cased, values unescaped; the first of a repeated attribute wins)."""

    name: str
    attributes: tuple[tuple[str, str], ...]
    span: Span

    def get(self, attribute: str) -> str | None:
        return next((v for k, v in self.attributes if k == attribute), None)

    @property
    def rel(self) -> frozenset[str]:
        return frozenset((self.get("rel") or "").lower().split())


@dataclass(frozen=True, slots=True)
class JsonLdScript:
    """A ``<script type="application/ld+json">``: its text and where the text starts."""

    text: str
    span: Span  # the script element's start tag
    content_start: int


@dataclass(frozen=True, slots=True)
class HeadScan:
    tags: tuple[HeadTag, ...]
    json_ld: tuple[JsonLdScript, ...]

    def meta(self, name: str) -> tuple[HeadTag, ...]:
        """``<meta name=...>`` tags (or ``property=...``, as Open Graph writes them)."""
        return tuple(t for t in self.tags if t.name == "meta" and name in (
            (t.get("name") or "").strip().lower(), (t.get("property") or "").strip().lower()))

    def links(self, rel: str) -> tuple[HeadTag, ...]:
        return tuple(t for t in self.tags if t.name == "link" and rel in t.rel)

    def meta_prefixed(self, prefix: str) -> tuple[HeadTag, ...]:
        return tuple(t for t in self.tags if t.name == "meta" and (
            (t.get("name") or "").strip().lower().startswith(prefix)
            or (t.get("property") or "").strip().lower().startswith(prefix)))


def scan_head(doc: Document) -> HeadScan:
    if doc.format is not Format.HTML:
        return HeadScan((), ())
    tags: list[HeadTag] = []
    scripts: list[JsonLdScript] = []
    for match in _SCAN.finditer(doc.source):
        if match.group(1) is not None:
            if match.group(1).lower() == "script":
                kind = dict(_attributes(match.group(2))).get("type", "")
                if kind.strip().lower() == "application/ld+json":
                    scripts.append(JsonLdScript(
                        match.group(3), Span(match.start(), match.start(3)), match.start(3)))
        elif match.group(4) is not None:
            tags.append(HeadTag(match.group(4).lower(), _attributes(match.group(5)),
                                Span(match.start(), match.end())))
    return HeadScan(tuple(tags), tuple(scripts))


def _attributes(raw: str) -> tuple[tuple[str, str], ...]:
    seen: set[str] = set()
    out: list[tuple[str, str]] = []
    for match in _ATTRIBUTE.finditer(raw):
        name = match.group(1).lower()
        if name in seen:
            continue
        seen.add(name)
        value = next((g for g in match.groups()[1:] if g is not None), "")
        out.append((name, html.unescape(value)))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class RobotsDirective:
    """One robots directive ("noindex") and where it was given: a meta tag (with its span) or
    the X-Robots-Tag header (no span)."""

    directive: str
    source: str  # "meta robots", "meta googlebot" or "X-Robots-Tag"
    span: Span | None


def robots_directives(scan: HeadScan, headers: tuple[str, ...]) -> tuple[RobotsDirective, ...]:
    """Directives for every crawler and for Googlebot, from meta tags and X-Robots-Tag headers.

    A header value may name a user agent first ("googlebot: noindex"); values for other user
    agents are ignored, as are "unavailable_after" dates and snippet settings, which do not
    decide indexing.
    """
    found: list[RobotsDirective] = []
    for name in ROBOTS_NAMES:
        for tag in scan.meta(name):
            for part in (tag.get("content") or "").split(","):
                if part.strip():
                    found.append(RobotsDirective(part.strip().lower(), f"meta {name}", tag.span))
    for value in headers:
        agent: str | None = None
        for part in value.split(","):
            token = part.strip()
            head, colon, rest = token.partition(":")
            if colon and " " not in head.strip() and head.strip().lower() not in (
                    "unavailable_after", "max-snippet", "max-image-preview", "max-video-preview"):
                agent, token = head.strip().lower(), rest.strip()
            if token and (agent is None or agent in ROBOTS_NAMES):
                found.append(RobotsDirective(token.lower(), "X-Robots-Tag", None))
    # in document order, the header (which comes before any byte of the page) first
    found.sort(key=lambda d: -1 if d.span is None else d.span.start)
    return tuple(found)


@dataclass(frozen=True, slots=True)
class Canonical:
    """A ``<link rel="canonical">``: the href as written and resolved against the page."""

    href: str
    url: str | None
    span: Span

    @property
    def absolute(self) -> bool:
        return re.match(r"(?i)https?://[^/\s]", self.href.strip()) is not None


@dataclass(frozen=True, slots=True)
class HeadInfo:
    canonicals: tuple[Canonical, ...]
    robots: tuple[RobotsDirective, ...]
    viewport: tuple[HeadTag, ...]
    keywords: tuple[HeadTag, ...]
    open_graph: tuple[HeadTag, ...]
    twitter: tuple[HeadTag, ...]
    json_ld: tuple[JsonLdScript, ...]
    base: str | None = None  # the absolute <base href>, when the page has one

    def has_directive(self, *names: str) -> RobotsDirective | None:
        """The first directive among ``names`` ("none" means noindex, nofollow)."""
        return next((d for d in self.robots if d.directive in names), None)

    def property_value(self, tags: tuple[HeadTag, ...], name: str) -> str | None:
        for tag in tags:
            if name in ((tag.get("property") or "").strip().lower(),
                        (tag.get("name") or "").strip().lower()):
                return (tag.get("content") or "").strip()
        return None


def head_info(doc: Document) -> HeadInfo:
    scan = scan_head(doc)
    base = doc.url
    declared = None
    for tag in scan.tags:
        if tag.name == "base" and tag.get("href"):
            declared = resolve(doc.url, (tag.get("href") or "").strip())
            base = declared or base
            break
    canonicals = tuple(
        Canonical((t.get("href") or "").strip(), resolve(base, (t.get("href") or "").strip()),
                  t.span)
        for t in scan.links("canonical"))
    headers = tuple(getattr(doc.meta, "x_robots_tag", ()) or ())
    return HeadInfo(
        canonicals=canonicals, robots=robots_directives(scan, headers),
        viewport=scan.meta("viewport"), keywords=scan.meta("keywords"),
        open_graph=scan.meta_prefixed("og:"), twitter=scan.meta_prefixed("twitter:"),
        json_ld=scan.json_ld,
        base=declared if declared and declared.lower().startswith(("http://", "https://"))
        else None)


def head_json(head: HeadInfo, where: Callable[[Span | None], dict[str, Any]]) -> dict[str, Any]:
    """The head's part of the structure analysis's JSON."""

    def value(tags: tuple[HeadTag, ...], name: str) -> str | None:
        return head.property_value(tags, name)

    return {
        "canonicals": [{"href": c.href, "url": c.url, "absolute": c.absolute, **where(c.span)}
                       for c in head.canonicals],
        "robots_directives": [{"directive": d.directive, "source": d.source, **where(d.span)}
                              for d in head.robots],
        "viewport": value(head.viewport, "viewport"),
        "meta_keywords": value(head.keywords, "keywords"),
        "open_graph_tags": {t: value(head.open_graph, f"og:{t}")
                            for t in ("title", "type", "image", "url", "description")},
        "twitter": {t: value(head.twitter, f"twitter:{t}")
                    for t in ("card", "title", "description", "image")},
    }


def json_ld_error_position(text: str) -> int:
    """Where in a JSON-LD script's text parsing fails (0 when it does not)."""
    stripped = len(text) - len(text.lstrip())
    try:
        json.loads(text.strip())
    except json.JSONDecodeError as exc:
        return stripped + exc.pos
    except (ValueError, RecursionError):
        pass
    return stripped
