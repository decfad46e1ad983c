"""SARIF 2.1.0, for GitHub code scanning and other static-analysis dashboards.

Rule metadata comes from the registry (the rule's one declaration), as ruff's SARIF output
does: id, name, short and full description, help text and URL, default level and category.
Columns count Unicode code points (``columnKind``), which is what seokit's columns are.
Results that concern a whole document point at its first line, because GitHub requires a
``region.startLine`` for every result. ``partialFingerprints`` name a finding by rule, file
and offending text (not by line), so an alert survives edits above it.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from seokit._version import __version__
from seokit.findings import Finding, Severity
from seokit.report.common import artifact_uri, site_findings
from seokit.report.model import FLOAT_DIGITS, Report, RuleStatus
from seokit.rules.base import Rule

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://seokit.readthedocs.io/"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_URI_SAFE = ":/?#[]@!$&'()*+,;=%~"
_HEADING = re.compile(r"^## (.+)$", re.MULTILINE)


def render_sarif(report: Report) -> str:
    from seokit.rules import all_rules

    registry = all_rules()
    codes = sorted({r.code for d in report.documents for r in d.results}
                   | {f.code for f in report.findings}
                   | {str(f.get("code")) for f in site_findings(report)})
    index = {code: i for i, code in enumerate(codes)}
    results: list[dict[str, Any]] = []
    for d in report.documents:
        uri = artifact_uri(d.document)
        seen: dict[str, int] = {}
        for f in d.findings:
            text = d.document.source[f.span.start:f.span.end] if f.span else ""
            results.append(_result(f, uri, index[f.code], text, seen))
    for sf in site_findings(report):
        results.append(_site_result(sf, index[str(sf.get("code"))]))
    notifications = [
        {"level": "error", "message": {"text": f"{e.source}: {e.error}"},
         "descriptor": {"id": "input-error"}}
        for e in report.errors
    ] + [
        {"level": "error", "message": {"text": f"rule {r.code} crashed on {d.source}: {r.error}"},
         "descriptor": {"id": "rule-error"}, "associatedRule": {"id": r.code, "index": index[r.code]}}
        for d in report.documents for r in d.results if r.status is RuleStatus.ERROR
    ]
    run: dict[str, Any] = {
        "tool": {"driver": {
            "name": "seokit",
            "semanticVersion": __version__,
            "version": __version__,
            "informationUri": INFORMATION_URI,
            "rules": [_rule(code, registry.get(code), report) for code in codes],
        }},
        "invocations": [{"executionSuccessful": not notifications,
                         "toolExecutionNotifications": notifications}],
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    sarif = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(sarif, ensure_ascii=False, indent=2) + "\n"


def _rule(code: str, rule: Rule | None, report: Report) -> dict[str, Any]:
    if rule is None:  # a site-level code the registry does not (yet) declare
        found = next((f for f in site_findings(report) if f.get("code") == code), {})
        name = str(found.get("name") or code)
        return {"id": code, "name": name, "shortDescription": {"text": name}}
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": full_description(rule.docs) or rule.title},
        "help": {"text": rule.docs or rule.title, "markdown": rule.docs or rule.title},
        "helpUri": rule.help_url,
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"tags": [rule.category.value], "category": rule.category.value},
    }


def full_description(docs: str) -> str:
    """The rule's "What it does" section as one paragraph (its first section otherwise)."""
    sections = _HEADING.split(docs)
    # split gives [intro, heading, body, heading, body, ...]
    bodies = dict(zip(sections[1::2], sections[2::2], strict=True))
    body = bodies.get("What it does") or sections[0]
    return " ".join(body.split())


def _result(f: Finding, uri: str, rule_index: int, text: str, seen: dict[str, int]) -> dict[str, Any]:
    region: dict[str, Any] = {"startLine": 1}
    if f.location is not None:
        region = {"startLine": f.location.line, "startColumn": f.location.column,
                  "endLine": f.location.end_line, "endColumn": f.location.end_column}
        if text:
            region["snippet"] = {"text": text}
    # the same rule and text twice in one file: the occurrence number keeps them apart
    key = f"{f.code}\0{uri}\0{text or f.message}"
    seen[key] = seen.get(key, 0) + 1
    fingerprint = hashlib.sha256(f"{key}\0{seen[key]}".encode()).hexdigest()[:32]
    result: dict[str, Any] = {
        "ruleId": f.code,
        "ruleIndex": rule_index,
        "level": LEVELS[f.severity],
        "message": {"text": f.message},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri, "uriBaseId": "%SRCROOT%"},
                                            "region": region}}],
        "partialFingerprints": {"seokitFindingHash/v1": fingerprint},
    }
    if f.data:
        result["properties"] = {"data": _jsonable(f.data)}
    return result


def _site_result(f: Mapping[str, Any], rule_index: int) -> dict[str, Any]:
    severity = Severity(str(f.get("severity") or "warning"))
    pages = [str(p) for p in f.get("pages") or []]
    return {
        "ruleId": str(f.get("code")),
        "ruleIndex": rule_index,
        "level": LEVELS[severity],
        "message": {"text": str(f.get("message") or "")},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": quote(page, safe=_URI_SAFE)},
                                            "region": {"startLine": 1}}} for page in pages],
        "properties": {"data": _jsonable(f.get("data") or {}), "pages": pages},
    }


def _jsonable(value: Any) -> Any:
    """Finding data as JSON values: tuples become lists, sets sorted lists, and floats are
    rounded as in the JSON report, so the output is the same on every platform."""
    if isinstance(value, float):
        return round(value, FLOAT_DIGITS)
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (set, frozenset)):
        return [_jsonable(v) for v in sorted(value, key=str)]
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if value is None or isinstance(value, (str, int, bool)):
        return value
    return str(value)
