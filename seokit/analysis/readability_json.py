"""The readability section of the JSON report (schema version 1).

Every formula has a key; a formula that does not exist for the document's language is null.
Numbers are rounded to two decimals and are never NaN or infinite. ``paragraphs`` (a heat map
of difficulty) and ``long_sentences`` / ``hardest_sentences`` (with line and column) are read
by the HTML report.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from seokit.analysis import readability_formulas as formulas
from seokit.analysis import readability_registry as registry
from seokit.analysis.readability_data import READING_RATE_SOURCE, SPEAKING_RATE_SOURCE
from seokit.analysis.readability_hotspots import difficulty_basis
from seokit.document import Document, Span

if TYPE_CHECKING:
    from seokit.analysis.readability_model import ReadabilityStats, SentenceStats

_LIST_LIMIT = 50
HARDEST_SENTENCES = 10
HARDEST_PARAGRAPHS = 5
_TEXT_PREVIEW = 80
_COUNTS = ("words", "sentences", "syllables", "letters", "characters", "polysyllabic_words",
           "monosyllabic_words", "complex_words", "long_words", "difficult_words",
           "paragraph_count", "headings")


def _rounded(value: float | None) -> float | None:
    if value is None or not math.isfinite(value):
        return None
    return round(value, 2)


def _percent(stats: ReadabilityStats, count: int | None) -> float | None:
    return _rounded(stats.percent(count))


def readability_json(stats: ReadabilityStats, document: Document) -> dict[str, Any]:
    def where(span: Span) -> dict[str, int]:
        start, end = document.locate(span), document.locate(Span(span.end, span.end))
        return {"line": start.line, "column": start.column,
                "end_line": end.line, "end_column": end.column}

    def sentence(s: SentenceStats) -> dict[str, Any]:
        return {**where(s.span(document)), "words": s.words, "length": s.length,
                "syllables_per_word": _rounded(s.syllables / s.words) if s.words else None,
                "difficulty": _rounded(s.difficulty), "reasons": list(s.reasons),
                "passive": s.passive, "text": s.text[:_TEXT_PREVIEW]}

    out: dict[str, Any] = {
        "language": stats.language,
        "formulas_applicable": stats.formulas_applicable,
        "applicable_formulas": list(stats.applicable_formulas),
        "reading_ease_formula": stats.reading_ease_formula,
        "reading_ease": _rounded(stats.reading_ease),
    }
    for name in _COUNTS:
        out[name] = getattr(stats, name)
    for name, value in stats.scores:
        out[name] = _rounded(value)
    ease = stats.reading_ease
    if ease is not None and math.isfinite(ease):
        out["flesch_band"] = formulas.flesch_band(ease)
    words = stats.words
    out.update({
        "syllable_method": stats.syllable_method,
        "syllable_sources": dict(stats.syllable_sources),
        "out_of_dictionary_words": stats.out_of_dictionary_words,
        "out_of_dictionary_share": _rounded(100 * stats.out_of_dictionary_words / words)
        if stats.out_of_dictionary_words is not None and words else None,
        "out_of_dictionary": list(stats.out_of_dictionary[:_LIST_LIMIT]),
        "reading_time_minutes": _rounded(stats.reading_time_minutes),
        "reading_time_basis": READING_RATE_SOURCE,
        "speaking_time_minutes": _rounded(stats.speaking_time_minutes),
        "speaking_time_basis": SPEAKING_RATE_SOURCE,
        "long_sentence_limit": stats.long_sentence_limit,
        "length_unit": "characters" if stats.unspaced else "words",
        "long_sentence_percent": _percent(stats, len(stats.long_sentences())),
        "passive_sentences": stats.passive_sentences,
        "passive_percent": _percent(stats, stats.passive_sentences),
        "transition_sentences": stats.transition_sentences,
        "transition_percent": _percent(stats, stats.transition_sentences),
        "complex_word_percent": _rounded(100 * stats.complex_words / words)
        if stats.complex_words is not None and words else None,
        "difficulty_basis": difficulty_basis(stats.language),
    })
    out["paragraphs"] = [
        {"block": p.block, "kind": p.kind.value, **where(p.span), "words": p.words,
         "sentences": p.sentences, "characters": p.characters,
         "flesch_reading_ease": _rounded(p.flesch_reading_ease),
         "reading_ease": _rounded(p.reading_ease), "difficulty": _rounded(p.difficulty),
         "long_sentences": p.long_sentences, "passive_sentences": p.passive_sentences}
        for p in stats.paragraphs
    ]
    out["hardest_paragraphs"] = [p.block for p in stats.hardest_paragraphs(HARDEST_PARAGRAPHS)]
    long = stats.long_sentences()
    out["long_sentence_count"] = len(long)
    out["long_sentences"] = [sentence(s) for s in long[:_LIST_LIMIT]]
    out["hardest_sentences"] = [sentence(s) for s in stats.hardest_sentences(HARDEST_SENTENCES)]
    out["formula_labels"] = {name: registry.label(name) for name in stats.applicable_formulas}
    return out
