"""Foreign spans: text in another language than the document's, found by script
(``language_pieces``) and by sentence-level identification (``language_passages``), then
classified as an injected keyword, a tag list or a passage, and checked against ``lang``."""

from __future__ import annotations

import enum
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from seokit.analysis.language_data import LANGUAGE_SCRIPTS, TOLERATED_SCRIPTS
from seokit.analysis.language_evidence import suspect_words
from seokit.analysis.language_passages import foreign_sentences
from seokit.analysis.language_pieces import Piece, foreign_script_pieces
from seokit.analysis.language_words import foreign_words
from seokit.document import Block, BlockKind, Span
from seokit.text.langid import identify, primary_language
from seokit.text.lingua_backend import Identify
from seokit.text.scripts import UNSPACED_SCRIPTS, Script, ScriptRun, count_words
from seokit.text.tokens import words

# up to this many words a foreign span is a keyword or phrase, beyond it a passage
MAX_KEYWORD_WORDS = 4
# a block at least this foreign (by letters), made of short separated items, is a tag list
TAG_LIST_FOREIGN_SHARE = 0.5
# words sharing an ending in a list of at least this many: '칠곡출장마사지 영주출장마사지 …'
MIN_SHARED_ENDING_WORDS = 3
# a span of at most this many words in parentheses that hold at most one word more is a name
# or a gloss ("(陈刚) #18211" and "(kohta ito)" crediting a contributor, "kimchi (김치)"), not a
# keyword slipped in: injected keywords are stuck to or between sentences
MAX_GLOSS_WORDS = 2
_PARENTHESES = {"(": ")", "（": "）"}
_LIST_SEPARATORS = re.compile(r"\s*[,;|/·•#、，；]+\s*")
_SENTENCE_END = re.compile(r"[.!?。！？]")
_SENTENCE_GAP = re.compile(r"\s*|[.!?]\s+")


class SpanKind(enum.StrEnum):
    INJECTED_KEYWORD = "injected-keyword"
    TAG_LIST = "tag-list"
    FOREIGN_PASSAGE = "foreign-passage"
    NAME_OR_LOANWORD = "name-or-loanword"  # foreign text, rightly there: no rule flags it


@dataclass(frozen=True, slots=True)
class ForeignSpan:
    """Text in another language than the document's. ``start``/``end`` are offsets into the
    block's text, ``span`` the same range in the source. ``tagged``: the enclosing element's
    ``lang`` names the span's language, so readers and search engines are told."""

    span: Span
    block: int
    start: int
    end: int
    text: str
    language: str
    script: Script
    kind: SpanKind
    tagged: bool
    confidence: float
    words: int


def native_scripts(language: str, fallback: Script | None) -> frozenset[Script]:
    """The scripts ``language`` is written in; for a language seokit has no data on, the
    document's dominant script."""
    scripts = LANGUAGE_SCRIPTS.get(language)
    if scripts is not None:
        return scripts
    return frozenset({fallback}) if fallback is not None else TOLERATED_SCRIPTS


def find_foreign_spans(
    blocks: Sequence[tuple[Block, list[ScriptRun]]],
    language: str,
    native: frozenset[Script],
    document_has_kana: bool,
    identifier: Identify = identify,
) -> list[ForeignSpan]:
    """Every foreign span of the given blocks (each with its script runs), sorted by source."""
    out: list[ForeignSpan] = []
    for block, runs in blocks:
        by_script = foreign_script_pieces(block.text, runs, native, document_has_kana)
        if _plainly_native(block.text, runs, language, native):
            pieces = by_script
        else:
            pieces = _merge_passages(
                block.text, foreign_sentences(block.text, runs, language, native, identifier),
                by_script + _short_spans(block.text, runs, language, native))
        block_letters = sum(r.letters for r in runs)
        share = sum(p.letters for p in pieces) / block_letters if block_letters else 0.0
        out.extend(_classify(block, piece, share) for piece in pieces)
    out.sort(key=lambda s: (s.span.start, s.span.end, s.language))
    return out


def _plainly_native(text: str, runs: list[ScriptRun], language: str,
                    native: frozenset[Script]) -> bool:
    """Whether the block's text in the document's own scripts is spaced and has no word
    likelier in another language of them (other scripts are found by ``by_script``): then
    neither a passage nor a word can be foreign there. Nearly every block of a page is such a
    block, so the costlier passes over words and sentences are skipped."""
    scripts = {run.script for run in runs}
    if scripts & UNSPACED_SCRIPTS & native or scripts & TOLERATED_SCRIPTS - native:
        return False  # Chinese clauses in Japanese, Latin passages in Russian: look closer
    return not any(suspect_words(text, language, script) for script in scripts & native)


def _short_spans(
    text: str, runs: list[ScriptRun], language: str, native: frozenset[Script]
) -> list[Piece]:
    """Foreign words in the scripts the document shares with other languages, and in Latin."""
    present = {r.script for r in runs} & (native | TOLERATED_SCRIPTS)
    pieces: list[Piece] = []
    for script in sorted(present - UNSPACED_SCRIPTS, key=lambda s: s.value):
        pieces += foreign_words(text, language, native, script)
    return pieces


def _merge_passages(text: str, passages: list[Piece], short: list[Piece]) -> list[Piece]:
    """Sentence-level passages win over script- and word-level spans they overlap (a Chinese
    sentence in Japanese text is found both ways); pieces of one language with only the end
    of a sentence between them are one passage ("... finden. Diese werden ignoriert.")."""
    kept = [p for p in short if all(p.end <= q.start or p.start >= q.end for q in passages)]
    merged: list[Piece] = []
    for piece in sorted(passages + kept, key=lambda p: p.start):
        if merged and merged[-1].language == piece.language \
                and _SENTENCE_GAP.fullmatch(text, merged[-1].end, piece.start):
            merged[-1] = merged[-1].join(piece)
        else:
            merged.append(piece)
    return merged


def _classify(block: Block, piece: Piece, foreign_share: float) -> ForeignSpan:
    text = block.text[piece.start:piece.end]
    count = count_words(text)
    if foreign_share >= TAG_LIST_FOREIGN_SHARE and _looks_like_keyword_list(text, block.kind):
        kind = SpanKind.TAG_LIST
    elif count <= MAX_GLOSS_WORDS and _in_short_parentheses(block.text, piece.start, piece.end):
        kind = SpanKind.NAME_OR_LOANWORD
    elif count <= MAX_KEYWORD_WORDS:
        kind = SpanKind.INJECTED_KEYWORD
    else:
        kind = SpanKind.FOREIGN_PASSAGE
    return ForeignSpan(
        span=block.source_span(piece.start, piece.end),
        block=block.index,
        start=piece.start,
        end=piece.end,
        text=text,
        language=piece.language,
        script=piece.script,
        kind=kind,
        tagged=primary_language(block.lang_at(piece.start, piece.end)) == piece.language,
        confidence=round(piece.confidence, 4),
        words=count,
    )


def _in_short_parentheses(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside a pair of parentheses holding at most
    ``MAX_GLOSS_WORDS`` + 1 words: "(kohta ito)" credits a person."""
    for opening, closing in _PARENTHESES.items():
        left = text.rfind(opening, 0, start)
        right = text.find(closing, end)
        if left < 0 or right < 0 or closing in text[left:start] or opening in text[end:right]:
            continue
        return count_words(text[left + 1:right]) <= MAX_GLOSS_WORDS + 1
    return False


def _looks_like_keyword_list(text: str, kind: BlockKind) -> bool:
    """Short items with separators, one entry of a list or table, or a run of words sharing an
    ending ('칠곡출장마사지 영주출장마사지 구미출장마사지': town + service, the spam pattern)."""
    items = [item for item in _LIST_SEPARATORS.split(text) if item.strip()]
    short = all(count_words(item) <= MAX_KEYWORD_WORDS for item in items)
    if short and (len(items) >= 2 or kind in (BlockKind.LIST_ITEM, BlockKind.TABLE_CELL)):
        return True
    if _SENTENCE_END.search(text):
        return False
    tokens = [t.lower for t in words(text) if len(t.text) >= 3]
    endings = Counter(t[-2:] for t in tokens)
    if len(tokens) < MIN_SHARED_ENDING_WORDS or not endings:
        return False
    return endings.most_common(1)[0][1] >= max(MIN_SHARED_ENDING_WORDS, len(tokens) / 2)
