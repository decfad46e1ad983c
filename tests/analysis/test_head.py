"""The head scan: every tag with its place, comments and raw text skipped, robots parsed."""

from __future__ import annotations

from seokit.analysis.head import HeadScan, head_info, robots_directives, scan_head
from seokit.parse import parse_document

PAGE = """<html><head>
<!-- <meta name="robots" content="noindex"> -->
<META NAME="Robots" CONTENT="NoIndex">
<script>document.write('<link rel="canonical" href="/fake">')</script>
<link rel="alternate canonical" href='/a?x=1&amp;y=2'>
<meta property="og:title" content="A &amp; B">
<meta name=viewport content=width=device-width>
<script type="application/ld+json">{"a": 1}</script>
</head></html>"""


def test_tags_attributes_and_positions() -> None:
    doc = parse_document(PAGE, "html", url="https://example.com/dir/page")
    scan = scan_head(doc)
    assert [t.name for t in scan.tags] == ["html", "meta", "link", "meta", "meta"]
    [robots] = scan.meta("robots")
    assert robots.get("content") == "NoIndex"
    assert PAGE[robots.span.start:robots.span.end] == '<META NAME="Robots" CONTENT="NoIndex">'
    [canonical] = scan.links("canonical")  # the one in the script does not count
    assert canonical.get("href") == "/a?x=1&y=2"
    assert scan.meta("og:title")[0].get("content") == "A & B"
    assert scan.meta("viewport")[0].get("content") == "width=device-width"
    [script] = scan.json_ld
    assert script.text == '{"a": 1}' and PAGE[script.content_start] == "{"


def test_head_info_resolves_and_orders() -> None:
    doc = parse_document(PAGE, "html", url="https://example.com/dir/page")
    info = head_info(doc)
    [canonical] = info.canonicals
    assert (canonical.url, canonical.absolute) == ("https://example.com/a?x=1&y=2", False)
    assert [(d.directive, d.source) for d in info.robots] == [("noindex", "meta robots")]
    assert info.has_directive("noindex", "none") is info.robots[0]


def test_markdown_has_no_head() -> None:
    assert scan_head(parse_document("# Title\n\ntext", "markdown")) == HeadScan((), ())


def test_x_robots_tag_values() -> None:
    found = robots_directives(HeadScan((), ()), (
        "noindex", "googlebot: nofollow", "bingbot: noarchive, nosnippet",
        "unavailable_after: 25 Jun 2030 15:00:00 PST"))
    assert [d.directive for d in found] == [
        "noindex", "nofollow", "unavailable_after: 25 jun 2030 15:00:00 pst"]
    assert {d.source for d in found} == {"X-Robots-Tag"}


def test_scan_is_linear_on_a_huge_unclosed_script() -> None:
    import time

    source = "<html><head><script>" + "<meta name=x>" * 200_000
    doc = parse_document(source, "html")
    started = time.perf_counter()
    assert scan_head(doc).tags[0].name == "html"
    assert time.perf_counter() - started < 2.0
