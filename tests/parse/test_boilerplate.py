"""The main-content split: heuristics on the parsed page, and a CSS selector for the content."""

from __future__ import annotations

import time

import pytest

from seokit.errors import ConfigError
from seokit.parse import parse_document
from seokit.parse.boilerplate import is_boilerplate_name, select_main_content


@pytest.mark.parametrize(("token", "boilerplate"), [
    ("site-footer", True), ("main-navigation", True), ("nav-links", True), ("sidebar", True),
    ("widget_area", True), ("tagcloud", True), ("wp-block-tag-cloud", True),
    ("cookieBanner", True), ("cc-window", True), ("share-buttons", True),
    ("related-posts", True), ("breadcrumbs", True),
    # layout modifiers on the content wrapper itself, and content names
    ("has-sidebar", False), ("with-sidebar", False), ("sidebar-left", False),
    ("content-sidebar-wrap", False), ("entry-content", False), ("navigator", False),
    ("menus", False), ("post", False),
])
def test_class_and_id_tokens(token: str, boilerplate: bool) -> None:
    assert is_boilerplate_name(token) is boilerplate


PAGE = """<html><body>
<div class="wrap has-sidebar">
<header class="site-header"><p>Logo words here</p></header>
<div class="promo-strip"><p>Spring sale on everything</p></div>
<article class="post">
<h1>Massage</h1>
<p>Main text one.</p>
<div class="share-buttons"><p>Share this post</p></div>
<p>Main text two.</p>
</article>
<div id="secondary" class="widget-area"><p>Recent posts</p></div>
<div role="dialog" aria-label="Cookie consent"><p>We use cookies</p></div>
<div aria-label="Breadcrumb"><p>Home / Blog</p></div>
</div>
<footer><p>Copyright</p></footer>
</body></html>"""


def main_texts(doc: object) -> list[str]:
    return [b.text for b in doc.blocks if b.main]  # type: ignore[attr-defined]


def test_heuristics_mark_boilerplate_while_parsing() -> None:
    doc = parse_document(PAGE, "html")
    # the promo strip is not recognisable by its name: it stays main content
    assert main_texts(doc) == ["Spring sale on everything", "Massage", "Main text one.",
                               "Main text two."]


def test_selector_names_the_content_area() -> None:
    doc = select_main_content(parse_document(PAGE, "html"), "article.post")
    # boilerplate nested inside the content area stays out
    assert main_texts(doc) == ["Massage", "Main text one.", "Main text two."]
    assert len(doc.blocks) == len(parse_document(PAGE, "html").blocks)


def test_selector_overrides_a_misleading_ancestor() -> None:
    page = ('<div class="sidebar"><main id="content"><p>Article text.</p>'
            '<nav><p>Menu</p></nav></main></div><p>Outside.</p>')
    doc = parse_document(page, "html")
    assert main_texts(doc) == ["Outside."]  # the heuristic is fooled by the wrapper
    assert main_texts(select_main_content(doc, "#content")) == ["Article text."]


def test_selector_matching_nothing_changes_nothing() -> None:
    doc = parse_document(PAGE, "html")
    assert select_main_content(doc, ".no-such-thing") is doc


def test_markdown_and_text_are_unchanged() -> None:
    doc = parse_document("# Title\n\nText.", "markdown")
    assert select_main_content(doc, "article") is doc


def test_invalid_selector_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="invalid CSS selector"):
        select_main_content(parse_document(PAGE, "html"), "article[")


def test_keywords_measure_only_the_selected_content() -> None:
    from seokit.analysis.keywords import analyze_keywords
    from seokit.context import Context, Settings

    doc = select_main_content(parse_document(PAGE, "html"), "article.post")
    stats = analyze_keywords(Context(doc, Settings(language="en")))
    assert stats.total_words == 1 + 3 + 3


def test_selection_is_linear_in_page_size() -> None:
    page = "<main>" + "<div class='x'><p>word</p></div>" * 4000 + "</main>"
    doc = parse_document(page, "html")
    started = time.perf_counter()
    selected = select_main_content(doc, "main")
    assert time.perf_counter() - started < 5.0
    assert sum(b.main for b in selected.blocks) == 4000
