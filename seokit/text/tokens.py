"""Words with their offsets: Unicode-aware, apostrophes and hyphens kept inside a word."""

from __future__ import annotations

import re
from typing import NamedTuple

# Combining marks are not \w, yet they belong inside words: decomposed "é", Hindi vowel
# signs and viramas, Arabic and Hebrew points, Thai vowels, kana voicing marks.
_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
    "\u06d6-\u06ed\u0900-\u0963\u0966-\u0dff\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
    "\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\u3099\u309a\ufe20-\ufe2f"
)
_PART = rf"[^\W_](?:[^\W_]|[{_MARKS}])*"
# letters or digits (with their marks), joined by an apostrophe or hyphen
# ("don't", "well-being", "COVID-19")
_WORD = re.compile(rf"{_PART}(?:['’\-]{_PART})*")


class Token(NamedTuple):
    """A word and its offsets. A named tuple, not a frozen dataclass: every word of every
    sentence becomes one, and a tuple is several times cheaper to build."""

    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()


def words(text: str) -> list[Token]:
    """Every word of ``text`` with offsets into it."""
    return [Token(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text)]


def count_tokens(text: str) -> int:
    """``len(words(text))``, without building the tokens."""
    return len(_WORD.findall(text))


_LETTER_RUN = re.compile(r"[^\W\d_]+")


def letter_runs(text: str) -> list[str]:
    """The runs of letters in ``text``, without marks, digits or joiners: "os.path" gives
    "os" and "path", "x²" gives "x"."""
    return _LETTER_RUN.findall(text)


def whole_words(*candidates: str) -> re.Pattern[str]:
    """A pattern for any of ``candidates`` standing as a word of its own, not inside a longer
    word or a hyphenated compound; group 1 is the word found."""
    alternatives = "|".join(re.escape(word) for word in sorted(candidates))
    return re.compile(rf"(?<![\w-])({alternatives})(?![\w-])")


def has_letter(word: str) -> bool:
    return any(ch.isalpha() for ch in word)
