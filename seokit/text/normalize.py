"""The one way words are compared: lower case, typographic apostrophes made plain."""

from __future__ import annotations

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\uff07": "'"})


def normalize_word(word: str) -> str:
    """Lower-case ``word`` and turn curly apostrophes into ``'`` ("We’ll" -> "we'll")."""
    lower = word.lower()
    return lower if lower.isascii() else lower.translate(_APOSTROPHES)
