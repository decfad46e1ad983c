"""Readability: counts, every formula that exists for the document's language, style measures
(sentence and paragraph length, passive voice, transition words, sentence beginnings) and the
hardest sentences and paragraphs, over the main-content prose (headings, code, navigation and
footers are not prose)."""

from __future__ import annotations

from dataclasses import replace

from seokit.analysis import readability_registry as registry
from seokit.analysis.readability_counts import ProseCounter
from seokit.analysis.readability_data import (
    DEFAULT_READING_WORDS_PER_MINUTE,
    DEFAULT_SPEAKING_WORDS_PER_MINUTE,
    READING_WORDS_PER_MINUTE,
    SPEAKING_WORDS_PER_MINUTE,
    UNSPACED_LANGUAGES,
    long_sentence_limit,
)
from seokit.analysis.readability_hotspots import (
    difficulty,
    hardness,
    long_words_threshold,
    sentence_reasons,
)
from seokit.analysis.readability_model import (
    BeginningRun,
    ParagraphStats,
    ReadabilityStats,
    SectionStats,
    SentenceStats,
)
from seokit.context import Context
from seokit.document import BlockKind, Span
from seokit.text.passive import PASSIVE_LANGUAGES, is_passive
from seokit.text.sentences import sentences
from seokit.text.syllables import syllable_method
from seokit.text.transitions import TRANSITION_LANGUAGES, find_transition

__all__ = ["BeginningRun", "ParagraphStats", "ReadabilityStats", "SectionStats", "SentenceStats",
           "analyze_readability", "document_language"]

_FLOW_KINDS = (BlockKind.PARAGRAPH, BlockKind.QUOTE)  # running prose; lists are parallel on purpose


def document_language(ctx: Context) -> str:
    """The language the text is judged in: the language analysis's effective language (the
    override, else the detected language, else the declared one), so every analysis agrees.
    Only the primary subtag counts ("en-GB" is "en")."""
    language = getattr(ctx.metric("language"), "language", None) or "en"
    return str(language).strip().replace("_", "-").split("-")[0].lower() or "en"


def analyze_readability(ctx: Context) -> ReadabilityStats:
    language = document_language(ctx)
    walk = _Walk(language)
    for block in ctx.document.text_blocks():
        walk.block(block.index, block.kind, block.span, block.text)
    return walk.finish()


class _Walk:
    """One pass over the prose blocks in order, then the per-sentence judgements."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.unspaced = language in UNSPACED_LANGUAGES
        self.limit = long_sentence_limit(language)
        self.counter = ProseCounter(language)
        self.paragraphs: list[ParagraphStats] = []
        self.sentence_list: list[SentenceStats] = []
        self.sections: list[SectionStats] = []
        self.runs: list[BeginningRun] = []
        self.section: tuple[int | None, list[int], int, int] = (None, [], 0, 0)
        self.headings = 0
        self.run_start: int | None = None

    def close_run(self) -> None:
        last = len(self.sentence_list) - 1
        if self.run_start is not None and last > self.run_start:
            beginning = self.sentence_list[self.run_start].beginning
            self.runs.append(BeginningRun(beginning, self.run_start, last))
        self.run_start = None

    def close_section(self) -> None:
        heading, blocks, words, characters = self.section
        if heading is not None or blocks:
            self.sections.append(SectionStats(heading, words, tuple(blocks), characters))

    def block(self, index: int, kind: BlockKind, span: Span, text: str) -> None:
        if kind is BlockKind.HEADING:
            self.close_run()
            self.close_section()
            self.section = (index, [], 0, 0)
            self.headings += 1
            return
        flow = kind in _FLOW_KINDS
        if not flow:
            self.close_run()
        first = len(self.sentence_list)
        characters_before = self.counter.characters
        for sentence in sentences(text, self.language):
            counts = self.counter.add_sentence(sentence.text)
            if not counts.words:
                continue
            if flow and self.run_start is not None \
                    and self.sentence_list[self.run_start].beginning != counts.beginning:
                self.close_run()
            characters = sum(ch.isalnum() for ch in sentence.text) if self.unspaced else 0
            self.sentence_list.append(SentenceStats(
                index, sentence.start, sentence.end, counts.words, counts.syllables,
                counts.beginning, sentence.text,
                length=characters if self.unspaced else counts.words,
                long_words=counts.long_words,
                passive=is_passive(sentence.text, self.language),
                transition=find_transition(sentence.text, self.language)))
            if flow and self.run_start is None:
                self.run_start = len(self.sentence_list) - 1
        if not flow:
            self.close_run()
        own = self.sentence_list[first:]
        words = sum(s.words for s in own)
        syllables = sum(s.syllables for s in own)
        english = registry.reading_ease("en", words, len(own), syllables)
        self.paragraphs.append(ParagraphStats(
            index, kind, span, words, len(own), syllables,
            english if self.language == "en" else None,
            registry.reading_ease(self.language, words, len(own), syllables),
            self.counter.characters - characters_before,
            sum(s.length > self.limit for s in own), sum(bool(s.passive) for s in own),
            difficulty(self.language, words, len(own), syllables,
                       sum(s.long_words for s in own))))
        heading, blocks, section_words, section_characters = self.section
        blocks.append(index)
        self.section = (heading, blocks, section_words + words,
                        section_characters + self.counter.characters - characters_before)

    def finish(self) -> ReadabilityStats:
        self.close_run()
        self.close_section()
        counter, language = self.counter, self.language
        n_sentences = len(self.sentence_list)
        mean = counter.syllables / counter.words if counter.words else None
        long_words_at = long_words_threshold(language, mean)
        judged = tuple(replace(
            s, hardness=hardness(language, s.words, 1, s.syllables, s.long_words),
            difficulty=difficulty(language, s.words, 1, s.syllables, s.long_words),
            reasons=sentence_reasons(words=s.words, syllables=s.syllables, passive=s.passive,
                                     long_limit=self.limit, long_words_at=long_words_at,
                                     length=s.length))
            for s in self.sentence_list)
        english = language == "en"
        return ReadabilityStats(
            language=language,
            syllable_method=syllable_method(language),
            words=counter.words, sentences=n_sentences, syllables=counter.syllables,
            letters=counter.letters, characters=counter.characters,
            polysyllabic_words=counter.polysyllabic_words,
            monosyllabic_words=counter.monosyllabic_words,
            complex_words=counter.complex_words if english else None,
            long_words=counter.long_words,
            difficult_words=counter.difficult_words if english else None,
            paragraph_count=sum(p.kind is BlockKind.PARAGRAPH for p in self.paragraphs),
            headings=self.headings,
            out_of_dictionary_words=counter.out_of_dictionary_words if english else None,
            out_of_dictionary=tuple(counter.out_of_dictionary),
            syllable_sources=tuple(sorted(counter.sources.items())),
            scores=registry.compute_all(language, counter.totals(n_sentences)),
            reading_time_minutes=_per_minute(
                counter.words, language, READING_WORDS_PER_MINUTE,
                DEFAULT_READING_WORDS_PER_MINUTE),
            speaking_time_minutes=_per_minute(
                counter.words, language, SPEAKING_WORDS_PER_MINUTE,
                DEFAULT_SPEAKING_WORDS_PER_MINUTE),
            passive_sentences=sum(bool(s.passive) for s in judged)
            if language in PASSIVE_LANGUAGES else None,
            transition_sentences=sum(s.transition is not None for s in judged)
            if language in TRANSITION_LANGUAGES else None,
            long_sentence_limit=self.limit,
            paragraphs=tuple(self.paragraphs),
            sentence_list=judged,
            sections=tuple(self.sections),
            beginning_runs=tuple(self.runs),
        )


def _per_minute(words: int, language: str, table: dict[str, float], default: float) -> float | None:
    if language in UNSPACED_LANGUAGES:
        return None  # no words to count, and no rate in characters tabled
    return words / table.get(language, default)
