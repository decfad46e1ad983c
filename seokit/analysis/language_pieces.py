"""Foreign pieces found by script: letters of a script the document's language is not written in
(Hangul in English, kana in Chinese) are foreign with certainty, even as one word.

Latin is the exception: brand names, code and URLs are written in Latin in every language, so
Latin inside a non-Latin document is left to the sentence-level check (``language_passages``).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from seokit.analysis.language_data import (
    SCRIPT_LANGUAGE,
    SINGLE_LANGUAGE_SCRIPTS,
    SYMBOL_ALPHABETS,
    TOLERATED_SCRIPTS,
    foreign_letters,
    script_languages,
)
from seokit.data.language_grammar import PATRONYMIC_ENDINGS
from seokit.text.langid import detector_languages, identify, prose_words
from seokit.text.lexicon import chinese_only, han_evidence, japanese_only, lexicon_scores
from seokit.text.ngram_profiles import best_by_profile
from seokit.text.scripts import KANA, Script, ScriptRun, count_words, script_of
from seokit.text.tokens import letter_runs

# a foreign run in a script many languages share (Cyrillic: ru/uk/bg...) is identified
# statistically from this many words on; shorter runs get the script's most likely language
MIN_RUN_WORDS = 3
MIN_RUN_PROBABILITY = 0.9
CERTAIN = 1.0  # a script only one language uses (Hangul → Korean)
# kanji next to kana in a Chinese text: the Japanese word they belong to, at most this long
MAX_KANJI_AFTER_KANA = 2
MAX_KANJI_BEFORE_KANA = 4
# ... and in Japanese text, the kanji a Chinese clause leaves to the word whose hiragana
# ending it runs into (盘布局以下の: 以下の); most such words have two
KANJI_BEFORE_ENDING = 2
HAN_GUESS = 0.9  # Han is Japanese next to kana, else Chinese: right nearly always
SCRIPT_GUESS = 0.5  # a short run in a shared script: its most common language
# summed Zipf lead of the best language's words over the next: one common word that only it
# has (что, що) is about 5
MIN_WORD_LEAD = 2.0
# simplified-only characters that make a Han run in Japanese text Chinese: Japanese never
# writes them (计, 们), so one is enough
MIN_SIMPLIFIED = 1
MIN_PROFILE_MARGIN = 0.2  # mean log-probability per n-gram
PROFILE_GUESS = 0.6
LETTER_PENALTY = 3.0  # Zipf units per letter a language does not write (ї for Russian)
SIMPLIFIED_SHARE = 0.2
_ORDER = {script: i for i, script in enumerate(Script)}


@dataclass(frozen=True, slots=True)
class Piece:
    """A foreign range ``[start, end)`` of one block's text, before it is classified."""

    start: int
    end: int
    language: str
    confidence: float
    scripts: tuple[tuple[Script, int], ...]  # letters per script, sorted by script

    @property
    def letters(self) -> int:
        return sum(n for _, n in self.scripts)

    @property
    def script(self) -> Script:
        return max(self.scripts, key=lambda pair: (pair[1], -_ORDER[pair[0]]))[0]

    def join(self, other: Piece) -> Piece:
        counts = Counter(dict(self.scripts))
        counts.update(dict(other.scripts))
        return Piece(self.start, other.end, self.language,
                     min(self.confidence, other.confidence), tuple(sorted(counts.items())))


def dominant_script(counts: Counter[Script]) -> Script | None:
    """The script with most letters; ties go to the one listed first in ``Script``."""
    if not counts:
        return None
    return max(counts, key=lambda s: (counts[s], -_ORDER[s]))


def foreign_script_pieces(
    text: str, runs: list[ScriptRun], native: frozenset[Script], document_has_kana: bool
) -> list[Piece]:
    """The runs of ``text`` in scripts foreign to the document, with their languages; runs of
    one language that follow each other (東京 + に + 行きました) are joined."""
    block_has_kana = any(r.script in KANA for r in runs)
    labelled: list[tuple[int, Piece]] = []
    for i, run in enumerate(runs):
        if run.script in native or run.script in TOLERATED_SCRIPTS:
            if run.script is Script.HAN and KANA - native:
                labelled.extend((i, piece) for piece in _kanji_next_to_kana(text, runs, i))
            elif run.script is Script.HAN and KANA <= native:
                kana_after = runs[i + 1].script if i + 1 < len(runs) \
                    and runs[i + 1].script in KANA and runs[i + 1].start == run.end else None
                labelled.extend((i, piece) for piece in _chinese_in_japanese(text, run, kana_after))
            continue
        if run.script in SYMBOL_ALPHABETS and _symbols(text[run.start:run.end]):
            continue  # "the tau (τ) constant", "[-π, π]": symbols
        if run.script is Script.CYRILLIC and _full_name(text[run.start:run.end]):
            continue  # "(Сковорода Никита Андреевич)": a person's name
        language, confidence = _run_language(text, run, block_has_kana or document_has_kana)
        labelled.append((i, _run_piece(run, language, confidence)))
    merged: list[tuple[int, Piece]] = []
    for i, piece in labelled:
        if merged and merged[-1][0] == i - 1 and merged[-1][1].language == piece.language:
            merged[-1] = (i, merged[-1][1].join(piece))
        else:
            merged.append((i, piece))
    return [piece for _, piece in merged]


def _full_name(chunk: str) -> bool:
    """Two or three capitalised words, one of them a patronymic: a Russian, Ukrainian or
    Belarusian full name."""
    words = letter_runs(chunk)
    return 2 <= len(words) <= 3 and all(w[0].isupper() for w in words) \
        and any(w.lower().endswith(PATRONYMIC_ENDINGS) for w in words)


def _symbols(chunk: str) -> bool:
    """Whether every word of the run is a single letter."""
    return all(len(token) == 1 for token in letter_runs(chunk))


def _run_piece(run: ScriptRun, language: str, confidence: float) -> Piece:
    return Piece(run.start, run.end, language, confidence, ((run.script, run.letters),))


def _kanji_next_to_kana(text: str, runs: list[ScriptRun], i: int) -> list[Piece]:
    """Kanji touching kana belong to the same Japanese phrase (東京に), even where Han letters
    are native (a Chinese or Korean document): the letters of the Han run up to the first
    space or punctuation on the side that touches kana."""
    run = runs[i]
    kana_before = i > 0 and runs[i - 1].script in KANA and runs[i - 1].end == run.start
    kana_after = i + 1 < len(runs) and runs[i + 1].script in KANA and runs[i + 1].start == run.end
    pieces: list[Piece] = []
    head = _letters_end(text, run.start, run.end)
    if kana_before:
        pieces.append(_partial_piece(text, run.start, head))
    if kana_after:
        tail = _letters_start(text, run.start, run.end)
        if pieces and tail <= head:
            return [_run_piece(run, "ja", HAN_GUESS)]  # no break inside: the whole run
        pieces.append(_partial_piece(text, tail, run.end))
    return pieces


def _chinese_in_japanese(text: str, run: ScriptRun, kana_after: Script | None) -> list[Piece]:
    """Clauses of a Han run in Japanese text that are Chinese: written with simplified
    characters Japanese does not use (没有, 们), enough of them. A run continues over
    punctuation, so it is judged clause by clause; and a Chinese clause ends where a character
    only Japanese writes begins (结束符設定ファイル: 設定 is Japanese). A run that runs into
    kana is Chinese by its part up to the last simplified character (the rest may be a
    Japanese word with its ending); the clause then goes on up to the katakana, which starts
    a word of its own (主机名パッケージ), or up to the Japanese word whose hiragana ending it
    runs into (盘布局以下の: 以下 is Japanese)."""
    pieces = []
    start = run.start
    for match in _CJK_BREAK.finditer(text, run.start, run.end + 1):
        end = min(match.start(), run.end)
        piece = _chinese_part(text, start, end, kana_after if end == run.end else None)
        if piece is not None:
            pieces.append(piece)
        start = match.end()
    return pieces


def _chinese_part(text: str, start: int, end: int, kana_after: Script | None) -> Piece | None:
    simplified = [i for i in range(start, end) if chinese_only(text[i])]
    if len(simplified) < MIN_SIMPLIFIED:
        return None
    japanese = [i for i in range(start, end) if japanese_only(text[i])]
    first, last = simplified[0], simplified[-1]
    begin = max([start] + [i + 1 for i in japanese if i < first])
    stop = min([end] + [i for i in japanese if i > last])
    clause_end = stop
    if stop == end and kana_after is not None:
        stop = last + 1
        clause_end = end if kana_after is Script.KATAKANA else max(stop, end - KANJI_BEFORE_ENDING)
    if any(begin <= i < stop for i in japanese):
        return None  # both kinds of characters mixed: not clearly either
    letters = sum(1 for ch in text[begin:stop] if script_of(ch) is Script.HAN)
    inside = sum(1 for i in simplified if begin <= i < stop)
    if inside < SIMPLIFIED_SHARE * letters and not _stands_alone(text, begin, stop):
        return None
    letters = sum(1 for ch in text[begin:clause_end] if script_of(ch) is Script.HAN)
    return Piece(begin, clause_end, "zh", HAN_GUESS, ((Script.HAN, letters),))


def _stands_alone(text: str, begin: int, stop: int) -> bool:
    """Whether the Han clause has neither kana nor other Han letters next to it: a Japanese
    clause nearly always has kana (particles, endings), so one of Han alone between
    punctuation or spaces, with a character only Chinese writes, is Chinese even when most
    of its characters are shared ("释数据的任意文本": 释 is Chinese, 釈 Japanese)."""
    around = (text[begin - 1] if begin else " ", text[stop] if stop < len(text) else " ")
    return not any(script_of(ch) is Script.HAN or script_of(ch) in KANA for ch in around)


_CJK_BREAK = re.compile(r"[。！？、，；：\s]+|$")


def _letters_end(text: str, start: int, end: int) -> int:
    """Up to a break, or a character only Chinese uses (the Chinese sentence after it), and
    at most a two-character word: after a particle (の管理) the Chinese text may go on."""
    i = start
    while i < min(end, start + MAX_KANJI_AFTER_KANA) and _japanese_letter(text[i]):
        i += 1
    return i


def _letters_start(text: str, start: int, end: int) -> int:
    """Back to a break, or a character only Chinese uses; a word before its particle or
    ending (東京大学に) has at most four characters."""
    i = end
    while i > max(start, end - MAX_KANJI_BEFORE_KANA) and _japanese_letter(text[i - 1]):
        i -= 1
    return i


def _japanese_letter(char: str) -> bool:
    return (script_of(char) is not None or _is_mark(char)) and not chinese_only(char)


def _is_mark(char: str) -> bool:
    return unicodedata.category(char)[0] == "M"


def _partial_piece(text: str, start: int, end: int) -> Piece:
    letters = sum(1 for ch in text[start:end] if script_of(ch) is Script.HAN)
    return Piece(start, end, "ja", HAN_GUESS, ((Script.HAN, letters),))


def _run_language(text: str, run: ScriptRun, has_kana: bool) -> tuple[str, float]:
    chunk = text[run.start:run.end]
    if run.script is Script.HAN:
        return _han_language(chunk, has_kana)
    if run.script in SINGLE_LANGUAGE_SCRIPTS:
        return SCRIPT_LANGUAGE[run.script], CERTAIN
    candidates = script_languages(run.script) & detector_languages()
    if len(candidates) == 1:
        return next(iter(candidates)), CERTAIN
    # words first: common words of one language (для, що, است) decide even a short run,
    # where langdetect's sampled n-grams would be a coin toss between Russian and Bulgarian
    found = _by_words(chunk, candidates)
    if found is not None:
        return found
    if candidates and count_words(chunk) >= MIN_RUN_WORDS:
        ranked = identify(chunk, candidates)
        if ranked and ranked[0][1] >= MIN_RUN_PROBABILITY:
            return ranked[0][0], ranked[0][1]
    guess = SCRIPT_LANGUAGE.get(run.script)
    return (guess, SCRIPT_GUESS) if guess else ("und", 0.0)


def _han_language(chunk: str, has_kana: bool) -> tuple[str, float]:
    """Japanese next to kana; otherwise by the characters only one of the two uses
    (simplified 们, 个 against Japanese 駅, 東), Chinese when nothing tells."""
    if has_kana:
        return "ja", HAN_GUESS
    chinese, japanese = han_evidence(chunk)
    return ("ja", HAN_GUESS) if japanese > chinese else ("zh", HAN_GUESS)


def _by_words(chunk: str, candidates: frozenset[str]) -> tuple[str, float] | None:
    """By the words' frequency in each language, then, between languages the words do not
    separate, by character n-grams (незавершений: Ukrainian by its endings)."""
    words = [w.lower() for w in prose_words(chunk)]
    scores = {code: score - LETTER_PENALTY * foreign_letters(chunk, code)
              for code, score in lexicon_scores(words, candidates).items()}
    if not scores:
        return None
    ranked = sorted(scores.items(), key=lambda pair: (-pair[1], pair[0]))
    best, score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    if score > 0 and score - runner_up >= MIN_WORD_LEAD:
        return best, min(CERTAIN - 0.01, 0.5 + (score - runner_up) / (2 * score))
    near = frozenset(code for code, value in scores.items() if value > score - MIN_WORD_LEAD)
    found, margin = best_by_profile(chunk, near)
    if found is not None and margin >= MIN_PROFILE_MARGIN:
        return found, PROFILE_GUESS
    return None
