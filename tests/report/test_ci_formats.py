"""SARIF, JUnit and GitHub annotations: valid, counted, escaped, pointing at the right place."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

import seokit
from seokit.report import render
from seokit.report.common import artifact_uri
from seokit.report.github import escape_data, escape_property
from seokit.rules import all_rules
from tests.conftest import EXAMPLE_ARTICLE, ROOT
from tests.report.sample import load_sample

SARIF_SCHEMA = ROOT / "tests" / "fixtures" / "sarif-schema-2.1.0.json"
HOSTILE = Path(__file__).resolve().parent / "fixtures" / "hostile.html"


@pytest.fixture(scope="module")
def reports() -> dict[str, seokit.Report]:
    return {"sample": load_sample(),
            "article": seokit.audit(EXAMPLE_ARTICLE, keyphrase="massage therapy"),
            "hostile": seokit.audit(HOSTILE)}


@pytest.mark.parametrize("which", ["sample", "article", "hostile"])
def test_sarif_validates_and_points_at_every_finding(reports: dict[str, seokit.Report],
                                                      which: str) -> None:
    report = reports[which]
    sarif = json.loads(render(report, "sarif"))
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker()).validate(sarif)
    run = sarif["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    site = (report.site or {}).get("findings") or []
    assert len(run["results"]) == len(report.findings) + len(site)
    registry = all_rules()
    for result in run["results"]:
        rule = rules[result["ruleIndex"]]
        assert rule["id"] == result["ruleId"]
        if rule["id"] in registry:
            declared = registry[rule["id"]]
            assert rule["name"] == declared.name and rule["helpUri"] == declared.help_url
            assert rule["shortDescription"]["text"] == declared.title
            assert rule["fullDescription"]["text"] in " ".join(declared.docs.split())
            level = {"error": "error", "warning": "warning", "info": "note"}[declared.severity.value]
            assert rule["defaultConfiguration"]["level"] == level
    for document in report.documents:
        uri = artifact_uri(document.document)
        for finding in document.findings:
            matching = [r for r in run["results"] if r["ruleId"] == finding.code
                        and r["message"]["text"] == finding.message
                        and r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == uri]
            assert matching, finding
            location = matching[0]["locations"][0]["physicalLocation"]
            assert not location["artifactLocation"]["uri"].startswith("/")
            region = location["region"]
            if finding.location is not None:
                assert (region["startLine"], region["startColumn"], region["endLine"],
                        region["endColumn"]) == (finding.location.line, finding.location.column,
                                                 finding.location.end_line, finding.location.end_column)
                assert finding.span is not None
                assert region["snippet"]["text"] == document.document.source[
                    finding.span.start:finding.span.end]
            else:
                assert region == {"startLine": 1}


def test_sarif_names_the_article_by_its_relative_path(reports: dict[str, seokit.Report],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    sarif = json.loads(render(reports["article"], "sarif"))
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in sarif["runs"][0]["results"]}
    assert uris == {"examples/articles/massage-therapy.txt"}
    lg101 = [r for r in sarif["runs"][0]["results"] if r["ruleId"] == "LG101"]
    assert [r["locations"][0]["physicalLocation"]["region"]["snippet"]["text"] for r in lg101] == \
        ["칠곡출장마사지", "영주출장마사지"]
    fingerprints = [r["partialFingerprints"]["seokitFindingHash/v1"] for r in sarif["runs"][0]["results"]]
    assert len(set(fingerprints)) == len(fingerprints)


@pytest.mark.parametrize("which", ["sample", "article", "hostile"])
def test_junit_parses_and_counts(reports: dict[str, seokit.Report], which: str) -> None:
    report = reports[which]
    root = ET.fromstring(render(report, "junit"))
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    by_name = {s.get("name"): s for s in suites}
    for document in report.documents:
        suite = next(s for name, s in by_name.items() if name and document.source.endswith(name))
        cases = suite.findall("testcase")
        # a test case per rule that ran, a failure per finding
        assert [c.get("name", "").split()[0] for c in cases] == [r.code for r in document.results]
        assert len(suite.findall("testcase/failure")) == len(document.findings)
        failed = {f.code for f in document.findings}
        assert int(suite.get("tests", "")) == len(document.results)
        assert int(suite.get("failures", "")) == len(failed)
        skipped = sum(r.status.value == "not_applicable" for r in document.results)
        assert int(suite.get("skipped", "")) == skipped
        for case in cases:
            code = case.get("name", "").split()[0]
            failures = case.findall("failure")
            assert len(failures) == sum(f.code == code for f in document.findings)
    total_findings = len(report.findings) + len((report.site or {}).get("findings") or [])
    assert len(root.findall("testsuite/testcase/failure")) == total_findings
    assert int(root.get("tests", "")) == sum(int(s.get("tests", "")) for s in suites)


def test_junit_survives_characters_xml_cannot_carry(tmp_path: Path) -> None:
    page = tmp_path / "bad.html"
    page.write_text("<html lang=en><head><title>Bell \x07 and \x1b[2J escape</title></head>"
                    "<body><h1>Hi \x0b there</h1><p>Text.</p></body></html>", encoding="utf-8")
    root = ET.fromstring(render(seokit.audit(page), "junit"))
    assert root.findall("testsuite/testcase")


# the runner's own parsing of a workflow command: name, properties, message
_COMMAND = re.compile(r"^::(?P<name>[a-z]+)(?: (?P<props>[^:]*))?::(?P<message>.*)$")


def _unescape(value: str) -> str:
    for code, char in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        value = value.replace(code, char)
    return value


def _parse(line: str) -> tuple[str, dict[str, str], str]:
    match = _COMMAND.match(line)
    assert match, line
    props = dict(p.split("=", 1) for p in (match["props"] or "").split(",") if p)
    return match["name"], {k: _unescape(v) for k, v in props.items()}, _unescape(match["message"])


def test_github_annotations_point_at_each_finding(reports: dict[str, seokit.Report],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    report = reports["article"]
    lines = render(report, "github").splitlines()
    assert len(lines) == len(report.findings)
    for line, finding in zip(lines, report.findings, strict=True):
        name, props, message = _parse(line)
        assert name == {"error": "error", "warning": "warning", "info": "notice"}[finding.severity.value]
        assert props["file"] == "examples/articles/massage-therapy.txt"
        assert props["title"] == f"{finding.code} {finding.name}"
        assert message == finding.message
        if finding.location is not None:
            assert props["line"] == str(finding.location.line)
            assert props["col"] == str(finding.location.column)
            assert props["endColumn"] == str(finding.location.end_column)
    assert any(line.startswith("::warning file=examples/articles/massage-therapy.txt,line=8,col=600,")
               for line in lines)


def test_github_escaping_keeps_hostile_text_inside_one_command() -> None:
    assert escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    from seokit.report.github import command

    line = command("warning", {"file": "x,y:z.md", "title": "T1 a,b"},
                   "evil\n::add-mask::secret\r\n::error::fake \x1b[31mred")
    assert "\n" not in line and "\r" not in line and "\x1b" not in line
    name, props, message = _parse(line)
    assert (name, props["file"], props["title"]) == ("warning", "x,y:z.md", "T1 a,b")
    assert message == "evil\n::add-mask::secret\n::error::fake \\x1b[31mred"


def test_github_hostile_page(reports: dict[str, seokit.Report]) -> None:
    text = render(reports["hostile"], "github")
    lines = text.splitlines()
    assert len(lines) == len(reports["hostile"].findings)
    assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in lines)
