"""The report example scripts: each runs with one command, offline, and writes what the README
says it writes."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import jsonschema

from tests.conftest import ROOT

OFFLINE = ROOT / "tests" / "fixtures" / "offline"
OUTPUT = ROOT / "examples" / "output"


def _run(script: str) -> str:
    env = {**os.environ, "PYTHONPATH": f"{OFFLINE}{os.pathsep}{ROOT}"}
    env.pop("FORCE_COLOR", None)
    # from another folder: the scripts must not depend on where they are started
    result = subprocess.run([sys.executable, str(ROOT / "examples" / script)], cwd=ROOT / "docs",
                            capture_output=True, text=True, env=env, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_report_html() -> None:
    (OUTPUT / "massage-therapy.html").unlink(missing_ok=True)
    _run("report_html.py")
    html = (OUTPUT / "massage-therapy.html").read_text(encoding="utf-8")
    assert '<meta http-equiv="Content-Security-Policy"' in html and "<script" not in html
    assert html.count('<mark class="foreign" lang="ko">칠곡출장마사지</mark>') == 2
    assert html.count('<mark class="foreign" lang="ko">영주출장마사지</mark>') == 2
    assert "examples/articles/massage-therapy.txt" in html and str(ROOT) not in html


def test_report_ci() -> None:
    names = ("massage-therapy.sarif", "massage-therapy.junit.xml", "massage-therapy.github.txt",
             "massage-therapy.md")
    for name in names:
        (OUTPUT / name).unlink(missing_ok=True)
    stdout = _run("report_ci.py")
    sarif = json.loads((OUTPUT / names[0]).read_text(encoding="utf-8"))
    schema = json.loads((ROOT / "tests" / "fixtures" / "sarif-schema-2.1.0.json").read_text("utf-8"))
    jsonschema.Draft4Validator(schema).validate(sarif)
    results = sarif["runs"][0]["results"]
    junit = ET.parse(OUTPUT / names[1]).getroot()
    assert len(junit.findall("testsuite/testcase/failure")) == len(results)
    github = (OUTPUT / names[2]).read_text(encoding="utf-8").splitlines()
    assert len(github) == len(results)
    assert "::warning file=examples/articles/massage-therapy.txt,line=8,col=600," in stdout
    assert "칠곡출장마사지" in (OUTPUT / names[3]).read_text(encoding="utf-8")


def test_report_terminal_is_plain_when_piped() -> None:
    stdout = _run("report_terminal.py")
    assert "\x1b" not in stdout and "LG101" in stdout and "영주출장마사지" in stdout


def test_report_site() -> None:
    site_output = OUTPUT / "site"
    for name in ("report.html", "report.json", "pages.csv", "links.csv", "findings.csv"):
        (site_output / name).unlink(missing_ok=True)
    stdout = _run("report_site.py")
    assert "orphans: https://harbor-wellness.example/old-offer.html" in stdout
    report = json.loads((site_output / "report.json").read_text(encoding="utf-8"))
    site = report["site"]
    assert site["orphans"] == ["https://harbor-wellness.example/old-offer.html"]
    assert [(b["source"], b["target"], b["status"]) for b in site["broken_links"]] == [
        ("https://harbor-wellness.example/services.html",
         "https://harbor-wellness.example/pricing.html", 404)]
    depth = {p["url"].rsplit("/", 1)[1]: p["depth"] for p in site["pages"]}
    assert depth == {"index.html": 0, "about.html": 1, "services.html": 1, "blog.html": 1,
                     "contact.html": 2, "massage-for-back-pain.html": 2, "old-offer.html": None}
    korean = [(d["source"], f["data"]["text"]) for d in report["documents"] for f in d["findings"]
              if f["code"] == "LG101"]
    assert korean == [("examples/site/massage-for-back-pain.html", "칠곡출장마사지")]
    pages = list(csv.DictReader(io.StringIO((site_output / "pages.csv").read_text("utf-8"))))
    assert len(pages) == 7
    html = (site_output / "report.html").read_text(encoding="utf-8")
    assert 'id="site"' in html and "pricing.html" in html and "<script" not in html


def test_screenshot_of_the_html_report_is_a_png() -> None:
    data = (ROOT / "docs" / "report-screenshot.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000
