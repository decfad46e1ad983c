"""Baselines: record today's findings, then fail only on findings that are new or worse.

A finding is matched by file, rule and a fingerprint that does not depend on line numbers
(the flagged text, or the message with its numbers blanked), so edits elsewhere in a file
do not turn old findings into new ones. A matched finding is "worse" when its severity rose
or its measured value moved further past the threshold.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from seokit.atomicwrite import write_atomic
from seokit.errors import ConfigError
from seokit.findings import Finding
from seokit.report.model import DocumentReport

BASELINE_VERSION = 1
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_VALUE_KEYS = ("value", "percent", "density", "score", "share", "words", "count", "length",
               "characters")


@dataclass(frozen=True, slots=True)
class Entry:
    path: str
    code: str
    fingerprint: str
    severity: int
    excess: float | None


def fingerprint(finding: Finding, source: str) -> str:
    if finding.span is not None and finding.span.end > finding.span.start:
        basis = " ".join(source[finding.span.start:finding.span.end][:200].split())
    else:
        basis = _NUMBER.sub("#", finding.message)
    return hashlib.sha1(f"{finding.code}\0{basis}".encode()).hexdigest()[:16]


def excess(data: Mapping[str, Any]) -> float | None:
    """How far the measured value is past its threshold (None when the data has no pair)."""
    threshold = data.get("threshold")
    if not isinstance(threshold, int | float) or isinstance(threshold, bool):
        return None
    for key in _VALUE_KEYS:
        value = data.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return abs(float(value) - float(threshold))
    return None


def entries(report: DocumentReport, path: str) -> list[Entry]:
    source = report.document.source
    return [Entry(path, f.code, fingerprint(f, source), f.severity.rank, excess(f.data))
            for f in report.findings]


def write_baseline(path: Path, reports: Iterable[tuple[str, DocumentReport]]) -> int:
    rows = sorted(
        (e for name, report in reports for e in entries(report, name)),
        key=lambda e: (e.path, e.code, e.fingerprint),
    )
    data = {"seokit_baseline": BASELINE_VERSION, "findings": [
        {"path": e.path, "code": e.code, "fingerprint": e.fingerprint, "severity": e.severity,
         "excess": e.excess} for e in rows]}
    write_atomic(path, json.dumps(data, indent=1) + "\n")  # never a half-written baseline
    return len(rows)


def read_baseline(path: Path) -> dict[tuple[str, str, str], list[Entry]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("seokit_baseline") != BASELINE_VERSION:
            raise ValueError("not a seokit baseline (version 1)")
        table: dict[tuple[str, str, str], list[Entry]] = defaultdict(list)
        for row in data["findings"]:
            entry = Entry(row["path"], row["code"], row["fingerprint"], int(row["severity"]),
                          row.get("excess"))
            table[(entry.path, entry.code, entry.fingerprint)].append(entry)
    except FileNotFoundError:
        raise ConfigError(str(path), "no such baseline file (write one with --write-baseline)"
                          ) from None
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ConfigError(str(path), f"invalid baseline: {exc}") from None
    return dict(table)


def new_or_worse(
    report: DocumentReport, path: str, baseline: Mapping[tuple[str, str, str], list[Entry]]
) -> tuple[list[Finding], int]:
    """The findings not covered by the baseline, and how many were covered."""
    remaining = {key: list(values) for key, values in baseline.items() if key[0] == path}
    fresh: list[Finding] = []
    covered = 0
    for finding, entry in zip(report.findings, entries(report, path), strict=True):
        candidates = remaining.get((path, entry.code, entry.fingerprint), [])
        if candidates and not _worse(entry, candidates[0]):
            candidates.pop(0)
            covered += 1
        else:
            fresh.append(finding)
    return fresh, covered


def _worse(now: Entry, then: Entry) -> bool:
    if now.severity > then.severity:
        return True
    if now.excess is not None and then.excess is not None:
        return now.excess > then.excess + 1e-9
    return False
