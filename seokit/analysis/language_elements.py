"""Elements that declare a language of their own (``<blockquote lang="de">``, ``<span
lang="fr">``), each measured against its text, and the share of the text per language.

Only elements whose ``lang`` differs from the page's declaration are read: the rest inherit it
and the page-level comparison covers them. An element's text is identified with
``language_of_text`` (certain scripts at once, shared scripts by their words or, from a few
sentences on, statistically), so a short tagged name is "und" rather than a false mismatch.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from seokit.analysis.language_spans import ForeignSpan
from seokit.analysis.language_text import language_of_text
from seokit.document import Block, Span
from seokit.text.langid import primary_language
from seokit.text.scripts import ScriptRun, count_words


@dataclass(frozen=True, slots=True)
class ElementLanguage:
    """A block or inline element with its own ``lang``: what it declares, what its text is."""

    span: Span
    block: int
    declared: str
    detected: str
    confidence: float
    words: int
    text: str


def element_languages(blocks: Sequence[Block], page_lang: str | None) -> tuple[ElementLanguage, ...]:
    page = primary_language(page_lang)
    found: list[ElementLanguage] = []
    for block in blocks:
        ranges: list[tuple[int, int, str]] = list(block.lang_spans)
        if block.lang and primary_language(block.lang) != page:
            ranges.insert(0, (0, len(block.text), block.lang))
        for start, end, declared in ranges:
            text = block.text[start:end].strip()
            if not text:
                continue
            start = block.text.index(text, start)
            detected, confidence = language_of_text(text, declared)
            found.append(ElementLanguage(block.source_span(start, start + len(text)), block.index,
                                         declared, detected, confidence, count_words(text), text))
    return tuple(found)


def language_shares(
    blocks: Sequence[tuple[Block, list[ScriptRun]]], spans: Sequence[ForeignSpan], language: str
) -> tuple[tuple[str, float], ...]:
    """Share of the main text's letters per language: the foreign spans' letters count for
    their languages, everything else for the document's. Most first."""
    main = {block.index for block, _ in blocks if block.main} or {b.index for b, _ in blocks}
    total = sum(run.letters for block, runs in blocks if block.index in main for run in runs)
    if not total:
        return ()
    foreign: Counter[str] = Counter()
    for span in spans:
        if span.block in main:
            foreign[span.language] += sum(1 for ch in span.text if ch.isalpha())
    shares = {code: n / total for code, n in foreign.items()}
    shares[language] = shares.get(language, 0.0) + max(0.0, 1 - sum(shares.values()))
    return tuple((code, round(share, 4)) for code, share in
                 sorted(shares.items(), key=lambda pair: (-pair[1], pair[0])))
