"""The readability analysis's results: frozen values, no computation beyond lookups."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from seokit.analysis import readability_registry as registry
from seokit.analysis.readability_data import UNSPACED_LANGUAGES
from seokit.analysis.readability_hotspots import MIN_HOTSPOT_WORDS
from seokit.document import BlockKind, Document, Span
from seokit.pickling import quick_pickle


@quick_pickle
@dataclass(frozen=True, slots=True)
class SentenceStats:
    """One sentence: its block and offsets into the block's text, and how hard it is."""

    block: int
    start: int
    end: int
    words: int
    syllables: int
    beginning: str
    text: str
    length: int = 0  # in the unit the long-sentence limit uses: words, or characters
    long_words: int = 0
    passive: bool | None = None  # None: no passive check for the language
    transition: str | None = None
    difficulty: float | None = None  # 0-100, for a heat map
    reasons: tuple[str, ...] = ()
    hardness: float | None = None  # the same measure unclamped, for ranking

    def span(self, document: Document) -> Span:
        return document.blocks[self.block].source_span(self.start, self.end)


@quick_pickle
@dataclass(frozen=True, slots=True)
class ParagraphStats:
    """One prose block (paragraph, list item, quote or table cell)."""

    block: int
    kind: BlockKind
    span: Span
    words: int
    sentences: int
    syllables: int
    flesch_reading_ease: float | None  # English only
    reading_ease: float | None = None  # the language's Flesch-type reading ease
    characters: int = 0
    long_sentences: int = 0
    passive_sentences: int = 0
    difficulty: float | None = None


@dataclass(frozen=True, slots=True)
class SectionStats:
    """The prose under one heading (``heading`` None: the text before the first heading)."""

    heading: int | None
    words: int
    blocks: tuple[int, ...]
    characters: int = 0


@dataclass(frozen=True, slots=True)
class BeginningRun:
    """Two or more consecutive sentences of running prose that start with the same word(s);
    ``first`` and ``last`` index ``ReadabilityStats.sentence_list``."""

    beginning: str
    first: int
    last: int

    @property
    def count(self) -> int:
        return self.last - self.first + 1


@dataclass(frozen=True, slots=True)
class ReadabilityStats:
    language: str
    syllable_method: str
    words: int
    sentences: int
    syllables: int
    letters: int
    characters: int
    polysyllabic_words: int
    monosyllabic_words: int
    complex_words: int | None  # Gunning's hard words: English only
    long_words: int
    difficult_words: int | None
    paragraph_count: int
    headings: int
    out_of_dictionary_words: int | None
    out_of_dictionary: tuple[str, ...]
    syllable_sources: tuple[tuple[str, int], ...]
    scores: tuple[tuple[str, float | None], ...]  # every formula; None: not applicable
    reading_time_minutes: float | None
    speaking_time_minutes: float | None
    passive_sentences: int | None
    transition_sentences: int | None
    long_sentence_limit: int
    paragraphs: tuple[ParagraphStats, ...]
    sentence_list: tuple[SentenceStats, ...]
    sections: tuple[SectionStats, ...]
    beginning_runs: tuple[BeginningRun, ...]

    def score(self, name: str) -> float | None:
        return dict(self.scores)[name]

    @property
    def applicable_formulas(self) -> tuple[str, ...]:
        return registry.applicable(self.language)

    @property
    def formulas_applicable(self) -> bool:
        """Whether the language has a reading-ease formula of its own."""
        return self.language in registry.READING_EASE

    @property
    def reading_ease_formula(self) -> str | None:
        return registry.READING_EASE.get(self.language)

    @property
    def reading_ease(self) -> float | None:
        name = self.reading_ease_formula
        return None if name is None else self.score(name)

    @property
    def flesch_reading_ease(self) -> float | None:
        return self.score("flesch_reading_ease")

    @property
    def flesch_kincaid_grade(self) -> float | None:
        return self.score("flesch_kincaid_grade")

    @property
    def gunning_fog(self) -> float | None:
        return self.score("gunning_fog")

    @property
    def smog_index(self) -> float | None:
        return self.score("smog_index")

    @property
    def coleman_liau_index(self) -> float | None:
        return self.score("coleman_liau_index")

    @property
    def automated_readability_index(self) -> float | None:
        return self.score("automated_readability_index")

    @property
    def dale_chall(self) -> float | None:
        return self.score("dale_chall")

    @property
    def linsear_write(self) -> float | None:
        return self.score("linsear_write")

    @property
    def spache(self) -> float | None:
        return self.score("spache")

    @property
    def unspaced(self) -> bool:
        """Whether the language is written without spaces (lengths are then in characters)."""
        return self.language in UNSPACED_LANGUAGES

    def long_sentences(self, limit: int | None = None) -> tuple[SentenceStats, ...]:
        """Sentences longer than ``limit`` (default: the language's limit), in its unit."""
        limit = self.long_sentence_limit if limit is None else limit
        return tuple(s for s in self.sentence_list if s.length > limit)

    def hardest_sentences(self, n: int = 5) -> tuple[SentenceStats, ...]:
        """The ``n`` hardest sentences of at least three words, hardest first (ties: longer,
        then earlier)."""
        indexed = [(i, s) for i, s in enumerate(self.sentence_list)
                   if s.hardness is not None and s.words >= MIN_HOTSPOT_WORDS]
        indexed.sort(key=lambda item: (-(item[1].hardness or 0.0), -item[1].length, item[0]))
        return tuple(s for _, s in indexed[:n])

    def hardest_paragraphs(self, n: int = 5) -> tuple[ParagraphStats, ...]:
        ranked = [p for p in self.paragraphs if p.difficulty is not None]
        ranked.sort(key=lambda p: (-(p.difficulty or 0.0), -p.words, p.block))
        return tuple(ranked[:n])

    def percent(self, count: int | None) -> float | None:
        if count is None or not self.sentences:
            return None
        return 100 * count / self.sentences

    def to_json(self, document: Document) -> dict[str, Any]:
        from seokit.analysis.readability_json import readability_json

        return readability_json(self, document)
