"""Plain text: blank-line paragraphs, the first line is the title, short label lines are headings."""

from __future__ import annotations

import re

from seokit.document import Block, BlockKind, Document, Format, Meta, Span
from seokit.parse.align import TextBuilder

_NEWLINE = r"(?:\r\n|\r(?!\n)|\n)"
# a paragraph runs to the next blank line (two line breaks with only spaces between)
_PARAGRAPH = re.compile(rf"\S(?:.*?)(?={_NEWLINE}[ \t]*{_NEWLINE}|\s*\Z)", re.DOTALL)
_LIST_MARK = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
_SENTENCE_END = (".", "!", "?", "…", "。", "！", "？", '"', "”", "'")
HEADING_MAX_WORDS = 12
HEADING_MAX_CHARS = 90


def looks_like_heading(text: str) -> bool:
    """A short single line without closing sentence punctuation ('Understanding Chronic Pain:')."""
    if "\n" in text or "\r" in text:
        return False
    stripped = text.strip()
    words = stripped.split()
    if not words or len(words) > HEADING_MAX_WORDS or len(stripped) > HEADING_MAX_CHARS:
        return False
    if stripped.endswith(":"):
        return True
    return not stripped.endswith(_SENTENCE_END) and stripped[0].isupper()


def parse_text(source: str, *, path: str | None = None, url: str | None = None) -> Document:
    blocks: list[Block] = []
    title: str | None = None
    title_span: Span | None = None
    for match in _PARAGRAPH.finditer(source):
        raw = match.group(0).rstrip()
        start = match.start()
        end = start + len(raw)
        builder = TextBuilder(source)
        builder.add(raw, start, end)
        text = builder.text()
        if not text:
            continue
        kind, level = BlockKind.PARAGRAPH, 0
        if not blocks and looks_like_heading(raw):
            kind, level = BlockKind.HEADING, 1
            title, title_span = text, Span(start, end)
        elif looks_like_heading(raw):
            kind, level = BlockKind.HEADING, 2
        elif _LIST_MARK.match(raw) and "\n" not in raw:
            kind = BlockKind.LIST_ITEM
        blocks.append(
            Block(
                index=len(blocks),
                kind=kind,
                text=text,
                span=Span(start, end),
                segments=tuple(builder.segments),
                level=level,
            )
        )
    meta = Meta(title=title, title_span=title_span)
    return Document(source, Format.TEXT, meta, tuple(blocks), path=path, url=url)
