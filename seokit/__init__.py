"""seokit: audit content for readability, keywords, language and links."""

from __future__ import annotations

from seokit._version import __version__
from seokit.audit import analyze, audit, parse
from seokit.config import Config
from seokit.document import Block, BlockKind, Document, Format, Image, Link, Location, Meta, Span
from seokit.errors import ConfigError, FetchError, InputError, SeokitError, UnknownRuleError
from seokit.findings import Finding, Severity
from seokit.report.model import Analysis, DocumentReport, Report, RuleResult

__all__ = [
    "Analysis",
    "Block",
    "BlockKind",
    "Config",
    "ConfigError",
    "Document",
    "DocumentReport",
    "FetchError",
    "Finding",
    "Format",
    "Image",
    "InputError",
    "Link",
    "Location",
    "Meta",
    "Report",
    "RuleResult",
    "SeokitError",
    "Severity",
    "Span",
    "UnknownRuleError",
    "__version__",
    "analyze",
    "audit",
    "parse",
]
