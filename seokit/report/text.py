"""The terminal report, drawn with rich: colour on a terminal, plain text when piped, written
to a file or when NO_COLOR is set.

Every line is printed with soft wrapping, so rich never breaks or cuts a line to fit a width:
the terminal wraps long lines itself, and the plain text is the same whatever the width
(``COLUMNS``, a narrow CI log, a wide screen). Colour only adds styles to the same text.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from typing import Any, TextIO

from rich.console import Console
from rich.text import Text

from seokit.report.charts import score_class
from seokit.report.common import all_counts, printable, site_findings
from seokit.report.model import DocumentReport, Report, RuleStatus

READABILITY_FIELDS = (
    ("flesch_reading_ease", "Flesch reading ease"),
    ("flesch_kincaid_grade", "Flesch-Kincaid grade"),
    ("gunning_fog", "Gunning fog"),
    ("smog_index", "SMOG"),
    ("coleman_liau_index", "Coleman-Liau"),
    ("automated_readability_index", "ARI"),
)
SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
SCORE_STYLE = {"good": "green", "average": "yellow", "poor": "bold red", "na": "dim"}
WIDTH = 100  # only for rich's internals: soft-wrapped lines are never cut to it


def render_text(report: Report, *, color: bool = False) -> str:
    """The report as terminal text; ``color`` adds ANSI styles (the text stays the same)."""
    console = Console(file=io.StringIO(), width=WIDTH, force_terminal=color,
                      color_system="standard" if color else None, no_color=not color,
                      highlight=False, emoji=False, markup=False, soft_wrap=True,
                      _environ={})  # nothing from the environment changes the output
    for d in report.documents:
        _document(console, d)
        console.print()
    if report.site:
        _site(console, report.site, site_findings(report))
        console.print()
    for failure in report.errors:
        console.print(Text(printable(failure.source), style="bold"))
        console.print(Text.assemble("  ", ("error", "bold red"), f": {printable(failure.error)}"))
        console.print()
    console.print(_summary(report))
    out = console.file
    assert isinstance(out, io.StringIO)
    return out.getvalue()


def wants_color(stream: TextIO) -> bool:
    """Whether output to this stream should be coloured: a terminal, and neither NO_COLOR
    nor TERM=dumb says otherwise (rich reads the environment; FORCE_COLOR forces colour)."""
    probe = Console(file=stream)
    return probe.is_terminal and probe.color_system is not None and not probe.no_color


def _document(console: Console, d: DocumentReport) -> None:
    doc = d.document
    data: dict[str, Any] = {name: stats.to_json(doc) for name, stats in d.metrics.items()}
    readability = data.get("readability") or {}
    language = data.get("language") or {}
    head = Text(printable(d.source), style="bold")
    bits = [doc.format.value]
    code = language.get("language") or language.get("detected")
    if code:
        bits.append(printable(str(code)))
    if readability.get("words") is not None:
        bits.append(f"{readability['words']:,} words")
    head.append(f"  ({', '.join(bits)})", style="dim")
    console.print(head)
    scores = Text("  Scores: ")
    for i, (key, value) in enumerate(d.scores.items()):
        if i:
            scores.append(" · ")
        scores.append(f"{key} ")
        scores.append("-" if value is None else str(value), style=SCORE_STYLE[score_class(value)])
    console.print(scores)
    figures = [f"{label} {readability[key]}" for key, label in READABILITY_FIELDS
               if readability.get(key) is not None]
    if figures:
        console.print(Text("  Readability: " + " · ".join(figures)))
    keyphrase = (data.get("keywords") or {}).get("keyphrase")
    if keyphrase:
        phrase = printable(str(keyphrase.get("phrase")))
        console.print(Text(f"  Keyphrase \"{phrase}\": {keyphrase.get('count')} time(s), "
                           f"density {keyphrase.get('density')} %"))
    spans = language.get("spans") or []
    if spans:
        line = Text("  Foreign-language spans: ")
        for i, s in enumerate(spans):
            if i:
                line.append(", ")
            line.append(printable(str(s.get("text"))), style="bold magenta")
            line.append(printable(f" ({s.get('language')}, line {s.get('line')})"))
        console.print(line)
    for f in d.findings:
        console.print(_finding(f.location.line if f.location else None,
                               f.location.column if f.location else None,
                               f.severity.value, f.code, f.message, f.name))
    if not d.findings:
        console.print(Text("  No findings.", style="green"))
    if d.suppressed:
        console.print(Text(f"  {len(d.suppressed)} finding(s) suppressed.", style="dim"))
    for r in d.results:
        if r.status is RuleStatus.ERROR:
            console.print(Text(printable(f"  rule {r.code} crashed and was skipped: {r.error}"), style="red"))


def _finding(line: int | None, column: int | None, severity: str, code: str, message: str,
             name: str) -> Text:
    where = f"{line}:{column}" if line is not None else "-"
    label = f"{printable(severity):<7}"
    return Text.assemble(f"  {where:>9}  ", (label, SEVERITY_STYLE.get(severity, "")),
                         "  ", (printable(code), "bold"), f"  {printable(message)}  ",
                         (f"[{printable(name)}]", "dim"))


def _site(console: Console, site: Mapping[str, Any], findings: list[dict[str, Any]]) -> None:
    pages = site.get("pages") or []
    orphans = sorted(str(u) for u in site.get("orphans") or [])
    broken = sorted(site.get("broken_links") or [],
                    key=lambda b: (str(b.get("target")), str(b.get("source"))))
    console.print(Text.assemble(("Site", "bold"), printable(f" {site.get('root') or ''}".rstrip()),
                                (f"  ({len(pages)} pages, {len(orphans)} orphan(s), "
                                 f"{len(broken)} broken link(s))", "dim")))
    depths = [p.get("depth") for p in pages]
    levels = sorted({d for d in depths if isinstance(d, int)})
    counts = [f"{d}: {depths.count(d)}" for d in levels]
    if any(d is None for d in depths):
        counts.append(f"not reached: {sum(d is None for d in depths)}")
    if counts:
        console.print(Text("  Click depth: " + " · ".join(counts)))
    for url in orphans:
        console.print(Text.assemble("  orphan  ", (printable(url), "yellow")))
    for b in broken:
        status = b.get("status") if b.get("status") is not None else b.get("error")
        console.print(Text.assemble("  broken  ", (printable(str(b.get("target"))), "red"),
                                    printable(f" ({status}) linked from {b.get('source')}")))
    for f in findings:
        pages_text = ", ".join(str(p) for p in f.get("pages") or [])
        console.print(_finding(None, None, str(f.get("severity")), str(f.get("code")),
                               str(f.get("message")) + (f" ({pages_text})" if pages_text else ""),
                               str(f.get("name"))))


def _summary(report: Report) -> Text:
    counts = all_counts(report)
    total = sum(counts.values())
    text = Text(f"{len(report.documents)} document(s) audited, {total} finding(s): ")
    text.append(f"{counts['error']} error(s)", style=SEVERITY_STYLE["error"] if counts["error"] else "")
    text.append(", ")
    text.append(f"{counts['warning']} warning(s)",
                style=SEVERITY_STYLE["warning"] if counts["warning"] else "")
    text.append(f", {counts['info']} info.")
    if site_findings(report):
        text.append(f" ({len(site_findings(report))} of them site-wide.)")
    if report.errors:
        text.append(f" {len(report.errors)} input(s) could not be read.", style="red")
    return text
