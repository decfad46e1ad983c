"""Structure: title and description (with lengths), the heading outline, canonical, robots,
images and their alt text, Open Graph, JSON-LD and hreflang. Head tags with their places in the
source come from ``seokit.analysis.head``."""

from __future__ import annotations

import html
import itertools
import json
import re
from dataclasses import dataclass
from typing import Any

from seokit.analysis.head import HeadInfo, JsonLdScript, head_info, head_json, json_ld_error_position
from seokit.context import Context
from seokit.data.arial_widths import text_width
from seokit.document import BlockKind, Document, Format, Image, Span
from seokit.pickling import quick_pickle

SERP_TITLE_FONT_PX = 20.0  # Google shows result titles in Arial at 20 px
# [^<>]* stops at the next tag, so a stray "<h2" costs only the text up to that tag
_HEADING_OPEN = re.compile(r"<h([1-6])(?=[\s/>])[^<>]*>", re.IGNORECASE)
_HEADING_CLOSE = {n: re.compile(rf"</h{n}\s*>", re.IGNORECASE) for n in range(1, 7)}
_HEADING_WINDOW = 65536
_HIDDEN = re.compile(r"\shidden(?:[\s=/>]|$)", re.IGNORECASE)
# where heading-like markup is not rendered: comments and raw-text elements
_OPAQUE_OPEN = re.compile(r"<!--|<(script|style|template|noscript|textarea)(?=[\s/>])",
                          re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_IMG_ALT = re.compile(r"<img\b[^>]*?\salt\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))",
                      re.IGNORECASE)
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(?:.*?\r?\n)?---[ \t]*(?:\r?\n|\Z)",
                           re.DOTALL)
_EMPTY_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+#*)?[ \t]*$", re.MULTILINE)


@quick_pickle
@dataclass(frozen=True, slots=True)
class Heading:
    level: int
    text: str
    span: Span | None
    main: bool = True

    @property
    def empty(self) -> bool:
        return not self.text.strip()


@dataclass(frozen=True, slots=True)
class SkippedLevel:
    """A heading more than one level below the heading before it (H2 then H4)."""

    previous: Heading
    heading: Heading


@dataclass(frozen=True, slots=True)
class ImageInfo:
    """An image; ``in_unnamed_link`` when it sits in a link that has no text and no image
    with alt text, so nothing names the link."""

    image: Image
    index: int
    in_unnamed_link: bool = False


@dataclass(frozen=True, slots=True)
class JsonLd:
    """A JSON-LD block; ``span`` is its script tag, ``error_span`` where parsing failed."""

    valid: bool
    types: tuple[str, ...]
    error: str | None = None
    span: Span | None = None
    error_span: Span | None = None


@dataclass(frozen=True, slots=True)
class StructureStats:
    title: str | None
    title_length: int
    title_pixels: float | None
    description: str | None
    description_length: int
    headings: tuple[Heading, ...]
    skipped_levels: tuple[SkippedLevel, ...]
    canonical: str | None
    robots: tuple[str, ...]
    images: tuple[ImageInfo, ...]
    open_graph: tuple[tuple[str, str], ...]
    json_ld: tuple[JsonLd, ...]
    lang: str | None
    hreflang: tuple[tuple[str, str], ...]
    front_matter: bool
    head: HeadInfo | None = None

    @property
    def duplicate_alts(self) -> tuple[ImageInfo, ...]:
        """Images whose non-empty alt text repeats an earlier image's while showing another
        file (the same picture twice may well carry the same alt)."""
        first: dict[str, str] = {}
        repeats: list[ImageInfo] = []
        for info in self.images:
            alt = " ".join((info.image.alt or "").lower().split())
            if not alt:
                continue
            if alt in first and first[alt] != info.image.src:
                repeats.append(info)
            first.setdefault(alt, info.image.src)
        return tuple(repeats)

    @property
    def h1_count(self) -> int:
        return sum(1 for h in self.headings if h.level == 1)

    @property
    def empty_headings(self) -> tuple[Heading, ...]:
        return tuple(h for h in self.headings if h.empty)

    @property
    def noindex(self) -> bool:
        return "noindex" in self.robots or "none" in self.robots

    @property
    def nofollow(self) -> bool:
        return "nofollow" in self.robots or "none" in self.robots

    @property
    def images_without_alt(self) -> int:
        return sum(1 for i in self.images if i.image.alt is None)

    @property
    def images_with_empty_alt(self) -> int:
        return sum(1 for i in self.images if i.image.alt is not None and not i.image.alt.strip())

    def og(self, name: str) -> str | None:
        return next((value for key, value in self.open_graph if key == f"og:{name}"), None)

    def to_json(self, document: Document) -> dict[str, Any]:
        def where(span: Span | None) -> dict[str, int | None]:
            location = document.locate(span) if span is not None else None
            return {"line": location.line if location else None,
                    "column": location.column if location else None}

        return {
            "title": self.title, "title_length": self.title_length,
            "title_pixels": None if self.title_pixels is None else round(self.title_pixels, 1),
            "description": self.description, "description_length": self.description_length,
            "headings": [{"level": h.level, "text": h.text, **where(h.span), "main": h.main}
                         for h in self.headings],
            "h1_count": self.h1_count,
            "skipped_levels": [{"from": s.previous.level, "to": s.heading.level,
                                **where(s.heading.span)} for s in self.skipped_levels],
            "empty_headings": [{"level": h.level, **where(h.span)} for h in self.empty_headings],
            "canonical": self.canonical, "robots": list(self.robots),
            "noindex": self.noindex, "nofollow": self.nofollow,
            "images": len(self.images), "images_without_alt": self.images_without_alt,
            "images_with_empty_alt": self.images_with_empty_alt,
            "open_graph": {name: self.og(name) for name in ("title", "description", "image")},
            "json_ld": [{"valid": j.valid, "types": list(j.types), "error": j.error}
                        for j in self.json_ld],
            "lang": self.lang,
            "hreflang": [{"lang": lang, "url": url} for lang, url in self.hreflang],
            **(head_json(self.head, where) if self.head is not None else {}),
            "duplicate_alts": [{"src": i.image.src, "alt": i.image.alt, **where(i.image.span)}
                               for i in self.duplicate_alts],
        }


def analyze_structure(ctx: Context) -> StructureStats:
    doc = ctx.document
    meta = doc.meta
    headings = _headings(doc)
    head = head_info(doc)
    title = meta.title
    return StructureStats(
        title=title,
        title_length=len(title) if title else 0,
        title_pixels=text_width(title, SERP_TITLE_FONT_PX) if title else None,
        description=meta.description,
        description_length=len(meta.description) if meta.description else 0,
        headings=headings,
        skipped_levels=tuple(
            SkippedLevel(before, after) for before, after in itertools.pairwise(headings)
            if after.level > before.level + 1),
        canonical=meta.canonical,
        robots=meta.robots,
        images=_images(ctx),
        open_graph=meta.open_graph,
        json_ld=_json_lds(meta.json_ld, head.json_ld),
        lang=meta.lang,
        hreflang=meta.hreflang,
        front_matter=bool(meta.front_matter),
        head=head if doc.format is Format.HTML else None,
    )


def _json_lds(raw: tuple[str, ...], scripts: tuple[JsonLdScript, ...]) -> tuple[JsonLd, ...]:
    """Each JSON-LD block parsed; with the scanned scripts (same order, same text) it also
    says where the block and its first error are."""
    if len(scripts) != len(raw):
        return tuple(_json_ld(text) for text in raw)
    out = []
    for script in scripts:
        parsed = _json_ld(script.text)
        error_span = None
        if parsed.error is not None:
            position = json_ld_error_position(script.text)
            at = script.content_start + position
            error_span = Span(at, at)
        out.append(JsonLd(parsed.valid, parsed.types, parsed.error, script.span, error_span))
    return tuple(out)


def _headings(doc: Document) -> tuple[Heading, ...]:
    found = [(b.span.start, Heading(b.level, b.text, b.span, b.main))
             for b in doc.blocks if b.kind is BlockKind.HEADING and 1 <= b.level <= 6]
    # Headings without text leave no block behind, so they are found in the source.
    known = {start for start, _ in found}
    if doc.format is Format.HTML:
        textless = _textless_html_headings(doc.source)
    elif doc.format is Format.MARKDOWN:
        textless = _empty_markdown_headings(doc)
    else:
        textless = []
    found.extend((h.span.start, h) for h in textless if h.span and h.span.start not in known)
    found.sort(key=lambda pair: pair[0])
    return tuple(h for _, h in found)


def _opaque_ranges(source: str) -> list[tuple[int, int]]:
    """Comments and script/style/template/noscript/textarea contents, in order."""
    ranges: list[tuple[int, int]] = []
    at = 0
    while (match := _OPAQUE_OPEN.search(source, at)) is not None:
        if match.group(1) is None:
            end = source.find("-->", match.end())
            end = len(source) if end == -1 else end + 3
        else:
            close = re.compile(rf"</{match.group(1)}\s*>", re.IGNORECASE).search(
                source, match.end())
            end = len(source) if close is None else close.end()
        ranges.append((match.start(), end))
        at = end
    return ranges


def _textless_html_headings(source: str) -> list[Heading]:
    """h1-h6 elements with no text: empty ones, and ones named only by an image's alt."""
    opaque = _opaque_ranges(source)
    opens = list(_HEADING_OPEN.finditer(source))
    headings: list[Heading] = []
    r = 0
    for i, match in enumerate(opens):
        while r < len(opaque) and opaque[r][1] <= match.start():
            r += 1
        if (r < len(opaque) and opaque[r][0] <= match.start()) or _HIDDEN.search(match.group(0)):
            continue
        level = int(match.group(1))
        # headings do not nest: the closing tag comes before the next heading opens, which
        # also keeps the scan linear on pages full of unclosed headings
        limit = min(opens[i + 1].start() if i + 1 < len(opens) else len(source),
                    match.end() + _HEADING_WINDOW)
        close = _HEADING_CLOSE[level].search(source, match.end(), limit)
        if close is None:
            continue  # unclosed: too unsure to call it empty
        inner = source[match.end():close.start()]
        if html.unescape(_TAG.sub("", inner)).strip():
            continue  # has text, so the parser made a block of it
        alts = [html.unescape(next(g for g in m.groups() if g is not None)).strip()
                for m in _IMG_ALT.finditer(inner)]
        text = " ".join(alt for alt in alts if alt)
        headings.append(Heading(level, text, Span(match.start(), match.start() + 3)))
    return headings


def _empty_markdown_headings(doc: Document) -> list[Heading]:
    """ATX headings with nothing after the hashes ("##"), outside front matter and code."""
    front = _FRONT_MATTER.match(doc.source)
    start = front.end() if front else 0
    code = sorted((b.span.start, b.span.end) for b in doc.blocks if b.kind is BlockKind.CODE)
    headings: list[Heading] = []
    c = 0
    for match in _EMPTY_ATX.finditer(doc.source, start):
        while c < len(code) and code[c][1] <= match.start():
            c += 1
        if c < len(code) and code[c][0] <= match.start():
            continue
        hashes = match.start(1)
        headings.append(Heading(len(match.group(1)), "", Span(hashes, match.end(1))))
    return headings


def _images(ctx: Context) -> tuple[ImageInfo, ...]:
    doc = ctx.document
    if not doc.images:
        return ()
    from seokit.analysis.links import LinkStats  # links pairs images with the links they fill

    links: LinkStats = ctx.metric("links")
    in_unnamed_link = {
        index for item in links.items
        if not any((doc.images[i].alt or "").strip() for i in item.images)
        for index in item.images}
    return tuple(ImageInfo(image, i, i in in_unnamed_link) for i, image in enumerate(doc.images))


def _json_ld(raw: str) -> JsonLd:
    try:
        data = json.loads(raw.strip())
    except ValueError as exc:  # JSONDecodeError names the line and column
        return JsonLd(False, (), str(exc))
    except RecursionError:
        return JsonLd(False, (), "nested too deeply to read")
    return JsonLd(True, tuple(sorted(set(_types(data)))))


def _types(data: Any) -> list[str]:
    """@type values of the top-level items and of an @graph."""
    items = data if isinstance(data, list) else [data]
    types: list[str] = []
    for item in items:
        if not isinstance(item, dict):
            continue
        declared = item.get("@type")
        if isinstance(declared, str):
            types.append(declared)
        elif isinstance(declared, list):
            types.extend(t for t in declared if isinstance(t, str))
        graph = item.get("@graph")
        if isinstance(graph, list) and graph is not data:
            types.extend(_types(graph))
    return types
