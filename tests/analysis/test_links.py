"""The links analysis on inputs whose every count was worked out by hand."""

from __future__ import annotations

import json

import pytest

from seokit.analysis.links import LinkKind, LinkStats, analyze_links, clean_href, href_scheme
from seokit.context import Context
from seokit.data.generic_anchors import generic_anchors, normalize_anchor
from seokit.document import Block, BlockKind, Document, Format, Link, Meta, Span
from seokit.parse import parse_document

PAGE_URL = "https://www.example.com/guide"
# Line numbers matter: the tests below name them.
PAGE = """<!doctype html>
<html lang="en">
<head>
<title>Massage therapy guide</title>
<link rel="canonical" href="https://www.example.com/guide">
</head>
<body>
<nav><a href="/">Home</a> <a href="https://www.example.com/blog">Blog</a></nav>
<main>
<h1 id="top-heading">Massage therapy</h1>
<p>Massage eases chronic pain. Read <a href="https://pubmed.example.org/1" rel="nofollow">the trial</a>
or call <a href="tel:+4912345">our clinic</a>, email <a href="mailto:info@example.com">the team</a>,
see <a href="#prices">our prices</a> and <a href="#nowhere">the missing part</a>.</p>
<p>Partners: <a href="https://shop.example.net/oils" rel="sponsored noopener">massage oils</a>,
<a href="//example.com:443/about">about us</a>, <a href="http://EXAMPLE.com:80/contact">Contact page</a>,
<a href="https://example.com:8443/a">Admin area</a>, <a href="forum/t1" rel="ugc nofollow">forum thread</a>,
<a href="javascript:void(0)">menu</a>, <a href="ftp://files.example.org/a.pdf">brochure</a>.</p>
<h2 id="prices">Prices</h2>
</main>
<footer><a href="https://twitter.com/example">Twitter</a></footer>
</body>
</html>
"""
# (text, kind, line, main) for every link, in document order
EXPECTED = [
    ("Home", "internal", 8, False),
    ("Blog", "internal", 8, False),
    ("the trial", "external", 11, True),
    ("our clinic", "tel", 12, True),
    ("the team", "mailto", 12, True),
    ("our prices", "fragment", 13, True),
    ("the missing part", "fragment", 13, True),
    ("massage oils", "external", 14, True),
    ("about us", "internal", 15, True),  # //example.com:443 is the page's host and port
    ("Contact page", "internal", 15, True),  # http on port 80 is still the same site
    ("Admin area", "external", 16, True),  # another port is another site
    ("forum thread", "internal", 16, True),
    ("menu", "javascript", 17, True),
    ("brochure", "other", 17, True),
    ("Twitter", "external", 20, False),
]


def _links(text: str, fmt: str, url: str | None = None) -> tuple[Document, LinkStats]:
    doc = parse_document(text, fmt, url=url)
    return doc, analyze_links(Context(doc))


def test_html_page_every_link_classified() -> None:
    doc, stats = _links(PAGE, "html", PAGE_URL)
    items = stats.to_json(doc)["items"]
    got = [(i["text"], i["kind"], i["line"], i["main"]) for i in items]
    assert got == EXPECTED
    assert all(i["status"] is None for i in items)


def test_html_page_counts() -> None:
    doc, stats = _links(PAGE, "html", PAGE_URL)
    out = stats.to_json(doc)
    assert (out["internal"], out["external"]) == (5, 4)
    assert (out["nofollow"], out["sponsored"], out["ugc"]) == (2, 1, 1)
    assert out["kinds"] == {"internal": 5, "external": 4, "fragment": 2, "mailto": 1, "tel": 1,
                            "javascript": 1, "other": 1}
    assert out["domains"] == ["example.com:8443", "pubmed.example.org", "shop.example.net",
                              "twitter.com"]
    # main text: "Massage therapy" (2) + first paragraph (21) + second (13) + "Prices" (1)
    assert out["main_words"] == 37
    assert out["main_links"] == 12
    assert out["per_100_words"] == 32.43  # 1200 / 37, rounded


def test_html_page_positions_and_fragments() -> None:
    doc, stats = _links(PAGE, "html", PAGE_URL)
    by_text = {i["text"]: i for i in stats.to_json(doc)["items"]}
    # 36 characters of <p> and text, then a 54-character opening tag
    assert (by_text["the trial"]["line"], by_text["the trial"]["column"]) == (11, 91)
    assert (by_text["our prices"]["line"], by_text["our prices"]["column"]) == (13, 23)
    assert by_text["our prices"]["target_found"] is True
    assert by_text["the missing part"]["target_found"] is False
    assert by_text["the trial"]["rel"] == ["nofollow"]
    assert by_text["massage oils"]["rel"] == ["noopener", "sponsored"]
    for item in stats.items:  # every span slices back to the anchor text
        assert item.link.span is not None
        assert doc.source[item.link.span.start:item.link.span.end] == item.link.text


def test_page_url_falls_back_to_the_canonical_url() -> None:
    _, stats = _links(PAGE, "html")
    assert stats.page_url == PAGE_URL
    assert (stats.internal, stats.external) == (5, 4)


MARKDOWN = """---
title: Massage guide
---

# Massage guide

See [the study](https://example.org/study "Study") and [our prices](/prices).
Jump to [FAQ](#faq) or [setup](#setup-guide). Mail [us](mailto:team@example.com).

## FAQ

Questions [here](#nope).
"""


def test_markdown_links() -> None:
    doc, stats = _links(MARKDOWN, "markdown")
    kinds = [(i.link.text, i.kind.value, i.target_found) for i in stats.items]
    assert kinds == [
        ("the study", "external", None), ("our prices", "internal", None),
        ("FAQ", "fragment", True), ("setup", "fragment", False),
        ("us", "mailto", None), ("here", "fragment", False),
    ]
    assert stats.domains == ("example.org",)
    # "Massage guide" 2 + paragraph 13 + "FAQ" 1 + "Questions here" 2
    assert (stats.main_words, stats.main_links) == (18, 6)
    assert stats.per_100_words == pytest.approx(100 * 6 / 18)
    out = stats.to_json(doc)
    assert [(i["line"], i["column"]) for i in out["items"]] == [
        (7, 6), (7, 57), (8, 10), (8, 25), (8, 53), (12, 12)]


def test_markdown_with_a_page_url_makes_same_host_links_internal() -> None:
    _, stats = _links(MARKDOWN, "markdown", "https://example.org/guide")
    assert (stats.internal, stats.external, stats.domains) == (2, 0, ())


def test_plain_text_example_article_has_no_links(example_text: str) -> None:
    doc, stats = _links(example_text, "text")
    out = stats.to_json(doc)
    assert out["items"] == [] and out["internal"] == out["external"] == 0
    assert out["domains"] == []
    assert out["main_words"] > 500 and out["per_100_words"] == 0.0


def test_empty_document() -> None:
    doc, stats = _links("", "text")
    assert stats.items == () and stats.main_words == 0 and stats.per_100_words is None
    assert json.dumps(stats.to_json(doc))


def _document(*hrefs: str, url: str | None = None) -> Document:
    """A hand-built document, for hrefs the parser cannot produce."""
    text = " ".join(f"link{i}" for i in range(len(hrefs)))
    block = Block(0, BlockKind.PARAGRAPH, text, Span(0, len(text)), ())
    links = tuple(Link(href, None, f"link{i}", Span(6 * i, 6 * i + 5), block=0)
                  for i, href in enumerate(hrefs))
    return Document(text, Format.HTML, Meta(), (block,), links, url=url)


@pytest.mark.parametrize(("href", "kind", "error"), [
    ("http://[::1", LinkKind.OTHER, "malformed URL"),
    ("http://", LinkKind.OTHER, "malformed URL"),
    ("https://example.com:99999/", LinkKind.OTHER, "malformed URL"),
    ("", LinkKind.OTHER, "empty href"),
    ("  \t ", LinkKind.OTHER, "empty href"),
    (" java\tscript:alert(1)", LinkKind.JAVASCRIPT, None),
    ("JAVASCRIPT:void(0)", LinkKind.JAVASCRIPT, None),
    ("Mailto:a@example.com", LinkKind.MAILTO, None),
    ("tel:+1-555-0100", LinkKind.TEL, None),
    ("file:///etc/passwd", LinkKind.OTHER, None),
    ("data:text/html,hi", LinkKind.OTHER, None),
    ("../up", LinkKind.INTERNAL, None),
    ("?page=2", LinkKind.INTERNAL, None),
    ("#", LinkKind.FRAGMENT, None),
    ("https://bücher.example/", LinkKind.EXTERNAL, None),
])
def test_awkward_hrefs_without_a_base_url(href: str, kind: LinkKind, error: str | None) -> None:
    stats = analyze_links(Context(_document(href)))
    assert (stats.items[0].kind, stats.items[0].error) == (kind, error)


def test_idna_hosts_compare_equal() -> None:
    doc = _document("https://xn--bcher-kva.example/a", "https://WWW.Bücher.example./b",
                    url="https://bücher.example/")
    kinds = [item.kind for item in analyze_links(Context(doc)).items]
    assert kinds == [LinkKind.INTERNAL, LinkKind.INTERNAL]


def test_link_to_the_page_itself_with_a_fragment_is_a_fragment_link() -> None:
    _, stats = _links('<p><a href="guide#prices">Prices</a> <a href="other#x">Other</a></p>'
                      '<h2 id="prices">Prices</h2>', "html", PAGE_URL)
    assert [(i.kind, i.fragment, i.target_found) for i in stats.items] == [
        (LinkKind.FRAGMENT, "prices", True), (LinkKind.INTERNAL, None, None)]


def test_fragment_rules_top_routes_and_percent_encoding() -> None:
    html = ('<p><a href="#top">a</a> <a href="#/settings">b</a> <a href="#caf%C3%A9">c</a> '
            '<a href="#Café">d</a></p><h2 id="café">Café</h2>')
    _, stats = _links(html, "html")
    assert [i.target_found for i in stats.items] == [None, None, True, False]


def test_images_wrapped_by_links_without_text() -> None:
    html = ('<p><a href="/"><img src="a.png" alt=""><img src="b.png" alt="Home"></a> '
            '<img src="c.png"> <a href="/x">Text <img src="d.png"></a> '
            '<a href="/y"><img src="e.png"></a></p>')
    doc, stats = _links(html, "html")
    assert [doc.images[i].src for item in stats.items for i in item.images] == [
        "a.png", "b.png", "e.png"]
    assert stats.items[1].images == ()  # it has text: its image is not its name


def test_helpers() -> None:
    assert clean_href(" \x00java\nscript:x \t") == "javascript:x"
    assert href_scheme("HTTPS://a") == "https" and href_scheme("/a:b") == ""


def test_deterministic() -> None:
    first = json.dumps(_links(PAGE, "html", PAGE_URL)[1].to_json(parse_document(PAGE, "html")))
    second = json.dumps(_links(PAGE, "html", PAGE_URL)[1].to_json(parse_document(PAGE, "html")))
    assert first == second


def test_large_page_with_unclosed_markup_is_measured() -> None:
    links = "".join(f'<p>Item {i} <a href="/p{i}">page {i}</a></p>\n' for i in range(3000))
    broken = '<a href="/z"><img src="z.png">' * 2000  # image links that never close
    _, stats = _links(f"<html><body>{links}{broken}</body></html>", "html")
    assert stats.internal == 5000
    assert stats.main_words == 3000 * 4
    assert sum(1 for item in stats.items if item.images) == 2000


def test_anchor_text_inside_its_own_href_is_located_at_the_text() -> None:
    doc, stats = _links('<p><a href="#prices">prices</a></p>', "html")
    assert stats.to_json(doc)["items"][0]["column"] == 22


@pytest.mark.parametrize(("text", "normalized"), [
    ("Read more »", "read more"), ("  Click   HERE! ", "click here"), ("Aquí", "aqui"),
    ("Plus d’informations…", "plus d'informations"), ("→ Mehr", "mehr"),
    ("En savoir +", "en savoir +"), ("Läs mer", "las mer"),
])
def test_anchor_text_normalization(text: str, normalized: str) -> None:
    assert normalize_anchor(text) == normalized


def test_generic_anchors_by_language() -> None:
    assert "hier" in generic_anchors("de-AT") and "click here" not in generic_anchors("de")
    assert "click here" in generic_anchors("EN_us")
    everything = generic_anchors(None)
    assert {"click here", "hier", "ici", "aqui", "qui", "klik hier", "leia mais"} <= everything
    assert generic_anchors("hu") == everything  # no table for Hungarian: check them all
