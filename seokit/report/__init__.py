"""Reports: the ``Report`` model and one small module per output format.

``FORMATS`` maps each ``--format`` name to the module and function that renders it; modules
are imported only when their format is used. ``FILE_NAMES`` names each format's file when
several formats are written to one directory.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from seokit.report.model import Report

FORMATS: dict[str, tuple[str, str]] = {
    "text": ("seokit.report.text", "render_text"),
    "json": ("seokit.report.json", "render_json"),
    "html": ("seokit.report.html", "render_html"),
    "markdown": ("seokit.report.markdown", "render_markdown"),
    "sarif": ("seokit.report.sarif", "render_sarif"),
    "junit": ("seokit.report.junit", "render_junit"),
    "github": ("seokit.report.github", "render_github"),
    "csv": ("seokit.report.csv", "render_csv"),
    "csv-pages": ("seokit.report.csv", "render_pages_csv"),
    "csv-links": ("seokit.report.csv", "render_links_csv"),
}

FILE_NAMES: dict[str, str] = {
    "text": "report.txt",
    "json": "report.json",
    "html": "report.html",
    "markdown": "report.md",
    "sarif": "report.sarif",
    "junit": "report.junit.xml",
    "github": "report.github.txt",
    "csv": "findings.csv",
    "csv-pages": "pages.csv",
    "csv-links": "links.csv",
}


def renderer(name: str) -> Callable[[Report], str]:
    module, function = FORMATS[name]
    render: Callable[[Report], str] = getattr(importlib.import_module(module), function)
    return render


def render(report: Report, name: str) -> str:
    """The report in one output format."""
    return renderer(name)(report)


def render_for(report: Report, name: str, stream: TextIO | None = None) -> str:
    """The report for a destination: the text format gets colour when ``stream`` is a
    terminal that wants it (see ``text.wants_color``); files and pipes get plain text."""
    if name == "text" and stream is not None:
        from seokit.report.text import render_text, wants_color

        return render_text(report, color=wants_color(stream))
    return render(report, name)


def parse_formats(value: str) -> list[str]:
    """``"html,json"`` becomes ``["html", "json"]``; an unknown name raises ValueError."""
    names: list[str] = []
    for name in (part.strip().lower() for part in value.split(",")):
        if not name:
            continue
        if name not in FORMATS:
            raise ValueError(f"unknown format {name!r} (choose from {', '.join(sorted(FORMATS))})")
        if name not in names:
            names.append(name)
    if not names:
        raise ValueError("no format given")
    return names


def plan_outputs(formats: Sequence[str], output: Path | None,
                 output_dir: Path | None) -> list[tuple[str, Path | None]]:
    """Where each format goes: ``output_dir/FILE_NAMES[format]``, the ``output`` file, or
    stdout (None). Several formats need a directory; ValueError says why a plan is impossible."""
    if output is not None and output_dir is not None:
        raise ValueError("use --output for one format or --output-dir for several, not both")
    if output_dir is not None:
        return [(name, output_dir / FILE_NAMES[name]) for name in formats]
    if len(formats) > 1:
        raise ValueError("several formats need --output-dir DIR (each gets its own file there)")
    return [(formats[0], output)]
