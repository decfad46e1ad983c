"""The Report: the only input of every reporter."""

from __future__ import annotations

import dataclasses
import enum
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from seokit._version import __version__
from seokit.document import Document
from seokit.findings import Finding
from seokit.pickling import quick_pickle
from seokit.suppressions import Suppression

SCHEMA_VERSION = 1
FLOAT_DIGITS = 4


class RuleStatus(enum.StrEnum):
    PASSED = "passed"
    FAILED = "failed"
    NOT_APPLICABLE = "not_applicable"
    ERROR = "error"


@quick_pickle
@dataclass(frozen=True, slots=True)
class RuleResult:
    code: str
    status: RuleStatus
    score: float | None = None
    error: str | None = None


@dataclass(frozen=True, slots=True)
class Analysis:
    """Numbers without opinions: every analyzer's measurements of one document."""

    document: Document
    metrics: Mapping[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {name: stats.to_json(self.document) for name, stats in self.metrics.items()}


@dataclass(frozen=True, slots=True)
class DocumentReport:
    document: Document
    metrics: Mapping[str, Any]
    findings: tuple[Finding, ...]
    results: tuple[RuleResult, ...]
    scores: Mapping[str, int | None]
    suppressed: tuple[tuple[Finding, Suppression], ...] = ()
    suppressions: tuple[tuple[Suppression, int], ...] = ()
    # terms that set this document apart from the others audited with it (TF-IDF)
    distinctive: tuple[Any, ...] | None = None
    # its keyword counts and their written forms, for ``distinctive`` (not reported), when the
    # audit was asked to count them: part of a batch
    term_counts: tuple[Mapping[str, int], Mapping[str, str]] | None = None
    # the metrics' JSON form, rounded, when the audit made it (``with_metrics_json``), with
    # the metrics it was made from: a copy of the report with other metrics does not use it
    # (pickling keeps the two one object)
    metrics_json: tuple[Mapping[str, Any], Mapping[str, Any]] | None = field(
        default=None, compare=False, repr=False)

    @property
    def source(self) -> str:
        return self.document.name

    def with_metrics_json(self) -> DocumentReport:
        """The report with its metrics' JSON form made now. A ``--jobs`` worker does this for a
        JSON report: the parent, which writes the report once every worker is done, then
        neither walks the metrics nor rounds their floats (half of its time per document)."""
        return dataclasses.replace(self, metrics_json=(self.metrics, self._metrics_json()))

    def _metrics_json(self) -> dict[str, Any]:
        rounded: dict[str, Any] = _rounded(
            {name: stats.to_json(self.document) for name, stats in self.metrics.items()})
        return rounded

    def to_dict(self) -> dict[str, Any]:
        """The document's part of the JSON report, floats rounded."""
        doc = self.document
        out: dict[str, Any] = {"source": doc.name, "format": doc.format.value}
        if doc.url:
            out["url"] = doc.url
        made = self.metrics_json
        out.update(made[1] if made is not None and made[0] is self.metrics
                   else self._metrics_json())
        if self.distinctive is not None and isinstance(out.get("keywords"), dict):
            # a copy: the made JSON form is shared with the report it came from
            out["keywords"] = {**out["keywords"], "distinctive": _rounded(
                [term.to_json() for term in self.distinctive])}
        # the metrics are rounded already; the rest is rounded here
        rest: dict[str, Any] = {
            "findings": [finding_to_dict(f) for f in self.findings],
            "rules": [{"code": r.code, "status": r.status.value, "score": r.score}
                      | ({"error": r.error} if r.error else {}) for r in self.results],
            "scores": dict(self.scores),
        }
        if self.suppressions:
            rest["suppressions"] = [s.to_dict(used) for s, used in self.suppressions]
            rest["suppressed"] = [finding_to_dict(f) | {"suppressed_by": s.line}
                                  for f, s in self.suppressed]
        out.update(_rounded(rest))
        return out


def finding_to_dict(f: Finding) -> dict[str, Any]:
    out: dict[str, Any] = {"code": f.code, "name": f.name, "severity": f.severity.value,
                           "message": f.message}
    if f.location is not None and f.span is not None:
        out |= {"line": f.location.line, "column": f.location.column,
                "end_line": f.location.end_line, "end_column": f.location.end_column,
                "start": f.span.start, "end": f.span.end}
    else:
        out |= {"line": None, "column": None, "end_line": None, "end_column": None}
    out["data"] = dict(f.data)
    out["help_url"] = f.help_url
    return out


@dataclass(frozen=True, slots=True)
class InputFailure:
    """An input that could not be audited, kept in the report so nothing is silently lost."""

    source: str
    error: str


@dataclass(frozen=True, slots=True)
class Report:
    documents: tuple[DocumentReport, ...]
    errors: tuple[InputFailure, ...] = ()
    site: Mapping[str, Any] | None = field(default=None)

    @property
    def findings(self) -> tuple[Finding, ...]:
        return tuple(f for d in self.documents for f in d.findings)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "seokit_version": __version__,
            "documents": [d.to_dict() for d in self.documents],  # rounded already
            "site": _rounded(dict(self.site)) if self.site is not None else None,
        }
        if self.errors:
            out["errors"] = [{"source": e.source, "error": e.error} for e in self.errors]
        return out

    def to_json(self, *, indent: int | None = 2) -> str:
        data = self.to_dict()
        if indent == 2:
            import orjson

            # the same bytes as json.dumps(indent=2, ensure_ascii=False) (floats rounded to
            # four places never take an exponent; a test compares), about ten times as fast:
            # json indents in pure Python, seconds of serial time for a batch of 500 pages
            try:
                return orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS,
                                    ).decode() + "\n"
            except orjson.JSONEncodeError:  # an integer past 64 bits: json writes it
                pass
        return json.dumps(data, ensure_ascii=False, indent=indent, allow_nan=False) + "\n"


def _rounded(value: Any) -> Any:
    """Round floats so the JSON is byte-identical across platforms and runs. NaN and
    infinity have no JSON form: a ValueError, as json.dumps(allow_nan=False) raises."""
    kind = type(value)
    if kind is str or kind is int or value is None or kind is bool:
        return value  # most of a report: one check each (a batch's report has millions)
    if kind is dict:
        return {k: _rounded(v) for k, v in value.items()}
    if kind is list or kind is tuple:
        return [_rounded(v) for v in value]
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"Out of range float values are not JSON compliant: {value!r}")
        return round(value, FLOAT_DIGITS)
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_rounded(v) for v in value]
    return value
