"""Inline suppressions in Markdown and HTML comments, each reported so nothing is hidden.

    <!-- seokit-disable-file RD101, LG -->        the whole file
    <!-- seokit-disable-next-line RD102 -->       the next line
    <!-- seokit-disable-line KW104 -->            the line the comment is on
    <!-- seokit-disable RD103 --> ... <!-- seokit-enable RD103 -->    a region

Codes may be codes, prefixes or rule names, separated by spaces or commas; none means every
rule. An unclosed region runs to the end of the file.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from seokit.document import Document, Format
from seokit.findings import Finding
from seokit.rules.base import Rule

_DIRECTIVE = re.compile(
    r"<!--\s*seokit-(disable-file|disable-next-line|disable-line|disable|enable)\b([^>]*?)-->",
    re.IGNORECASE,
)


class SuppressionKind(enum.StrEnum):
    FILE = "file"
    NEXT_LINE = "next-line"
    LINE = "line"
    REGION = "region"


@dataclass(frozen=True, slots=True)
class Suppression:
    kind: SuppressionKind
    codes: tuple[str, ...]  # empty: every rule
    line: int  # where the comment is
    first_line: int  # the lines it covers
    last_line: int

    def covers(self, finding: Finding, rules: Mapping[str, Rule]) -> bool:
        if self.codes and not any(_matches(code, finding.code, rules) for code in self.codes):
            return False
        if self.kind is SuppressionKind.FILE:
            return True
        if finding.location is None:
            return False  # a document-level finding is only silenced for the whole file
        return self.first_line <= finding.location.line <= self.last_line

    def to_dict(self, used: int) -> dict[str, object]:
        return {"kind": self.kind.value, "codes": list(self.codes), "line": self.line,
                "first_line": self.first_line, "last_line": self.last_line, "used": used}


def _matches(selector: str, code: str, rules: Mapping[str, Rule]) -> bool:
    rule = rules.get(code)
    return code.startswith(selector.upper()) or (rule is not None and rule.name == selector)


def find_suppressions(document: Document) -> tuple[Suppression, ...]:
    """Every directive in the document's comments (HTML and Markdown only)."""
    if document.format is Format.TEXT:
        return ()
    source = document.source
    if "seokit-" not in source:
        return ()
    last = document.source_map.position(len(source))[0]
    found: list[Suppression] = []
    open_regions: list[tuple[tuple[str, ...], int]] = []
    for match in _DIRECTIVE.finditer(source):
        kind = match.group(1).lower()
        codes = tuple(c for c in re.split(r"[\s,]+", match.group(2).strip()) if c)
        line = document.source_map.position(match.start())[0]
        if kind == "disable-file":
            found.append(Suppression(SuppressionKind.FILE, codes, line, 1, last))
        elif kind == "disable-next-line":
            found.append(Suppression(SuppressionKind.NEXT_LINE, codes, line, line + 1, line + 1))
        elif kind == "disable-line":
            found.append(Suppression(SuppressionKind.LINE, codes, line, line, line))
        elif kind == "disable":
            open_regions.append((codes, line))
        else:  # enable: closes the matching region, or every open one without codes
            still_open = []
            for region_codes, start in open_regions:
                if not codes or set(region_codes) & set(codes) or not region_codes:
                    found.append(Suppression(SuppressionKind.REGION, region_codes, start, start,
                                             line))
                else:
                    still_open.append((region_codes, start))
            open_regions = still_open
    for region_codes, start in open_regions:
        found.append(Suppression(SuppressionKind.REGION, region_codes, start, start, last))
    return tuple(sorted(found, key=lambda s: (s.line, s.kind.value, s.codes)))


def apply_suppressions(
    findings: Iterable[Finding], suppressions: tuple[Suppression, ...], rules: Mapping[str, Rule]
) -> tuple[list[Finding], list[tuple[Finding, Suppression]], list[int]]:
    """Split findings into kept and suppressed; also count each suppression's uses."""
    kept: list[Finding] = []
    suppressed: list[tuple[Finding, Suppression]] = []
    used = [0] * len(suppressions)
    for finding in findings:
        for i, suppression in enumerate(suppressions):
            if suppression.covers(finding, rules):
                suppressed.append((finding, suppression))
                used[i] += 1
                break
        else:
            kept.append(finding)
    return kept, suppressed, used
