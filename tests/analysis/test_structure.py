"""The structure analysis on inputs whose every value was worked out by hand."""

from __future__ import annotations

import json
import time

import pytest

from seokit.analysis.structure import StructureStats, analyze_structure
from seokit.context import Context
from seokit.data.arial_widths import char_width, text_width
from seokit.document import Document, Format, Meta, Span
from seokit.parse import parse_document

# Line numbers matter: the tests below name them.
PAGE = """<!doctype html>
<html lang="en-GB">
<head>
<title>Massage therapy guide</title>
<meta name="description" content="How massage eases chronic pain.">
<meta name="robots" content="noindex, follow">
<meta property="og:title" content="Massage guide">
<link rel="canonical" href="https://example.com/guide">
<link rel="alternate" hreflang="de" href="https://example.com/de/guide">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Article"}</script>
<script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, {"@type": ["Person", "Thing"]}]}</script>
<script type="application/ld+json">{"@type": "Article",}</script>
</head>
<body>
<header><a href="/"><img src="logo.png" alt=""></a></header>
<h1>Massage therapy</h1>
<p><img src="hands.jpg" alt="Hands on a back"> <img src="divider.png" alt=""> <img src="chart.png"></p>
<h3>Benefits</h3>
<h2></h2>
<h2>Prices</h2>
<h4>Discounts</h4>
<h1>Book now</h1>
</body>
</html>
"""


def _structure(text: str, fmt: str, url: str | None = None) -> tuple[Document, StructureStats]:
    doc = parse_document(text, fmt, url=url)
    return doc, analyze_structure(Context(doc))


def test_html_page_head() -> None:
    doc, stats = _structure(PAGE, "html")
    out = stats.to_json(doc)
    assert (out["title"], out["title_length"]) == ("Massage therapy guide", 21)
    # M833 a556 s500 s500 a556 g556 e556 + 278 + t278 h556 e556 r333 a556 p556 y500 + 278
    # + g556 u556 i222 d556 e556 = 10394 thousandths of an em, at 20 px
    assert out["title_pixels"] == 207.9
    assert (out["description"], out["description_length"]) == (
        "How massage eases chronic pain.", 31)
    assert out["canonical"] == "https://example.com/guide"
    assert (out["robots"], out["noindex"], out["nofollow"]) == (["noindex", "follow"], True,
                                                                 False)
    assert out["open_graph"] == {"title": "Massage guide", "description": None, "image": None}
    assert out["lang"] == "en-GB"
    assert out["hreflang"] == [{"lang": "de", "url": "https://example.com/de/guide"}]


def test_html_page_json_ld() -> None:
    doc, stats = _structure(PAGE, "html")
    blocks = stats.to_json(doc)["json_ld"]
    assert [(b["valid"], b["types"]) for b in blocks] == [
        (True, ["Article"]), (True, ["Person", "Thing", "WebPage"]), (False, [])]
    assert blocks[2]["error"].startswith("Expecting property name")


def test_html_page_headings() -> None:
    doc, stats = _structure(PAGE, "html")
    out = stats.to_json(doc)
    assert [(h["level"], h["text"], h["line"]) for h in out["headings"]] == [
        (1, "Massage therapy", 16), (3, "Benefits", 18), (2, "", 19), (2, "Prices", 20),
        (4, "Discounts", 21), (1, "Book now", 22)]
    assert out["h1_count"] == 2
    assert out["skipped_levels"] == [{"from": 1, "to": 3, "line": 18, "column": 1},
                                     {"from": 2, "to": 4, "line": 21, "column": 1}]
    assert out["empty_headings"] == [{"level": 2, "line": 19, "column": 1}]


def test_html_page_images() -> None:
    doc, stats = _structure(PAGE, "html")
    out = stats.to_json(doc)
    assert (out["images"], out["images_without_alt"], out["images_with_empty_alt"]) == (4, 1, 2)
    # only the logo is a link's whole content
    assert [(i.image.src, i.in_unnamed_link) for i in stats.images] == [
        ("logo.png", True), ("hands.jpg", False), ("divider.png", False), ("chart.png", False)]


def test_example_article(example_text: str) -> None:
    doc, stats = _structure(example_text, "text")
    out = stats.to_json(doc)
    title = "Embracing Holistic Healing: Exploring Pain Management through Massage Therapy"
    assert (out["title"], out["title_length"]) == (title, 77)
    # the title line and seven section labels (the conclusion has no label)
    assert [(h["level"], h["text"], h["line"]) for h in out["headings"]] == [
        (1, title, 1), (2, "Understanding Chronic Pain:", 6),
        (2, "The Limitations of Conventional Treatments:", 11),
        (2, "The Holistic Approach of Massage Therapy:", 16),
        (2, "Alleviating Musculoskeletal Pain:", 21), (2, "Relieving Nerve Pain:", 26),
        (2, "Addressing Psychological Factors:", 31), (2, "Improving Quality of Life:", 36)]
    assert out["h1_count"] == 1
    assert out["skipped_levels"] == [] and out["empty_headings"] == []
    assert out["description"] is None and out["description_length"] == 0
    assert (out["images"], out["json_ld"], out["canonical"], out["robots"]) == (0, [], None, [])


MARKDOWN = """---
title: Massage guide
description: How massage eases pain.
---

# Massage guide

##

Text with ![a chart](chart.png) and ![](divider.png).

```markdown
#
```

Prices
------

#### Discounts ####
"""


def test_markdown_structure() -> None:
    doc, stats = _structure(MARKDOWN, "markdown")
    out = stats.to_json(doc)
    assert (out["title"], out["description"]) == ("Massage guide", "How massage eases pain.")
    assert [(h["level"], h["text"], h["line"], h["column"]) for h in out["headings"]] == [
        (1, "Massage guide", 6, 1), (2, "", 8, 1), (2, "Prices", 16, 1),
        (4, "Discounts", 19, 1)]
    assert out["skipped_levels"] == [{"from": 2, "to": 4, "line": 19, "column": 1}]
    assert out["empty_headings"] == [{"level": 2, "line": 8, "column": 1}]
    assert (out["images"], out["images_without_alt"], out["images_with_empty_alt"]) == (2, 0, 1)
    assert stats.front_matter is True


def test_textless_html_headings_edge_cases() -> None:
    html = ("<h1>Title</h1>\n<h2 hidden></h2>\n<template><h2></h2></template>\n"
            "<h3><img src='x.png' alt='Acme &amp; Co'></h3>\n<h4>\n</h4>\n<h5>unclosed\n"
            "<h6><br></h6>\n<!-- unclosed comment <h2></h2>")
    _, stats = _structure(html, "html")
    assert [(h.level, h.text) for h in stats.headings] == [
        (1, "Title"), (3, "Acme & Co"), (4, ""), (5, "unclosed"), (6, "")]


def test_title_width_table() -> None:
    assert text_width("Hello") == pytest.approx(45.56)  # (722 + 556 + 222 + 222 + 556) * 0.02
    assert char_width("é") == char_width("e") == 556  # accents take their letter's width
    assert char_width("칠") == 1000  # wide characters take a full em
    assert char_width("\u0301") == 0  # a combining accent adds nothing


def test_empty_document() -> None:
    doc, stats = _structure("", "text")
    out = stats.to_json(doc)
    assert (out["title"], out["title_length"], out["title_pixels"]) == (None, 0, None)
    assert out["headings"] == [] and out["h1_count"] == 0


def test_deeply_nested_json_ld_is_reported_not_raised() -> None:
    deep = "[" * 100_000 + "]" * 100_000
    _, stats = _structure(f'<script type="application/ld+json">{deep}</script>', "html")
    assert stats.json_ld[0].valid is False and stats.json_ld[0].error


def test_deterministic() -> None:
    runs = {json.dumps(_structure(PAGE, "html")[1].to_json(parse_document(PAGE, "html")))
            for _ in range(3)}
    assert len(runs) == 1


def test_many_unclosed_headings_are_scanned_in_linear_time() -> None:
    # built by hand: the parser itself cannot take 20,000 nested headings yet
    source = "<h2>" * 20_000 + "<h2></h2>" + "<script>" + "<h3></h3>" * 10 + " " * 200_000
    doc = Document(source, Format.HTML, Meta(), ())
    started = time.perf_counter()
    stats = analyze_structure(Context(doc))
    assert time.perf_counter() - started < 5  # a quadratic scan takes minutes
    assert [(h.level, h.span) for h in stats.headings] == [(2, Span(80_000, 80_003))]
