"""Counting words, syllables and word classes sentence by sentence, for the readability analysis."""

from __future__ import annotations

from dataclasses import dataclass, field

from seokit.analysis.readability_data import FIRST_WORD_EXCEPTIONS, LONG_WORD_LETTERS
from seokit.analysis.readability_formulas import LINSEAR_SAMPLE_WORDS, is_familiar_word
from seokit.text.syllables import SyllableCount, SyllableSource, count_syllables
from seokit.text.tokens import Token, words

_NOT_IN_DICTIONARY = (SyllableSource.MORPHOLOGY, SyllableSource.RULES, SyllableSource.ACRONYM)
# Gunning does not count a word as complex when -es, -ed or -ing made it three syllables long
_SIBILANT_ENDINGS = ("ses", "xes", "zes", "ches", "shes", "ces", "ges")


@dataclass(frozen=True, slots=True)
class SentenceCounts:
    words: int
    syllables: int
    beginning: str  # the lower-cased first word (or two, after an article); "" without words


@dataclass(slots=True)
class ProseCounter:
    """Running totals over the sentences fed to it; one per document analysis."""

    language: str
    words: int = 0
    syllables: int = 0
    letters: int = 0
    characters: int = 0  # letters and digits
    polysyllabic_words: int = 0
    complex_words: int = 0
    long_words: int = 0
    difficult_words: int = 0
    linsear_easy: int = 0
    linsear_hard: int = 0
    linsear_sentences: int = 0
    sources: dict[str, int] = field(default_factory=dict)
    out_of_dictionary: dict[str, None] = field(default_factory=dict)  # ordered set
    _cache: dict[str, SyllableCount] = field(default_factory=dict)

    @property
    def english(self) -> bool:
        return self.language == "en"

    def syllables_of(self, word: str) -> SyllableCount:
        found = self._cache.get(word)
        if found is None:
            found = self._cache[word] = count_syllables(word, self.language)
        return found

    def add_sentence(self, text: str) -> SentenceCounts:
        tokens = words(text)
        if not tokens:
            return SentenceCounts(0, 0, "")
        in_sample = self.words < LINSEAR_SAMPLE_WORDS
        syllables = 0
        for position, token in enumerate(tokens):
            syllables += self._add_word(token, first=position == 0)
        if in_sample:
            self.linsear_sentences += 1
        return SentenceCounts(len(tokens), syllables, self._beginning(tokens))

    def _add_word(self, token: Token, *, first: bool) -> int:
        word = token.text
        counted = self.syllables_of(word)
        n = counted.count
        letters = sum(ch.isalpha() for ch in word)
        self.words += 1
        self.syllables += n
        self.letters += letters
        self.characters += sum(ch.isalnum() for ch in word)
        self.sources[counted.source.value] = self.sources.get(counted.source.value, 0) + 1
        if letters > LONG_WORD_LETTERS:
            self.long_words += 1
        if n >= 3:
            self.polysyllabic_words += 1
            if _is_complex(word, n, first=first):
                self.complex_words += 1
        if self.english:
            if counted.source in _NOT_IN_DICTIONARY:
                self.out_of_dictionary[word.lower()] = None
            if not is_familiar_word(word):
                self.difficult_words += 1
        if self.words <= LINSEAR_SAMPLE_WORDS:
            if n >= 3:
                self.linsear_hard += 1
            else:
                self.linsear_easy += 1
        return n

    def _beginning(self, tokens: list[Token]) -> str:
        first = tokens[0].lower
        if first in FIRST_WORD_EXCEPTIONS.get(self.language, ()) and len(tokens) > 1:
            return f"{first} {tokens[1].lower}"
        return first

    @property
    def out_of_dictionary_words(self) -> int:
        return sum(self.sources.get(s.value, 0) for s in _NOT_IN_DICTIONARY)


def _is_complex(word: str, syllables: int, *, first: bool) -> bool:
    """Gunning's "hard words": three or more syllables, but not a proper name (capitalised
    inside a sentence), not a hyphenated compound, and not made three syllables long only by
    an -es, -ed or -ing ending."""
    if "-" in word or (not first and word[:1].isupper()):
        return False
    if syllables > 3:
        return True
    lower = word.lower()
    if lower.endswith("ing"):
        return False
    if lower.endswith("ed") and lower[-3:-2] in ("t", "d"):
        return False
    return not lower.endswith(_SIBILANT_ENDINGS)
