"""Reports: the ``Report`` model and one small module per output format.

``FORMATS`` maps each ``--format`` name to the module and function that renders it; modules
are imported only when their format is used.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from seokit.report.model import Report

FORMATS: dict[str, tuple[str, str]] = {
    "text": ("seokit.report.text", "render_text"),
    "json": ("seokit.report.json", "render_json"),
}


def renderer(name: str) -> Callable[[Report], str]:
    module, function = FORMATS[name]
    render: Callable[[Report], str] = getattr(importlib.import_module(module), function)
    return render


def render(report: Report, name: str) -> str:
    """The report in one output format."""
    return renderer(name)(report)
