"""Where a text is hardest: a difficulty for every sentence and paragraph, and the reasons.

Difficulty is on one 0-100 scale, higher is harder, so a report can colour paragraphs as a
heat map: 100 minus the language's Flesch-type reading ease where the language has one
(``readability_registry.READING_EASE``), else its LIX (Björnsson's index, words per sentence
plus the percentage of words over six letters, which needs no syllables), clamped to 0-100.
Languages written without spaces have neither and get None.
"""

from __future__ import annotations

from seokit.analysis.readability_data import UNSPACED_LANGUAGES
from seokit.analysis.readability_formulas_intl import lix
from seokit.analysis.readability_registry import READING_EASE, reading_ease

# A sentence has "long words" when its words average so many syllables that the language's
# reading ease would be below PLAIN_EASE even in sentences of PLAIN_SENTENCE_WORDS words (for
# English 1.56 syllables per word; German 1.79, Spanish 2.19). Languages without a reading-ease
# formula compare with the text's own average instead.
PLAIN_EASE = 60.0
PLAIN_SENTENCE_WORDS = 15
HARD_WORDS_RATIO = 1.25
HARD_WORDS_MIN_WORDS = 4  # below this a sentence's average says little
MIN_HOTSPOT_WORDS = 3  # a one- or two-word sentence is never a reading hotspot


def difficulty_basis(language: str) -> str | None:
    if language in UNSPACED_LANGUAGES:
        return None
    return READING_EASE.get(language, "lix")


def hardness(language: str, words: int, sentences: int, syllables: int,
             long_words: int) -> float | None:
    """100 minus the reading ease, or LIX: higher is harder, not clamped (for ranking)."""
    basis = difficulty_basis(language)
    if basis is None or not words or not sentences:
        return None
    if basis == "lix":
        return lix(words, sentences, long_words)
    ease = reading_ease(language, words, sentences, syllables)
    return None if ease is None else 100 - ease


def difficulty(language: str, words: int, sentences: int, syllables: int,
               long_words: int) -> float | None:
    """0 (easiest) to 100 (hardest) for these counts; None without words or sentences."""
    value = hardness(language, words, sentences, syllables, long_words)
    return None if value is None else min(100.0, max(0.0, value))


def long_words_threshold(language: str, mean_syllables: float | None) -> float | None:
    """Syllables per word above which a sentence's words count as long (see PLAIN_EASE)."""
    n = PLAIN_SENTENCE_WORDS
    at_one = reading_ease(language, 1000 * n, 1000, 1000 * n)  # 1 syllable per word
    at_two = reading_ease(language, 1000 * n, 1000, 2000 * n)  # 2 syllables per word
    if at_one is None or at_two is None or at_one == at_two:
        return None if mean_syllables is None else HARD_WORDS_RATIO * mean_syllables
    # every reading ease is linear in syllables per word
    return 1 + (at_one - PLAIN_EASE) / (at_one - at_two)


def sentence_reasons(*, words: int, syllables: int, passive: bool | None, long_limit: int,
                     long_words_at: float | None, length: int) -> tuple[str, ...]:
    """Why a sentence is hard: "long" (over the language's limit, in words or for unspaced
    languages in characters), "long words" (see ``long_words_threshold``), "passive"."""
    reasons = []
    if length > long_limit:
        reasons.append("long")
    if long_words_at is not None and words >= HARD_WORDS_MIN_WORDS \
            and syllables / words > long_words_at:
        reasons.append("long words")
    if passive:
        reasons.append("passive")
    return tuple(reasons)
