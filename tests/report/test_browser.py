"""The HTML report in a real headless Chromium: what a reader sees, and that nothing from a
hostile page runs. Needs Debian's ``chromium`` (``.ci/run`` installs it)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import jinja2
import pytest

import seokit
from seokit.report import html as html_report
from seokit.report import render
from tests.conftest import EXAMPLE_ARTICLE
from tests.report.browser import Browser, Page, find_chromium

FIXTURES = Path(__file__).resolve().parent / "fixtures"
HOSTILE = FIXTURES / "hostile.html"
MARKERS = """[...document.documentElement.attributes].map(a => a.name)
             .filter(n => n.startsWith('data-pwned'))"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    executable = find_chromium()
    if executable is None:
        pytest.fail("Chromium is needed for the HTML report tests: apt-get install chromium")
    instance = Browser(executable)
    try:
        yield instance
    finally:
        instance.close()


@pytest.fixture(scope="module")
def article_report() -> seokit.Report:
    return seokit.audit(EXAMPLE_ARTICLE, keyphrase="massage therapy")


def _open(browser: Browser, html: str, tmp_path: Path, **size: int) -> Page:
    path = tmp_path / "report.html"
    path.write_text(html, encoding="utf-8")
    return browser.open(path, **size)


def test_article_report_shows_scores_korean_spans_and_hardest_sentences(
        browser: Browser, article_report: seokit.Report, tmp_path: Path) -> None:
    page = _open(browser, render(article_report, "html"), tmp_path)
    d = article_report.documents[0]
    # every score, as the reader sees it next to its label
    gauges = page.evaluate("""[...document.querySelectorAll('#doc-1 .scores figure')]
        .map(f => f.innerText.replace(/\\s+/g, ' ').trim())""")
    expected = [f"{'n/a' if v is None else v} {k.title()}" for k, v in d.scores.items()]
    assert gauges == expected
    # the two Korean keywords are highlighted (the style applied: the CSP let the stylesheet
    # through), tagged with their language, and actually on screen
    marks = page.evaluate("""[...document.querySelectorAll('mark.foreign')].map(m => ({
        text: m.innerText, lang: m.lang, background: getComputedStyle(m).backgroundColor,
        width: m.getBoundingClientRect().width,
        label: m.nextElementSibling && m.nextElementSibling.innerText}))""")
    texts = [m["text"] for m in marks]
    for keyword in ("칠곡출장마사지", "영주출장마사지"):
        assert texts.count(keyword) == 2, texts  # in its finding and in the language section
    for mark in marks:
        assert mark["lang"] == "ko" and mark["label"] == "ko"
        # the report's own pink, not the browser's default yellow for <mark>
        assert mark["background"] == "rgb(249, 199, 228)"
        assert mark["width"] > 0
    # the hardest sentences: longest first, in full
    readability = d.to_dict()["readability"]
    longest = max(s["words"] for s in readability["long_sentences"])
    hardest = page.evaluate("""[...document.querySelectorAll('#doc-1 ol.hardest li')].map(li => ({
        words: li.querySelector('.muted').innerText, text: li.querySelector('.sentence').innerText}))""")
    assert len(hardest) == min(5, len(readability["long_sentences"]))
    assert hardest[0]["words"].endswith(f"{longest} words")
    source = " ".join(EXAMPLE_ARTICLE.read_text(encoding="utf-8").split())
    for item in hardest:
        assert item["text"] in source and item["text"].endswith(".")
    first = next(s for s in readability["long_sentences"] if s["words"] == longest)
    assert hardest[0]["text"].startswith(first["text"]) and len(hardest[0]["text"]) > 80
    visible = page.evaluate("document.body.innerText")
    assert "Flesch reading ease" in visible and "Reading ease by paragraph" in visible
    assert "Keyword density" in visible and "massage therapy" in visible
    # one file, nothing else fetched, no policy violations or errors
    requests = [e["request"]["url"] for e in page.events("Network.requestWillBeSent")]
    assert requests == [(tmp_path / "report.html").as_uri()]
    assert page.events("Log.entryAdded") == []


def test_report_fits_a_phone_screen(browser: Browser, article_report: seokit.Report,
                                    tmp_path: Path) -> None:
    page = _open(browser, render(article_report, "html"), tmp_path, width=375, height=740, mobile=True)
    # wide tables scroll inside their own box; the page itself never scrolls sideways
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    assert page.evaluate("document.querySelector('.gauge').getBoundingClientRect().width") > 0


def test_hostile_page_runs_no_script_in_the_report(browser: Browser, tmp_path: Path) -> None:
    report = seokit.audit(HOSTILE)
    page = _open(browser, render(report, "html"), tmp_path)
    assert page.evaluate(MARKERS) == []
    assert page.evaluate("document.title").startswith("seokit report: Cheap deals <script>")
    assert page.evaluate("document.scripts.length") == 0
    # no element carries an event handler, and no link runs script or loads data
    handlers = page.evaluate("""[...document.querySelectorAll('*')].flatMap(e =>
        [...e.attributes].filter(a => a.name.startsWith('on')).map(a => e.tagName + ' ' + a.name))""")
    assert handlers == []
    hrefs = page.evaluate("[...document.querySelectorAll('a[href]')].map(a => a.href)")
    assert hrefs and all(re.match(r"(https?:|file:.*#)", h) for h in hrefs), hrefs
    # in-page links are safe to follow here; the others would leave the page
    page.evaluate("document.querySelectorAll('a[href^=\"#\"]').forEach(a => a.click())")
    assert page.evaluate(MARKERS) == []
    # the hostile text is shown, as text, where a reader can see what the page contains
    visible = page.evaluate("document.body.innerText")
    assert "Deals <img src=x onerror=" in visible
    assert "<svg onload=" in visible and "<style>body{display:none}</style>" in visible
    assert 'https://evil.test/"><script>' in visible
    assert "javascript:document.documentElement.setAttribute('data-pwned-href','1')" in visible
    assert "칠곡출장마사지" in visible
    assert page.evaluate("getComputedStyle(document.body).display") == "block"


def test_hostile_page_payloads_are_live(browser: Browser) -> None:
    """The control: opened directly, the hostile page's payloads do run in this browser, so
    the test above would see them if the report let them through."""
    page = browser.open(HOSTILE)
    assert {"data-pwned-page-script", "data-pwned-img"} <= set(page.evaluate(MARKERS))


_ENVIRONMENT = html_report.environment


def _unescaped_environment() -> jinja2.Environment:
    env = _ENVIRONMENT()
    env.autoescape = False
    return env


def test_the_policy_alone_stops_scripts_that_escaping_missed(
        browser: Browser, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Defence in depth: with escaping switched off the payloads land in the report as markup,
    and the Content-Security-Policy still lets none of them run. Without the policy they do."""
    monkeypatch.setattr(html_report, "environment", _unescaped_environment)
    injected = render(seokit.audit(HOSTILE), "html")
    assert "<script>document.documentElement.setAttribute('data-pwned-title','1')</script>" in injected
    page = _open(browser, injected, tmp_path)
    assert page.evaluate("document.scripts.length") > 0
    assert page.evaluate(MARKERS) == []
    violations = [e["entry"]["text"] for e in page.events("Log.entryAdded")]
    assert any("Content Security Policy" in text for text in violations), json.dumps(violations)
    without_policy = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", injected)
    assert without_policy != injected
    (tmp_path / "open").mkdir()
    page = _open(browser, without_policy, tmp_path / "open")
    assert "data-pwned-title" in page.evaluate(MARKERS)


def test_site_table_sorts_and_filters_without_javascript(browser: Browser, tmp_path: Path) -> None:
    from tests.report.sample import load_sample

    page = _open(browser, render(load_sample(), "html"), tmp_path)

    def shown() -> list[str]:
        value: list[str] = page.evaluate("""[...document.querySelectorAll('.pages table.by')]
            .filter(t => t.offsetParent !== null)
            .flatMap(t => [...t.querySelectorAll('tbody tr')].filter(r => r.offsetParent !== null)
            .map(r => r.cells[0].innerText.replace('https://harbor-wellness.example/', '')))""")
        return value

    assert shown() == ["about.html", "blog.html", "contact.html", "index.html",
                       "massage-for-back-pain.html", "old-offer.html", "services.html"]
    page.evaluate("document.querySelector('label[for=sort-depth]').click()")
    assert shown()[0] == "index.html" and shown()[-1] == "old-offer.html"
    page.evaluate("document.querySelector('label[for=filter-orphan]').click()")
    assert shown() == ["old-offer.html"]
    page.evaluate("document.querySelector('label[for=filter-brokenlinks]').click()")
    assert shown() == ["services.html"]
    page.evaluate("document.querySelector('label[for=filter-all]').click()")
    page.evaluate("document.querySelector('label[for=sort-inlinks]').click()")
    assert shown()[0] == "index.html" and len(shown()) == 7
    assert page.evaluate("document.scripts.length") == 0
