"""The per-document context: the document, the settings, and memoised measurements."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from seokit.document import Document


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

    @property
    def keyphrase(self) -> str | None:
        return self.settings.keyphrase or self.document.meta.keyphrase

    @property
    def synonyms(self) -> tuple[str, ...]:
        """The keyphrase's synonyms: from the settings, else the front matter."""
        return self.settings.synonyms or self.document.meta.synonyms
