"""PLACEHOLDER: being written by a helper; replaced before the first commit that uses it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from seokit.context import Context
from seokit.document import Document


@dataclass(frozen=True, slots=True)
class Stats:
    def to_json(self, document: Document) -> dict[str, Any]:
        return {}


def analyze_links(ctx: Context) -> Stats:
    return Stats()
