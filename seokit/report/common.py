"""What several reporters share: severity order, category labels, counts, and how a document
is named as a file (SARIF, GitHub annotations, JUnit)."""

from __future__ import annotations

import os
import posixpath
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote, urlsplit

from seokit.document import Document
from seokit.findings import Finding, Severity
from seokit.report.model import Report

# most severe first: the order findings are grouped and counted in
SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)

# the code letters in the order a reader meets them, with the words a reader uses
CATEGORIES: dict[str, str] = {
    "CT": "Content",
    "RD": "Readability",
    "KW": "Keywords",
    "LG": "Language",
    "LN": "Links",
    "MT": "Title and meta",
    "ST": "Structure",
    "IM": "Images",
    "SI": "Site",
}

SCORE_LABELS: dict[str, str] = {
    "overall": "Overall",
    "readability": "Readability",
    "keywords": "Keywords",
    "language": "Language",
    "links": "Links",
    "structure": "Structure",
    "site": "Site",
}


def category_label(code: str) -> str:
    return CATEGORIES.get(code[:2], code[:2])


def category_rank(code: str) -> int:
    keys = list(CATEGORIES)
    return keys.index(code[:2]) if code[:2] in CATEGORIES else len(keys)


def severity_counts(findings: Iterable[Finding | Mapping[str, Any]]) -> dict[str, int]:
    """Findings per severity, every severity present (zero when none)."""
    counts = {s.value: 0 for s in SEVERITIES}
    for f in findings:
        value = f.severity.value if isinstance(f, Finding) else str(f.get("severity"))
        if value in counts:
            counts[value] += 1
    return counts


def site_findings(report: Report) -> list[dict[str, Any]]:
    """The crawl-level findings of ``report.site`` (empty without a site)."""
    if not report.site:
        return []
    return [dict(f) for f in report.site.get("findings") or [] if isinstance(f, Mapping)]


def all_counts(report: Report) -> dict[str, int]:
    """Findings per severity over every document and the site."""
    counts = severity_counts(report.findings)
    for severity, n in severity_counts(site_findings(report)).items():
        counts[severity] += n
    return counts


def artifact_path(document: Document) -> str:
    """How CI tools should name the file: a relative POSIX path for files under the working
    directory (code scanning and annotations resolve it against the checkout), else the URL or
    the absolute path."""
    if document.path is None:
        return document.url or document.name
    path = document.path
    if path.startswith("<") and path.endswith(">"):  # <stdin>, <string>
        return path
    if os.path.isabs(path):
        # relative to the working directory only when it lies beneath it: "../x" would point
        # outside the checkout that CI tools resolve paths against
        relative = os.path.relpath(path)
        if not relative.startswith(os.pardir):
            path = relative
    path = path.replace(os.sep, "/")
    return posixpath.normpath(path) if not path.startswith("/") else path


def artifact_uri(document: Document) -> str:
    """A URI reference for SARIF: a relative path (percent-encoded), a file:// URI for an
    absolute path outside the working directory, or the page URL."""
    name = artifact_path(document)
    if urlsplit(name).scheme in ("http", "https"):
        return name
    if name.startswith("/"):
        return "file://" + quote(name)
    return quote(name)


def short(text: str, limit: int) -> str:
    """Text cut at a word boundary to at most ``limit`` characters, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.") + "…"


# C0 and C1 controls, DEL, and the bidirectional overrides and isolates that reorder what a
# terminal or log viewer shows ("Trojan Source"); tab and newline are handled by callers
_UNSAFE = {c: f"\\x{c:02x}" for c in (*range(0x20), 0x7F, *range(0x80, 0xA0))}
_UNSAFE |= {c: f"\\u{c:04x}" for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}


def printable(text: str) -> str:
    """Text from a page made safe for a terminal or CI log: an escape sequence or a bidi
    override in a hostile title is shown as ``\\x1b`` or ``\\u202e``, never obeyed."""
    return text.translate(_UNSAFE)
