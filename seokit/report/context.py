"""The offending text in context: a span of ``Document.source`` with the words around it.

When the span lies in a block's visible text (a paragraph, heading, list item), the context is
that text as a reader sees it, without markup; otherwise (a ``<title>``, a meta tag, front
matter) it is the source line itself. Either way the highlighted part is exactly what the span
names, so a reader can find it.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from seokit.document import Block, Document, Span

AROUND = 80  # characters of context on each side
LONGEST = 320  # the highlighted text is cut in the middle beyond this


@dataclass(frozen=True, slots=True)
class Snippet:
    before: str
    text: str
    after: str
    line: int
    column: int
    # the text came from the page's visible text, not from its markup
    visible: bool


def snippet(document: Document, span: Span, *, around: int = AROUND) -> Snippet:
    line, column = document.source_map.position(span.start)
    block = _block_at(document, span)
    if block is not None:
        start, end = _text_offset(block, span.start), _text_offset(block, span.end, end=True)
        if start is not None and end is not None and end >= start:
            text = block.text
            return Snippet(_tail(text[:start], around), _middle(text[start:end]),
                           _head(text[end:], around), line, column, True)
    source = document.source
    line_start = source.rfind("\n", 0, span.start) + 1
    line_end = source.find("\n", span.end)
    line_end = len(source) if line_end == -1 else line_end
    return Snippet(_tail(source[line_start:span.start], around),
                   _middle(source[span.start:span.end]),
                   _head(source[span.end:line_end], around), line, column, False)


def _block_at(document: Document, span: Span) -> Block | None:
    """The innermost block whose source span holds the whole span."""
    best: Block | None = None
    for block in document.blocks:
        if block.span.start <= span.start and span.end <= block.span.end and block.segments \
                and (best is None or block.span.start >= best.span.start):
            best = block
    return best


def _text_offset(block: Block, offset: int, *, end: bool = False) -> int | None:
    """The block-text offset of a source offset inside one of the block's verbatim runs; an
    offset in markup between runs moves to the next run (or, for an end, the previous one)."""
    sources = [s.source_start for s in block.segments]
    i = bisect.bisect_right(sources, offset) - 1
    if i >= 0:
        seg = block.segments[i]
        if offset <= seg.source_start + seg.length:
            return seg.text_start + (offset - seg.source_start)
        if end:
            return seg.text_start + seg.length
    if i + 1 < len(block.segments):
        return block.segments[i + 1].text_start
    return None


def _flat(text: str) -> str:
    return " ".join(text.split()) if text.strip() else ""


def _tail(text: str, limit: int) -> str:
    """The last ``limit`` characters, from a word start; keeps the space before the mark."""
    flat = _flat(text)
    spaced = flat + " " if flat and text[-1:].isspace() else flat
    if len(spaced) <= limit:
        return spaced
    cut = spaced[-limit:]
    space = cut.find(" ")
    return "…" + (cut[space:] if 0 <= space < limit // 2 else cut)


def _head(text: str, limit: int) -> str:
    flat = _flat(text)
    spaced = " " + flat if flat and text[:1].isspace() else flat
    if len(spaced) <= limit:
        return spaced
    cut = spaced[:limit]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut) + "…"


def _middle(text: str) -> str:
    flat = _flat(text)
    if len(flat) <= LONGEST:
        return flat
    half = LONGEST // 2
    return flat[:half].rstrip() + " … " + flat[-half:].lstrip()
