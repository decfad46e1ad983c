"""Word-level evidence of a language: how common a word is in it (wordfreq), and which letters
only some languages of a script use.

wordfreq ships frequency lists for about forty languages inside its package, so lookups are
offline and deterministic. A short span in another language is recognised by its words: common
in one language, rare or unknown in the document's (``günstig`` is a frequent German word and no
English one; ``déjà`` and ``café`` are frequent enough in English to be loanwords there).

Lists load lazily, once per process, per language: the small list (words seen at least once per
million, about 0.03 s each) for the languages a span might be in, and the large list (down to
once per hundred million, 0.3-1.5 s) only for the document's own language, where a loanword's
modest frequency matters.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType

# seokit's codes (ISO 639-1, as langdetect reports them) → wordfreq's
_WORDFREQ_CODES = {"no": "nb", "tl": "fil", "hr": "sh", "sr": "sh", "bs": "sh"}
_EMPTY: Mapping[str, float] = MappingProxyType({})


@functools.cache
def lexicon_languages() -> frozenset[str]:
    """The languages with a word list, as seokit codes."""
    import wordfreq

    codes = set(wordfreq.available_languages("small"))
    back = {v: k for k, v in _WORDFREQ_CODES.items() if k not in ("sr", "bs")}
    return frozenset(back.get(code, code) for code in codes if code not in ("zh", "ja"))


@functools.cache
def _zipf_table(code: str, wordlist: str) -> Mapping[str, float]:
    import wordfreq

    name = _WORDFREQ_CODES.get(code, code)
    try:
        buckets = wordfreq.get_frequency_list(name, wordlist)
    except (LookupError, ValueError):
        return _EMPTY
    # Zipf: log10 of frequency per billion words; 3 is once per million, 6 is "the", "and".
    # wordfreq keeps its words in buckets of one centibel (-0.01 Zipf each), commonest first;
    # read so, a list loads in a fraction of the time its frequency dictionary takes
    table: dict[str, float] = {}
    for index, bucket in enumerate(buckets):
        table.update(dict.fromkeys(bucket, round(9 - index / 100, 2)))
    return MappingProxyType(table)


def zipf(word: str, code: str, *, large: bool = False) -> float:
    """How common ``word`` (lower case) is in the language, on the Zipf scale; 0 if unknown."""
    table = _zipf_table(code, "large") if large else _zipf_table(code, "small")
    if large and not table:
        table = _zipf_table(code, "small")
    return table.get(word, 0.0)


def host_zipf(word: str, code: str) -> float:
    """``zipf`` in the document's own language, from its large list where wordfreq has one."""
    return zipf(word, code, large=True)


@functools.cache
def _han_sets() -> tuple[frozenset[str], frozenset[str]]:
    """Han characters of Chinese words that Japanese words never use (simplified forms: 们,
    个, 删) and the reverse (Japanese forms: 駅, 項, 東)."""
    def han(code: str) -> frozenset[str]:
        return frozenset(ch for word in _zipf_table(code, "small") for ch in word
                         if "\u3400" <= ch <= "\u9fff")

    chinese, japanese = han("zh"), han("ja")
    return chinese - japanese, japanese - chinese


def han_evidence(text: str) -> tuple[int, int]:
    """(characters only Chinese uses, characters only Japanese uses) in ``text``."""
    chinese, japanese = _han_sets()
    return sum(ch in chinese for ch in text), sum(ch in japanese for ch in text)


def lexicon_scores(words: list[str], candidates: frozenset[str]) -> dict[str, float]:
    """Summed Zipf frequency of the (lower-case) words in each candidate language with a
    list: a word unknown in a language adds nothing."""
    return {code: sum(zipf(w, code) for w in words) for code in sorted(candidates)
            if code in lexicon_languages()}


UNLISTED_ZIPF = 1.0  # a word missing from a language's small list: rare there, not impossible


def lexicon_ranking(words: list[str], candidates: frozenset[str]) -> list[tuple[str, float, float]]:
    """(language, log-likelihood, coverage) of the (lower-case) words under each candidate
    with a word list, likeliest first: a unigram model on Zipf values, a word missing from a
    list counting as ``UNLISTED_ZIPF``; coverage is the share of the words the list has."""
    listed = candidates & lexicon_languages()
    scores = dict.fromkeys(listed, UNLISTED_ZIPF * len(words))
    known = dict.fromkeys(listed, 0)
    for word in words:
        for code, value in common_in(word, listed, UNLISTED_ZIPF):  # cached: words repeat
            scores[code] += value - UNLISTED_ZIPF
            known[code] += 1
    ranked = [(code, scores[code], known[code] / len(words) if words else 0.0) for code in listed]
    ranked.sort(key=lambda item: (-item[1], item[0]))
    return ranked


def chinese_only(char: str) -> bool:
    """Whether the Han character appears in Chinese words and never in Japanese ones."""
    return char in _han_sets()[0]


def japanese_only(char: str) -> bool:
    """Whether the Han character appears in Japanese words and never in Chinese ones."""
    return char in _han_sets()[1]


@functools.lru_cache(maxsize=262_144)
def common_in(word: str, codes: frozenset[str], floor: float = 3.0) -> tuple[tuple[str, float], ...]:
    """The languages of ``codes`` where ``word`` has a Zipf frequency of at least ``floor``,
    with it. Cached: running text repeats its words, so most lookups are one dict hit."""
    return tuple((code, value) for code in sorted(codes)
                 if (value := zipf(word, code)) >= floor)


CONTAMINATION_SAMPLE = 300
GRAMMAR_WORDS = 60


def top_words(code: str, count: int) -> list[str]:
    """The language's ``count`` commonest words, commonest first (empty without a list)."""
    import wordfreq

    try:
        return list(wordfreq.top_n_list(_WORDFREQ_CODES.get(code, code), count))
    except (LookupError, ValueError):
        return []


@functools.cache
def grammar_words(code: str) -> frozenset[str]:
    """The language's commonest words: nearly all function words (the, of, und, que). Other
    lists of "stop words" run to a thousand words and include make, help, computer."""
    return frozenset(top_words(code, GRAMMAR_WORDS))


@functools.cache
def contamination(host: str, rival: str) -> float:
    """How often the ``host`` language's word list has the ``rival`` language's words merely
    because its sources quote that language: log10 of host over rival frequency, the lower
    quartile over the rival's commonest words. German web text quotes English, so "the" and
    "of" have Zipf 5.5 in German, about 0.5 % of their English rate (-2.3); English quotes
    little German (-4). A word well above that rate (Team, Download) is in real use in the
    host; one at it (the, questo in English) is only ever quoted."""
    top = top_words(rival, CONTAMINATION_SAMPLE)
    if not top:
        return -9.0
    ratios = sorted(host_zipf(w, host) - zipf(w, rival) if host_zipf(w, host) else -9.0
                    for w in top)
    return ratios[len(ratios) // 4]

