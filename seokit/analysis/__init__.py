"""The analyzer registry: pure functions of the context that measure and never judge."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from seokit.analysis import keywords, language, links, readability, structure
from seokit.context import Context

ANALYZERS: dict[str, Callable[[Context], Any]] = {
    "readability": readability.analyze_readability,
    "keywords": keywords.analyze_keywords,
    "language": language.analyze_language,
    "links": links.analyze_links,
    "structure": structure.analyze_structure,
}
