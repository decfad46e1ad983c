"""Words with their offsets: Unicode-aware, apostrophes and hyphens kept inside a word."""

from __future__ import annotations

import re
from dataclasses import dataclass

# letters or digits, joined by an apostrophe or hyphen ("don't", "well-being", "COVID-19")
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()


def words(text: str) -> list[Token]:
    """Every word of ``text`` with offsets into it."""
    return [Token(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text)]


def has_letter(word: str) -> bool:
    return any(ch.isalpha() for ch in word)
