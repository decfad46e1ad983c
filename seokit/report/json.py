"""The JSON report (schema version 1): the stable machine-readable form."""

from __future__ import annotations

from seokit.report.model import Report


def render_json(report: Report) -> str:
    return report.to_json()
