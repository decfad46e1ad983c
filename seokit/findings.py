"""Findings: what a rule says about a document, with a stable code and a location."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from seokit.document import Location, Span
from seokit.pickling import quick_pickle


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"info": 1, "warning": 2, "error": 3}[self.value]


@quick_pickle
@dataclass(frozen=True, slots=True)
class Finding:
    code: str
    name: str
    severity: Severity
    message: str
    span: Span | None = None
    location: Location | None = None
    data: Mapping[str, Any] = field(default_factory=dict)
    help_url: str = ""

    def sort_key(self) -> tuple[int, int, str, int]:
        if self.location is None:
            return (0, 0, self.code, self.span.start if self.span else -1)
        return (self.location.line, self.location.column, self.code, self.span.start if self.span else 0)
