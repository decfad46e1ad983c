from __future__ import annotations

import pytest

from seokit.document import BlockKind, Format
from seokit.errors import InputError
from seokit.parse import parse_document

POST = """---
title: Massage for back pain
description: How massage therapy helps with chronic back pain.
keyphrase: massage therapy
lang: en
slug: massage-back-pain
---
# Massage *therapy* basics

Massage therapy &amp; stretching [help a lot](https://example.org/help "Help") with \\*pain\\*.
A second line with 칠곡출장마사지 in it.

## Types

- Swedish ![A Swedish massage](swedish.jpg)
- Deep tissue

> A quoted paragraph.

```python
print("code is not prose")
```

| Kind | Pressure |
|------|----------|
| Thai | firm     |
"""


def test_front_matter_fields() -> None:
    doc = parse_document(POST, path="post.md")
    assert doc.format is Format.MARKDOWN
    assert doc.meta.title == "Massage for back pain"
    assert doc.meta.description == "How massage therapy helps with chronic back pain."
    assert doc.meta.keyphrase == "massage therapy"
    assert doc.meta.lang == "en"
    assert doc.meta.slug == "massage-back-pain"


def test_blocks_kinds_and_text() -> None:
    doc = parse_document(POST, "markdown")
    got = [(b.kind, b.level, b.text) for b in doc.blocks]
    assert got == [
        (BlockKind.HEADING, 1, "Massage therapy basics"),
        (BlockKind.PARAGRAPH, 0, "Massage therapy & stretching help a lot with *pain*. "
                                 "A second line with 칠곡출장마사지 in it."),
        (BlockKind.HEADING, 2, "Types"),
        (BlockKind.LIST_ITEM, 0, "Swedish"),
        (BlockKind.LIST_ITEM, 0, "Deep tissue"),
        (BlockKind.QUOTE, 0, "A quoted paragraph."),
        (BlockKind.CODE, 0, 'print("code is not prose")'),
        (BlockKind.TABLE_CELL, 0, "Kind"),
        (BlockKind.TABLE_CELL, 0, "Pressure"),
        (BlockKind.TABLE_CELL, 0, "Thai"),
        (BlockKind.TABLE_CELL, 0, "firm"),
    ]


def _line_col(source: str, needle: str) -> tuple[int, int]:
    for number, line in enumerate(source.splitlines(), 1):
        if needle in line:
            return number, line.index(needle) + 1
    raise AssertionError(needle)


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_spans_resolve_to_source_line_and_column(newline: str) -> None:
    source = POST.replace("\n", newline)
    doc = parse_document(source, "markdown")
    block = doc.blocks[1]
    for needle in ("칠곡출장마사지", "stretching", "pain"):
        i = block.text.index(needle)
        span = block.source_span(i, i + len(needle))
        assert source[span.start:span.end] == needle
        loc = doc.locate(span)
        assert (loc.line, loc.column) == _line_col(source, needle if needle != "pain" else "\\*pain")\
            or (loc.line, loc.column - 2) == _line_col(source, "\\*pain")


def test_links_and_images() -> None:
    doc = parse_document(POST, "markdown", url="https://site.test/blog/post/")
    (link,) = doc.links
    assert (link.href, link.url, link.text, link.title) == (
        "https://example.org/help", "https://example.org/help", "help a lot", "Help")
    assert POST[link.span.start:link.span.end] == "help a lot"
    (image,) = doc.images
    assert (image.alt, image.url) == ("A Swedish massage", "https://site.test/blog/post/swedish.jpg")
    assert POST[image.span.start:image.span.start + 2] == "!["


def test_title_falls_back_to_the_first_h1() -> None:
    doc = parse_document("# Only a heading\n\nText.\n", "markdown")
    assert doc.meta.title == "Only a heading"


def test_invalid_front_matter_is_an_input_error() -> None:
    with pytest.raises(InputError, match=r"post\.md: invalid YAML front matter"):
        parse_document("---\ntitle: [unclosed\n---\nText\n", "markdown", path="post.md")


def test_front_matter_spans_point_at_the_values() -> None:
    doc = parse_document(POST, "markdown")
    title, description = doc.meta.title_span, doc.meta.description_span
    assert title is not None and description is not None
    assert POST[title.start:title.end] == "Massage for back pain"
    assert POST[description.start:description.end] == doc.meta.description


def test_an_image_alone_in_a_paragraph_belongs_to_no_block() -> None:
    doc = parse_document("# T\n\n![alt](a.png)\n\n[![x](b.png)](/y)\n\ntext\n", "markdown")
    assert [b.text for b in doc.blocks] == ["T", "text"]
    assert [(i.alt, i.block) for i in doc.images] == [("alt", None), ("x", None)]
    (link,) = doc.links
    assert (link.href, link.text, link.block, link.has_image) == ("/y", "", None, True)


def test_inline_code_is_kept_as_ranges() -> None:
    (block,) = parse_document("Run `tar -x` or **`zip`** then `os.path`.\n", "markdown").blocks
    assert block.text == "Run tar -x or zip then os.path."
    assert [block.text[a:b] for a, b in block.code_spans] == ["tar -x", "zip", "os.path"]
