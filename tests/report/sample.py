"""The shared sample report every reporter's golden file is rendered from.

It is a real audit, frozen: ``fixtures/sample/report.json`` holds the schema-v1 JSON of three
documents (two pages of examples/site and ``deals.md``, a page full of characters that need
escaping in every format) plus the site section of examples/site, and the page sources sit
next to it. Loading rebuilds a ``Report`` whose measurements come from that JSON, so the golden
files change when a reporter changes, not when an analyzer's numbers move.

To refresh the fixture after a deliberate change of the JSON shape, run
``python -m tests.report.sample`` and review the diff; then refresh the golden files with
``SEOKIT_UPDATE_GOLDEN=1 python -m pytest tests/report/test_golden.py`` and read them.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import sys
from pathlib import Path
from typing import Any

from seokit.document import Document, Location, Span
from seokit.findings import Finding, Severity
from seokit.parse import parse_document
from seokit.report.model import DocumentReport, Report, RuleResult, RuleStatus

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "sample"
ROOT = Path(__file__).resolve().parents[2]
# (fixture file, name in the report, URL)
SOURCES = (
    ("massage-for-back-pain.html", "examples/site/massage-for-back-pain.html",
     "https://harbor-wellness.example/massage-for-back-pain.html"),
    ("services.html", "examples/site/services.html", "https://harbor-wellness.example/services.html"),
    ("deals.md", "content/deals.md", None),
)
# every shape of DESIGN.md's "site" that the example folder audit has no instance of
SITE_EXTRAS: dict[str, Any] = {
    "redirects": [{"source": "https://harbor-wellness.example/blog.html",
                   "chain": ["https://harbor-wellness.example/old-blog/",
                             "https://harbor-wellness.example/blog.html"],
                   "final": "https://harbor-wellness.example/blog.html", "statuses": [301]}],
    "duplicates": [{"kind": "description", "value": "Book a massage at Harbor Wellness.",
                    "pages": ["https://harbor-wellness.example/contact.html",
                              "https://harbor-wellness.example/old-offer.html"]}],
    "findings": [{"code": "SI101", "name": "orphan-page", "severity": "warning",
                  "message": "No page links to this page, so visitors and crawlers cannot find it.",
                  "pages": ["https://harbor-wellness.example/old-offer.html"], "data": {}}],
}


@dataclasses.dataclass(frozen=True)
class FrozenMetric:
    """An analyzer's measurements as they were: ``to_json`` returns the stored JSON."""

    data: dict[str, Any]

    def to_json(self, document: Document) -> dict[str, Any]:
        return copy.deepcopy(self.data)


def load_sample() -> Report:
    data = json.loads((FIXTURE / "report.json").read_text(encoding="utf-8"))
    documents = []
    for (file, name, url), doc in zip(SOURCES, data["documents"], strict=True):
        assert doc["source"] == name, (doc["source"], name)
        source = (FIXTURE / file).read_text(encoding="utf-8")
        document = parse_document(source, doc["format"], path=name, url=url)
        metrics = {key: FrozenMetric(doc[key]) for key in
                   ("language", "readability", "keywords", "links", "structure") if key in doc}
        findings = tuple(_finding(f) for f in doc["findings"])
        results = tuple(RuleResult(r["code"], RuleStatus(r["status"]), r["score"], r.get("error"))
                        for r in doc["rules"])
        documents.append(DocumentReport(document, metrics, findings, results, doc["scores"]))
    return Report(tuple(documents), site=data["site"])


def _finding(f: dict[str, Any]) -> Finding:
    span = Span(f["start"], f["end"]) if f.get("start") is not None else None
    location = Location(f["line"], f["column"], f["end_line"], f["end_column"]) \
        if f.get("line") is not None else None
    return Finding(f["code"], f["name"], Severity(f["severity"]), f["message"], span, location,
                   f["data"], f["help_url"])


def regenerate() -> None:
    """Audit the sources again and freeze the result (run by hand, then review the diff)."""
    import seokit

    sys.path.insert(0, str(ROOT / "examples"))
    import sample_site

    documents = []
    for file, name, url in SOURCES:
        source = (FIXTURE / file).read_text(encoding="utf-8")
        document = parse_document(source, None, path=name, url=url)
        documents.extend(_trimmed(d) for d in seokit.audit(document).documents)
    site = sample_site.audit_site().site
    assert site is not None
    report = Report(tuple(documents), site={**site, **SITE_EXTRAS})
    (FIXTURE / "report.json").write_text(report.to_json(), encoding="utf-8")


def _trimmed(d: DocumentReport) -> DocumentReport:
    """Keep every failed rule but only a few passed and not-applicable ones: SARIF lists the
    rules that ran with their full docs, and the golden files should not change whenever
    some rule's documentation does."""
    kept = {RuleStatus.PASSED: 3, RuleStatus.NOT_APPLICABLE: 2}
    results = []
    for r in d.results:
        if r.status in kept:
            if not kept[r.status]:
                continue
            kept[r.status] -= 1
        results.append(r)
    return dataclasses.replace(d, results=tuple(results))


if __name__ == "__main__":
    for file, _, _ in SOURCES[:2]:
        (FIXTURE / file).write_text((ROOT / "examples" / "site" / file).read_text("utf-8"), "utf-8")
    regenerate()
