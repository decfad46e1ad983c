"""Keyword stuffing that density alone misses: text repeated word for word, and keyword lists.

Google's spam policies name both: "repeating the same words or phrases so often that it sounds
unnatural" and "lists or groups of words ... that appear out of context", such as "blocks of
text that list cities and regions that a web page is trying to rank for".

- **Repeated text**: a paragraph (block) or a sentence of at least ``MIN_WORDS`` words that
  occurs more than once, compared by its words (case, punctuation and spacing aside). A
  repeated paragraph is reported as one; its sentences are not reported again.
- **Keyword lists**: a run of at least ``MIN_ITEMS`` short items (at most ``MAX_ITEM_WORDS``
  words each), either separated by commas, semicolons, pipes, slashes or bullets inside one
  block (a closing "and"/"or" separates too), or consecutive list-item blocks that are not
  links (a list of links is navigation or a table of contents, which the link rules judge).
  The list records the content word most of its items share ("massage Seoul, massage Busan").

The analysis records every candidate; rules decide with their own thresholds.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from seokit.document import Block, BlockKind, Span
from seokit.text.terms import Term, is_stop

MIN_WORDS = 4
MIN_ITEMS = 5
MAX_ITEM_WORDS = 4
# list separators; a conjunction joins the last item ("..., Suwon and Ulsan")
_SEPARATORS = re.compile(
    r"\s*(?:[,;|/·•、，；]|\s[-–—]\s)\s*|\s+(?:and|or|&|und|oder|et|ou|y)\s+", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?。！？]")


@dataclass(frozen=True, slots=True)
class RepeatedText:
    """Text that occurs ``count`` times; ``spans`` locate each occurrence."""

    text: str
    words: int
    count: int
    spans: tuple[Span, ...]
    whole_block: bool


@dataclass(frozen=True, slots=True)
class KeywordList:
    items: tuple[str, ...]
    span: Span
    shared: str | None  # the content word most items hold
    shared_items: int  # how many items hold it
    list_items: bool  # made of list-item blocks rather than one separated run

    @property
    def shared_share(self) -> float:
        return self.shared_items / len(self.items) if self.items else 0.0


def repeated_text(blocks: Sequence[Block], terms: Sequence[Term]) -> tuple[RepeatedText, ...]:
    """Paragraphs, then sentences, of at least MIN_WORDS words that occur more than once."""
    by_block: defaultdict[int, list[Term]] = defaultdict(list)
    by_sentence: defaultdict[int, list[Term]] = defaultdict(list)
    for term in terms:
        by_block[term.block].append(term)
        by_sentence[term.sentence].append(term)
    found: list[RepeatedText] = []
    repeated_blocks: set[int] = set()
    groups: defaultdict[tuple[str, ...], list[list[Term]]] = defaultdict(list)
    for block_terms in by_block.values():
        if len(block_terms) >= MIN_WORDS:
            groups[tuple(t.word for t in block_terms)].append(block_terms)
    for key, runs in groups.items():
        # a block of one repeated sentence is reported as a sentence, below
        if len(runs) > 1 and len({t.sentence for t in runs[0]}) > 1:
            found.append(_repeat(blocks, key, runs, whole_block=True))
            repeated_blocks.update(run[0].block for run in runs)
    groups = defaultdict(list)
    for sentence_terms in by_sentence.values():
        if len(sentence_terms) >= MIN_WORDS and sentence_terms[0].block not in repeated_blocks:
            groups[tuple(t.word for t in sentence_terms)].append(sentence_terms)
    found.extend(_repeat(blocks, key, runs, whole_block=False)
                 for key, runs in groups.items() if len(runs) > 1)
    found.sort(key=lambda r: r.spans[0].start)
    return tuple(found)


def _repeat(blocks: Sequence[Block], key: tuple[str, ...], runs: list[list[Term]], *,
            whole_block: bool) -> RepeatedText:
    spans = []
    for run in runs:
        block = blocks[run[0].block]
        spans.append(block.source_span(run[0].start, run[-1].end))
    first = runs[0]
    text = blocks[first[0].block].text[first[0].start:first[-1].end]
    return RepeatedText(text, len(key), len(runs), tuple(spans), whole_block)


def keyword_lists(blocks: Sequence[Block], terms: Sequence[Term], stop_words: frozenset[str],
                  link_blocks: frozenset[int]) -> tuple[KeywordList, ...]:
    """Runs of short items: separated inside a block, or as consecutive list items.

    ``link_blocks`` are the positions of blocks whose whole text is one link's anchor.
    """
    content: defaultdict[int, list[Term]] = defaultdict(list)
    for term in terms:
        if not is_stop(term, stop_words):
            content[term.block].append(term)
    found: list[KeywordList] = []
    run: list[int] = []

    def close_run() -> None:
        if len(run) >= MIN_ITEMS:
            items = [(p, 0, len(blocks[p].text)) for p in run]
            found.append(_keyword_list(blocks, items, content, list_items=True))
        run.clear()

    for position, block in enumerate(blocks):
        if block.kind is BlockKind.LIST_ITEM and position not in link_blocks \
                and _short(block.text) and (not run or run[-1] == position - 1):
            run.append(position)
            continue
        close_run()
        if block.kind is BlockKind.LIST_ITEM and position not in link_blocks \
                and _short(block.text):
            run.append(position)
            continue
        for items in _separated_runs(block.text):
            found.append(_keyword_list(blocks, [(position, a, b) for a, b in items], content,
                                       list_items=False))
    close_run()
    return tuple(found)


def _short(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= MAX_ITEM_WORDS and _SENTENCE_END.search(text.rstrip(".!?")) is None


def _separated_runs(text: str) -> list[list[tuple[int, int]]]:
    """Runs of at least MIN_ITEMS consecutive short items between separators."""
    if len(_SEPARATORS.findall(text)) < MIN_ITEMS - 1:
        return []
    items: list[tuple[int, int]] = []
    at = 0
    for match in _SEPARATORS.finditer(text):
        items.append((at, match.start()))
        at = match.end()
    items.append((at, len(text)))
    runs: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for start, end in items:
        piece = text[start:end].strip().rstrip(".!?。！？").rstrip()
        if piece and _short(piece):
            lead = len(text[start:end]) - len(text[start:end].lstrip())
            current.append((start + lead, start + lead + len(piece)))
            continue
        if len(current) >= MIN_ITEMS:
            runs.append(current)
        current = []
    if len(current) >= MIN_ITEMS:
        runs.append(current)
    return runs


def _keyword_list(blocks: Sequence[Block], items: list[tuple[int, int, int]],
                  content: dict[int, list[Term]], *, list_items: bool) -> KeywordList:
    shared: Counter[str] = Counter()
    forms: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for position, start, end in items:
        stems = set()
        for term in content.get(position, ()):
            if start <= term.start < end:
                stems.add(term.stem)
                forms[term.stem][term.word] += 1
        shared.update(stems)
    best = min(shared.items(), key=lambda kv: (-kv[1], kv[0]), default=None)
    name = None if best is None else min(forms[best[0]].items(), key=lambda kv: (-kv[1], kv[0]))[0]
    first, last = items[0], items[-1]
    span = Span(blocks[first[0]].source_span(first[1], first[2]).start,
                blocks[last[0]].source_span(last[1], last[2]).end)
    texts = tuple(blocks[p].text[a:b] for p, a, b in items)
    return KeywordList(texts, span, name, best[1] if best else 0, list_items)
