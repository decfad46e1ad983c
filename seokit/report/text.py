"""Plain-text report: one block per document, a line per finding, stable at any width."""

from __future__ import annotations

from typing import Any

from seokit.report.model import DocumentReport, Report

_READABILITY_FIELDS = (
    ("flesch_reading_ease", "Flesch reading ease"),
    ("flesch_kincaid_grade", "Flesch-Kincaid grade"),
    ("gunning_fog", "Gunning fog"),
    ("smog_index", "SMOG"),
    ("coleman_liau_index", "Coleman-Liau"),
    ("automated_readability_index", "ARI"),
)


def render_text(report: Report) -> str:
    parts = [_document(d) for d in report.documents]
    for failure in report.errors:
        parts.append(f"{failure.source}\n  error: {failure.error}\n")
    total = len(report.findings)
    counts = {s: sum(f.severity.value == s for f in report.findings)
              for s in ("error", "warning", "info")}
    parts.append(
        f"{len(report.documents)} document(s) audited, {total} finding(s): "
        f"{counts['error']} error(s), {counts['warning']} warning(s), {counts['info']} info."
        + (f" {len(report.errors)} input(s) could not be read." if report.errors else "")
        + "\n"
    )
    return "\n".join(parts)


def _document(d: DocumentReport) -> str:
    data = d.to_dict()
    lines = [f"{d.source}  ({_summary(data)})"]
    scores = " · ".join(f"{k} {'-' if v is None else v}" for k, v in d.scores.items())
    lines.append(f"  Scores: {scores}")
    readability = data.get("readability") or {}
    figures = [f"{label} {readability[key]}" for key, label in _READABILITY_FIELDS
               if readability.get(key) is not None]
    if figures:
        lines.append("  Readability: " + " · ".join(figures))
    keyphrase = (data.get("keywords") or {}).get("keyphrase")
    if keyphrase:
        lines.append(f"  Keyphrase \"{keyphrase.get('phrase')}\": {keyphrase.get('count')} time(s), "
                     f"density {keyphrase.get('density')} %")
    spans = (data.get("language") or {}).get("spans") or []
    if spans:
        lines.append("  Foreign-language spans: " + ", ".join(
            f"{s['text']} ({s['language']}, line {s['line']})" for s in spans))
    for f in data["findings"]:
        where = f"{f['line']}:{f['column']}" if f["line"] is not None else "-"
        lines.append(f"  {where:>9}  {f['severity']:<7}  {f['code']}  {f['message']}  [{f['name']}]")
    if not data["findings"]:
        lines.append("  No findings.")
    errors = [r for r in data["rules"] if r["status"] == "error"]
    for r in errors:
        lines.append(f"  rule {r['code']} crashed and was skipped: {r.get('error')}")
    return "\n".join(lines) + "\n"


def _summary(data: dict[str, Any]) -> str:
    bits = [data["format"]]
    language = (data.get("language") or {}).get("language") or (data.get("language") or {}).get("detected")
    if language:
        bits.append(str(language))
    words = (data.get("readability") or {}).get("words")
    if words is not None:
        bits.append(f"{words:,} words")
    return ", ".join(bits)
