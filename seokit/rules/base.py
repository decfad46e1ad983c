"""How a rule is declared: once, with its code, name, severity, options, docs and examples."""

from __future__ import annotations

import enum
import inspect
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from seokit.context import Context
from seokit.document import Span
from seokit.findings import Finding, Severity

DOCS_URL = "https://seokit.readthedocs.io/en/latest/rules/{code}/"


class Category(enum.StrEnum):
    """The category a code's two letters name, and the score it counts towards."""

    CT = "content"
    RD = "readability"
    KW = "keywords"
    LG = "language"
    LN = "links"
    MT = "meta"
    ST = "structure"
    IM = "images"
    SI = "site"

    @property
    def score_key(self) -> str:
        """The key in the report's ``scores``: five audiences-facing groups."""
        return _SCORE_KEYS[self.name]


_SCORE_KEYS = {
    "CT": "readability", "RD": "readability", "KW": "keywords", "LG": "language",
    "LN": "links", "MT": "structure", "ST": "structure", "IM": "structure", "SI": "site",
}
SCORE_CATEGORIES = ("readability", "keywords", "language", "links", "structure")


@dataclass(frozen=True, slots=True)
class Option:
    """A rule option: its name, default and help, written once."""

    name: str
    default: Any
    help: str

    def coerce(self, value: Any, where: str) -> Any:
        from seokit.errors import ConfigError

        expected = type(self.default)
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            return float(value)
        if self.default is None or isinstance(value, expected):
            return value
        raise ConfigError(where, f"option {self.name!r} must be {expected.__name__}, got {value!r}")


@dataclass(frozen=True, slots=True)
class Example:
    """An input that passes or fails the rule, checked by the registry meta-tests."""

    text: str
    fails: bool
    format: str = "text"
    keyphrase: str | None = None


class Rule:
    """Base of every rule. Subclasses set the class attributes and implement ``check``.

    The docstring is the rule's manual with the headings "What it does", "Why is this bad?"
    and "Example".
    """

    code: ClassVar[str]
    name: ClassVar[str]
    title: ClassVar[str]
    severity: ClassVar[Severity] = Severity.WARNING
    options: ClassVar[tuple[Option, ...]] = ()
    examples: ClassVar[tuple[Example, ...]] = ()
    weight: ClassVar[float] = 1.0

    @property
    def category(self) -> Category:
        return Category[self.code[:2]]

    @property
    def help_url(self) -> str:
        return DOCS_URL.format(code=self.code)

    @property
    def docs(self) -> str:
        return inspect.cleandoc(self.__doc__ or "")

    def defaults(self) -> dict[str, Any]:
        return {o.name: o.default for o in self.options}

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        """False when the rule has nothing to judge here; it then weighs nothing in the score."""
        return True

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        raise NotImplementedError

    def score(self, findings: list[Finding]) -> float:
        """1.0 when clean; otherwise by the worst severity found."""
        if not findings:
            return 1.0
        worst = max(f.severity.rank for f in findings)
        return {1: 0.8, 2: 0.5, 3: 0.0}[worst]

    def finding(
        self,
        ctx: Context,
        message: str,
        *,
        span: Span | None = None,
        data: Mapping[str, Any] | None = None,
        severity: Severity | None = None,
    ) -> Finding:
        location = ctx.document.locate(span) if span is not None else None
        return Finding(
            code=self.code,
            name=self.name,
            severity=severity or self.severity,
            message=message,
            span=span,
            location=location,
            data=dict(data or {}),
            help_url=self.help_url,
        )
