"""Links: what each link points at (internal, external, same-page fragment, mail, phone, script),
rel flags, outbound domains, link density, and whether same-page fragments have a target.

Offline by design: nothing here resolves a host or fetches a page, so ``status`` stays null
until a link checker fills it.
"""

from __future__ import annotations

import bisect
import enum
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urlsplit

from seokit.context import Context
from seokit.document import Document, Format, Link
from seokit.pickling import quick_pickle
from seokit.text.fragments import fragment_targets
from seokit.text.scripts import letter_counts, script_runs
from seokit.text.tokens import count_tokens

# Browsers drop these before reading a URL's scheme (WHATWG URL standard), so
# "java\tscript:alert(1)" is still a javascript: link.
_URL_NOISE = re.compile(r"[\t\n\r]")
_EDGE_NOISE = "".join(chr(c) for c in range(0x21))
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")
_LINK_CLOSE = re.compile(r"</a\s*>", re.IGNORECASE)
_LINK_WINDOW = 65536  # how far an image-only HTML link's closing tag is looked for
_DEFAULT_PORTS = {"http": 80, "https": 443}
QUALIFIERS = ("nofollow", "sponsored", "ugc")


class LinkKind(enum.StrEnum):
    INTERNAL = "internal"
    EXTERNAL = "external"
    FRAGMENT = "fragment"
    MAILTO = "mailto"
    TEL = "tel"
    JAVASCRIPT = "javascript"
    OTHER = "other"


@quick_pickle
@dataclass(frozen=True, slots=True)
class LinkInfo:
    """One link and what was measured about it.

    ``scheme`` is the href's own scheme ("" for a relative href). ``host`` is the target's host
    for web links, without a leading ``www.``. ``error`` says why an href is not a usable URL
    (empty, or malformed). ``fragment`` is the decoded target id of a same-page link and
    ``target_found`` whether the page has it (None when not a checkable fragment).
    ``images`` are the indices into ``Document.images`` of the images a link without text wraps.
    ``script`` is the writing system most of the link text's letters are in (None without
    letters). ``status`` and ``check`` stay None until a link checker requested the target
    (``seokit links --check``): then the final HTTP status and the redirect chain.
    """

    link: Link
    kind: LinkKind
    main: bool | None
    scheme: str
    host: str | None = None
    error: str | None = None
    fragment: str | None = None
    target_found: bool | None = None
    images: tuple[int, ...] = ()
    script: str | None = None
    status: int | None = None
    check: Mapping[str, Any] | None = None

    def to_json(self, document: Document) -> dict[str, Any]:
        location = document.locate(self.link.span) if self.link.span is not None else None
        out: dict[str, Any] = {
            "url": self.link.url, "href": self.link.href, "text": self.link.text,
            "rel": list(self.link.rel), "kind": self.kind.value, "status": self.status,
            "line": location.line if location else None,
            "column": location.column if location else None,
            "main": self.main, "has_image": self.link.has_image,
        }
        if self.error is not None:
            out["error"] = self.error
        if self.kind is LinkKind.FRAGMENT:
            out["target_found"] = self.target_found
        if self.script is not None:
            out["script"] = self.script
        if self.check is not None:
            out["check"] = dict(self.check)
        return out


@dataclass(frozen=True, slots=True)
class LinkStats:
    """Every link of a document, classified, with page-level counts.

    ``page_url`` is the address links are judged against: the document URL, or failing that
    its absolute canonical URL. ``per_100_words`` is links in main content per 100 words of
    main text (None when there is no main text).
    """

    items: tuple[LinkInfo, ...]
    page_url: str | None
    internal: int
    external: int
    nofollow: int
    sponsored: int
    ugc: int
    domains: tuple[str, ...]
    main_words: int
    main_links: int
    per_100_words: float | None

    def count(self, kind: LinkKind) -> int:
        return sum(1 for item in self.items if item.kind is kind)

    def rel_summary(self) -> dict[str, dict[str, int]]:
        """How many internal and external links carry each of nofollow, sponsored and ugc
        (the qualifiers search engines read as "do not pass value")."""
        out: dict[str, dict[str, int]] = {}
        for kind in (LinkKind.INTERNAL, LinkKind.EXTERNAL):
            links = [item for item in self.items if item.kind is kind]
            out[kind.value] = {"total": len(links), **{
                rel: sum(1 for item in links if rel in _rels(item.link)) for rel in QUALIFIERS}}
        return out

    def to_json(self, document: Document) -> dict[str, Any]:
        return {
            "internal": self.internal, "external": self.external, "nofollow": self.nofollow,
            "sponsored": self.sponsored, "ugc": self.ugc, "rel_summary": self.rel_summary(),
            "kinds": {kind.value: self.count(kind) for kind in LinkKind},
            "domains": list(self.domains), "page_url": self.page_url,
            "main_words": self.main_words, "main_links": self.main_links,
            "per_100_words": None if self.per_100_words is None else round(self.per_100_words, 2),
            "items": [item.to_json(document) for item in self.items],
        }


def analyze_links(ctx: Context) -> LinkStats:
    doc = ctx.document
    page_url = _page_url(doc)
    page_site = _site(page_url) if page_url else None
    page_without_fragment = page_url.split("#", 1)[0] if page_url else None
    wrapped = _wrapped_images(doc)
    targets: frozenset[str] | None = None
    items: list[LinkInfo] = []
    for number, link in enumerate(doc.links):
        info = _classify(link, page_site, page_without_fragment)
        main = doc.blocks[link.block].main if link.block is not None else None
        fragment, found = info.fragment, None
        if info.kind is LinkKind.FRAGMENT and fragment is not None and _checkable(fragment):
            if targets is None:  # only pages with fragment links pay for the id scan
                targets = fragment_targets(doc)
            found = _target_exists(fragment, targets, doc.format)
        items.append(LinkInfo(
            link, info.kind, main, info.scheme, info.host, info.error, fragment, found,
            wrapped.get(number, ()), anchor_script(link.text)))
    main_words = sum(count_tokens(block.text) for block in doc.text_blocks(main_only=True))
    main_links = sum(1 for item in items if item.main)
    return LinkStats(
        items=tuple(items),
        page_url=page_url,
        internal=sum(1 for item in items if item.kind is LinkKind.INTERNAL),
        external=sum(1 for item in items if item.kind is LinkKind.EXTERNAL),
        nofollow=sum(1 for item in items if "nofollow" in _rels(item.link)),
        sponsored=sum(1 for item in items if "sponsored" in _rels(item.link)),
        ugc=sum(1 for item in items if "ugc" in _rels(item.link)),
        domains=tuple(sorted({item.host for item in items
                              if item.kind is LinkKind.EXTERNAL and item.host})),
        main_words=main_words,
        main_links=main_links,
        per_100_words=100.0 * main_links / main_words if main_words else None,
    )


def _rels(link: Link) -> frozenset[str]:
    return frozenset(r.lower() for r in link.rel)


def anchor_script(text: str) -> str | None:
    """The script most of the text's letters are written in (ties: the first one met)."""
    counts = letter_counts(script_runs(text))
    if not counts:
        return None
    return str(max(counts.items(), key=lambda pair: pair[1])[0])


def clean_href(href: str) -> str:
    """The href as a browser reads it: no surrounding controls or spaces, no tabs or newlines."""
    return _URL_NOISE.sub("", href.strip(_EDGE_NOISE))


def href_scheme(href: str) -> str:
    """The lower-case scheme of an href, or "" when it is relative."""
    match = _SCHEME.match(clean_href(href))
    return match.group(1).lower() if match else ""


def _page_url(doc: Document) -> str | None:
    for candidate in (doc.url, doc.meta.canonical):
        if candidate and href_scheme(candidate) in _DEFAULT_PORTS and _site(candidate):
            return candidate
    return None


def _site(url: str) -> tuple[str, int | None] | None:
    """Host (lower case, IDNA, no ``www.``) and non-default port; None when malformed."""
    try:
        parts = urlsplit(url)
        host, port = parts.hostname, parts.port
    except ValueError:
        return None
    if not host:
        return None
    host = host.rstrip(".")
    try:
        host = host.encode("idna").decode("ascii")
    except UnicodeError:
        pass  # not valid IDNA: compare the host as written
    if host.startswith("www."):
        host = host[4:]
    scheme = parts.scheme.lower() or "https"
    return host, None if port == _DEFAULT_PORTS.get(scheme) else port


@dataclass(frozen=True, slots=True)
class _Classified:
    kind: LinkKind
    scheme: str
    host: str | None = None
    error: str | None = None
    fragment: str | None = None


def _classify(link: Link, page_site: tuple[str, int | None] | None,
              page_without_fragment: str | None) -> _Classified:
    href = clean_href(link.href)
    if not href:
        return _Classified(LinkKind.OTHER, "", error="empty href")
    if href.startswith("#"):
        return _Classified(LinkKind.FRAGMENT, "", fragment=unquote(href[1:]))
    scheme = href_scheme(href)
    if scheme in ("mailto", "tel", "javascript"):
        return _Classified(LinkKind(scheme), scheme)
    if scheme and scheme not in _DEFAULT_PORTS:
        return _Classified(LinkKind.OTHER, scheme)
    if not scheme and not href.startswith("//"):
        return _relative(link, page_without_fragment)
    absolute = href if scheme else f"{_scheme_of(page_without_fragment)}:{href}"
    site = _site(absolute)
    if site is None:
        return _Classified(LinkKind.OTHER, scheme, error="malformed URL")
    host = site[0] + (f":{site[1]}" if site[1] is not None else "")
    if page_site is None or site != page_site:
        return _Classified(LinkKind.EXTERNAL, scheme, host)
    if page_without_fragment and "#" in absolute \
            and absolute.split("#", 1)[0] == page_without_fragment:
        return _Classified(LinkKind.FRAGMENT, scheme, host, fragment=unquote(
            absolute.split("#", 1)[1]))
    return _Classified(LinkKind.INTERNAL, scheme, host)


def _relative(link: Link, page_without_fragment: str | None) -> _Classified:
    url = link.url
    if page_without_fragment and url and "#" in url and url.split("#", 1)[0] == \
            page_without_fragment:  # "page.html#top" written on page.html itself
        return _Classified(LinkKind.FRAGMENT, "", fragment=unquote(url.split("#", 1)[1]))
    return _Classified(LinkKind.INTERNAL, "")


def _scheme_of(url: str | None) -> str:
    return href_scheme(url) if url else "https"


def _checkable(fragment: str) -> bool:
    """Empty and "top" fragments always work (HTML spec); "#/route" and "#!x" are app routes."""
    return bool(fragment) and fragment.lower() != "top" and fragment[0] not in "/!"


def _target_exists(fragment: str, targets: frozenset[str], fmt: Format) -> bool:
    if fragment in targets:
        return True
    # Markdown renderers lower-case their heading ids; HTML ids are matched exactly.
    return fmt is Format.MARKDOWN and fragment.lower() in targets


def _wrapped_images(doc: Document) -> dict[int, tuple[int, ...]]:
    """The images each link without text wraps, by link index.

    The document model does not record which link an image sits in, so this pairs them by
    position: the first image after the link's opening is inside it; in HTML, so is every
    further image before the closing ``</a>``.
    """
    placed = sorted((image.span.start, i) for i, image in enumerate(doc.images)
                    if image.span is not None)
    starts = [start for start, _ in placed]
    link_starts = sorted(link.span.start for link in doc.links if link.span is not None)
    wrapped: dict[int, tuple[int, ...]] = {}
    for number, link in enumerate(doc.links):
        if link.text or not link.has_image or link.span is None:
            continue
        at = bisect.bisect_left(starts, link.span.start)
        if at == len(placed):
            continue
        inside = [placed[at][1]]
        if doc.format is Format.HTML:
            # links do not nest, so the closing tag comes before the next link starts
            following = bisect.bisect_right(link_starts, link.span.start)
            limit = min(link_starts[following] if following < len(link_starts)
                        else len(doc.source), link.span.start + _LINK_WINDOW)
            close = _LINK_CLOSE.search(doc.source, link.span.start, limit)
            end = close.start() if close else placed[at][0] + 1
            at += 1
            while at < len(placed) and placed[at][0] < end:
                inside.append(placed[at][1])
                at += 1
        wrapped[number] = tuple(inside)
    return wrapped
