"""The language of one piece of text (a link's anchor, an element with a ``lang`` attribute),
for the language analysis and for other rules (links: an anchor in another language than its
page). Public helper: ``language_of_text``.

It answers "und" with confidence 0 rather than guess: a script that one language writes
(Hangul, kana, Thai, Greek) decides with certainty even for one word; in a shared script the
words decide when they are common words of one language; statistical identification is used
only from ``MIN_STATISTICAL_WORDS`` words on.
"""

from __future__ import annotations

from collections import Counter

from seokit.analysis.language_data import (
    SCRIPT_LANGUAGE,
    SINGLE_LANGUAGE_SCRIPTS,
    script_languages,
)
from seokit.analysis.language_pieces import dominant_script
from seokit.text.langid import detector_languages, identify, primary_language, prose_words
from seokit.text.lexicon import han_evidence, lexicon_scores
from seokit.text.scripts import KANA, Script, count_words, letter_counts, script_runs

UNKNOWN = "und"
MIN_STATISTICAL_WORDS = 8
MIN_PROBABILITY = 0.9
# summed Zipf lead of the best language's words over the runner-up, per word: two common
# words of one language that the other lacks ("günstig", "kaufen") lead by ~4 each
MIN_LEAD_PER_WORD = 0.5
MIN_LEAD = 3.0


def language_of_text(text: str, prior: str | None = None) -> tuple[str, float]:
    """``(language, confidence)`` of ``text``: an ISO 639-1 code, or ``("und", 0.0)`` when
    the text is too short or too mixed to say. ``prior`` (a language tag, e.g. the page's) is
    favoured when the evidence is even. Deterministic, offline; for links:
    ``language_of_text(link.text, page_language)``."""
    runs = script_runs(text)
    letters = letter_counts(runs)
    script = dominant_script(letters)
    if script is None:
        return UNKNOWN, 0.0
    share = letters[script] / sum(letters.values())
    if script in (Script.HAN, *KANA, Script.HANGUL):
        cjk = sum(letters[s] for s in (Script.HAN, *KANA, Script.HANGUL))
        return _cjk(text, letters), round(cjk / sum(letters.values()), 4)
    if script in SINGLE_LANGUAGE_SCRIPTS:
        return SCRIPT_LANGUAGE[script], round(share, 4)
    candidates = script_languages(script)
    if len(candidates) == 1:
        return next(iter(candidates)), round(share, 4)
    words = [w.lower() for w in prose_words(text)]
    if not words:
        return UNKNOWN, 0.0
    favoured = primary_language(prior)
    known = candidates & detector_languages()
    if count_words(text) >= MIN_STATISTICAL_WORDS and known:
        ranked = identify(" ".join(words), known,
                          prior=favoured if favoured in known else None)
        if ranked and ranked[0][1] >= MIN_PROBABILITY:
            return ranked[0][0], round(ranked[0][1] * share, 4)
    return _by_words(words, candidates, favoured, share)


def _cjk(text: str, letters: Counter[Script]) -> str:
    han, kana, hangul = letters[Script.HAN], sum(letters[s] for s in KANA), letters[Script.HANGUL]
    if hangul >= han + kana:
        return "ko"
    if kana:
        return "ja"
    chinese, japanese = han_evidence(text)
    return "ja" if japanese > chinese else "zh"


def _by_words(words: list[str], candidates: frozenset[str], favoured: str | None,
              share: float) -> tuple[str, float]:
    scores = lexicon_scores(words, candidates)
    if not scores:
        return UNKNOWN, 0.0
    ranked = sorted(scores.items(), key=lambda pair: (-pair[1], pair[0] != favoured, pair[0]))
    best, score = ranked[0]
    lead = score - (ranked[1][1] if len(ranked) > 1 else 0.0)
    if best != favoured and favoured in scores:
        lead = score - scores[favoured]
    if lead < max(MIN_LEAD, MIN_LEAD_PER_WORD * len(words) / 2):
        return (favoured, 0.5) if favoured in scores and score == scores[favoured] else (UNKNOWN, 0.0)
    return best, round(min(0.99, 0.5 + lead / (2 * score)) * share, 4)
