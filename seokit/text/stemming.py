"""Word forms via Snowball stemmers ("therapies" and "therapy" share the stem "therapi")."""

from __future__ import annotations

import functools
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

    Each call builds a fresh stemmer with its own memo, because Snowball stemmer objects keep
    state while they work and must not be shared between threads.
    """
    name = stemmer_name(language)
    if name is None:
        return _identity
    import snowballstemmer

    stem_word = snowballstemmer.stemmer(name).stemWord
    memo: dict[str, str] = {}

    def stem(word: str) -> str:
        found = memo.get(word)
        if found is None:
            found = memo[word] = stem_word(word)
        return found

    return stem


def _identity(word: str) -> str:
    return word
