"""What the HTML report shows for one document, computed from its report: plain values for the
templates, which only lay them out (and escape everything: autoescape is on).

The measurements are read from each analyzer's JSON (``stats.to_json``), the same stable shape
the JSON report has, so this module follows the report contract rather than the analyzers'
internals. The one exception is the full text of the hardest sentences, which the JSON cuts
short; it is taken from the readability stats when they offer it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from seokit.document import Document, Span
from seokit.findings import Finding
from seokit.report import charts
from seokit.report.common import (
    SCORE_LABELS,
    SEVERITIES,
    category_label,
    category_rank,
    severity_counts,
    short,
)
from seokit.report.context import Snippet, snippet
from seokit.report.model import DocumentReport, RuleStatus
from seokit.text.langid import language_name

HARDEST = 5  # sentences shown as the hardest to read
KEYWORD_BARS = 15
EXCERPT = 180  # characters of each paragraph shown in the heat map

READABILITY_FIGURES = (
    ("flesch_reading_ease", "Flesch reading ease", "0-100, higher is easier; 60+ suits most readers"),
    ("flesch_kincaid_grade", "Flesch-Kincaid grade", "US school grade needed"),
    ("gunning_fog", "Gunning fog", "years of schooling needed"),
    ("smog_index", "SMOG", "years of schooling needed"),
    ("coleman_liau_index", "Coleman-Liau", "US school grade needed"),
    ("automated_readability_index", "ARI", "US school grade needed"),
    ("dale_chall", "Dale-Chall", "below 5 is easy for a 4th-grader"),
)


@dataclass(frozen=True, slots=True)
class Gauge:
    key: str
    label: str
    value: int | None
    css: str
    dash: str


@dataclass(frozen=True, slots=True)
class FindingView:
    code: str
    name: str
    severity: str
    message: str
    where: str
    help_url: str | None
    context: Snippet | None
    # the language of the highlighted text, when the finding is about foreign-language text
    lang: str | None = None


@dataclass(frozen=True, slots=True)
class SeverityGroup:
    severity: str
    findings: tuple[FindingView, ...]


@dataclass(frozen=True, slots=True)
class CategoryGroup:
    prefix: str
    label: str
    counts: Mapping[str, int]
    severities: tuple[SeverityGroup, ...]


@dataclass(frozen=True, slots=True)
class Paragraph:
    line: int | None
    kind: str
    words: int
    sentences: int | None
    ease: float | None
    css: str
    excerpt: str


@dataclass(frozen=True, slots=True)
class Sentence:
    line: int | None
    column: int | None
    words: int
    text: str


@dataclass(frozen=True, slots=True)
class KeywordBar:
    term: str
    count: int
    density: float
    width: float
    keyphrase: bool


@dataclass(frozen=True, slots=True)
class ForeignSpan:
    text: str
    language: str
    language_name: str
    script: str
    kind: str
    tagged: bool
    line: int | None
    column: int | None
    context: Snippet | None


@dataclass(frozen=True, slots=True)
class LinkRow:
    text: str
    target: str
    href: str | None  # only for http(s) targets: nothing else in the report is clickable
    kind: str
    rel: str
    status: str
    line: int | None


@dataclass(frozen=True)
class DocumentView:
    id: str
    name: str
    url: str | None
    format: str
    title: str | None
    language: str | None
    words: int | None
    gauges: tuple[Gauge, ...]
    overall: Gauge
    counts: Mapping[str, int]
    groups: tuple[CategoryGroup, ...]
    readability: Mapping[str, Any]
    figures: tuple[tuple[str, Any, str], ...]
    paragraphs: tuple[Paragraph, ...]
    strip: tuple[charts.StripCell, ...]
    hardest: tuple[Sentence, ...]
    long_sentences: int
    keyphrase: Mapping[str, Any] | None
    keywords: tuple[KeywordBar, ...]
    language_data: Mapping[str, Any]
    foreign: tuple[ForeignSpan, ...]
    links: tuple[LinkRow, ...]
    link_counts: Mapping[str, Any]
    structure: Mapping[str, Any]
    rules: Mapping[str, int]
    crashed: tuple[tuple[str, str], ...] = field(default=())
    suppressed: int = 0  # findings silenced by comments in the page or the config


def document_view(index: int, d: DocumentReport,
                  broken: Mapping[tuple[str, str], Mapping[str, Any]] | None = None) -> DocumentView:
    """``broken`` maps a site's broken links, ``(source page, target)``, to what the link
    checker found, so the link table can show it."""
    doc = d.document
    data = {name: stats.to_json(doc) for name, stats in d.metrics.items()}
    readability = data.get("readability") or {}
    keywords = data.get("keywords") or {}
    language = data.get("language") or {}
    links = data.get("links") or {}
    structure = data.get("structure") or {}
    gauges = tuple(_gauge(key, value) for key, value in d.scores.items())
    overall = next((g for g in gauges if g.key == "overall"), _gauge("overall", None))
    paragraphs = tuple(_paragraph(doc, p) for p in readability.get("paragraphs") or [])
    strip = charts.heat_strip([(p.words, p.ease, f"line {p.line}: reading ease "
                                + ("n/a" if p.ease is None else f"{p.ease:g}"))
                               for p in paragraphs])
    status = [r.status for r in d.results]
    return DocumentView(
        id=f"doc-{index + 1}",
        name=d.source,
        url=doc.url,
        format=doc.format.value,
        title=structure.get("title"),
        language=language.get("language") or language.get("detected"),
        words=readability.get("words"),
        gauges=tuple(g for g in gauges if g.key != "overall"),
        overall=overall,
        counts=severity_counts(d.findings),
        groups=_groups(doc, d.findings),
        readability=readability,
        figures=tuple((label, readability[key], hint) for key, label, hint in READABILITY_FIGURES
                      if readability.get(key) is not None),
        paragraphs=paragraphs,
        strip=tuple(strip),
        hardest=_hardest(d, readability),
        long_sentences=len(readability.get("long_sentences") or []),
        keyphrase=keywords.get("keyphrase"),
        keywords=_keyword_bars(keywords),
        language_data=language,
        foreign=tuple(_foreign(doc, s) for s in language.get("spans") or []),
        links=tuple(_link(item, (broken or {}).get((doc.url or doc.name, str(item.get("url")))))
                    for item in links.get("items") or []),
        link_counts={k: v for k, v in links.items() if k != "items"},
        structure=structure,
        rules={s.value: status.count(s) for s in RuleStatus},
        crashed=tuple((r.code, r.error or "") for r in d.results if r.status is RuleStatus.ERROR),
        suppressed=len(d.suppressed),
    )


def _gauge(key: str, value: int | None) -> Gauge:
    return Gauge(key, SCORE_LABELS.get(key, key.title()), value, charts.score_class(value),
                 charts.ring_dash(value))


def _groups(doc: Document, findings: Sequence[Finding]) -> tuple[CategoryGroup, ...]:
    by_category: dict[str, list[Finding]] = {}
    for f in findings:
        by_category.setdefault(f.code[:2], []).append(f)
    groups = []
    for prefix in sorted(by_category, key=lambda p: (category_rank(p), p)):
        found = by_category[prefix]
        severities = tuple(
            SeverityGroup(s.value, tuple(_finding(doc, f) for f in found if f.severity is s))
            for s in SEVERITIES if any(f.severity is s for f in found))
        groups.append(CategoryGroup(prefix, category_label(prefix), severity_counts(found),
                                    severities))
    return tuple(groups)


def _finding(doc: Document, f: Finding) -> FindingView:
    if f.location is not None:
        where = f"line {f.location.line}, column {f.location.column}"
    else:
        where = "whole document"
    context = snippet(doc, f.span) if f.span is not None else None
    lang = f.data.get("language") if f.code.startswith("LG") else None
    return FindingView(f.code, f.name, f.severity.value, f.message, where,
                       f.help_url if _web(f.help_url) else None, context,
                       lang if isinstance(lang, str) and lang else None)


def _paragraph(doc: Document, p: Mapping[str, Any]) -> Paragraph:
    block = p.get("block")
    text = doc.blocks[block].text if isinstance(block, int) and 0 <= block < len(doc.blocks) else ""
    ease = p.get("flesch_reading_ease")
    return Paragraph(p.get("line"), str(p.get("kind") or "paragraph"), int(p.get("words") or 0),
                     p.get("sentences"), ease, charts.ease_class(ease), short(text, EXCERPT))


def _hardest(d: DocumentReport, readability: Mapping[str, Any]) -> tuple[Sentence, ...]:
    """The longest sentences, longest first (ties in reading order)."""
    found = _full_sentences(d)
    if not found:  # the JSON's text is the sentence's start only
        for order, s in enumerate(readability.get("long_sentences") or []):
            text = " ".join(str(s.get("text") or "").split())
            words = int(s.get("words") or 0)
            cut = len(text.split()) < words  # fewer words shown than the sentence has
            found.append((-words, order, Sentence(s.get("line"), s.get("column"), words,
                                                  text + (" …" if cut else ""))))
    found.sort(key=lambda item: (item[0], item[1]))
    return tuple(item[2] for item in found[:HARDEST])


def _full_sentences(d: DocumentReport) -> list[tuple[int, int, Sentence]]:
    """The long sentences in full, from the readability stats when they offer them (a report
    rebuilt from JSON, or stats of another shape, fall back to the JSON)."""
    method = getattr(d.metrics.get("readability"), "long_sentences", None)
    if not callable(method):
        return []
    found = []
    try:
        for s in method():
            span = s.span(d.document)
            where = d.document.locate(span)
            words = int(s.words)
            found.append((-words, span.start,
                          Sentence(where.line, where.column, words, " ".join(str(s.text).split()))))
    except (AttributeError, TypeError, ValueError):
        return []
    return found


def _keyword_bars(keywords: Mapping[str, Any]) -> tuple[KeywordBar, ...]:
    phrase = ((keywords.get("keyphrase") or {}).get("phrase") or "").casefold()
    top = sorted(keywords.get("top") or [],
                 key=lambda t: (-float(t.get("density") or 0), str(t.get("term"))))[:KEYWORD_BARS]
    largest = max((float(t.get("density") or 0) for t in top), default=0.0)
    return tuple(KeywordBar(str(t.get("term")), int(t.get("count") or 0), float(t.get("density") or 0),
                            charts.bar_width(float(t.get("density") or 0), largest),
                            bool(phrase) and str(t.get("term")).casefold() == phrase)
                 for t in top)


def _foreign(doc: Document, s: Mapping[str, Any]) -> ForeignSpan:
    start, end = s.get("start"), s.get("end")
    context = None
    if isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(doc.source):
        context = snippet(doc, Span(start, end))
    code = str(s.get("language") or "und")
    name = "unknown language" if code == "und" else language_name(code)
    return ForeignSpan(str(s.get("text") or ""), code, name, str(s.get("script") or ""),
                       str(s.get("kind") or "").replace("-", " "), bool(s.get("tagged")),
                       s.get("line"), s.get("column"), context)


def _link(item: Mapping[str, Any], checked: Mapping[str, Any] | None) -> LinkRow:
    target = str(item.get("url") or item.get("href") or "")
    status = item.get("status")
    error = item.get("error")
    if status is None and checked is not None:
        status, error = checked.get("status"), checked.get("error")
    return LinkRow(
        text=str(item.get("text") or ""),
        target=target,
        href=target if _web(target) else None,
        kind=str(item.get("kind") or ""),
        rel=" ".join(item.get("rel") or []),
        status=str(status) if status is not None else (str(error) if error else ""),
        line=item.get("line"),
    )


def _web(url: str | None) -> bool:
    """An absolute http(s) URL without spaces or control characters: the only links the
    report makes clickable (a ``javascript:`` or ``data:`` href stays text)."""
    if not url or any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in url):
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)
