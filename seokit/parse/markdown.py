"""Markdown via markdown-it-py (CommonMark + tables), with YAML front matter."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

from seokit.document import Block, BlockKind, Document, Format, Image, Link, Meta, Span
from seokit.errors import InputError
from seokit.parse.align import TextBuilder
from seokit.parse.links import resolve

_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?\r?\n)?---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_FRONT_MATTER_KEYS = ("title", "description", "keyphrase", "lang", "slug")
_KIND_BY_CONTAINER = {
    "blockquote_open": BlockKind.QUOTE,
    "list_item_open": BlockKind.LIST_ITEM,
    "th_open": BlockKind.TABLE_CELL,
    "td_open": BlockKind.TABLE_CELL,
}
_MARKDOWN: MarkdownIt | None = None


def _markdown() -> MarkdownIt:
    global _MARKDOWN  # a parser is stateless between calls; build it once per process
    if _MARKDOWN is None:
        _MARKDOWN = MarkdownIt("commonmark").enable("table")
    return _MARKDOWN


def _front_matter(source: str, name: str) -> tuple[dict[str, Any], int]:
    match = _FRONT_MATTER.match(source)
    if not match:
        return {}, 0
    try:
        data = yaml.safe_load(match.group(1) or "") or {}
    except yaml.YAMLError as exc:
        raise InputError(name, f"invalid YAML front matter: {exc}".splitlines()[0]) from None
    if not isinstance(data, dict):
        raise InputError(name, "front matter must be a mapping of keys to values")
    return data, match.end()


def parse_markdown(source: str, *, path: str | None = None, url: str | None = None) -> Document:
    front, body_start = _front_matter(source, path or url or "<string>")
    # blank out the front matter so markdown-it's line numbers are the source's line numbers
    blanked = re.sub(r"[^\r\n]", " ", source[:body_start]) + source[body_start:]
    tokens = _markdown().parse(blanked)
    line_starts = [0, *(m.end() for m in re.finditer(r"\r\n|\r|\n", source))]

    def offset_of_line(line: int) -> int:
        return line_starts[line] if line < len(line_starts) else len(source)

    blocks: list[Block] = []
    links: list[Link] = []
    images: list[Image] = []
    containers: list[str] = []
    heading_level = 0
    for token in tokens:
        if token.type in _KIND_BY_CONTAINER:
            containers.append(token.type)
        elif token.type in ("blockquote_close", "list_item_close", "th_close", "td_close"):
            containers.pop()
        elif token.type == "heading_open":
            heading_level = int(token.tag[1])
        elif token.type == "heading_close":
            heading_level = 0
        elif token.type in ("fence", "code_block") and token.map:
            start, end = offset_of_line(token.map[0]), offset_of_line(token.map[1])
            builder = TextBuilder(source)
            builder.add(token.content, start, end)
            blocks.append(
                Block(len(blocks), BlockKind.CODE, builder.text(), Span(start, end),
                      tuple(builder.segments))
            )
        elif token.type == "inline" and token.map:
            start, end = offset_of_line(token.map[0]), offset_of_line(token.map[1])
            end = len(source[:end].rstrip("\r\n"))
            kind = BlockKind.HEADING if heading_level else (
                _KIND_BY_CONTAINER[containers[-1]] if containers else BlockKind.PARAGRAPH)
            block = _inline_block(source, token, len(blocks), kind, heading_level, start, end, url,
                                  links, images)
            if block is not None:
                blocks.append(block)
    title = _string(front.get("title"))
    title_span = _front_matter_span(source, body_start, "title") if title else None
    if title is None:
        h1 = next((b for b in blocks if b.kind is BlockKind.HEADING and b.level == 1), None)
        if h1 is not None:
            title, title_span = h1.text, h1.span
    settings = _seokit_settings(front, path or url or "<string>")
    meta = Meta(
        title=title,
        title_span=title_span,
        description=_string(front.get("description")),
        description_span=_front_matter_span(source, body_start, "description"),
        keyphrase=_string(settings.get("keyphrase", front.get("keyphrase"))),
        synonyms=_strings(settings.get("synonyms", front.get("synonyms"))),
        disabled_rules=_strings(settings.get("disable")),
        lang=_string(settings.get("lang", front.get("lang"))),
        slug=_string(front.get("slug")),
        canonical=_string(front.get("canonical")),
        front_matter=tuple(sorted((str(k), str(v)) for k, v in front.items())),
    )
    return Document(source, Format.MARKDOWN, meta, tuple(blocks), tuple(links), tuple(images),
                    path=path, url=url)


def _front_matter_span(source: str, end: int, key: str) -> Span | None:
    """Where a top-level front matter key's value is written."""
    match = re.compile(rf"^{re.escape(key)}[ \t]*:[ \t]*(.*?)[ \t]*\r?$", re.MULTILINE).search(
        source, 0, end)
    if match is None or not match.group(1):
        return None
    return Span(match.start(1), match.end(1))


_SETTINGS_KEYS = frozenset({"disable", "keyphrase", "synonyms", "lang"})


def _seokit_settings(front: dict[str, Any], name: str) -> dict[str, Any]:
    """The front matter's ``seokit:`` table (``seokit-disable:`` is short for its ``disable``)."""
    table = front.get("seokit", {})
    if not isinstance(table, dict):
        raise InputError(name, "front matter 'seokit' must be a mapping "
                               f"with keys {', '.join(sorted(_SETTINGS_KEYS))}")
    unknown = sorted(set(map(str, table)) - _SETTINGS_KEYS)
    if unknown:
        raise InputError(name, f"front matter seokit.{unknown[0]}: unknown key; known keys: "
                               f"{', '.join(sorted(_SETTINGS_KEYS))}")
    settings = dict(table)
    for alias in ("seokit-disable", "seokit_disable"):
        if alias in front:
            settings["disable"] = front[alias]
    return settings


def _strings(value: object) -> tuple[str, ...]:
    """A YAML list, or a comma-separated string, as a tuple of non-empty strings."""
    if value is None:
        return ()
    items = value.split(",") if isinstance(value, str) else value
    if not isinstance(items, list | tuple):
        items = [items]
    return tuple(str(item).strip() for item in items if str(item).strip())


def _string(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


@dataclass(slots=True)
class _OpenLink:
    href: str
    title: str | None
    text_start: int
    cursor: int
    has_image: bool = False


def _inline_block(
    source: str, token: Token, index: int, kind: BlockKind, level: int, start: int, end: int,
    base: str | None, links: list[Link], images: list[Image],
) -> Block | None:
    builder = TextBuilder(source, backslash_escapes=True)
    cursor = start
    open_links: list[_OpenLink] = []
    pending: list[tuple[_OpenLink, int]] = []
    block_images: list[Image] = []
    code: list[tuple[int, int]] = []
    for child in token.children or ():
        if child.type == "text":
            cursor = builder.add(child.content, cursor, end)
        elif child.type == "code_inline":
            before = builder.length
            cursor = builder.add(child.content, cursor, end)
            code.append((builder.content_start(before), builder.length))
        elif child.type in ("softbreak", "hardbreak"):
            builder.add_space()
        elif child.type == "link_open":
            title = child.attrs.get("title")
            open_links.append(_OpenLink(str(child.attrs.get("href", "")),
                                        str(title) if title else None, builder.length, cursor))
        elif child.type == "link_close" and open_links:
            pending.append((open_links.pop(), builder.length))
        elif child.type == "image":
            src = str(child.attrs.get("src", ""))
            alt = child.content
            at = source.find("![", cursor, end)
            span = Span(at, at + 2) if at != -1 else None
            title = child.attrs.get("title")
            block_images.append(Image(src, resolve(base, src), alt, span,
                                      str(title) if title else None, index))
            if open_links:
                open_links[-1].has_image = True
    text = builder.text()
    if not text:
        # an image or link alone in a paragraph: kept, but no prose block stands for it
        images.extend(dataclasses.replace(image, block=None) for image in block_images)
        for link, _ in pending:
            at = source.find("[", link.cursor, end)
            links.append(Link(link.href, resolve(base, link.href), "",
                              Span(at, at + 1) if at != -1 else None, (), None, link.title,
                              has_image=link.has_image))
        return None
    images.extend(block_images)
    block = Block(index, kind, text, Span(start, max(start, end)), tuple(builder.segments), level,
                  code_spans=tuple(code))
    for link, text_end in pending:
        text_start = link.text_start
        anchor = text[text_start:text_end].strip()
        if anchor:
            lead = len(text[text_start:text_end]) - len(text[text_start:text_end].lstrip())
            span = block.source_span(text_start + lead, text_start + lead + len(anchor))
        else:
            at = source.find("[", link.cursor, end)
            span = Span(at, at + 1) if at != -1 else None
        links.append(Link(link.href, resolve(base, link.href), anchor, span, (), index, link.title,
                          has_image=link.has_image))
    return block
