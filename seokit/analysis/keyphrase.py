"""One keyphrase measured on a document: count, density, placements, distribution, competing
links. ``seokit.analysis.keywords`` runs it for every keyphrase of the audit.

Two ways of finding a keyphrase, as Yoast does:

- **as a phrase** (counting, density, exact placements): its words next to each other, in any
  word form ("massage therapies" for "massage therapy"), never across punctuation;
- **per word** (placements and distribution): every *content* word of the keyphrase (its
  words minus function words) in one sentence, in any order and word form. "Relieving nerve
  pain with massage" holds "massage for nerve pain" this way.

A keyphrase in double quotes is matched exactly: its words as written, function words kept.
Synonyms count for the introduction, the description, subheadings, image alt text and the
distribution; the title, slug, H1, density and competing links look at the keyphrase alone.
The measurements are ``seokit.analysis.keyphrase_stats.KeyphraseStats``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from seokit.analysis.keyphrase_input import KeyphraseSpec, split_quoted
from seokit.analysis.keyphrase_stats import (
    CompetingLink,
    KeyphraseStats,
    Occurrence,
    Place,
    Placement,
)
from seokit.document import Block, BlockKind, Document, Link, Span
from seokit.text.terms import Term, find_phrase, is_stop, phrase_words, text_terms

__all__ = ["KeyphraseStats", "Place", "Placement", "Text", "measure_keyphrase"]


@dataclass(frozen=True, slots=True)
class _Target:
    """A keyphrase or synonym ready to match: phrase keys and per-word keys."""

    text: str
    phrase_keys: tuple[str, ...]  # stems, or words for an exact-match phrase
    word_keys: frozenset[str]  # content stems (or words)
    exact: bool

    def key(self, term: Term) -> str:
        return term.word if self.exact else term.stem


@dataclass(frozen=True, slots=True)
class Text:
    """The measured text: main-content blocks and their terms, shared by every keyphrase."""

    blocks: Sequence[Block]
    terms: Sequence[Term]
    sentences: int
    stem: Callable[[str], str]
    stop_words: frozenset[str]


def measure_keyphrase(spec: KeyphraseSpec, doc: Document, text: Text, slug: str | None,
                      links: Sequence[Link]) -> KeyphraseStats:
    """Measure one keyphrase; ``links`` are the main-content links to other pages."""
    target = _target(spec.phrase, text)
    synonyms = [_target(s, text) for s in spec.synonyms]
    synonyms = [s for s in synonyms if s.phrase_keys]
    terms, blocks = text.terms, text.blocks
    size = len(target.phrase_keys)
    starts = _find(terms, target)
    exact = find_phrase(terms, phrase_words(target.text), stemmed=False)
    covered = {i + k for i in starts for k in range(size)}
    occurrences = [_occurrence(blocks, terms, i, size, False) for i in starts]
    synonym_count = 0
    for synonym in synonyms:
        for i in _find(terms, synonym):
            if i not in covered:
                synonym_count += 1
                occurrences.append(_occurrence(blocks, terms, i, len(synonym.phrase_keys), True))
    occurrences.sort(key=lambda o: o.span.start)

    # per-word matching works on each sentence's sets of stems and of words
    stem_sets: defaultdict[int, set[str]] = defaultdict(set)
    word_sets: defaultdict[int, set[str]] = defaultdict(set)
    block_sentences: defaultdict[int, list[int]] = defaultdict(list)
    first_term: dict[int, int] = {}
    for index, term in enumerate(terms):
        stem_sets[term.sentence].add(term.stem)
        word_sets[term.sentence].add(term.word)
        if term.sentence not in first_term:
            first_term[term.sentence] = index
            block_sentences[term.block].append(term.sentence)

    def sentence_has(number: int, t: _Target) -> bool:
        return bool(t.word_keys) and t.word_keys <= (word_sets if t.exact else stem_sets)[number]

    def block_has(position: int, t: _Target) -> bool:
        return any(sentence_has(n, t) for n in block_sentences.get(position, ()))

    def block_synonym(position: int) -> str | None:
        return next((s.text for s in synonyms if block_has(position, s)), None)

    placements: list[Placement] = []

    def place_text(place: Place, value: str | None, span: Span | None, *, with_synonyms: bool,
                   ) -> None:
        if value is None:
            return
        found, phrase = _contains(value, target, text)
        synonym = None
        if not found and with_synonyms:
            synonym = next((s.text for s in synonyms if _contains(value, s, text)[0]), None)
        placements.append(Placement(place, found, phrase, synonym, span))

    place_text(Place.TITLE, doc.meta.title, doc.meta.title_span, with_synonyms=False)
    first = next((p for p, b in enumerate(blocks) if b.kind is BlockKind.PARAGRAPH), None)
    if first is not None:
        found = block_has(first, target)
        placements.append(Placement(
            Place.INTRODUCTION, found, any(terms[i].block == first for i in starts),
            None if found else block_synonym(first), blocks[first].span))
    place_text(Place.DESCRIPTION, doc.meta.description, doc.meta.description_span,
               with_synonyms=True)
    place_text(Place.SLUG, re.sub(r"[-_+.]+", " ", slug) if slug else None, None,
               with_synonyms=False)
    h1 = next((b for b in doc.blocks if b.kind is BlockKind.HEADING and b.level == 1), None)
    if h1 is not None:
        place_text(Place.H1, h1.text, h1.span, with_synonyms=False)

    subheadings = [p for p, b in enumerate(blocks)
                   if b.kind is BlockKind.HEADING and b.level in (2, 3)]
    with_keyphrase = sum(1 for p in subheadings
                         if block_has(p, target) or block_synonym(p) is not None)
    alts = [image.alt or "" for image in doc.images
            if image.block is None or image.block >= len(doc.blocks) or doc.blocks[image.block].main]
    alts_with = sum(1 for alt in alts if _contains(alt, target, text)[0]
                    or any(_contains(alt, s, text)[0] for s in synonyms))

    topical = [n for n in range(text.sentences)
               if sentence_has(n, target) or any(sentence_has(n, s) for s in synonyms)]
    gap, gap_start = _longest_gap(topical, text.sentences)
    gap_span = None
    if gap and gap_start in first_term:
        term = terms[first_term[gap_start]]
        gap_span = blocks[term.block].source_span(term.start, term.end)

    competing = tuple(
        CompetingLink(link.url, link.text, link.span) for link in links
        if link.text and _contains(link.text, target, text)[0])
    total = len(terms)
    own = text_terms((target.text,), text.stem)
    return KeyphraseStats(
        phrase=spec.phrase, focus=spec.focus, synonyms=tuple(s.text for s in synonyms),
        exact_match=target.exact, words=tuple(t.word for t in own),
        content_words=tuple(t.word for t in _content_terms(own, target.exact, text.stop_words)),
        function_words_only=_function_words_only(own, text.stop_words),
        unspaced=any(t.unspaced for t in own),
        stems=target.phrase_keys, count=len(starts), exact_count=len(exact),
        synonym_count=synonym_count,
        density=len(starts) / total * 100 if total else 0.0,
        synonym_density=(len(starts) + synonym_count) / total * 100 if total else 0.0,
        placements=tuple(placements), subheadings=len(subheadings),
        subheadings_with_keyphrase=with_keyphrase, images=len(alts), images_with_keyphrase=alts_with,
        occurrences=tuple(occurrences), sentences=text.sentences,
        sentences_with_keyphrase=len(topical), longest_gap_sentences=gap,
        longest_gap_span=gap_span, competing_links=competing,
        first_paragraph_span=None if first is None else blocks[first].span,
    )


def _target(phrase: str, text: Text) -> _Target:
    bare, exact = split_quoted(phrase)
    terms = text_terms((bare,), text.stem)
    keys = tuple(t.word if exact else t.stem for t in terms)
    content = _content_terms(terms, exact, text.stop_words)
    word_keys = frozenset(t.word if exact else t.stem for t in content)
    return _Target(bare, keys, word_keys, exact)


def _content_terms(terms: Sequence[Term], exact: bool, stop_words: frozenset[str]) -> list[Term]:
    """The words per-word matching looks for: all of them when quoted or when every word is a
    function word, otherwise the words that are not function words."""
    if exact:
        return list(terms)
    content = [t for t in terms if not is_stop(t, stop_words)]
    return content or list(terms)


def _function_words_only(terms: Sequence[Term], stop_words: frozenset[str]) -> bool:
    return bool(terms) and bool(stop_words) and all(is_stop(t, stop_words) for t in terms)


def _find(terms: Sequence[Term], target: _Target) -> list[int]:
    return find_phrase(terms, target.phrase_keys, stemmed=not target.exact)


def _contains(value: str, target: _Target, text: Text) -> tuple[bool, bool]:
    """(per word in one sentence, as a phrase) for a standalone text such as a title."""
    terms = text_terms((value,), text.stem)
    if not terms or not target.word_keys:
        return False, False
    keys: defaultdict[int, set[str]] = defaultdict(set)
    for term in terms:
        keys[term.sentence].add(target.key(term))
    per_word = any(target.word_keys <= found for found in keys.values())
    return per_word, bool(_find(terms, target))


def _occurrence(blocks: Sequence[Block], terms: Sequence[Term], i: int, size: int,
                synonym: bool) -> Occurrence:
    first, last = terms[i], terms[i + size - 1]
    block = blocks[first.block]
    return Occurrence(block.source_span(first.start, last.end), block.text[first.start:last.end],
                      synonym)


def _longest_gap(topical: Sequence[int], total: int) -> tuple[int, int]:
    """The most consecutive sentences outside ``topical`` (sorted), and where they start."""
    longest, start, previous = 0, 0, -1
    for number in [*topical, total]:
        gap = number - previous - 1
        if gap > longest:
            longest, start = gap, previous + 1
        previous = number
    return longest, start
