"""Word forms via Snowball stemmers ("therapies" and "therapy" share the stem "therapi")."""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable

# ISO 639-1 code -> Snowball algorithm name
_ALGORITHMS = {
    "ar": "arabic", "hy": "armenian", "eu": "basque", "ca": "catalan", "cs": "czech",
    "da": "danish", "nl": "dutch", "en": "english", "eo": "esperanto", "et": "estonian",
    "fi": "finnish", "fr": "french", "de": "german", "el": "greek", "hi": "hindi",
    "hu": "hungarian", "id": "indonesian", "ga": "irish", "it": "italian", "lt": "lithuanian",
    "ne": "nepali", "no": "norwegian", "nb": "norwegian", "nn": "norwegian", "fa": "persian",
    "pl": "polish", "pt": "portuguese", "ro": "romanian", "ru": "russian", "sr": "serbian",
    "st": "sesotho", "es": "spanish", "sv": "swedish", "ta": "tamil", "tr": "turkish",
    "yi": "yiddish",
}


@functools.cache
def stemmer_name(language: str) -> str | None:
    """The Snowball algorithm for ``language`` (ISO 639-1), or None where there is none."""
    name = _ALGORITHMS.get(language)
    if name is None:
        return None
    import snowballstemmer

    return name if name in snowballstemmer.algorithms() else None


def word_stemmer(language: str) -> Callable[[str], str]:
    """A function from a normalised word to its stem; the identity where no stemmer exists.

    Stems are remembered for the whole process, per language: word frequencies follow Zipf's
    law, so after a few pages nearly every word is a dictionary lookup instead of a Snowball
    run (the slowest part of keyword counting before). The memo only grows by distinct words
    and is dropped when it passes ``_MEMO_LIMIT``.
    """
    name = stemmer_name(language)
    if name is None:
        return _identity
    memo = _MEMOS.setdefault(name, {})

    def stem(word: str) -> str:
        found = memo.get(word)
        if found is None:
            found = _stem_uncached(name, word)
            if len(memo) >= _MEMO_LIMIT:
                memo.clear()
            memo[word] = found
        return found

    return stem


_MEMO_LIMIT = 200_000
_MEMOS: dict[str, dict[str, str]] = {}
# Snowball stemmer objects keep state while they work, so each thread gets its own
_THREAD_STEMMERS = threading.local()


def _stem_uncached(name: str, word: str) -> str:
    stemmers: dict[str, Callable[[str], str]] | None = getattr(_THREAD_STEMMERS, "by_name", None)
    if stemmers is None:
        stemmers = _THREAD_STEMMERS.by_name = {}
    stem_word = stemmers.get(name)
    if stem_word is None:
        import snowballstemmer

        stem_word = stemmers[name] = snowballstemmer.stemmer(name).stemWord
    return stem_word(word)


def _identity(word: str) -> str:
    return word
