from __future__ import annotations

from seokit.document import BlockKind
from seokit.parse import parse_document, sniff_format

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Massage &amp; Pain Relief</title>
  <meta name="description" content="How massage helps.">
  <link rel="canonical" href="/massage">
  <link rel="alternate" hreflang="ko" href="https://example.com/ko/massage">
  <meta name="robots" content="index, follow">
  <meta property="og:title" content="Massage">
  <script type="application/ld+json">{"@type": "Article"}</script>
  <style>p { color: red }</style>
</head>
<body>
<nav><a href="/">Home</a> <a href="/blog">Blog</a></nav>
<article>
  <h1>Massage   &amp; pain</h1>
  <p>Massage <b>helps</b> with <a href="https://other.test/x" rel="nofollow sponsored">chronic
     pain</a>. 칠곡출장마사지 is spam.</p>
  <blockquote><p lang="ko">안녕하세요 여러분</p></blockquote>
  <ul><li>One <img src="/i.png" alt="An image"></li><li><a href="/y"><img src="y.png"></a></li></ul>
  <pre><code>x = 1</code></pre>
  <script>var hidden = "not text";</script>
</article>
<footer>Copyright 2026</footer>
</body>
</html>
"""


def test_meta() -> None:
    doc = parse_document(PAGE, url="https://example.com/post")
    meta = doc.meta
    assert meta.title == "Massage & Pain Relief"
    assert PAGE[meta.title_span.start:meta.title_span.end] == "Massage &amp; Pain Relief"
    assert meta.description == "How massage helps."
    assert meta.canonical == "https://example.com/massage"
    assert meta.lang == "en"
    assert meta.robots == ("index", "follow")
    assert meta.hreflang == (("ko", "https://example.com/ko/massage"),)
    assert meta.open_graph == (("og:title", "Massage"),)
    assert meta.json_ld == ('{"@type": "Article"}',)
    assert meta.charset == "utf-8"


def test_blocks_main_content_and_lang() -> None:
    doc = parse_document(PAGE, url="https://example.com/post")
    got = [(b.kind, b.text, b.main, b.lang) for b in doc.blocks]
    assert got == [
        (BlockKind.PARAGRAPH, "Home Blog", False, "en"),
        (BlockKind.HEADING, "Massage & pain", True, "en"),
        (BlockKind.PARAGRAPH, "Massage helps with chronic pain. 칠곡출장마사지 is spam.", True, "en"),
        (BlockKind.QUOTE, "안녕하세요 여러분", True, "ko"),
        (BlockKind.LIST_ITEM, "One", True, "en"),
        (BlockKind.CODE, "x = 1", True, "en"),
        (BlockKind.PARAGRAPH, "Copyright 2026", False, "en"),
    ]
    assert doc.blocks[1].level == 1


def test_text_spans_point_into_the_source() -> None:
    doc = parse_document(PAGE)
    block = doc.blocks[2]
    for needle in ("칠곡출장마사지", "helps", "Massage"):
        i = block.text.index(needle)
        span = block.source_span(i, i + len(needle))
        assert PAGE[span.start:span.end] == needle
    heading = doc.blocks[1]
    span = heading.source_span(heading.text.index("pain"), heading.text.index("pain") + 4)
    assert PAGE[span.start:span.end] == "pain"
    loc = doc.locate(span)
    line = PAGE.splitlines()[loc.line - 1]
    assert line.index("pain") + 1 == loc.column


def test_links_and_images() -> None:
    doc = parse_document(PAGE, url="https://example.com/post")
    assert [(link.href, link.url, link.text, link.rel, link.has_image) for link in doc.links] == [
        ("/", "https://example.com/", "Home", (), False),
        ("/blog", "https://example.com/blog", "Blog", (), False),
        ("https://other.test/x", "https://other.test/x", "chronic pain", ("nofollow", "sponsored"),
         False),
        ("/y", "https://example.com/y", "", (), True),
    ]
    chronic = doc.links[2]
    assert PAGE[chronic.span.start:chronic.span.end].split() == ["chronic", "pain"]
    assert [(i.src, i.alt) for i in doc.images] == [("/i.png", "An image"), ("y.png", None)]
    for image in doc.images:
        assert PAGE[image.span.start:image.span.start + 4] == "<img"


def test_sniffing() -> None:
    assert sniff_format(PAGE) == "html"
    assert sniff_format("# Title\n\nSome *text*.") == "markdown"
    assert sniff_format("Just words.\n\nMore words.") == "text"
    assert sniff_format("whatever", name="x.md") == "markdown"
    assert sniff_format("whatever", media_type="text/html; charset=utf-8") == "html"


def test_garbage_html_does_not_raise() -> None:
    for junk in ("<", "<<<>>>", "<p><b><i>x", "</p></div>text", "<a href='x'>" * 200, "&#0;&#xD800;"):
        doc = parse_document(junk, "html")
        for block in doc.blocks:
            assert 0 <= block.span.start <= block.span.end <= len(junk)


def test_meta_description_span_is_the_tag() -> None:
    doc = parse_document(PAGE)
    span = doc.meta.description_span
    assert span is not None
    assert PAGE[span.start:span.end] == '<meta name="description" content="How massage helps.">'


def test_text_is_never_located_inside_a_tag_attribute() -> None:
    source = '<p><a href="#prices">prices</a> and <img alt="cheap" src="x.png"> cheap</p>'
    doc = parse_document(source, "html")
    (block,) = doc.blocks
    for needle in ("prices", "cheap"):
        i = block.text.index(needle)
        span = block.source_span(i, i + len(needle))
        assert source[span.start:span.end] == needle
        assert source[span.start - 1] in "> "


def test_malformed_urls_and_deep_nesting_do_not_raise() -> None:
    doc = parse_document('<p><a href="http://[::1">bad</a></p>' + "<div>" * 5000 + "deep", "html")
    assert doc.links[0].url is None
    assert doc.blocks[-1].text.endswith("deep")


def test_inline_lang_attributes_are_kept_as_ranges() -> None:
    source = '<html lang="en"><p>We say <span lang="ko">안녕하세요</span> to friends.</p></html>'
    (block,) = parse_document(source, "html").blocks
    i = block.text.index("안녕하세요")
    assert block.lang_at(i, i + 5) == "ko"
    assert block.lang_at(0, 2) == "en"


def test_inline_code_is_kept_as_ranges_and_blanked_in_prose_text() -> None:
    source = ("<p>Formats: <code>tar</code>, <kbd>Ctrl</kbd>, <samp>ok</samp>, <var>n</var> "
              "and <tt>zip</tt> <code> </code>.</p>")
    (block,) = parse_document(source, "html").blocks
    assert [block.text[a:b] for a, b in block.code_spans] == ["tar", "Ctrl", "ok", "n", "zip"]
    assert block.prose_text() == "Formats:    ,     ,   ,   and     ."
    assert len(block.prose_text()) == len(block.text)
