"""The per-document context: the document, the settings, and memoised measurements."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from seokit.document import Document

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Settings:
    """What an audit was asked for: the focus keyphrase, a language override, rule options."""

    keyphrase: str | None = None
    keyphrases: tuple[str, ...] = ()
    synonyms: tuple[str, ...] = ()
    language: str | None = None
    rule_options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)


class Context:
    """One document's audit context. ``metric(name)`` runs an analyzer once and remembers it."""

    __slots__ = ("_cache", "document", "settings")

    def __init__(self, document: Document, settings: Settings | None = None) -> None:
        self.document = document
        self.settings = settings or Settings()
        self._cache: dict[str, Any] = {}

    def metric(self, name: str) -> Any:
        if name not in self._cache:
            from seokit.analysis import ANALYZERS  # the registry imports every analyzer

            try:
                analyzer = ANALYZERS[name]
            except KeyError:
                raise KeyError(f"unknown analyzer {name!r}; known: {sorted(ANALYZERS)}") from None
            self._cache[name] = analyzer(self)
        return self._cache[name]

    def memo(self, key: str, compute: Callable[[], T]) -> T:
        """``compute()`` once per document: a step several analyses share (the keyword
        terms: the keyword analysis and a batch's distinctive terms). Keys are kept apart from
        analyzer names by a colon."""
        name = ":" + key
        if name not in self._cache:
            self._cache[name] = compute()
        found: T = self._cache[name]
        return found

    @property
    def keyphrase(self) -> str | None:
        return self.settings.keyphrase or self.document.meta.keyphrase

    @property
    def synonyms(self) -> tuple[str, ...]:
        """The keyphrase's synonyms: from the settings, else the front matter."""
        return self.settings.synonyms or self.document.meta.synonyms
