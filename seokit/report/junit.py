"""JUnit XML, for CI systems that show test results (GitLab, Jenkins, Azure, CircleCI).

One ``<testsuite>`` per document and one ``<testcase>`` per rule that ran on it: a rule with
findings fails with one ``<failure>`` per finding, a rule that does not apply is skipped, a
rule that crashed is an ``<error>``. The suite's ``failures`` counts failed test cases, as
JUnit defines it; the number of ``<failure>`` elements is the number of findings. Site-level
findings form a "site" suite, and inputs that could not be read an "inputs" suite.
Times are zero: the report carries no timings, so the output stays byte-identical.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence
from typing import Any

from seokit.findings import Finding
from seokit.report.common import artifact_path, site_findings
from seokit.report.context import snippet
from seokit.report.model import DocumentReport, Report, RuleStatus

# characters XML 1.0 cannot carry at all, even escaped (a hostile page may contain them)
_NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(value: object) -> str:
    return _NOT_XML.sub("\ufffd", str(value))


def render_junit(report: Report) -> str:
    from seokit.rules import all_rules

    names = {code: rule.name for code, rule in all_rules().items()}
    root = ET.Element("testsuites", name="seokit")
    for d in report.documents:
        root.append(_document_suite(d, names))
    found = site_findings(report)
    if found:
        root.append(_site_suite(found))
    if report.errors:
        suite = _suite("inputs", [])
        for e in report.errors:
            case = ET.SubElement(suite, "testcase", classname="inputs", name=xml_text(e.source),
                                 time="0")
            ET.SubElement(case, "error", message=xml_text(e.error), type="input-error").text = \
                xml_text(e.error)
        _count(suite)
        root.append(suite)
    _count(root)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _suite(name: str, properties: Sequence[tuple[str, str]]) -> ET.Element:
    suite = ET.Element("testsuite", name=xml_text(name))
    if properties:
        props = ET.SubElement(suite, "properties")
        for key, value in properties:
            ET.SubElement(props, "property", name=key, value=xml_text(value))
    return suite


def _document_suite(d: DocumentReport, names: Mapping[str, str]) -> ET.Element:
    path = artifact_path(d.document)
    suite = _suite(path, [(f"score.{k}", "" if v is None else str(v)) for k, v in d.scores.items()])
    by_code: dict[str, list[Finding]] = {}
    for f in d.findings:
        by_code.setdefault(f.code, []).append(f)
    for result in d.results:
        case = ET.SubElement(suite, "testcase", classname=xml_text(path),
                             name=f"{result.code} {names.get(result.code, '')}".strip(),
                             file=xml_text(path), time="0")
        if result.status is RuleStatus.NOT_APPLICABLE:
            ET.SubElement(case, "skipped", message="not applicable to this document")
        elif result.status is RuleStatus.ERROR:
            ET.SubElement(case, "error", message=xml_text(result.error or "the rule crashed"),
                          type="rule-error").text = xml_text(result.error or "")
        for f in by_code.get(result.code, []):
            _failure(case, d, f, path)
    _count(suite)
    return suite


def _failure(case: ET.Element, d: DocumentReport, f: Finding, path: str) -> None:
    if f.location is not None:
        where = f"{path}:{f.location.line}:{f.location.column}"
    else:
        where = path
    body = [f"{where}: {f.severity.value} {f.code} {f.name}", f.message]
    if f.span is not None:
        s = snippet(d.document, f.span)
        body.append(f"> {s.before}[{s.text}]{s.after}")
    if f.help_url:
        body.append(f.help_url)
    ET.SubElement(case, "failure", message=xml_text(f.message), type=f.severity.value).text = \
        xml_text("\n".join(body))


def _site_suite(findings: Sequence[Mapping[str, Any]]) -> ET.Element:
    suite = _suite("site", [])
    by_code: dict[str, list[Mapping[str, Any]]] = {}
    for f in findings:
        by_code.setdefault(str(f.get("code")), []).append(f)
    for code in sorted(by_code):
        first = by_code[code][0]
        case = ET.SubElement(suite, "testcase", classname="site",
                             name=xml_text(f"{code} {first.get('name') or ''}".strip()), time="0")
        for f in by_code[code]:
            pages = "\n".join(str(p) for p in f.get("pages") or [])
            ET.SubElement(case, "failure", message=xml_text(f.get("message") or ""),
                          type=xml_text(f.get("severity") or "warning")).text = \
                xml_text(f"{f.get('message') or ''}\n{pages}".strip())
    _count(suite)
    return suite


def _count(element: ET.Element) -> None:
    """Set tests/failures/errors/skipped on a suite from its cases, or on the root from its
    suites."""
    if element.tag == "testsuites":
        suites = element.findall("testsuite")
        for key in ("tests", "failures", "errors", "skipped"):
            element.set(key, str(sum(int(s.get(key, "0")) for s in suites)))
        element.set("time", "0")
        return
    cases = element.findall("testcase")
    element.set("tests", str(len(cases)))
    element.set("failures", str(sum(1 for c in cases if c.find("failure") is not None)))
    element.set("errors", str(sum(1 for c in cases if c.find("error") is not None)))
    element.set("skipped", str(sum(1 for c in cases if c.find("skipped") is not None)))
    element.set("time", "0")
