"""Keyword use: the most used words and phrases, and where and how often the focus keyphrase is.

What is measured: the main-content prose blocks (``doc.text_blocks()``: no code, no navigation or
footer), headings included. Headings are part of the visible body text a reader and a search
engine see, Yoast counts subheadings in the body text, and in HTML the H1 sits in the body
anyway; counting them everywhere keeps the three formats alike. Meta title, description, slug
and alt texts are not body text: they are only checked for the keyphrase.

Density is a percentage, Yoast's definition: occurrences / total words * 100. For a phrase of
several words it is still occurrences / total words (not words-in-phrase / total words), so
"massage therapy" used 16 times in 844 words has a density of 1.90 %.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urlsplit

from seokit.context import Context
from seokit.document import Block, BlockKind, Document, Span
from seokit.text.stemming import stemmer_name, word_stemmer
from seokit.text.stopwords import stop_words
from seokit.text.terms import (
    Term,
    TermCount,
    block_terms,
    count_ngrams,
    find_phrase,
    phrase_words,
    text_contains,
)

NGRAM_SIZES = (1, 2, 3)
TOP_PER_SIZE = 10
DEFAULT_LANGUAGE = "en"
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")
_FILE_EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,5}$")
_INDEX_NAMES = ("index", "default")


@dataclass(frozen=True, slots=True)
class Occurrence:
    span: Span
    text: str


@dataclass(frozen=True, slots=True)
class KeyphraseStats:
    """The focus keyphrase. Placements are None where the place does not exist (no
    description, no slug, no H1, no H2/H3 subheadings, no images)."""

    phrase: str
    stems: tuple[str, ...]
    count: int  # every word form ("massage therapies" counts for "massage therapy")
    exact_count: int  # the keyphrase as written, case aside
    density: float  # percent, from ``count``
    in_title: bool | None
    in_first_paragraph: bool | None
    in_description: bool | None
    in_slug: bool | None
    in_h1: bool | None
    subheadings: int  # H2 and H3 headings in the main content
    subheadings_with_keyphrase: int
    in_image_alt: bool | None
    occurrences: tuple[Occurrence, ...]
    longest_gap_sentences: int  # most consecutive sentences without the keyphrase
    first_paragraph_span: Span | None

    @property
    def subheading_share(self) -> float | None:
        if not self.subheadings:
            return None
        return self.subheadings_with_keyphrase / self.subheadings

    def to_json(self, document: Document) -> dict[str, Any]:
        share = self.subheading_share
        return {
            "phrase": self.phrase,
            "count": self.count,
            "exact_count": self.exact_count,
            "density": round(self.density, 2),
            "in_title": self.in_title,
            "in_first_paragraph": self.in_first_paragraph,
            "in_description": self.in_description,
            "in_slug": self.in_slug,
            "in_h1": self.in_h1,
            "subheadings": self.subheadings,
            "subheading_share": None if share is None else round(share, 2),
            "in_image_alt": self.in_image_alt,
            "occurrences": [_occurrence_json(o, document) for o in self.occurrences],
            "longest_gap_sentences": self.longest_gap_sentences,
        }


@dataclass(frozen=True, slots=True)
class KeywordStats:
    language: str  # the language whose stop words and stemmer were used
    stemmed: bool  # whether a stemmer exists for it (otherwise only exact forms match)
    total_words: int
    total_sentences: int
    top: tuple[TermCount, ...]  # up to TOP_PER_SIZE per n-gram size, most used first
    keyphrase: KeyphraseStats | None

    def density(self, count: int) -> float:
        return count / self.total_words * 100 if self.total_words else 0.0

    def top_of_size(self, n: int) -> tuple[TermCount, ...]:
        return tuple(t for t in self.top if t.n == n)

    def to_json(self, document: Document) -> dict[str, Any]:
        return {
            "language": self.language,
            "stemmed": self.stemmed,
            "total_words": self.total_words,
            "total_sentences": self.total_sentences,
            "keyphrase": self.keyphrase.to_json(document) if self.keyphrase else None,
            "top": [
                {"term": t.term, "n": t.n, "count": t.count,
                 "density": round(self.density(t.count), 2)}
                for t in self.top
            ],
        }


def analyze_keywords(ctx: Context) -> KeywordStats:
    doc = ctx.document
    language = document_language(ctx)
    stem = word_stemmer(language)
    blocks = doc.text_blocks()
    terms = block_terms(blocks, stem)
    total_sentences = terms[-1].sentence + 1 if terms else 0
    ranked = count_ngrams(terms, NGRAM_SIZES, stop_words(language))
    top = tuple(tc for n in NGRAM_SIZES for tc in ranked[n][:TOP_PER_SIZE])
    keyphrase = None
    if ctx.keyphrase is not None and phrase_words(ctx.keyphrase):
        keyphrase = _measure_keyphrase(ctx.keyphrase.strip(), doc, blocks, terms, stem,
                                       total_sentences)
    return KeywordStats(language, stemmer_name(language) is not None, len(terms),
                        total_sentences, top, keyphrase)


def document_language(ctx: Context) -> str:
    """The language to measure in: the one asked for, else the language analysis's, else the
    declared one, else English. Only the primary subtag counts ("en-GB" -> "en")."""
    if code := _primary_subtag(ctx.settings.language):
        return code
    detected = getattr(ctx.metric("language"), "language", None)
    if code := _primary_subtag(detected if isinstance(detected, str) else None):
        return code
    return _primary_subtag(ctx.document.meta.lang) or DEFAULT_LANGUAGE


def _primary_subtag(tag: str | None) -> str | None:
    if not tag:
        return None
    primary = re.split(r"[-_]", tag.strip().lower(), maxsplit=1)[0]
    return primary if _LANGUAGE_CODE.fullmatch(primary) and primary != "und" else None


def _measure_keyphrase(
    phrase: str,
    doc: Document,
    blocks: Sequence[Block],
    terms: Sequence[Term],
    stem: Callable[[str], str],
    total_sentences: int,
) -> KeyphraseStats:
    wanted = phrase_words(phrase)
    stems = [stem(w) for w in wanted]
    size = len(wanted)
    starts = find_phrase(terms, stems, stemmed=True)
    exact = find_phrase(terms, wanted, stemmed=False)

    occurrences = []
    for i in starts:
        first, last = terms[i], terms[i + size - 1]
        block = blocks[first.block]
        occurrences.append(Occurrence(block.source_span(first.start, last.end),
                                      block.text[first.start:last.end]))
    blocks_with_phrase = {terms[i].block for i in starts}

    first_paragraph = next((p for p, b in enumerate(blocks) if b.kind is BlockKind.PARAGRAPH), None)
    h1 = [p for p, b in enumerate(blocks) if b.kind is BlockKind.HEADING and b.level == 1]
    subheadings = [p for p, b in enumerate(blocks)
                   if b.kind is BlockKind.HEADING and b.level in (2, 3)]
    alts = [image.alt or "" for image in doc.images
            if image.block is None or image.block >= len(doc.blocks) or doc.blocks[image.block].main]

    def contains(text: str | None) -> bool | None:
        return None if text is None else text_contains(text, stems, stem)

    slug = page_slug(doc)
    return KeyphraseStats(
        phrase=phrase,
        stems=tuple(stems),
        count=len(starts),
        exact_count=len(exact),
        density=len(starts) / len(terms) * 100 if terms else 0.0,
        in_title=contains(doc.meta.title),
        in_first_paragraph=None if first_paragraph is None
        else first_paragraph in blocks_with_phrase,
        in_description=contains(doc.meta.description),
        in_slug=contains(slug.replace("-", " ").replace("_", " ") if slug else None),
        in_h1=any(p in blocks_with_phrase for p in h1) if h1 else None,
        subheadings=len(subheadings),
        subheadings_with_keyphrase=sum(p in blocks_with_phrase for p in subheadings),
        in_image_alt=any(text_contains(alt, stems, stem) for alt in alts) if alts else None,
        occurrences=tuple(occurrences),
        longest_gap_sentences=_longest_gap({terms[i].sentence for i in starts}, total_sentences),
        first_paragraph_span=None if first_paragraph is None else blocks[first_paragraph].span,
    )


def _longest_gap(sentences_with_phrase: set[int], total_sentences: int) -> int:
    longest = run = 0
    for number in range(total_sentences):
        run = 0 if number in sentences_with_phrase else run + 1
        longest = max(longest, run)
    return longest


def page_slug(doc: Document) -> str | None:
    """The page's slug: the front matter's, else the last segment of its URL or file name,
    without a file extension ("/blog/massage-therapy.html" -> "massage-therapy")."""
    if doc.meta.slug:
        return doc.meta.slug
    for location in (urlsplit(doc.url).path if doc.url else None, doc.path):
        if not location:
            continue
        segments = [_FILE_EXTENSION.sub("", unquote(s)) for s in re.split(r"[/\\]", location)]
        named = [s for s in segments if s and s.lower() not in _INDEX_NAMES]
        if named:  # ".../massage-therapy/index.html" is the page "massage-therapy"
            return named[-1]
    return None


def _occurrence_json(occurrence: Occurrence, document: Document) -> dict[str, Any]:
    location = document.locate(occurrence.span)
    return {"line": location.line, "column": location.column, "text": occurrence.text}
