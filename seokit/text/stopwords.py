"""Stop words per language, from the installed ``stop-words`` package (read offline from its files).

The package's lists are broad: besides function words they hold general adjectives and adverbs
("new", "good", "often"), which is what keyword extraction wants (Yoast's function-word lists
are just as broad). They also hold a few concrete nouns and verbs that carry meaning on a web
page ("computer", "research", "buy", "free"); ``_CONTENT_WORDS`` gives those back, per language,
so "free shipping" or "web design" can still be a keyword.
"""

from __future__ import annotations

import functools

from seokit.text.normalize import normalize_word

# ISO 639-1 codes the package knows under another code
_ALIASES = {"no": "nb", "nn": "nb", "iw": "he", "in": "id"}

# words the package lists as stop words but that name things marketers write about
_CONTENT_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "bill buy caption click computer copy cry date effect face faces fire free group groups "
        "home homepage index information interest interests invention line man member members "
        "men microsoft mug netscape novel number numbers order orders page pages problem problems "
        "research results ring room rooms section site state states system test text value web "
        "webpage website words work works world year years".split()
    ),
}


@functools.cache
def stop_words(language: str) -> frozenset[str]:
    """The stop words of ``language`` (ISO 639-1), normalised like tokens; empty when unknown."""
    from stop_words import LANGUAGE_MAPPING, StopWordError, get_stop_words

    code = _ALIASES.get(language, language)
    if code not in LANGUAGE_MAPPING:
        return frozenset()
    try:
        listed = get_stop_words(code, cache=False)
    except StopWordError:  # an unreadable list file: measure without stop words
        return frozenset()
    keep = _CONTENT_WORDS.get(code, frozenset())
    return frozenset(normalize_word(w) for w in listed) - keep
