"""HTML via beautifulsoup4 with lxml: head metadata, text blocks, links and images."""

from __future__ import annotations

import functools
import re
import warnings
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning
from bs4.element import Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag

from seokit.document import Block, BlockKind, Document, Format, Image, Link, Meta, Span
from seokit.parse.align import TextBuilder, collapse
from seokit.parse.boilerplate import attr as _attr
from seokit.parse.boilerplate import is_boilerplate
from seokit.parse.links import resolve

_BLOCK_KINDS = {
    **{f"h{n}": BlockKind.HEADING for n in range(1, 7)},
    "p": BlockKind.PARAGRAPH, "li": BlockKind.LIST_ITEM, "dt": BlockKind.LIST_ITEM,
    "dd": BlockKind.LIST_ITEM, "td": BlockKind.TABLE_CELL, "th": BlockKind.TABLE_CELL,
    "blockquote": BlockKind.QUOTE, "pre": BlockKind.CODE, "figcaption": BlockKind.PARAGRAPH,
    "caption": BlockKind.PARAGRAPH,
}
_INLINE = frozenset(
    "a abbr b bdi bdo cite code data del dfn em font i ins kbd label mark q s samp small span "
    "strong sub sup time tt u var wbr img br".split()
)
# inline elements whose text is code, commands or keys: not prose of any language
_CODE_INLINE = frozenset("code kbd samp tt var".split())
_SKIP = frozenset(
    "script style noscript template svg math head iframe object embed select option textarea "
    "button canvas video audio map".split()
)
_SKIP_STRINGS = (Comment, Declaration, Doctype, ProcessingInstruction)
_TAG_SEARCH_WINDOW = 65536
# deeper nesting than this is not a real article; its text is read flat (no recursion limit)
MAX_DEPTH = 200
_META_DESCRIPTION = re.compile(
    r"<meta\b[^>]*?\bname\s*=\s*[\"']?description\b[^>]*>", re.IGNORECASE)


@functools.lru_cache(maxsize=128)
def _tag_pattern(name: str) -> re.Pattern[str]:
    return re.compile(rf"<{re.escape(name)}(?=[\s/>])", re.IGNORECASE)


def parse_html(source: str, *, path: str | None = None, url: str | None = None) -> Document:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        # attributes stay strings ("a b", not ["a", "b"]): splitting class, rel and the rest
        # of every tag costs bs4 a tenth of its build time, and ``attr`` reads both alike
        soup = BeautifulSoup(source, "lxml", multi_valued_attributes=None)
    head = _head_tags(soup)
    base = url
    base_tag = next((t for t in head["base"] if t.has_attr("href")), None)
    if base_tag is not None:
        base = resolve(url, str(base_tag["href"])) or base
    meta = _meta(head, source, base)
    walker = _Walker(source, base)
    root = soup.body or soup
    walker.walk(root, _Context(lang=meta.lang, main=True, quote=False))
    walker.flush()
    return Document(source, Format.HTML, meta, tuple(walker.blocks), tuple(walker.links),
                    tuple(walker.images), path=path, url=url)


def _head_tags(soup: BeautifulSoup) -> dict[str, list[Tag]]:
    """The tags page information comes from, by name, in document order: one pass over the
    tree instead of one search per kind (each a walk over every element of the page)."""
    by_name: dict[str, list[Tag]] = {
        "base": [], "title": [], "meta": [], "link": [], "script": [], "html": []}
    for found in soup.find_all(list(by_name)):
        by_name[found.name].append(found)
    return by_name


def _meta(by_name: dict[str, list[Tag]], source: str, base: str | None) -> Meta:
    title_tag = by_name["title"][0] if by_name["title"] else None
    title = collapse(title_tag.get_text()).strip() if isinstance(title_tag, Tag) else None
    title_span = None
    if title:
        at = _tag_pattern("title").search(source)
        if at:
            close = source.find(">", at.end())
            start = close + 1 if close != -1 else at.end()
            end = source.lower().find("</title", start)
            title_span = Span(start, end if end != -1 else len(source))
    description = robots = None
    open_graph: list[tuple[str, str]] = []
    charset = None
    for tag in by_name["meta"]:
        name = (_attr(tag, "name") or "").lower()
        prop = (_attr(tag, "property") or "").lower()
        content = _attr(tag, "content")
        if name == "description" and content is not None and description is None:
            description = collapse(content).strip()
        elif name == "robots" and content:
            robots = tuple(part.strip().lower() for part in content.split(",") if part.strip())
        elif prop.startswith("og:") and content is not None:
            open_graph.append((prop, content))
        if _attr(tag, "charset"):
            charset = _attr(tag, "charset")
    canonical = None
    hreflang: list[tuple[str, str]] = []
    for tag in (t for t in by_name["link"] if t.has_attr("href")):
        rels = {r.lower() for r in (_attr(tag, "rel") or "").split()}
        href = _attr(tag, "href") or ""
        if "canonical" in rels and canonical is None:
            canonical = resolve(base, href) or href
        if "alternate" in rels and _attr(tag, "hreflang"):
            hreflang.append((_attr(tag, "hreflang") or "", resolve(base, href) or href))
    json_ld = tuple(s.get_text() for s in by_name["script"]
                    if _attr(s, "type") == "application/ld+json")
    html_tag = by_name["html"][0] if by_name["html"] else None
    lang = _attr(html_tag, "lang") or _attr(html_tag, "xml:lang") if isinstance(html_tag, Tag) else None
    description_span = None
    if description is not None:
        at = _META_DESCRIPTION.search(source)
        description_span = Span(at.start(), at.end()) if at else None
    return Meta(
        title=title or None, title_span=title_span, description=description,
        description_span=description_span, canonical=canonical,
        robots=robots or (), lang=(lang or "").strip() or None, charset=charset,
        hreflang=tuple(hreflang), open_graph=tuple(open_graph), json_ld=json_ld,
    )


@dataclass(frozen=True, slots=True)
class _Context:
    lang: str | None
    main: bool
    quote: bool


@dataclass(slots=True)
class _PendingLink:
    tag: Tag
    text_start: int
    position: int | None
    has_image: bool = False
    text_end: int = 0


@dataclass(slots=True)
class _Open:
    builder: TextBuilder
    kind: BlockKind
    level: int
    context: _Context
    start: int | None
    links: list[_PendingLink] = field(default_factory=list)
    images: list[tuple[Tag, int | None]] = field(default_factory=list)
    lang_spans: list[tuple[int, int, str]] = field(default_factory=list)
    code_spans: list[tuple[int, int]] = field(default_factory=list)


class _Walker:
    def __init__(self, source: str, base: str | None) -> None:
        self.source = source
        self.base = base
        self.cursor = 0
        self.blocks: list[Block] = []
        self.links: list[Link] = []
        self.images: list[Image] = []
        self.open: _Open | None = None
        self.open_links: list[_PendingLink] = []
        self.depth = 0

    def locate_tag(self, name: str) -> int | None:
        match = _tag_pattern(name).search(
            self.source, self.cursor, self.cursor + _TAG_SEARCH_WINDOW)
        if match is None:
            return None
        # past the whole start tag, so text is never looked for inside its attributes
        close = self.source.find(">", match.end(), match.end() + _TAG_SEARCH_WINDOW)
        self.cursor = close + 1 if close != -1 else match.end()
        return match.start()

    def start(self, kind: BlockKind, level: int, ctx: _Context, position: int | None) -> _Open:
        self.flush()
        builder = TextBuilder(self.source, outside_tags=True)
        self.open = _Open(builder, kind, level, ctx, position)
        return self.open

    def walk(self, element: Tag, ctx: _Context) -> None:
        self.depth += 1
        try:
            if self.depth > MAX_DEPTH:
                self.walk_flat(element, ctx)
            else:
                self.walk_children(element, ctx)
        finally:
            self.depth -= 1

    def walk_flat(self, element: Tag, ctx: _Context) -> None:
        """Past MAX_DEPTH nesting, the rest is read as plain text (no recursion to overflow)."""
        block = self.open or self.start(BlockKind.PARAGRAPH, 0, ctx, None)
        for text in element.strings:
            if not isinstance(text, _SKIP_STRINGS):
                self.cursor = block.builder.add(str(text), self.cursor,
                                                self.cursor + _TAG_SEARCH_WINDOW)

    def walk_children(self, element: Tag, ctx: _Context) -> None:
        for child in element.children:
            if isinstance(child, NavigableString):
                if isinstance(child, _SKIP_STRINGS) or (not str(child).strip() and self.open is None):
                    continue
                block = self.open or self.start(BlockKind.QUOTE if ctx.quote else
                                                BlockKind.PARAGRAPH, 0, ctx, None)
                self.cursor = block.builder.add(str(child), self.cursor,
                                                self.cursor + _TAG_SEARCH_WINDOW)
            elif isinstance(child, Tag):
                self.enter(child, ctx)

    def enter(self, tag: Tag, ctx: _Context) -> None:
        name = tag.name.lower()
        if name in _SKIP or _attr(tag, "hidden") is not None:
            return
        lang = _attr(tag, "lang")
        child_ctx = _Context(
            lang=lang.strip() if lang and lang.strip() else ctx.lang,
            main=ctx.main and not is_boilerplate(tag, name),
            quote=ctx.quote or name == "blockquote",
        )
        position = self.locate_tag(name)
        if name in _INLINE:
            self.enter_inline(tag, name, child_ctx, ctx, position)
            return
        kind = _BLOCK_KINDS.get(name)
        if kind is None:  # a container: its loose text becomes paragraphs of its own
            self.flush()
            self.walk(tag, child_ctx)
            self.flush()
            return
        if ctx.quote and kind is BlockKind.PARAGRAPH:
            kind = BlockKind.QUOTE
        level = int(name[1]) if kind is BlockKind.HEADING else 0
        self.start(kind, level, child_ctx, position)
        self.walk(tag, child_ctx)
        self.flush()

    def enter_inline(self, tag: Tag, name: str, ctx: _Context, outer: _Context,
                     position: int | None) -> None:
        if name == "br" or name == "wbr":
            if self.open is not None and name == "br":
                self.open.builder.add_space()
            return
        block = self.open or self.start(
            BlockKind.QUOTE if outer.quote else BlockKind.PARAGRAPH, 0, outer, position)
        if name == "img":
            block.images.append((tag, position))
            for link in self.open_links:
                link.has_image = True
            return
        own_lang = (_attr(tag, "lang") or "").strip()
        if (own_lang and name != "a") or name in _CODE_INLINE:
            start = block.builder.length
            self.walk(tag, ctx)
            if self.open is block:
                text_start = block.builder.content_start(start)
                if own_lang:
                    block.lang_spans.append((text_start, block.builder.length, own_lang))
                if name in _CODE_INLINE and block.builder.length > text_start:
                    block.code_spans.append((text_start, block.builder.length))
            return
        if name == "a" and tag.has_attr("href"):
            link = _PendingLink(tag, block.builder.length, position)
            self.open_links.append(link)
            self.walk(tag, ctx)
            self.open_links.pop()
            current = self.open
            if current is not None:
                link.text_end = current.builder.length
                if current is not block:
                    link.text_start = 0
                current.links.append(link)
            return
        self.walk(tag, ctx)

    def flush(self) -> None:
        block = self.open
        if block is None:
            return
        self.open = None
        text = block.builder.text()
        index: int | None = None
        if text:
            index = len(self.blocks)
            first = block.builder.first_source
            start = block.start if block.start is not None else (first or 0)
            end = max(start, block.builder.last_source or start)
            self.blocks.append(Block(
                index, block.kind, text, Span(start, end), tuple(block.builder.segments),
                block.level, block.context.lang, block.context.main,
                tuple(sorted(block.lang_spans)), tuple(block.code_spans)))
        for pending in block.links:
            anchor = text[pending.text_start:pending.text_end].strip() if text else ""
            tag = pending.tag
            if anchor and index is not None:
                raw = text[pending.text_start:pending.text_end]
                lead = len(raw) - len(raw.lstrip())
                start = pending.text_start + lead
                span: Span | None = self.blocks[index].source_span(start, start + len(anchor))
            elif pending.position is not None:
                span = Span(pending.position, pending.position + 2)
            else:
                span = None
            href = _attr(tag, "href") or ""
            rel = tuple(sorted({r.lower() for r in (_attr(tag, "rel") or "").split()}))
            self.links.append(Link(
                href, resolve(self.base, href), anchor, span, rel, index, _attr(tag, "title"),
                _attr(tag, "lang") or block.context.lang, pending.has_image))
        for tag, position in block.images:
            src = _attr(tag, "src") or ""
            span = Span(position, position + 4) if position is not None else None
            self.images.append(Image(src, resolve(self.base, src), _attr(tag, "alt"), span,
                                     _attr(tag, "title"), index))
