"""CSV for spreadsheets: findings (``csv``), pages (``csv-pages``) and links (``csv-links``).

Spreadsheets run a cell that starts with ``=``, ``+``, ``-``, ``@``, tab or carriage return
as a formula, so a page titled ``=HYPERLINK(...)`` could run code or leak data when the CSV is
opened (OWASP "CSV injection"). Every text cell that starts with one of them gets a leading
``'``, which spreadsheets read as "this is text". Numbers are written as numbers.

RFC 4180 layout: a header row, CRLF line ends, quotes where needed.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from seokit.report.common import artifact_path, site_findings
from seokit.report.model import Report

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
TEXT_LIMIT = 500  # characters of offending text per cell

FINDING_COLUMNS = ("source", "line", "column", "end_line", "end_column", "severity", "code",
                   "name", "message", "text", "help_url")
PAGE_COLUMNS = ("url", "status", "depth", "inlinks", "outlinks", "link_score", "indexable",
                "title", "canonical", "audit_score", "errors", "warnings", "info")
LINK_COLUMNS = ("source", "line", "column", "target", "href", "text", "kind", "rel", "status",
                "error")


def cell(value: Any) -> str | int | float:
    """A value as a safe cell: numbers stay numbers, text that a spreadsheet would evaluate
    is marked as text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def table(columns: Sequence[str], rows: Iterable[Mapping[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([cell(row.get(c)) for c in columns])
    return out.getvalue()


def render_csv(report: Report) -> str:
    """Every finding, one row each; site-level findings get a row per page they name."""
    rows: list[dict[str, Any]] = []
    for d in report.documents:
        source = artifact_path(d.document)
        for f in d.findings:
            row: dict[str, Any] = {"source": source, "severity": f.severity.value, "code": f.code,
                                   "name": f.name, "message": f.message, "help_url": f.help_url}
            if f.location is not None:
                row |= {"line": f.location.line, "column": f.location.column,
                        "end_line": f.location.end_line, "end_column": f.location.end_column}
            if f.span is not None:
                row["text"] = " ".join(d.document.source[f.span.start:f.span.end].split())[:TEXT_LIMIT]
            rows.append(row)
    root = str((report.site or {}).get("root") or "")
    for sf in site_findings(report):
        for page in [str(p) for p in sf.get("pages") or []] or [root]:
            rows.append({"source": page, "severity": sf.get("severity"), "code": sf.get("code"),
                         "name": sf.get("name"), "message": sf.get("message")})
    return table(FINDING_COLUMNS, rows)


def render_pages_csv(report: Report) -> str:
    """The site's pages with each audited page's score and finding counts; without a site,
    one row per audited document."""
    audited: list[tuple[tuple[str, ...], dict[str, Any]]] = []
    for d in report.documents:
        structure = d.metrics["structure"].to_json(d.document) if "structure" in d.metrics else {}
        counts = {s: sum(f.severity.value == s for f in d.findings) for s in ("error", "warning", "info")}
        audited.append((tuple(k for k in (d.document.url, d.document.name) if k), {
            "url": d.document.url or artifact_path(d.document), "title": structure.get("title"),
            "canonical": structure.get("canonical"), "audit_score": d.scores.get("overall"),
            "errors": counts["error"], "warnings": counts["warning"], "info": counts["info"]}))
    if not report.site:
        return table(PAGE_COLUMNS, [row for _, row in audited])
    by_key = {key: row for keys, row in reversed(audited) for key in keys}
    rows = []
    listed = set()
    for page in report.site.get("pages") or []:
        url = str(page.get("url") or "")
        listed.add(url)
        row = dict(by_key.get(url, {}))
        row.update({k: v for k, v in page.items() if v is not None or k not in row})
        rows.append(row)
    # documents audited alongside the site but not among its pages still get their row
    rows.extend(row for keys, row in audited if listed.isdisjoint(keys))
    return table(PAGE_COLUMNS, rows)


def render_links_csv(report: Report) -> str:
    """Every link of every audited document; a site's broken-link statuses fill in the status
    of the links they match, and broken links from pages not audited here get rows of their own."""
    broken = {(str(b.get("source")), str(b.get("target"))): b
              for b in (report.site or {}).get("broken_links") or []}
    rows: list[dict[str, Any]] = []
    matched: set[tuple[str, str]] = set()
    for d in report.documents:
        source = artifact_path(d.document)
        page = str(d.document.url or d.document.name)
        links = d.metrics["links"].to_json(d.document) if "links" in d.metrics else {}
        for item in links.get("items") or []:
            target = str(item.get("url") or item.get("href") or "")
            row = {"source": source, "line": item.get("line"), "column": item.get("column"),
                   "target": target, "href": item.get("href"), "text": item.get("text"),
                   "kind": item.get("kind"), "rel": " ".join(item.get("rel") or []),
                   "status": item.get("status"), "error": item.get("error")}
            found = broken.get((page, target))
            if found is not None and row["status"] is None:
                matched.add((page, target))
                row["status"], row["error"] = found.get("status"), found.get("error")
            rows.append(row)
    for key in sorted(set(broken) - matched):
        b = broken[key]
        rows.append({"source": key[0], "target": key[1], "kind": "internal",
                     "status": b.get("status"), "error": b.get("error")})
    return table(LINK_COLUMNS, rows)
