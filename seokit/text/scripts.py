"""Script runs: text segmented by Unicode script (Latin, Hangul, Han, Cyrillic, ...).

Only letters decide a script. Digits, punctuation, spaces and symbols are *Common*: they never
start a run, and a gap of them between two letters of the same script stays inside that run.
Combining marks (accents, Indic vowel signs) are *Inherited*: they extend the run before them.
Lookup is a bisect over a sorted range table, cached per character.
"""

from __future__ import annotations

import bisect
import enum
import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass


class Script(enum.StrEnum):
    LATIN = "Latin"
    GREEK = "Greek"
    CYRILLIC = "Cyrillic"
    ARMENIAN = "Armenian"
    HEBREW = "Hebrew"
    ARABIC = "Arabic"
    DEVANAGARI = "Devanagari"
    BENGALI = "Bengali"
    GURMUKHI = "Gurmukhi"
    GUJARATI = "Gujarati"
    TAMIL = "Tamil"
    TELUGU = "Telugu"
    KANNADA = "Kannada"
    MALAYALAM = "Malayalam"
    SINHALA = "Sinhala"
    THAI = "Thai"
    LAO = "Lao"
    TIBETAN = "Tibetan"
    MYANMAR = "Myanmar"
    GEORGIAN = "Georgian"
    HANGUL = "Hangul"
    ETHIOPIC = "Ethiopic"
    KHMER = "Khmer"
    HIRAGANA = "Hiragana"
    KATAKANA = "Katakana"
    BOPOMOFO = "Bopomofo"
    HAN = "Han"
    OTHER = "Other"


S = Script
# (first, last, script), inclusive code point ranges of *letters*; sorted and non-overlapping.
# Non-letters inside these blocks (punctuation, digits, symbols) are filtered out by their
# general category before this table is consulted, so block-level ranges are precise enough.
_RANGES: tuple[tuple[int, int, Script], ...] = (
    (0x0041, 0x005A, S.LATIN), (0x0061, 0x007A, S.LATIN), (0x00AA, 0x00AA, S.LATIN),
    (0x00BA, 0x00BA, S.LATIN), (0x00C0, 0x024F, S.LATIN), (0x0250, 0x02B8, S.LATIN),
    (0x02E0, 0x02E4, S.LATIN), (0x0370, 0x03FF, S.GREEK), (0x0400, 0x052F, S.CYRILLIC),
    (0x0531, 0x058F, S.ARMENIAN), (0x0591, 0x05FF, S.HEBREW), (0x0600, 0x06FF, S.ARABIC),
    (0x0750, 0x077F, S.ARABIC), (0x0870, 0x08FF, S.ARABIC), (0x0900, 0x097F, S.DEVANAGARI),
    (0x0980, 0x09FF, S.BENGALI), (0x0A00, 0x0A7F, S.GURMUKHI), (0x0A80, 0x0AFF, S.GUJARATI),
    (0x0B80, 0x0BFF, S.TAMIL), (0x0C00, 0x0C7F, S.TELUGU), (0x0C80, 0x0CFF, S.KANNADA),
    (0x0D00, 0x0D7F, S.MALAYALAM), (0x0D80, 0x0DFF, S.SINHALA), (0x0E00, 0x0E7F, S.THAI),
    (0x0E80, 0x0EFF, S.LAO), (0x0F00, 0x0FFF, S.TIBETAN), (0x1000, 0x109F, S.MYANMAR),
    (0x10A0, 0x10FF, S.GEORGIAN), (0x1100, 0x11FF, S.HANGUL), (0x1200, 0x139F, S.ETHIOPIC),
    (0x1780, 0x17FF, S.KHMER), (0x19E0, 0x19FF, S.KHMER), (0x1C80, 0x1C8F, S.CYRILLIC),
    (0x1C90, 0x1CBF, S.GEORGIAN), (0x1D00, 0x1D25, S.LATIN), (0x1D26, 0x1D2A, S.GREEK),
    (0x1D2B, 0x1D2B, S.CYRILLIC), (0x1D2C, 0x1D5C, S.LATIN), (0x1D5D, 0x1D61, S.GREEK),
    (0x1D62, 0x1D65, S.LATIN), (0x1D66, 0x1D6A, S.GREEK), (0x1D6B, 0x1D77, S.LATIN),
    (0x1D78, 0x1D78, S.CYRILLIC), (0x1D79, 0x1DBE, S.LATIN), (0x1DBF, 0x1DBF, S.GREEK),
    (0x1E00, 0x1EFF, S.LATIN), (0x1F00, 0x1FFF, S.GREEK), (0x2071, 0x2071, S.LATIN),
    (0x207F, 0x207F, S.LATIN), (0x2090, 0x209C, S.LATIN), (0x2126, 0x2126, S.GREEK),
    (0x212A, 0x212B, S.LATIN), (0x2132, 0x2132, S.LATIN), (0x214E, 0x214E, S.LATIN),
    (0x2184, 0x2184, S.LATIN), (0x2C60, 0x2C7F, S.LATIN), (0x2D00, 0x2D2F, S.GEORGIAN),
    (0x2D80, 0x2DDF, S.ETHIOPIC), (0x2DE0, 0x2DFF, S.CYRILLIC), (0x3005, 0x3007, S.HAN),
    (0x3021, 0x3029, S.HAN), (0x3038, 0x303B, S.HAN),
    (0x3041, 0x309F, S.HIRAGANA), (0x30A0, 0x30FF, S.KATAKANA), (0x3100, 0x312F, S.BOPOMOFO),
    (0x3130, 0x318F, S.HANGUL), (0x31A0, 0x31BF, S.BOPOMOFO), (0x31F0, 0x31FF, S.KATAKANA),
    (0x3400, 0x4DBF, S.HAN), (0x4E00, 0x9FFF, S.HAN), (0xA640, 0xA69F, S.CYRILLIC),
    (0xA720, 0xA7FF, S.LATIN), (0xA8E0, 0xA8FF, S.DEVANAGARI), (0xA960, 0xA97F, S.HANGUL),
    (0xA9E0, 0xA9FF, S.MYANMAR), (0xAA60, 0xAA7F, S.MYANMAR), (0xAB00, 0xAB2F, S.ETHIOPIC),
    (0xAB30, 0xAB64, S.LATIN), (0xAB65, 0xAB65, S.GREEK), (0xAB66, 0xAB6F, S.LATIN),
    (0xAC00, 0xD7FF, S.HANGUL), (0xF900, 0xFAFF, S.HAN), (0xFB00, 0xFB06, S.LATIN),
    (0xFB13, 0xFB17, S.ARMENIAN), (0xFB1D, 0xFB4F, S.HEBREW), (0xFB50, 0xFDFF, S.ARABIC),
    (0xFE70, 0xFEFF, S.ARABIC), (0xFF21, 0xFF3A, S.LATIN), (0xFF41, 0xFF5A, S.LATIN),
    (0xFF66, 0xFF9F, S.KATAKANA), (0xFFA0, 0xFFDC, S.HANGUL), (0x1AFF0, 0x1B000, S.KATAKANA),
    (0x1B001, 0x1B11F, S.HIRAGANA), (0x1B120, 0x1B122, S.KATAKANA), (0x1B132, 0x1B152, S.HIRAGANA),
    (0x1B155, 0x1B167, S.KATAKANA), (0x1DF00, 0x1DFFF, S.LATIN), (0x1E7E0, 0x1E7FF, S.ETHIOPIC),
    (0x1EE00, 0x1EEFF, S.ARABIC), (0x20000, 0x2FA1F, S.HAN), (0x30000, 0x323AF, S.HAN),
)
_STARTS = tuple(r[0] for r in _RANGES)

# scripts written without spaces between words, where a "word" has to be estimated
UNSPACED_SCRIPTS = frozenset({
    S.HAN, S.HIRAGANA, S.KATAKANA, S.THAI, S.LAO, S.KHMER, S.MYANMAR, S.TIBETAN,
})
KANA = frozenset({S.HIRAGANA, S.KATAKANA})
# scripts whose words are long (Thai ยินดีต้อนรับ: 3-6 letters once vowel and tone marks are left
# out); Han and kana words are one to three characters, about two
_LONG_WORD_SCRIPTS = frozenset({S.THAI, S.LAO, S.KHMER, S.MYANMAR, S.TIBETAN})


class _Kind(enum.Enum):
    COMMON = 0  # digits, punctuation, spaces, symbols
    INHERITED = 1  # combining marks


@dataclass(frozen=True, slots=True)
class ScriptRun:
    """Letters of one script from ``start`` to ``end`` (offsets into the segmented text)."""

    script: Script
    start: int
    end: int
    letters: int


def script_of(char: str) -> Script | None:
    """The script of one character, or None for Common and Inherited characters."""
    kind = _classify(char)
    return None if isinstance(kind, _Kind) else kind


@functools.lru_cache(maxsize=65536)
def _classify(char: str) -> Script | _Kind:
    category = unicodedata.category(char)
    if category[0] == "M":
        return _Kind.INHERITED
    if category[0] != "L":
        return _Kind.COMMON
    code = ord(char)
    i = bisect.bisect_right(_STARTS, code) - 1
    if i >= 0 and code <= _RANGES[i][1]:
        return _RANGES[i][2]
    return S.OTHER


# ASCII and the general punctuation of running text (’ “ ” – — …): all letters in it are Latin
_SIMPLE = "\\x00-\\x7f\\u00a0\\u2000-\\u206f"
_CHUNKS = re.compile(f"[{_SIMPLE}]+|[^{_SIMPLE}]+")
_NOT_LETTERS = "".join(chr(c) for c in [*range(0x80), 0xA0, *range(0x2000, 0x2070)]
                       if not chr(c).isascii() or not chr(c).isalpha())
_NOT_LETTER_BYTES = bytes(c for c in range(0x80) if not chr(c).isalpha())


def script_runs(text: str) -> list[ScriptRun]:
    """Maximal runs of one script; Common gaps between letters of that script are inside it.
    Stretches of ASCII and punctuation (most of a Latin text) are taken whole: their letters
    are Latin."""
    runs: list[ScriptRun] = []
    current: Script | None = None
    start = end = letters = 0
    for match in _CHUNKS.finditer(text):
        chunk, offset = match.group(), match.start()
        if chunk[0] <= "\x7f" or chunk[0] == "\xa0" or "\u2000" <= chunk[0] <= "\u206f":
            head = len(chunk) - len(chunk.lstrip(_NOT_LETTERS))
            if head == len(chunk):
                continue  # digits, spaces, punctuation: Common
            tail = len(chunk.rstrip(_NOT_LETTERS))
            # its non-ASCII characters are punctuation: dropped with the other non-letters
            count = len(chunk.encode("ascii", "ignore").translate(None, _NOT_LETTER_BYTES))
            if current is S.LATIN:
                end, letters = offset + tail, letters + count
                continue
            if current is not None:
                runs.append(ScriptRun(current, start, end, letters))
            current, start, end, letters = S.LATIN, offset + head, offset + tail, count
            continue
        for i in range(offset, match.end()):
            current, start, end, letters = _step(runs, text[i], i, current, start, end, letters)
    if current is not None:
        runs.append(ScriptRun(current, start, end, letters))
    return runs


def _step(runs: list[ScriptRun], char: str, i: int, current: Script | None, start: int, end: int,
          letters: int) -> tuple[Script | None, int, int, int]:
    """One character of ``script_runs``: the run state after it (a finished run is added)."""
    kind = _classify(char)
    if kind is _Kind.COMMON:
        return current, start, end, letters
    if kind is _Kind.INHERITED:
        if current is not None and end == i:
            end = i + 1  # a mark right after a letter belongs to that letter
        return current, start, end, letters
    if kind is current:
        return current, start, i + 1, letters + 1
    if current is not None:
        runs.append(ScriptRun(current, start, end, letters))
    return kind, i, i + 1, 1


def letter_counts(runs: list[ScriptRun]) -> Counter[Script]:
    """Letters per script over some runs."""
    counts: Counter[Script] = Counter()
    for run in runs:
        counts[run.script] += run.letters
    return counts


_JOINERS = frozenset("'’-")


def count_words(text: str) -> int:
    """Words in ``text``: letters (with their marks) joined by inner apostrophes or hyphens.
    In scripts written without spaces one word is counted per two letters in Han and kana and
    per three in Thai, Lao, Khmer, Myanmar and Tibetan, about the average word length there."""
    count = letters = unspaced = long = 0
    length = len(text)
    for i, char in enumerate(text):
        kind = _classify(char)
        if kind is _Kind.INHERITED and letters:
            continue
        if isinstance(kind, Script):
            letters += 1
            unspaced += kind in UNSPACED_SCRIPTS
            long += kind in _LONG_WORD_SCRIPTS
            continue
        if letters and char in _JOINERS and i + 1 < length and isinstance(_classify(text[i + 1]), Script):
            continue
        count += _word_count(letters, unspaced, long)
        letters = unspaced = long = 0
    return count + _word_count(letters, unspaced, long)


def _word_count(letters: int, unspaced: int, long: int) -> int:
    if not letters:
        return 0
    if not unspaced:
        return 1
    per_word = 3 if 2 * long > unspaced else 2
    return (letters + per_word - 1) // per_word
