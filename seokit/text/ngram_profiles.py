"""Deterministic character n-gram scores from langdetect's language profiles.

langdetect samples n-grams at random and needs a few dozen letters before its answer settles.
For a short run of a foreign script (three Cyrillic words, a few Han characters) seokit instead
sums the log-probabilities of *every* 1-3-gram under each candidate's profile: no sampling, the
same answer every time, and on a handful of letters enough to tell Japanese kanji from
simplified Chinese or Ukrainian from Russian more often than a guess by script would.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import math
import os
from collections.abc import Collection, Mapping
from types import MappingProxyType

_PROFILE_CODES = {"zh-cn": "zh", "zh-tw": "zh"}
# unseen n-grams get this share of one occurrence: small, so one odd n-gram does not decide
_SMOOTHING = 0.5


@functools.cache
def profile_names() -> tuple[str, ...]:
    """langdetect's profiles (its language codes: zh-cn, zh-tw...), sorted as its factory loads
    them; found without importing langdetect."""
    return tuple(sorted(os.listdir(_directory())))


@functools.cache
def _directory() -> str:
    spec = importlib.util.find_spec("langdetect")
    assert spec is not None and spec.submodule_search_locations, "langdetect is not installed"
    return os.path.join(next(iter(spec.submodule_search_locations)), "profiles")


@functools.cache
def profile(name: str) -> tuple[Mapping[str, int], tuple[int, int, int]]:
    """One langdetect profile: n-gram counts and the number of 1-, 2- and 3-grams counted.
    Read when first needed (all 55 take 0.05-0.1 s)."""
    with open(os.path.join(_directory(), name), encoding="utf-8") as handle:
        data = json.load(handle)
    return MappingProxyType(data["freq"]), tuple(data["n_words"])


@functools.cache
def _normalise(char: str) -> str:
    from langdetect.utils.ngram import NGram

    return str(NGram.normalize(char))


def profile_scores(text: str, candidates: Collection[str]) -> dict[str, float]:
    """Mean log-probability per n-gram of ``text`` under each candidate language's profile
    (seokit codes; Chinese takes the better of its two profiles). Higher is likelier."""
    chars = " " + "".join(_normalise(c) for c in text) + " "
    grams = [chars[i:i + n] for n in (1, 2, 3) for i in range(len(chars) - n + 1)
             if chars[i:i + n].strip()]
    if not grams:
        return {}
    scores: dict[str, float] = {}
    for name in profile_names():
        code = _PROFILE_CODES.get(name, name)
        if code not in candidates:
            continue
        freq, totals = profile(name)
        total = 0.0
        for gram in grams:
            count = freq.get(gram, 0) + _SMOOTHING
            total += math.log(count / totals[len(gram) - 1])
        score = total / len(grams)
        scores[code] = max(score, scores.get(code, -math.inf))
    return scores


def best_by_profile(text: str, candidates: Collection[str]) -> tuple[str | None, float]:
    """The likeliest candidate and its margin over the next (mean log-probability per n-gram;
    0.3 is a clear lead on a few words)."""
    scores = profile_scores(text, candidates)
    if not scores:
        return None, 0.0
    ranked = sorted(scores.items(), key=lambda pair: (-pair[1], pair[0]))
    margin = ranked[0][1] - ranked[1][1] if len(ranked) > 1 else math.inf
    return ranked[0][0], margin


# interpolation weights of the character model: trigram, bigram, unigram, any letter
_WEIGHTS = (0.6, 0.3, 0.09, 0.01)
_ALPHABET = 50  # letters a language writes, roughly: the floor spreads over these
_SPACE_SHARE = 0.15  # one character in about seven is a space (a word boundary)


@functools.cache
def _lower_profile(code: str) -> tuple[Mapping[str, int], tuple[int, int, int]] | None:
    """The profile of ``code`` with upper- and lower-case n-grams added together (Chinese:
    the simplified profile)."""
    for name in profile_names():
        if _PROFILE_CODES.get(name, name) == code and name != "zh-tw":
            freq, totals = profile(name)
            merged: dict[str, int] = {}
            for gram, count in freq.items():
                merged[gram.lower()] = merged.get(gram.lower(), 0) + count
            return MappingProxyType(merged), totals
    return None


@functools.lru_cache(maxsize=65_536)
def word_log_likelihood(word: str, code: str) -> float | None:
    """log10 of the probability of ``word`` as a whole word under an interpolated character
    trigram model of the language (from its langdetect profile); None for a language without
    one. It tells the language of a word no word list has (Authentifizierungstoken, невірний):
    endings and letter sequences are a language's own."""
    profile = _lower_profile(code)
    if profile is None:
        return None
    freq, totals = profile
    chars = " " + "".join(_normalise(c) for c in word.lower()) + " "
    w3, w2, w1, w0 = _WEIGHTS
    total = 0.0
    for i in range(1, len(chars)):
        char, before = chars[i], chars[i - 1]
        unigram = _SPACE_SHARE if char == " " else freq.get(char, 0) / totals[0]
        context = totals[0] * _SPACE_SHARE if before == " " else freq.get(before, 0)
        bigram = min(1.0, freq.get(before + char, 0) / context) if context else 0.0
        trigram = 0.0
        if i >= 2 and (pair := freq.get(chars[i - 2:i], 0)):
            trigram = min(1.0, freq.get(chars[i - 2:i + 1], 0) / pair)
        total += math.log10(w3 * trigram + w2 * bigram + w1 * unigram + w0 / _ALPHABET)
    return total

