"""Counting words, syllables and word classes sentence by sentence, for the readability analysis."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from seokit.analysis.readability_data import FIRST_WORD_EXCEPTIONS, LONG_WORD_LETTERS
from seokit.analysis.readability_formulas import LINSEAR_SAMPLE_WORDS, is_familiar_word
from seokit.analysis.readability_registry import Totals
from seokit.data.readability_spache import SPACHE_FAMILIAR_WORDS
from seokit.text.syllables import SyllableSource, count_syllables
from seokit.text.tokens import Token, words

_NOT_IN_DICTIONARY = (SyllableSource.MORPHOLOGY, SyllableSource.RULES, SyllableSource.ACRONYM)
# Gunning does not count a word as complex when -es, -ed or -ing made it three syllables long
_SIBILANT_ENDINGS = ("ses", "xes", "zes", "ches", "shes", "ces", "ges")
# A URL or e-mail address is one word, read as its site's name ("example.com" -> "example"):
# split into its parts it would add a dozen "words" nobody reads.
_ADDRESS = re.compile(
    r"\b(?:https?://|www\.)(?:www\.)?([^\W_]+)[^\s<>\"']*|\b[\w.+-]+@([^\W_]+)[\w.-]*\.\w+"
)


# Word facts depend only on the word and the language, and word frequencies follow Zipf's law:
# remembered for the whole process, most words of the next page are already known.
_MEMO_LIMIT = 200_000
_WORD_MEMOS: dict[str, dict[str, _Word]] = {}


def _speakable(text: str) -> str:
    return _ADDRESS.sub(lambda m: m.group(1) or m.group(2) or "", text)


@dataclass(frozen=True, slots=True)
class _Word:
    """What the counter needs to know about one distinct word, computed once per process and
    language (``_WORD_MEMOS``)."""

    syllables: int
    source: SyllableSource
    source_name: str  # source.value, read once per word instead of once per occurrence
    letters: int
    characters: int
    dale_familiar: bool
    spache_familiar: bool


@dataclass(frozen=True, slots=True)
class SentenceCounts:
    words: int
    syllables: int
    beginning: str  # the lower-cased first word (or two, after an article); "" without words
    polysyllables: int = 0
    complex_words: int = 0
    letters: int = 0
    long_words: int = 0


@dataclass(slots=True)
class ProseCounter:
    """Running totals over the sentences fed to it; one per document analysis."""

    language: str
    words: int = 0
    syllables: int = 0
    letters: int = 0
    characters: int = 0  # letters and digits
    polysyllabic_words: int = 0
    monosyllabic_words: int = 0
    complex_words: int = 0
    long_words: int = 0
    miniwords: int = 0
    difficult_words: int = 0
    linsear_easy: int = 0
    linsear_hard: int = 0
    linsear_sentences: int = 0
    sources: dict[str, int] = field(default_factory=dict)
    out_of_dictionary: dict[str, None] = field(default_factory=dict)  # ordered set
    spache_unfamiliar: set[str] = field(default_factory=set)
    _cache: dict[str, _Word] = field(init=False)

    def __post_init__(self) -> None:
        self._cache = _WORD_MEMOS.setdefault(self.language, {})

    @property
    def english(self) -> bool:
        return self.language == "en"

    def _word(self, word: str) -> _Word:
        found = self._cache.get(word)
        if found is None:
            if len(self._cache) >= _MEMO_LIMIT:
                self._cache.clear()
            counted = count_syllables(word, self.language)
            found = self._cache[word] = _Word(
                counted.count, counted.source, counted.source.value, sum(ch.isalpha() for ch in word),
                sum(ch.isalnum() for ch in word),
                self.english and is_familiar_word(word),
                self.english and is_familiar_word(word, SPACHE_FAMILIAR_WORDS))
        return found

    def add_sentence(self, text: str) -> SentenceCounts:
        tokens = words(_speakable(text))
        if not tokens:
            return SentenceCounts(0, 0, "")
        if self.words < LINSEAR_SAMPLE_WORDS:
            self.linsear_sentences += 1
        # locals, added to the totals once per sentence: this loop runs for every word
        cache, english, sources = self._cache, self.english, self.sources
        syllables = polysyllables = complex_words = letters = long_words = 0
        characters = miniwords = monosyllables = difficult = 0
        for position, token in enumerate(tokens):
            word = token.text
            info = cache.get(word) or self._word(word)
            n = info.syllables
            syllables += n
            letters += info.letters
            characters += info.characters
            long_words += info.letters > LONG_WORD_LETTERS
            miniwords += info.characters <= 3
            monosyllables += n == 1
            sources[info.source_name] = sources.get(info.source_name, 0) + 1
            if n >= 3:
                polysyllables += 1
                if english and _is_complex(word, n, first=position == 0):
                    complex_words += 1
            if english:
                if info.source in _NOT_IN_DICTIONARY:
                    self.out_of_dictionary[word.lower()] = None
                difficult += not info.dale_familiar
                if not info.spache_familiar:
                    self.spache_unfamiliar.add(word.lower())
            if self.words + position < LINSEAR_SAMPLE_WORDS:
                if n >= 3:
                    self.linsear_hard += 1
                else:
                    self.linsear_easy += 1
        self.words += len(tokens)
        self.syllables += syllables
        self.letters += letters
        self.characters += characters
        self.long_words += long_words
        self.miniwords += miniwords
        self.polysyllabic_words += polysyllables
        self.monosyllabic_words += monosyllables
        self.complex_words += complex_words
        self.difficult_words += difficult
        return SentenceCounts(len(tokens), syllables, self._beginning(tokens), polysyllables,
                              complex_words, letters, long_words)

    def _beginning(self, tokens: list[Token]) -> str:
        first = tokens[0].lower
        if first in FIRST_WORD_EXCEPTIONS.get(self.language, ()) and len(tokens) > 1:
            return f"{first} {tokens[1].lower}"
        return first

    @property
    def out_of_dictionary_words(self) -> int:
        return sum(self.sources.get(s.value, 0) for s in _NOT_IN_DICTIONARY)

    def totals(self, sentences: int) -> Totals:
        return Totals(
            words=self.words, sentences=sentences, syllables=self.syllables,
            letters=self.letters, characters=self.characters,
            polysyllables=self.polysyllabic_words, monosyllables=self.monosyllabic_words,
            complex_words=self.complex_words, long_words=self.long_words,
            miniwords=self.miniwords, difficult_words=self.difficult_words,
            spache_unfamiliar=len(self.spache_unfamiliar), linsear_easy=self.linsear_easy,
            linsear_hard=self.linsear_hard, linsear_sentences=self.linsear_sentences,
        )


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
