from __future__ import annotations

from seokit.document import BlockKind, Format
from seokit.parse import parse_document


def test_example_article_blocks(example_text: str) -> None:
    doc = parse_document(example_text, path="massage-therapy.txt")
    assert doc.format is Format.TEXT
    headings = [b for b in doc.blocks if b.kind is BlockKind.HEADING]
    # the title line plus the seven "Label:" lines (grep -c ":$" on the file says 7)
    assert [h.level for h in headings] == [1] + [2] * 7
    assert headings[1].text == "Understanding Chronic Pain:"
    assert doc.meta.title == (
        "Embracing Holistic Healing: Exploring Pain Management through Massage Therapy")
    paragraphs = [b for b in doc.blocks if b.kind is BlockKind.PARAGRAPH]
    assert len(paragraphs) == 9
    for block in doc.blocks:
        # plain text blocks are the source verbatim, newlines collapsed to spaces
        assert doc.source[block.span.start:block.span.end].split() == block.text.split()


def test_korean_keyword_location_matches_an_independent_count(example_text: str) -> None:
    doc = parse_document(example_text)
    for keyword in ("칠곡출장마사지", "영주출장마사지"):
        block = next(b for b in doc.blocks if keyword in b.text)
        start = block.text.index(keyword)
        span = block.source_span(start, start + len(keyword))
        assert doc.source[span.start:span.end] == keyword
        lines = example_text.split("\n")
        line_no = next(i for i, line in enumerate(lines, 1) if keyword in line)
        loc = doc.locate(span)
        assert (loc.line, loc.column) == (line_no, lines[line_no - 1].index(keyword) + 1)
        assert loc.end_column == loc.column + len(keyword)


def test_crlf_and_cr_line_endings_give_the_same_lines() -> None:
    lf = "Title line\n\nFirst paragraph here.\nIt goes on 한국어 here.\n\nSecond one.\n"
    for newline in ("\r\n", "\r"):
        doc = parse_document(lf.replace("\n", newline), "text")
        block = next(b for b in doc.blocks if "한국어" in b.text)
        i = block.text.index("한국어")
        loc = doc.locate(block.source_span(i, i + 3))
        assert (loc.line, loc.column) == (4, 12), newline
        assert block.text == "First paragraph here. It goes on 한국어 here."


def test_list_lines_and_sentences_are_not_headings() -> None:
    doc = parse_document("My Title\n\nThis is a sentence.\n\n- a list item\n\nShort Label\n", "text")
    kinds = [(b.kind, b.level) for b in doc.blocks]
    assert kinds == [(BlockKind.HEADING, 1), (BlockKind.PARAGRAPH, 0),
                     (BlockKind.LIST_ITEM, 0), (BlockKind.HEADING, 2)]


def test_empty_text_has_no_blocks() -> None:
    assert parse_document("   \n\n  ", "text").blocks == ()
