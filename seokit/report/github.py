"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` line per finding,
which GitHub shows as an annotation on the file and line.

Escaping follows the Actions toolkit (``toCommandValue``/``toCommandProperties``): in the
message ``%``, CR and LF become ``%25``, ``%0D``, ``%0A``; in property values ``:`` and ``,``
also become ``%3A`` and ``%2C``. A hostile page therefore cannot end the command early or
start another one (``::add-mask::``, ``::stop-commands::``) with text from its title. Terminal
escape sequences are shown as text, since the log viewer interprets them.

Columns are only given when a finding starts and ends on the same line: GitHub rejects
``col``/``endColumn`` otherwise.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from seokit.findings import Finding
from seokit.report.common import artifact_path, printable, site_findings
from seokit.report.model import Report, RuleStatus

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(name: str, properties: Mapping[str, object], message: str) -> str:
    props = ",".join(f"{key}={escape_property(printable_lines(str(value)))}"
                     for key, value in properties.items() if value is not None)
    return f"::{name}{' ' + props if props else ''}::{escape_data(printable_lines(message))}"


def printable_lines(text: str) -> str:
    """Control characters shown as text, except the line breaks the escaping encodes."""
    return "\n".join(printable(line) for line in text.replace("\r\n", "\n").split("\n"))


def render_github(report: Report) -> str:
    lines: list[str] = []
    for d in report.documents:
        path = artifact_path(d.document)
        for f in d.findings:
            lines.append(_annotation(f, path))
        for r in d.results:
            if r.status is RuleStatus.ERROR:
                lines.append(command("error", {"file": path, "title": f"{r.code} crashed"},
                                     f"Rule {r.code} crashed and was skipped: {r.error}"))
    for sf in site_findings(report):
        lines.append(_site_annotation(sf))
    for e in report.errors:
        lines.append(command("error", {"title": "seokit: input error"}, f"{e.source}: {e.error}"))
    return "".join(line + "\n" for line in lines)


def _annotation(f: Finding, path: str) -> str:
    props: dict[str, object] = {"file": path}
    if f.location is not None:
        loc = f.location
        props["line"] = loc.line
        if loc.end_line == loc.line:
            props["col"] = loc.column
        props["endLine"] = loc.end_line
        if loc.end_line == loc.line:
            props["endColumn"] = loc.end_column
    props["title"] = f"{f.code} {f.name}"
    return command(COMMANDS[f.severity.value], props, f.message)


def _site_annotation(f: Mapping[str, Any]) -> str:
    pages = [str(p) for p in f.get("pages") or []]
    message = str(f.get("message") or "") + (f"\nPages: {', '.join(pages)}" if pages else "")
    return command(COMMANDS.get(str(f.get("severity")), "warning"),
                   {"title": f"{f.get('code')} {f.get('name') or ''}".strip()}, message)
