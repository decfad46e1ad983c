"""The English readability formulas, as pure functions of counts (the language-specific ones
are in ``readability_formulas_intl``).

Each formula uses its authors' published constants (the same as textstat 0.7.13 except where
noted) and returns None when a count it divides by is zero, so "no text" is never a score.
The counts come from seokit's own tokenizer, sentence splitter and syllable counter, which keeps
textstat's syllable code (and its ``nltk.download``) out of the way.
"""

from __future__ import annotations

import functools
import importlib.util
import math
from pathlib import Path


def flesch_reading_ease(words: int, sentences: int, syllables: int) -> float | None:
    """Flesch (1948): 206.835 - 1.015 * words/sentence - 84.6 * syllables/word."""
    if not words or not sentences:
        return None
    return 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words)


def flesch_kincaid_grade(words: int, sentences: int, syllables: int) -> float | None:
    """Kincaid et al. (1975): 0.39 * words/sentence + 11.8 * syllables/word - 15.59."""
    if not words or not sentences:
        return None
    return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59


def gunning_fog(words: int, sentences: int, complex_words: int) -> float | None:
    """Gunning (1952): 0.4 * (words/sentence + 100 * complex words/words)."""
    if not words or not sentences:
        return None
    return 0.4 * (words / sentences + 100 * complex_words / words)


def smog_index(sentences: int, polysyllables: int) -> float | None:
    """McLaughlin (1969): 1.0430 * sqrt(polysyllables * 30/sentences) + 3.1291."""
    if not sentences:
        return None
    return 1.0430 * math.sqrt(polysyllables * 30 / sentences) + 3.1291


def coleman_liau_index(words: int, sentences: int, letters: int) -> float | None:
    """Coleman & Liau (1975): 0.0588 * L - 0.296 * S - 15.8, with L letters and S sentences
    per 100 words. (textstat 0.7.13 uses 0.058 for the first constant; the paper has 0.0588.)"""
    if not words or not sentences:
        return None
    return 0.0588 * (100 * letters / words) - 0.296 * (100 * sentences / words) - 15.8


def automated_readability_index(words: int, sentences: int, characters: int) -> float | None:
    """Senter & Smith (1967): 4.71 * characters/word + 0.5 * words/sentence - 21.43, where
    characters are letters and digits."""
    if not words or not sentences:
        return None
    return 4.71 * (characters / words) + 0.5 * (words / sentences) - 21.43


def dale_chall(words: int, sentences: int, difficult_words: int) -> float | None:
    """Dale & Chall (1948): 0.1579 * % difficult words + 0.0496 * words/sentence, plus 3.6365
    when more than 5 % of the words are difficult (not on the list of familiar words)."""
    if not words or not sentences:
        return None
    percent = 100 * difficult_words / words
    return 0.1579 * percent + 0.0496 * (words / sentences) + (3.6365 if percent > 5 else 0.0)


def spache(words: int, sentences: int, unique_unfamiliar: int) -> float | None:
    """Revised Spache (1974), a grade level for primary-school texts: 0.121 x words/sentence +
    0.082 x unique words not on the Spache list per 100 words + 0.659. (textstat 0.7.13 uses
    the 1953 constants with the Dale-Chall list; the revised formula goes with the revised
    list.)"""
    if not words or not sentences:
        return None
    return 0.121 * (words / sentences) + 0.082 * (100 * unique_unfamiliar / words) + 0.659


def mcalpine_eflaw(words: int, sentences: int, miniwords: int) -> float | None:
    """McAlpine EFLAW (2006), for readers of English as a foreign language: (words + words of
    at most three letters) / sentences; 20 or less is easy, above 29 confusing."""
    if not words or not sentences:
        return None
    return (words + miniwords) / sentences


LINSEAR_SAMPLE_WORDS = 100


def linsear_write(easy_words: int, hard_words: int, sentences: int) -> float | None:
    """Linsear Write (O'Hayre 1966) on a 100-word sample: easy words (at most two syllables)
    score 1, hard words (three or more) 3; r = score/sentences; r/2 when r > 20, else
    (r - 2)/2."""
    if not sentences or not easy_words + hard_words:
        return None
    r = (easy_words + 3 * hard_words) / sentences
    return r / 2 if r > 20 else (r - 2) / 2


@functools.cache
def dale_chall_familiar_words() -> frozenset[str]:
    """The Dale-Chall list of familiar words that textstat ships as a package resource.

    Found through the import system without importing textstat (which imports nltk at import
    time); the file is read from the installed package, never downloaded.
    """
    spec = importlib.util.find_spec("textstat")
    locations = spec.submodule_search_locations if spec else None
    if not locations:
        raise ImportError("the Dale-Chall word list needs the 'textstat' package; install it")
    path = Path(next(iter(locations))) / "resources" / "en" / "easy_words.txt"
    return frozenset(line.strip().lower() for line in path.read_text("utf-8").splitlines()
                     if line.strip())


# Regular inflections of a familiar word are familiar too (the 1948 instructions); each entry
# is an ending and what the base word ends with instead.
_INFLECTIONS = (
    ("'s", ""), ("s'", ""), ("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", ""),
    ("d", ""), ("ing", ""), ("ing", "e"), ("ier", "y"), ("iest", "y"), ("er", ""), ("er", "e"),
    ("est", ""), ("est", "e"), ("ily", "y"), ("ly", ""),
)


def is_familiar_word(word: str, familiar: frozenset[str] | None = None) -> bool:
    """Whether a word counts as familiar for Dale-Chall (or, given the Spache list, for
    Spache): on the list, a regular inflection of a listed word, or a number. (Proper names
    count as unfamiliar, as in textstat.)"""
    lower = word.lower().replace("’", "'")
    if not any(ch.isalpha() for ch in lower):
        return True
    if familiar is None:
        familiar = dale_chall_familiar_words()
    if lower in familiar:
        return True
    for ending, base_end in _INFLECTIONS:
        if lower.endswith(ending) and len(lower) > len(ending) + 1:
            base = lower[: -len(ending)]
            if base + base_end in familiar:
                return True
            doubled = len(base) > 2 and base[-1] == base[-2]
            if ending[0] in "ie" and doubled and base[:-1] in familiar:
                return True  # a doubled final consonant: "stopped", "bigger"
    return False


def flesch_band(score: float) -> str:
    """Flesch's own table (1949): how hard a score reads and for whom."""
    for floor, label in _FLESCH_BANDS:
        if score >= floor:
            return label
    return _FLESCH_BANDS[-1][1]


_FLESCH_BANDS = (
    (90.0, "very easy (5th grade)"),
    (80.0, "easy (6th grade)"),
    (70.0, "fairly easy (7th grade)"),
    (60.0, "plain English (8th to 9th grade)"),
    (50.0, "fairly difficult (10th to 12th grade)"),
    (30.0, "difficult (college)"),
    (-math.inf, "very difficult (college graduate)"),
)
