"""The parsed document: immutable, with every block, link and image pointing into the source."""

from __future__ import annotations

import bisect
import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from seokit.pickling import quick_pickle


class Format(enum.StrEnum):
    HTML = "html"
    MARKDOWN = "markdown"
    TEXT = "text"


class BlockKind(enum.StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE_CELL = "table_cell"
    QUOTE = "quote"
    CODE = "code"


@quick_pickle
@dataclass(frozen=True, slots=True, order=True)
class Span:
    """Character offsets ``[start, end)`` into ``Document.source``."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span {self.start}..{self.end}")


@quick_pickle
@dataclass(frozen=True, slots=True)
class Location:
    """1-based line and column of a span's start and end (end column is exclusive)."""

    line: int
    column: int
    end_line: int
    end_column: int


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True, slots=True)
class SourceMap:
    """Turns offsets into 1-based line/column; CRLF, CR and LF all end a line."""

    line_starts: tuple[int, ...]

    @classmethod
    def of(cls, source: str) -> SourceMap:
        return cls((0, *(m.end() for m in _LINE_BREAK.finditer(source))))

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return line + 1, offset - self.line_starts[line] + 1

    def locate(self, span: Span) -> Location:
        line, column = self.position(span.start)
        end_line, end_column = self.position(span.end)
        return Location(line, column, end_line, end_column)


class Segment(NamedTuple):
    """A run of ``length`` characters copied verbatim from the source into a block's text.
    A named tuple: a page has thousands, and a batch worker sends them to the parent, where
    a frozen dataclass costs a Python call per field to unpickle."""

    text_start: int
    source_start: int
    length: int


@quick_pickle
@dataclass(frozen=True, slots=True)
class Block:
    """A unit of text: a heading, paragraph, list item, table cell, quote or code block.

    ``text`` is the visible text with whitespace collapsed; ``segments`` map its offsets back to
    the source, so any sub-range of the text has a source span (``source_span``).
    """

    index: int
    kind: BlockKind
    text: str
    span: Span
    segments: tuple[Segment, ...]
    level: int = 0
    lang: str | None = None
    main: bool = True
    # inline elements with a lang attribute of their own: (text start, text end, lang)
    lang_spans: tuple[tuple[int, int, str], ...] = ()
    # inline code (code, kbd, samp, var, tt; Markdown backticks): (text start, text end)
    code_spans: tuple[tuple[int, int], ...] = ()
    _starts: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # segments never reach past the text (a builder may have aligned a trailing space
        # that the text then lost to stripping)
        size = len(self.text)
        if any(s.text_start + s.length > size for s in self.segments):
            clipped = tuple(
                Segment(s.text_start, s.source_start, min(s.length, size - s.text_start))
                for s in self.segments if s.text_start < size)
            object.__setattr__(self, "segments", clipped)
        if self.code_spans:  # in order, within the text, none empty (parsers add them raw)
            clipped_code = tuple((a, min(b, size)) for a, b in sorted(self.code_spans)
                                 if min(b, size) > a)
            object.__setattr__(self, "code_spans", clipped_code)
        # the segment starts, for bisecting text offsets (computed once per block)
        object.__setattr__(self, "_starts", tuple(s.text_start for s in self.segments))

    def prose_text(self) -> str:
        """The text with inline code blanked out (offsets unchanged): ``tar``, ``os.path`` or
        ``opname`` in a sentence are names of things, not words of any language."""
        text = self.text
        for start, end in self.code_spans:
            text = text[:start] + " " * (end - start) + text[end:]
        return text

    def lang_at(self, start: int, end: int) -> str | None:
        """The ``lang`` in force over the text range: the innermost inline element that covers
        it, else the block's own."""
        best: tuple[int, int, str] | None = None
        for span in self.lang_spans:
            if span[0] <= start and end <= span[1] and (best is None or span[0] >= best[0]):
                best = span
        return best[2] if best else self.lang

    def source_offset(self, text_offset: int, *, end: bool = False) -> int:
        """The source offset of a text offset; characters that were not copied verbatim
        (decoded entities, collapsed whitespace) map to the nearest copied neighbour.
        With ``end``, an offset on a run boundary belongs to the run before it."""
        segments = self.segments
        if not segments:
            return self.span.start
        find = bisect.bisect_left if end else bisect.bisect_right
        i = find(self._starts, text_offset) - 1
        if i < 0:
            return segments[0].source_start
        seg = segments[i]
        if text_offset <= seg.text_start + seg.length:
            return seg.source_start + (text_offset - seg.text_start)
        if i + 1 < len(segments):
            return segments[i + 1].source_start
        return seg.source_start + seg.length

    def source_span(self, start: int, end: int) -> Span:
        """The source span of the text range ``[start, end)``."""
        first = self.source_offset(start)
        last = self.source_offset(end, end=True) if end > start else first
        return Span(first, max(first, last))


@quick_pickle
@dataclass(frozen=True, slots=True)
class Link:
    href: str
    url: str | None
    text: str
    span: Span | None
    rel: tuple[str, ...] = ()
    block: int | None = None
    title: str | None = None
    lang: str | None = None
    has_image: bool = False


@quick_pickle
@dataclass(frozen=True, slots=True)
class Image:
    src: str
    url: str | None
    alt: str | None
    span: Span | None
    title: str | None = None
    block: int | None = None


@dataclass(frozen=True, slots=True)
class Meta:
    """What a page says about itself (HTML head, Markdown front matter, a text file's first line)."""

    title: str | None = None
    title_span: Span | None = None
    description: str | None = None
    description_span: Span | None = None
    canonical: str | None = None
    robots: tuple[str, ...] = ()
    lang: str | None = None
    keyphrase: str | None = None
    synonyms: tuple[str, ...] = ()
    disabled_rules: tuple[str, ...] = ()  # front matter: rules switched off for this document
    slug: str | None = None
    charset: str | None = None
    hreflang: tuple[tuple[str, str], ...] = ()
    open_graph: tuple[tuple[str, str], ...] = ()
    json_ld: tuple[str, ...] = ()
    front_matter: tuple[tuple[str, str], ...] = ()
    # from the HTTP response, when the document was fetched
    x_robots_tag: tuple[str, ...] = ()
    content_language: str | None = None


@dataclass(frozen=True, slots=True)
class Document:
    source: str
    format: Format
    meta: Meta
    blocks: tuple[Block, ...]
    links: tuple[Link, ...] = ()
    images: tuple[Image, ...] = ()
    path: str | None = None
    url: str | None = None
    source_map: SourceMap = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "source_map", SourceMap.of(self.source))

    @property
    def name(self) -> str:
        """How reports name this document: its path, its URL, or ``<string>``."""
        return self.path or self.url or "<string>"

    def locate(self, span: Span) -> Location:
        return self.source_map.locate(span)

    def text_blocks(self, *, main_only: bool = True) -> Sequence[Block]:
        """Prose blocks (no code), by default main content only."""
        return tuple(
            b for b in self.blocks if b.kind is not BlockKind.CODE and (b.main or not main_only)
        )
