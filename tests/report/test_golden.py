"""Every format rendered from the one shared sample report, compared byte for byte with its
reviewed golden file. After a deliberate change: ``SEOKIT_UPDATE_GOLDEN=1 python -m pytest
tests/report/test_golden.py``, then read the diff of tests/report/golden/."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from seokit.report import FORMATS, render
from seokit.report.model import Report
from seokit.report.text import render_text
from tests.report.sample import load_sample

GOLDEN = Path(__file__).resolve().parent / "golden"
FILES = {
    "text": "sample.txt", "json": "sample.json", "html": "sample.html", "markdown": "sample.md",
    "sarif": "sample.sarif", "junit": "sample.junit.xml", "github": "sample.github.txt",
    "csv": "sample.findings.csv", "csv-pages": "sample.pages.csv", "csv-links": "sample.links.csv",
}


def _check(name: str, produce: Callable[[Report], str]) -> None:
    text = produce(load_sample())
    path = GOLDEN / name
    if os.environ.get("SEOKIT_UPDATE_GOLDEN"):
        path.write_bytes(text.encode("utf-8"))
    assert path.exists(), f"no golden file {path}; run with SEOKIT_UPDATE_GOLDEN=1 and review it"
    assert text == path.read_bytes().decode("utf-8"), f"{name} differs from its golden file"


def test_every_format_has_a_golden_file() -> None:
    assert set(FILES) == set(FORMATS)


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_golden(name: str) -> None:
    _check(FILES[name], lambda report: render(report, name))


def test_golden_terminal_colours() -> None:
    _check("sample.ansi.txt", lambda report: render_text(report, color=True))


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_output_is_deterministic(name: str) -> None:
    assert render(load_sample(), name) == render(load_sample(), name)


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_every_format_renders_a_report_of_failed_inputs(name: str) -> None:
    from seokit.report.model import InputFailure

    report = Report((), (InputFailure("missing.md", "no such file"),))
    text = render(report, name)
    if name not in ("csv", "csv-pages", "csv-links"):  # tables of findings, pages and links
        assert "missing.md" in text
    assert render(Report(()), name) is not None
