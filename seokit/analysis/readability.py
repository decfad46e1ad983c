"""Readability: counts, the English readability formulas, and per-paragraph and per-sentence
measurements over the main-content prose (headings and code are not prose)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from seokit.analysis import readability_formulas as formulas
from seokit.analysis.readability_counts import ProseCounter
from seokit.analysis.readability_data import (
    DEFAULT_READING_WORDS_PER_MINUTE,
    FORMULA_LANGUAGES,
    LONG_SENTENCE_WORDS,
    READING_RATE_SOURCE,
    READING_WORDS_PER_MINUTE,
    UNSPACED_LANGUAGES,
)
from seokit.context import Context
from seokit.document import BlockKind, Document, Span
from seokit.text.sentences import sentences

_FLOW_KINDS = (BlockKind.PARAGRAPH, BlockKind.QUOTE)  # running prose; lists are parallel on purpose
_JSON_LIST_LIMIT = 50


@dataclass(frozen=True, slots=True)
class SentenceStats:
    """One sentence: its block and offsets into the block's text."""

    block: int
    start: int
    end: int
    words: int
    syllables: int
    beginning: str
    text: str

    def span(self, document: Document) -> Span:
        return document.blocks[self.block].source_span(self.start, self.end)


@dataclass(frozen=True, slots=True)
class ParagraphStats:
    """One prose block (paragraph, list item, quote or table cell)."""

    block: int
    kind: BlockKind
    span: Span
    words: int
    sentences: int
    syllables: int
    flesch_reading_ease: float | None


@dataclass(frozen=True, slots=True)
class SectionStats:
    """The prose under one heading (``heading`` None: the text before the first heading)."""

    heading: int | None
    words: int
    blocks: tuple[int, ...]


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
    formulas_applicable: bool
    words: int
    sentences: int
    syllables: int
    letters: int
    characters: int
    polysyllabic_words: int
    complex_words: int
    long_words: int
    difficult_words: int | None
    paragraph_count: int
    headings: int
    out_of_dictionary_words: int | None
    out_of_dictionary: tuple[str, ...]
    syllable_sources: tuple[tuple[str, int], ...]
    flesch_reading_ease: float | None
    flesch_kincaid_grade: float | None
    gunning_fog: float | None
    smog_index: float | None
    coleman_liau_index: float | None
    automated_readability_index: float | None
    dale_chall: float | None
    linsear_write: float | None
    reading_time_minutes: float | None
    paragraphs: tuple[ParagraphStats, ...]
    sentence_list: tuple[SentenceStats, ...]
    sections: tuple[SectionStats, ...]
    beginning_runs: tuple[BeginningRun, ...]

    @property
    def unspaced(self) -> bool:
        """Whether the language is written without spaces (lengths are then in characters)."""
        return self.language in UNSPACED_LANGUAGES

    def long_sentences(self, max_words: int = LONG_SENTENCE_WORDS) -> tuple[SentenceStats, ...]:
        return tuple(s for s in self.sentence_list if s.words > max_words)

    def to_json(self, document: Document) -> dict[str, Any]:
        def located(span: Span) -> dict[str, int]:
            where = document.locate(span)
            return {"line": where.line, "column": where.column}

        out: dict[str, Any] = {
            "language": self.language,
            "formulas_applicable": self.formulas_applicable,
        }
        for name in ("words", "sentences", "syllables", "letters", "characters",
                     "polysyllabic_words", "complex_words", "long_words", "difficult_words",
                     "paragraph_count", "headings"):
            out[name] = getattr(self, name)
        for name in ("flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index",
                     "coleman_liau_index", "automated_readability_index", "dale_chall",
                     "linsear_write"):
            out[name] = _rounded(getattr(self, name))
        if self.formulas_applicable and self.flesch_reading_ease is not None:
            out["flesch_band"] = formulas.flesch_band(self.flesch_reading_ease)
        out["out_of_dictionary_words"] = self.out_of_dictionary_words
        out["out_of_dictionary"] = list(self.out_of_dictionary[:_JSON_LIST_LIMIT])
        out["syllable_sources"] = dict(self.syllable_sources)
        out["reading_time_minutes"] = _rounded(self.reading_time_minutes)
        out["reading_time_basis"] = READING_RATE_SOURCE
        out["paragraphs"] = [
            {"block": p.block, "kind": p.kind.value, **located(p.span), "words": p.words,
             "sentences": p.sentences, "flesch_reading_ease": _rounded(p.flesch_reading_ease)}
            for p in self.paragraphs
        ]
        out["long_sentences"] = [
            {**located(s.span(document)), "words": s.words, "text": s.text[:80]}
            for s in self.long_sentences()
        ]
        return out


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def document_language(ctx: Context) -> str:
    """The language the text is judged in: the language analysis's effective language (the
    override, else the detected language, else the declared one), so every analysis agrees.
    Only the primary subtag counts ("en-GB" is "en")."""
    language = getattr(ctx.metric("language"), "language", None) or "en"
    return str(language).strip().replace("_", "-").split("-")[0].lower() or "en"


def analyze_readability(ctx: Context) -> ReadabilityStats:
    document = ctx.document
    language = document_language(ctx)
    applicable = language in FORMULA_LANGUAGES
    counter = ProseCounter(language)
    paragraphs: list[ParagraphStats] = []
    sentence_list: list[SentenceStats] = []
    sections: list[SectionStats] = []
    runs: list[BeginningRun] = []
    section_heading: int | None = None
    section_blocks: list[int] = []
    section_words = 0
    headings = 0
    run_start: int | None = None  # index of the first sentence of the current run

    def close_run() -> None:
        nonlocal run_start
        if run_start is not None and len(sentence_list) - 1 > run_start:
            beginning = sentence_list[run_start].beginning
            runs.append(BeginningRun(beginning, run_start, len(sentence_list) - 1))
        run_start = None

    for block in document.text_blocks():
        if block.kind is BlockKind.HEADING:
            close_run()
            if section_heading is not None or section_blocks:
                sections.append(SectionStats(section_heading, section_words, tuple(section_blocks)))
            section_heading, section_blocks, section_words = block.index, [], 0
            headings += 1
            continue
        if block.kind not in _FLOW_KINDS:
            close_run()
        block_words = block_syllables = block_sentences = 0
        for sentence in sentences(block.text):
            counts = counter.add_sentence(sentence.text)
            if not counts.words:
                continue
            block_words += counts.words
            block_syllables += counts.syllables
            block_sentences += 1
            if block.kind in _FLOW_KINDS and run_start is not None \
                    and sentence_list[run_start].beginning != counts.beginning:
                close_run()
            sentence_list.append(SentenceStats(
                block.index, sentence.start, sentence.end, counts.words, counts.syllables,
                counts.beginning, sentence.text))
            if block.kind in _FLOW_KINDS and run_start is None:
                run_start = len(sentence_list) - 1
        if block.kind not in _FLOW_KINDS:
            close_run()
        fre = formulas.flesch_reading_ease(block_words, block_sentences, block_syllables)
        paragraphs.append(ParagraphStats(
            block.index, block.kind, block.span, block_words, block_sentences, block_syllables,
            fre if applicable else None))
        section_blocks.append(block.index)
        section_words += block_words
    close_run()
    if section_heading is not None or section_blocks:
        sections.append(SectionStats(section_heading, section_words, tuple(section_blocks)))

    n_words, n_sentences, n_syllables = counter.words, len(sentence_list), counter.syllables

    def english(value: float | None) -> float | None:
        return value if applicable else None

    return ReadabilityStats(
        language=language,
        formulas_applicable=applicable,
        words=n_words,
        sentences=n_sentences,
        syllables=n_syllables,
        letters=counter.letters,
        characters=counter.characters,
        polysyllabic_words=counter.polysyllabic_words,
        complex_words=counter.complex_words,
        long_words=counter.long_words,
        difficult_words=counter.difficult_words if applicable else None,
        paragraph_count=sum(p.kind is BlockKind.PARAGRAPH for p in paragraphs),
        headings=headings,
        out_of_dictionary_words=counter.out_of_dictionary_words if applicable else None,
        out_of_dictionary=tuple(counter.out_of_dictionary),
        syllable_sources=tuple(sorted(counter.sources.items())),
        flesch_reading_ease=english(
            formulas.flesch_reading_ease(n_words, n_sentences, n_syllables)),
        flesch_kincaid_grade=english(
            formulas.flesch_kincaid_grade(n_words, n_sentences, n_syllables)),
        gunning_fog=english(formulas.gunning_fog(n_words, n_sentences, counter.complex_words)),
        smog_index=english(formulas.smog_index(n_sentences, counter.polysyllabic_words)),
        coleman_liau_index=english(
            formulas.coleman_liau_index(n_words, n_sentences, counter.letters)),
        automated_readability_index=english(
            formulas.automated_readability_index(n_words, n_sentences, counter.characters)),
        dale_chall=english(formulas.dale_chall(n_words, n_sentences, counter.difficult_words)),
        linsear_write=english(formulas.linsear_write(
            counter.linsear_easy, counter.linsear_hard, counter.linsear_sentences)),
        reading_time_minutes=_reading_time(language, n_words),
        paragraphs=tuple(paragraphs),
        sentence_list=tuple(sentence_list),
        sections=tuple(sections),
        beginning_runs=tuple(runs),
    )


def _reading_time(language: str, words: int) -> float | None:
    if language in UNSPACED_LANGUAGES:
        return None  # no words to count, and no silent-reading rate in characters tabled
    return words / READING_WORDS_PER_MINUTE.get(language, DEFAULT_READING_WORDS_PER_MINUTE)
