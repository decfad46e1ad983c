"""The language-specific readability formulas, as pure functions of counts.

Each was fitted by its authors to one language; seokit reports it for that language only (see
``readability_registry.FORMULAS``). Constants are the published ones, as Yoast SEO and
textstat 0.7.13 implement them; each docstring names the source. Every function returns None
when a count it divides by is zero.
"""

from __future__ import annotations


def _ratios(words: int, sentences: int, syllables: int) -> tuple[float, float] | None:
    if not words or not sentences:
        return None
    return words / sentences, syllables / words


def fernandez_huerta(words: int, sentences: int, syllables: int) -> float | None:
    """Spanish reading ease, Fernández Huerta (1959): 206.84 - 0.60 x syllables per 100 words
    - 1.02 x words per sentence (as Yoast SEO and textstat compute it)."""
    r = _ratios(words, sentences, syllables)
    return None if r is None else 206.84 - 0.60 * 100 * r[1] - 1.02 * r[0]


def szigriszt_pazos(words: int, sentences: int, syllables: int) -> float | None:
    """Spanish perspicuity, Szigriszt Pazos (1993): 206.835 - 62.3 x syllables/word -
    words/sentence."""
    r = _ratios(words, sentences, syllables)
    return None if r is None else 206.835 - 62.3 * r[1] - r[0]


def gutierrez_polini(words: int, sentences: int, letters: int) -> float | None:
    """Spanish comprehensibility, Gutiérrez de Polini (1972): 95.2 - 9.7 x letters/word -
    0.35 x words/sentence."""
    if not words or not sentences:
        return None
    return 95.2 - 9.7 * letters / words - 0.35 * words / sentences


def crawford(words: int, sentences: int, syllables: int) -> float | None:
    """Spanish school grade, Crawford (1989): -0.205 x sentences per 100 words + 0.049 x
    syllables per 100 words - 3.407."""
    if not words or not sentences:
        return None
    return -0.205 * 100 * sentences / words + 0.049 * 100 * syllables / words - 3.407


def gulpease(words: int, sentences: int, letters: int) -> float | None:
    """Italian, Lucisano & Piemontese (1988): 89 + (300 x sentences - 10 x letters) / words;
    0-100, higher is easier."""
    if not words or not sentences:
        return None
    return 89 + (300 * sentences - 10 * letters) / words


def flesch_vacca(words: int, sentences: int, syllables: int) -> float | None:
    """Italian reading ease, Franchina & Vacca (1972): 217 - 1.3 x words/sentence - 0.6 x
    syllables per 100 words (Yoast SEO's Italian Flesch)."""
    r = _ratios(words, sentences, syllables)
    return None if r is None else 217 - 1.3 * r[0] - 0.6 * 100 * r[1]


def amstad(words: int, sentences: int, syllables: int) -> float | None:
    """German reading ease, Amstad (1978): 180 - words/sentence - 58.5 x syllables/word
    (Yoast SEO's German Flesch)."""
    r = _ratios(words, sentences, syllables)
    return None if r is None else 180 - r[0] - 58.5 * r[1]


def wiener_sachtextformel(words: int, sentences: int, polysyllables: int, long_words: int,
                          monosyllables: int) -> float | None:
    """German school grade, the first Wiener Sachtextformel (Bamberger & Vanecek 1984):
    0.1935 MS + 0.1672 SL + 0.1297 IW - 0.0327 ES - 0.875, with MS the percentage of words of
    three or more syllables, SL words per sentence, IW the percentage of words longer than six
    letters and ES the percentage of one-syllable words."""
    if not words or not sentences:
        return None
    ms, iw, es = (100 * n / words for n in (polysyllables, long_words, monosyllables))
    return 0.1935 * ms + 0.1672 * words / sentences + 0.1297 * iw - 0.0327 * es - 0.875


def kandel_moles(words: int, sentences: int, syllables: int) -> float | None:
    """French reading ease, Kandel & Moles (1958): 207 - 1.015 x words/sentence - 73.6 x
    syllables/word (Yoast SEO's French Flesch)."""
    r = _ratios(words, sentences, syllables)
    return None if r is None else 207 - 1.015 * r[0] - 73.6 * r[1]


def douma(words: int, sentences: int, syllables: int) -> float | None:
    """Dutch reading ease, Douma (1960): 206.835 - 0.93 x words/sentence - 77 x syllables/word
    (Yoast SEO's Dutch Flesch)."""
    r = _ratios(words, sentences, syllables)
    return None if r is None else 206.835 - 0.93 * r[0] - 77 * r[1]


def brouwer(words: int, sentences: int, syllables: int) -> float | None:
    """Dutch reading index, Brouwer (1963): 195 - 2 x words/sentence - 67 x syllables/word."""
    r = _ratios(words, sentences, syllables)
    return None if r is None else 195 - 2 * r[0] - 67 * r[1]


def oborneva(words: int, sentences: int, syllables: int) -> float | None:
    """Russian reading ease, Oborneva (2006): 206.835 - 1.3 x words/sentence - 60.1 x
    syllables/word (Yoast SEO's Russian Flesch)."""
    r = _ratios(words, sentences, syllables)
    return None if r is None else 206.835 - 1.3 * r[0] - 60.1 * r[1]


def flesch_martins(words: int, sentences: int, syllables: int) -> float | None:
    """Brazilian Portuguese reading ease, Martins et al. (1996): 248.835 - 1.015 x
    words/sentence - 84.6 x syllables/word (Yoast SEO's Portuguese Flesch)."""
    r = _ratios(words, sentences, syllables)
    return None if r is None else 248.835 - 1.015 * r[0] - 84.6 * r[1]


def lix(words: int, sentences: int, long_words: int) -> float | None:
    """Läsbarhetsindex, Björnsson (1968): words/sentence + 100 x words longer than six
    letters / words."""
    if not words or not sentences:
        return None
    return words / sentences + 100 * long_words / words


def rix(sentences: int, long_words: int) -> float | None:
    """Anderson's (1983) RIX: words longer than six letters per sentence."""
    return long_words / sentences if sentences else None
