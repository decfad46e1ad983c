"""The HTML report's markup without a browser: self-contained, policy and stylesheet hash in
agreement, every page value escaped; and the helpers behind it (context, charts)."""

from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

import seokit
from seokit.document import Span
from seokit.parse import parse_document
from seokit.report import charts, render
from seokit.report.context import snippet
from tests.report.sample import load_sample

HOSTILE = Path(__file__).resolve().parent / "fixtures" / "hostile.html"


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.style = ""
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.style += data


def _parse(html: str) -> _Collector:
    collector = _Collector()
    collector.feed(html)
    return collector


@pytest.mark.parametrize("source", ["sample", "hostile"])
def test_self_contained_with_a_matching_policy(source: str) -> None:
    report = load_sample() if source == "sample" else seokit.audit(HOSTILE)
    html = render(report, "html")
    page = _parse(html)
    metas = [a for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert len(metas) == 1
    policy = metas[0]["content"] or ""
    assert "script-src 'none'" in policy and "default-src 'none'" in policy
    digest = base64.b64encode(hashlib.sha256(page.style.encode()).digest()).decode()
    assert f"style-src 'sha256-{digest}'" in policy
    # the policy comes first, before anything it governs
    assert html.index("Content-Security-Policy") < html.index("<style>") < html.index("<body>")
    tags = {t for t, _ in page.tags}
    assert not tags & {"script", "img", "iframe", "object", "embed", "link", "base", "form"}
    assert all(a.get("type") == "radio" for t, a in page.tags if t == "input")
    for tag, attrs in page.tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert "style" not in attrs and "src" not in attrs
        href = attrs.get("href")
        if href is not None:
            assert re.match(r"(https?://|#)", href), href


def test_hostile_text_is_escaped_where_it_appears() -> None:
    html = render(seokit.audit(HOSTILE), "html")
    assert "<script>document" not in html and "<img src=x" not in html and "<svg onload" not in html
    assert "&lt;script&gt;document.documentElement.setAttribute(" in html
    assert "&lt;img src=x onerror=" in html
    # a URL with a quote stays inside its attribute
    assert 'href="https://evil.test/&#34;&gt;&lt;script&gt;' in html
    assert 'href="javascript' not in html.lower() and 'href="data:' not in html


def test_context_is_the_visible_text_around_the_span() -> None:
    source = "<html><body><p>Some <b>bold</b> words before 칠곡출장마사지 and after.</p></body></html>"
    doc = parse_document(source, "html")
    start = source.index("칠곡")
    s = snippet(doc, Span(start, start + 7))
    assert (s.before, s.text, s.after, s.visible) == ("Some bold words before ", "칠곡출장마사지",
                                                       " and after.", True)
    # outside any block (the markup of the head), the source line is shown as it is
    source = "<html><head><title>A title</title></head><body><p>x</p></body></html>"
    doc = parse_document(source, "html")
    start = source.index("A title")
    s = snippet(doc, Span(start, start + 7))
    assert (s.before, s.text, s.after, s.visible) == ("<html><head><title>", "A title",
                                                       "</title></head><body><p>x</p></body></html>",
                                                       False)


def test_long_context_is_cut_at_words() -> None:
    words = " ".join(f"word{i}" for i in range(200))
    source = f"{words} TARGET {words}"
    doc = parse_document(source, "text")
    start = source.index("TARGET")
    s = snippet(doc, Span(start, start + 6), around=40)
    assert s.text == "TARGET"
    assert s.before.startswith("… word") and len(s.before) <= 42
    assert s.after.endswith("…") and len(s.after) <= 42


def test_chart_geometry() -> None:
    assert charts.score_class(90) == "good" and charts.score_class(89) == "average"
    assert charts.score_class(49) == "poor" and charts.score_class(None) == "na"
    assert charts.ring_dash(50) == f"{round(charts.RING_CIRCUMFERENCE / 2, 2)} {charts.RING_CIRCUMFERENCE}"
    assert [charts.ease_class(e) for e in (80, 65, 55, 40, 10, None)] == \
        ["ease-4", "ease-3", "ease-2", "ease-1", "ease-0", "ease-na"]
    strip = charts.heat_strip([(30, 80.0, "a"), (10, 20.0, "b")], width=100)
    assert [(c.x, c.width, c.css) for c in strip] == [(0.0, 75.0, "ease-4"), (75.0, 25.0, "ease-0")]
    chart = charts.column_chart([("0", 1, "depth"), ("1", 4, "depth")])
    assert chart.bars[1].height == chart.baseline - chart.bars[1].y
    assert chart.bars[0].height == pytest.approx(chart.bars[1].height / 4, abs=0.01)
