"""Which HTML elements are boilerplate (navigation, footers, sidebars, cookie banners, tag
clouds, share bars) rather than the page's main content. Keyword counts and readability
measure main content only.

Two ways to decide:

- ``is_boilerplate(tag, name)``: the parser asks it of every element, so the split is on the
  Document from the start. It reads the element's name, ARIA role and label, and its class and
  id *tokens*: a token is boilerplate when one of its dash- or underscore-separated parts names
  navigation, a footer, a sidebar, a cookie notice, ... ("site-footer", "cookie_banner",
  "tagcloud"), unless the token is a layout modifier of the content itself ("has-sidebar",
  "with-sidebar", "sidebar-left", "no-sidebar"), which themes put on the main wrapper.
- ``select_main_content(document, selector)``: when the site's content area is known, a CSS
  selector (soupsieve) names it; blocks inside a matching element are main content, except
  boilerplate nested inside it, and everything else is not. It re-reads the HTML, so it costs a
  second parse and is meant for pages whose template the heuristics get wrong.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
import warnings

from bs4.element import Tag

from seokit.document import Document, Format

_BOILERPLATE_TAGS = frozenset({"nav", "footer", "aside"})
_BOILERPLATE_ROLES = frozenset({
    "navigation", "contentinfo", "banner", "complementary", "search", "dialog", "alertdialog",
})
# parts of a class or id token that name boilerplate ("site-footer" -> "footer")
_BOILERPLATE_PARTS = frozenset("""
    nav navbar navigation menu menubar megamenu footer sidebar sidenav widget widgets
    cookie cookies consent gdpr breadcrumb breadcrumbs tagcloud tags share sharing sharedaddy
    social masthead newsletter subscribe subscription popup modal advert advertisement ads
    adsense banner-ad related relatedposts yarpp pagination pager skiplink
""".split())
# two-part names that are boilerplate only together ("tag-cloud", "site-header")
_BOILERPLATE_PAIRS = frozenset({
    ("tag", "cloud"), ("tag", "list"), ("site", "header"), ("related", "posts"),
    ("post", "navigation"), ("entry", "footer"), ("cookie", "banner"), ("cc", "banner"),
    ("cc", "window"), ("author", "box"), ("skip", "link"),
})
# layout modifiers that themes put on the main content wrapper itself
_LAYOUT_PREFIXES = ("has", "with", "no", "is", "layout", "body", "content")
_LAYOUT_SUFFIXES = ("left", "right", "layout", "open", "active", "toggle", "collapsed", "none")
_LABELS = re.compile(r"\b(?:cookie|consent|breadcrumb|navigation|menu|share|social)", re.I)
_SPLIT = re.compile(r"[-_]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def attr(tag: Tag, name: str) -> str | None:
    value = tag.get(name)
    if value is None:
        return None
    if isinstance(value, list):
        return " ".join(value)
    return str(value)


def is_boilerplate(tag: Tag, name: str) -> bool:
    if name in _BOILERPLATE_TAGS:
        return True
    if name == "header" and tag.find_parent(["article", "main"]) is None:
        return True
    role = (attr(tag, "role") or "").strip().lower()
    if role in _BOILERPLATE_ROLES:
        return True
    if role == "main" or name in ("main", "article", "body"):
        return False
    label = attr(tag, "aria-label")
    if label and _LABELS.search(label):
        return True
    tokens = " ".join(filter(None, (attr(tag, "id"), attr(tag, "class")))).split()
    return any(is_boilerplate_name(token) for token in tokens)


def is_boilerplate_name(token: str) -> bool:
    """Whether one class or id token names boilerplate ("site-footer" yes, "has-sidebar" no)."""
    parts = [p for p in _SPLIT.split(_CAMEL.sub("-", token).lower()) if p]
    if not parts:
        return False
    hit = any(p in _BOILERPLATE_PARTS for p in parts) or any(
        pair in _BOILERPLATE_PAIRS for pair in itertools.pairwise(parts))
    if not hit:
        return False
    return not (len(parts) > 1 and (parts[0] in _LAYOUT_PREFIXES or parts[-1] in _LAYOUT_SUFFIXES))


def select_main_content(document: Document, selector: str) -> Document:
    """The document with ``Block.main`` set by a CSS selector for the content area.

    Blocks inside an element the selector matches are main content unless a boilerplate
    element lies between that element and the block; all other blocks are not. A selector
    that matches nothing leaves the document as it is (a template change must not silently
    empty every measurement). Only HTML documents have elements; others come back unchanged.
    An invalid selector raises ``seokit.errors.ConfigError``.
    """
    if document.format is not Format.HTML or not selector.strip():
        return document
    from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning
    from soupsieve import SelectorSyntaxError

    from seokit.errors import ConfigError

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        soup = BeautifulSoup(document.source, "lxml", multi_valued_attributes=None)
    try:
        chosen = soup.select(selector)
    except SelectorSyntaxError as exc:
        raise ConfigError("content selector", f"invalid CSS selector {selector!r}: "
                          f"{str(exc).splitlines()[0]}") from None
    if not chosen:
        return document
    ranges = _element_ranges(document.source, soup)
    inside: list[tuple[int, int]] = []
    excluded: list[tuple[int, int]] = []
    chosen_ids = {id(tag) for tag in chosen}
    for tag in chosen:
        if id(tag) in ranges and not any(id(p) in chosen_ids for p in tag.parents):
            inside.append(ranges[id(tag)])
            for child in tag.find_all(True):
                if id(child) in ranges and is_boilerplate(child, child.name.lower()):
                    excluded.append(ranges[id(child)])
    if not inside:
        return document
    inside, excluded = _merged(inside), _merged(excluded)
    blocks = tuple(
        dataclasses.replace(block, main=_covered(block.span.start, inside)
                            and not _covered(block.span.start, excluded))
        for block in document.blocks)
    return dataclasses.replace(document, blocks=blocks)


def _element_ranges(source: str, soup: Tag) -> dict[int, tuple[int, int]]:
    """Source ranges of elements: from where the start tag is found, reading the source in
    document order as the parser does, to where the next element after its subtree starts.
    One pass: a stack of open ancestors closes each element when the walk leaves its subtree."""
    lowered = source.lower()
    cursor = 0
    ranges: dict[int, tuple[int, int]] = {}
    open_elements: list[tuple[Tag, int | None]] = []

    def close(until: int) -> None:
        tag, start = open_elements.pop()
        if start is not None:
            ranges[id(tag)] = (start, until)

    for tag in soup.find_all(True):
        name = tag.name.lower()
        at = lowered.find("<" + name, cursor)
        while at != -1 and at + len(name) + 1 < len(lowered) and (
                lowered[at + len(name) + 1].isalnum() or lowered[at + len(name) + 1] in "-_:"):
            at = lowered.find("<" + name, at + 1)
        start = None if at == -1 else at  # None: implied by the parser (tbody) or not found
        if start is not None:
            cursor = start + 1
        here = start if start is not None else cursor
        while open_elements and open_elements[-1][0] is not tag.parent:
            close(here)
        open_elements.append((tag, start))
    while open_elements:
        close(len(source))
    return ranges


def _merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _covered(offset: int, merged: list[tuple[int, int]]) -> bool:
    i = bisect.bisect_right(merged, (offset, 1 << 62)) - 1
    return i >= 0 and merged[i][0] <= offset < merged[i][1]
