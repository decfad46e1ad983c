"""Keyword use: the most used words and phrases, word-for-word repetition and keyword lists,
and every keyphrase of the audit (``seokit.analysis.keyphrase``).

What is measured: the main-content prose blocks (``doc.text_blocks()``: no code, no navigation,
footer, tag cloud or cookie banner), headings included. Headings are part of the visible body
text a reader and a search engine see, Yoast counts subheadings in the body text, and in HTML
the H1 sits in the body anyway; counting them everywhere keeps the three formats alike. Meta
title, description, slug and alt texts are not body text: they are only checked for keyphrases.

Density is a percentage, Yoast's definition: occurrences / total words * 100. For a phrase of
several words it is still occurrences / total words (not words-in-phrase / total words), so
"massage therapy" used 16 times in 844 words has a density of 1.90 %. In scripts written
without spaces "words" are character bigrams (``seokit.text.segment`` says what that costs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urlsplit

from seokit.analysis.keyphrase import KeyphraseStats, Text, measure_keyphrase
from seokit.analysis.keyphrase_input import keyphrase_specs
from seokit.analysis.stuffing import KeywordList, RepeatedText, keyword_lists, repeated_text
from seokit.context import Context
from seokit.document import Document, Link
from seokit.text.stemming import stemmer_name, word_stemmer
from seokit.text.stopwords import stop_words
from seokit.text.terms import Term, TermCount, block_terms, count_ngrams, phrase_words

__all__ = ["KeyphraseStats", "KeywordStats", "analyze_keywords", "document_language", "page_slug"]

NGRAM_SIZES = (1, 2, 3)
TOP_PER_SIZE = 10
DEFAULT_LANGUAGE = "en"
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")
_FILE_EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,5}$")
_INDEX_NAMES = ("index", "default")


@dataclass(frozen=True, slots=True)
class KeywordStats:
    language: str  # the language whose stop words and stemmer were used
    stemmed: bool  # whether a stemmer exists for it (otherwise only exact forms match)
    total_words: int
    total_sentences: int
    unspaced_words: int  # how many of the words are bigrams of an unspaced script
    top: tuple[TermCount, ...]  # up to TOP_PER_SIZE per n-gram size, most used first
    keyphrases: tuple[KeyphraseStats, ...]  # the focus keyphrase first, then related ones
    repeated: tuple[RepeatedText, ...]
    keyword_lists: tuple[KeywordList, ...]

    @property
    def keyphrase(self) -> KeyphraseStats | None:
        """The focus keyphrase."""
        return self.keyphrases[0] if self.keyphrases else None

    def density(self, count: int) -> float:
        return count / self.total_words * 100 if self.total_words else 0.0

    def top_of_size(self, n: int) -> tuple[TermCount, ...]:
        return tuple(t for t in self.top if t.n == n)

    def to_json(self, document: Document) -> dict[str, Any]:
        def line(offset: int) -> int:
            return document.source_map.position(offset)[0]

        return {
            "language": self.language,
            "stemmed": self.stemmed,
            "total_words": self.total_words,
            "total_sentences": self.total_sentences,
            "unspaced_words": self.unspaced_words,
            "keyphrase": self.keyphrase.to_json(document) if self.keyphrase else None,
            "keyphrases": [k.to_json(document) for k in self.keyphrases],
            "top": [
                {"term": t.term, "n": t.n, "count": t.count,
                 "density": round(self.density(t.count), 2)}
                for t in self.top
            ],
            "repeated_text": [
                {"text": r.text, "words": r.words, "count": r.count, "whole_block": r.whole_block,
                 "lines": [line(s.start) for s in r.spans]} for r in self.repeated],
            "keyword_lists": [
                {"items": list(k.items), "shared": k.shared, "shared_items": k.shared_items,
                 "list_items": k.list_items, "line": line(k.span.start)}
                for k in self.keyword_lists],
        }


def analyze_keywords(ctx: Context) -> KeywordStats:
    doc = ctx.document
    language = document_language(ctx)
    stem = word_stemmer(language)
    stops = stop_words(language)
    blocks = doc.text_blocks()
    terms = keyword_terms(ctx)
    total_sentences = terms[-1].sentence + 1 if terms else 0
    ranked = count_ngrams(terms, NGRAM_SIZES, stops)
    top = tuple(tc for n in NGRAM_SIZES for tc in ranked[n][:TOP_PER_SIZE])
    text = Text(blocks, terms, total_sentences, stem, stops)
    specs = [s for s in keyphrase_specs(ctx) if phrase_words(s.phrase)]
    links = _links_to_other_pages(ctx) if specs else []
    slug = page_slug(doc)
    keyphrases = tuple(measure_keyphrase(spec, doc, text, slug, links) for spec in specs)
    # positions (in ``blocks``) of blocks that are one link and nothing else
    index = {block.index: position for position, block in enumerate(blocks)}
    link_blocks = frozenset(
        index[link.block] for link in doc.links
        if link.block in index and link.text and link.text == blocks[index[link.block]].text.strip())
    return KeywordStats(
        language, stemmer_name(language) is not None, len(terms), total_sentences,
        sum(1 for t in terms if t.unspaced), top, keyphrases, repeated_text(blocks, terms),
        keyword_lists(blocks, terms, stops, link_blocks))


def keyword_terms(ctx: Context) -> list[Term]:
    """The terms of the document's main text, stemmed in its language: once per document,
    for the keyword analysis and a batch's distinctive terms."""
    return ctx.memo("keyword-terms", lambda: block_terms(
        ctx.document.text_blocks(), word_stemmer(document_language(ctx))))


def _links_to_other_pages(ctx: Context) -> list[Link]:
    """Main-content links to another page (internal or external), for competing links."""
    from seokit.analysis.links import LinkKind, LinkStats

    stats: LinkStats = ctx.metric("links")
    page = stats.page_url.split("#", 1)[0] if stats.page_url else None
    return [item.link for item in stats.items
            if item.main and item.kind in (LinkKind.INTERNAL, LinkKind.EXTERNAL)
            and (page is None or (item.link.url or "").split("#", 1)[0] != page)]


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


def page_slug(doc: Document) -> str | None:
    """The page's slug: the front matter's, else the last segment of its URL or file name,
    without a file extension ("/blog/massage-therapy.html" -> "massage-therapy")."""
    if doc.meta.slug:
        return doc.meta.slug
    for location in (urlsplit(doc.url).path if doc.url else None, doc.path):
        if not location or (location.startswith("<") and location.endswith(">")):
            continue  # "<string>", "<stdin>": how reports name a source without a name
        segments = [_FILE_EXTENSION.sub("", unquote(s)) for s in re.split(r"[/\\]", location)]
        named = [s for s in segments if s and s.lower() not in _INDEX_NAMES]
        if named:  # ".../massage-therapy/index.html" is the page "massage-therapy"
            return named[-1]
    return None
