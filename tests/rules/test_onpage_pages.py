"""Whole pages: every on-page defect gives exactly one finding at its line; a clean page none.

The sidecar ``<page>.expected.yaml`` lists ``[code, line, column]`` per defect; the pages
themselves carry no markers, so nothing in them is there for the test's sake.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from seokit.audit import audit_document
from seokit.findings import Finding
from seokit.parse import parse_document

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "onpage"
ON_PAGE = ["MT", "ST", "IM"]


def findings(name: str, url: str | None, source: str | None = None) -> list[Finding]:
    text = source if source is not None else (PAGES / name).read_text(encoding="utf-8")
    doc = parse_document(text, "html", url=url, path=f"tests/fixtures/onpage/{name}")
    report = audit_document(doc, config={"select": ON_PAGE})
    assert not [r for r in report.results if r.error]
    return list(report.findings)


def where(finding: Finding) -> tuple[str, int | None, int | None]:
    location = finding.location
    return (finding.code, location.line if location else None,
            location.column if location else None)


@pytest.mark.parametrize("name", ["defects", "missing"])
def test_one_finding_per_defect_at_its_line(name: str) -> None:
    expected: dict[str, Any] = yaml.safe_load(
        (PAGES / f"{name}.expected.yaml").read_text(encoding="utf-8"))
    found = findings(f"{name}.html", expected["url"])
    assert sorted(map(where, found), key=str) == sorted(
        (tuple(item) for item in expected["findings"]), key=str)
    # one per defect: no rule reports the same place twice
    assert max(Counter(map(where, found)).values()) == 1


def test_clean_page_has_no_on_page_finding() -> None:
    assert findings("clean.html", "https://example.com/massage-therapy") == []


def test_clean_page_without_canonical_gets_only_that_finding() -> None:
    source = (PAGES / "clean.html").read_text(encoding="utf-8")
    line = '<link rel="canonical" href="https://example.com/massage-therapy">\n'
    assert line in source
    found = findings("clean.html", "https://example.com/massage-therapy",
                     source.replace(line, ""))
    assert [where(f) for f in found] == [("MT105", None, None)]


def test_x_robots_tag_header_is_judged_once_the_document_carries_it() -> None:
    # the header arrives with the fetch (seokit.sources puts it on Meta.x_robots_tag)
    import dataclasses

    source = (PAGES / "clean.html").read_text(encoding="utf-8")
    doc = parse_document(source, "html", url="https://example.com/massage-therapy")
    meta = dataclasses.replace(doc.meta,
                               x_robots_tag=("googlebot: noindex", "otherbot: nofollow"))
    report = audit_document(dataclasses.replace(doc, meta=meta), config={"select": ON_PAGE})
    assert [where(f) for f in report.findings] == [("MT109", None, None)]
    assert report.findings[0].data == {"directive": "noindex", "source": "X-Robots-Tag"}
