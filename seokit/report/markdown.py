"""The Markdown report, for pull-request comments and GitHub job summaries.

GitHub renders Markdown with raw HTML, autolinks, @mentions and #references, so everything
that comes from a page is escaped: Markdown punctuation is backslash-escaped, ``<``, ``>`` and
``&`` become entities, ``@`` and ``#`` get a zero-width space after them (the trick Renovate
uses) so a hostile page cannot ping people or link issues, and newlines become spaces so
text stays in its table cell. A comment is limited to 65,536 characters, so each document
lists at most ``MAX_ROWS`` findings.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from seokit.report.common import SCORE_LABELS, all_counts, severity_counts, short, site_findings
from seokit.report.model import DocumentReport, Report

MAX_ROWS = 50
ICONS = {"error": "🔴", "warning": "🟠", "info": "🔵"}

_INLINE = re.compile(r"([\\`*_\[\]|~])")  # formatting, links, code and table cells
_LINE_START = re.compile(r"^(\d*)([#>+\-=]|(?<=\d)[.)])")  # heading, quote or list at a line start
# what GitHub turns into links or pings: URLs, www., @mentions, #123 references
_AUTOLINK = re.compile(r"(?i)(?<=[a-z0-9])(:)(?=//)|(?<=www)(\.)|(@)|(#)(?=\d)")
_ZWSP = "&#8203;"


def escape(text: object) -> str:
    """Page text as literal Markdown: nothing in it formats, links, mentions or breaks a table."""
    value = " ".join(str(text).split())
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    value = _INLINE.sub(r"\\\1", value)
    value = _LINE_START.sub(r"\1\\\2", value)
    return _AUTOLINK.sub(lambda m: m.group(0) + _ZWSP, value)


def render_markdown(report: Report) -> str:
    counts = all_counts(report)
    lines = ["## seokit report", ""]
    summary = (f"{len(report.documents)} document(s) audited · **{counts['error']} error(s)**, "
               f"{counts['warning']} warning(s), {counts['info']} info")
    if report.errors:
        summary += f" · {len(report.errors)} input(s) could not be read"
    lines += [summary, ""]
    if len(report.documents) > 1:
        lines += ["| Document | Score | 🔴 Errors | 🟠 Warnings | 🔵 Info |",
                  "|---|---:|---:|---:|---:|"]
        for d in report.documents:
            c = severity_counts(d.findings)
            lines.append(f"| {escape(d.source)} | {_score(d.scores.get('overall'))} | {c['error']} "
                         f"| {c['warning']} | {c['info']} |")
        lines.append("")
    if report.site:
        lines += _site(report.site, site_findings(report))
    for d in report.documents:
        lines += _document(d)
    if report.errors:
        lines += ["### Inputs that could not be audited", ""]
        lines += [f"- {escape(e.source)}: {escape(e.error)}" for e in report.errors]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _score(value: int | None) -> str:
    return "–" if value is None else str(value)


def _document(d: DocumentReport) -> list[str]:
    data = {name: stats.to_json(d.document) for name, stats in d.metrics.items()}
    title = (data.get("structure") or {}).get("title")
    lines = [f"### {escape(d.source)}", ""]
    if title:
        lines += [f"*{escape(title)}*", ""]
    lines.append(" · ".join(f"{SCORE_LABELS.get(k, k)} **{_score(v)}**" if k == "overall"
                            else f"{SCORE_LABELS.get(k, k)} {_score(v)}" for k, v in d.scores.items()))
    lines.append("")
    readability = data.get("readability") or {}
    facts = []
    if readability.get("flesch_reading_ease") is not None:
        facts.append(f"Flesch reading ease {readability['flesch_reading_ease']}"
                     + (f": {escape(readability['flesch_band'])}" if readability.get("flesch_band")
                        else ""))
    keyphrase = (data.get("keywords") or {}).get("keyphrase")
    if keyphrase:
        facts.append(f"keyphrase “{escape(keyphrase.get('phrase'))}” {keyphrase.get('count')} time(s), "
                     f"density {keyphrase.get('density')} %")
    spans = (data.get("language") or {}).get("spans") or []
    if spans:
        facts.append("foreign-language text: " + ", ".join(
            f"{escape(s.get('text'))} ({escape(s.get('language'))}, line {s.get('line')})"
            for s in spans))
    if facts:
        lines += ["- " + fact for fact in facts] + [""]
    if not d.findings:
        return [*lines, "No findings. ✅", ""]
    lines += ["| | Line | Rule | Message |", "|---|---:|---|---|"]
    for f in d.findings[:MAX_ROWS]:
        where = f"{f.location.line}:{f.location.column}" if f.location else "–"
        rule = f"[{f.code}]({f.help_url})" if f.help_url.startswith("https://") else f.code
        lines.append(f"| {ICONS.get(f.severity.value, '')} {f.severity.value} | {where} | {rule} "
                     f"{escape(f.name)} | {escape(short(f.message, 400))} |")
    if len(d.findings) > MAX_ROWS:
        lines.append(f"\n…and {len(d.findings) - MAX_ROWS} more; see the full report.")
    return [*lines, ""]


def _site(site: Mapping[str, Any], findings: list[dict[str, Any]]) -> list[str]:
    pages = site.get("pages") or []
    orphans = sorted(str(u) for u in site.get("orphans") or [])
    broken = sorted(site.get("broken_links") or [],
                    key=lambda b: (str(b.get("target")), str(b.get("source"))))
    lines = [f"### Site {escape(site.get('root') or '')}".rstrip(), "",
             f"{len(pages)} page(s) · {len(orphans)} orphan(s) · {len(broken)} broken link(s)", ""]
    depths = [p.get("depth") for p in pages]
    levels = sorted({x for x in depths if isinstance(x, int)})
    if levels:
        lines += ["| Click depth | " + " | ".join(str(x) for x in levels)
                  + (" | not reached |" if None in depths else " |"),
                  "|---|" + "---:|" * (len(levels) + (None in depths)),
                  "| Pages | " + " | ".join(str(depths.count(x)) for x in levels)
                  + (f" | {depths.count(None)} |" if None in depths else " |"), ""]
    if orphans:
        lines += ["**Orphan pages** (no page links to them):", ""]
        lines += [f"- {escape(u)}" for u in orphans] + [""]
    if broken:
        lines += ["| Broken link | Status | Linked from |", "|---|---|---|"]
        for b in broken[:MAX_ROWS]:
            status = b.get("status") if b.get("status") is not None else b.get("error")
            lines.append(f"| {escape(b.get('target'))} | {escape(status)} | {escape(b.get('source'))} |")
        lines.append("")
    for f in findings[:MAX_ROWS]:
        pages_text = ", ".join(escape(p) for p in f.get("pages") or [])
        lines.append(f"- {ICONS.get(str(f.get('severity')), '')} {escape(f.get('code'))} "
                     f"{escape(f.get('name'))}: {escape(f.get('message'))}"
                     + (f" ({pages_text})" if pages_text else ""))
    if findings:
        lines.append("")
    return lines
