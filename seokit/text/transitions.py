"""Transition words: whether a sentence contains one, for the languages with a list."""

from __future__ import annotations

import functools
import re

from seokit.data.readability_transitions import TRANSITIONS

TRANSITION_LANGUAGES = frozenset(TRANSITIONS)
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_ELIDED = re.compile(r"^(?:[dlcjnst]|qu)'")  # French "d'abord" is listed whole; "l'a" is not


@functools.cache
def _index(language: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """First word -> the entries starting with it (as word tuples), longest first."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for entry in TRANSITIONS.get(language, ()):
        words = tuple(entry.lower().split())
        index.setdefault(words[0], []).append(words)
    return {first: tuple(sorted(set(entries), key=len, reverse=True))
            for first, entries in index.items()}


def _tokens(sentence: str) -> list[str]:
    return _WORD.findall(sentence.lower().replace("’", "'"))


def find_transition(sentence: str, language: str) -> str | None:
    """The first transition word or phrase in ``sentence``, or None (also when the language
    has no list)."""
    index = _index(language)
    if not index:
        return None
    words = _tokens(sentence)
    for i, word in enumerate(words):
        for candidate in (word, _ELIDED.sub("", word)):
            for entry in index.get(candidate, ()):
                if tuple(words[i:i + len(entry)]) == entry or (
                        len(entry) == 1 and candidate == entry[0]):
                    return " ".join(entry)
    return None
