"""Which readability formula applies to which language, computed from one set of totals.

A formula is reported only for the languages it was fitted to; for any other language its
value is None ("not applicable"), never a number computed with another language's constants.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from seokit.analysis import readability_formulas as en
from seokit.analysis import readability_formulas_intl as intl


@dataclass(frozen=True, slots=True)
class Totals:
    """Counts over the prose a formula is applied to (a document, a paragraph, a sentence)."""

    words: int
    sentences: int
    syllables: int
    letters: int = 0
    characters: int = 0  # letters and digits
    polysyllables: int = 0  # three or more syllables
    monosyllables: int = 0
    complex_words: int = 0  # Gunning's hard words (English)
    long_words: int = 0  # more than six letters
    miniwords: int = 0  # at most three letters
    difficult_words: int = 0  # not on the Dale-Chall list
    spache_unfamiliar: int = 0  # distinct words not on the Spache list
    linsear_easy: int = 0
    linsear_hard: int = 0
    linsear_sentences: int = 0


@dataclass(frozen=True, slots=True)
class Formula:
    name: str
    label: str
    languages: frozenset[str]
    scale: str  # "ease": 0-100, higher is easier; "grade": school years; "index": its own
    compute: Callable[[Totals], float | None]


_EN = frozenset({"en"})
# LIX and RIX count only words, sentences and letters; Björnsson built LIX for Swedish and
# compared it across Western European languages, so it is reported for those.
_LIX_LANGUAGES = frozenset(
    "sv da nb nn no is fi en de nl fr es it pt ca gl".split()
)

FORMULAS: tuple[Formula, ...] = (
    Formula("flesch_reading_ease", "Flesch reading ease", _EN, "ease",
            lambda t: en.flesch_reading_ease(t.words, t.sentences, t.syllables)),
    Formula("flesch_kincaid_grade", "Flesch-Kincaid grade", _EN, "grade",
            lambda t: en.flesch_kincaid_grade(t.words, t.sentences, t.syllables)),
    Formula("gunning_fog", "Gunning fog", _EN, "grade",
            lambda t: en.gunning_fog(t.words, t.sentences, t.complex_words)),
    Formula("smog_index", "SMOG", _EN, "grade",
            lambda t: en.smog_index(t.sentences, t.polysyllables)),
    Formula("coleman_liau_index", "Coleman-Liau", _EN, "grade",
            lambda t: en.coleman_liau_index(t.words, t.sentences, t.letters)),
    Formula("automated_readability_index", "Automated readability index", _EN, "grade",
            lambda t: en.automated_readability_index(t.words, t.sentences, t.characters)),
    Formula("dale_chall", "Dale-Chall", _EN, "index",
            lambda t: en.dale_chall(t.words, t.sentences, t.difficult_words)),
    Formula("linsear_write", "Linsear Write", _EN, "grade",
            lambda t: en.linsear_write(t.linsear_easy, t.linsear_hard, t.linsear_sentences)),
    Formula("spache", "Spache (revised)", _EN, "grade",
            lambda t: en.spache(t.words, t.sentences, t.spache_unfamiliar)),
    Formula("mcalpine_eflaw", "McAlpine EFLAW", _EN, "index",
            lambda t: en.mcalpine_eflaw(t.words, t.sentences, t.miniwords)),
    Formula("fernandez_huerta", "Fernández Huerta", frozenset({"es"}), "ease",
            lambda t: intl.fernandez_huerta(t.words, t.sentences, t.syllables)),
    Formula("szigriszt_pazos", "Szigriszt-Pazos perspicuity", frozenset({"es"}), "ease",
            lambda t: intl.szigriszt_pazos(t.words, t.sentences, t.syllables)),
    Formula("gutierrez_polini", "Gutiérrez de Polini", frozenset({"es"}), "ease",
            lambda t: intl.gutierrez_polini(t.words, t.sentences, t.letters)),
    Formula("crawford", "Crawford grade", frozenset({"es"}), "grade",
            lambda t: intl.crawford(t.words, t.sentences, t.syllables)),
    Formula("gulpease", "Gulpease", frozenset({"it"}), "ease",
            lambda t: intl.gulpease(t.words, t.sentences, t.letters)),
    Formula("flesch_vacca", "Flesch-Vacca", frozenset({"it"}), "ease",
            lambda t: intl.flesch_vacca(t.words, t.sentences, t.syllables)),
    Formula("amstad", "Flesch-Amstad", frozenset({"de"}), "ease",
            lambda t: intl.amstad(t.words, t.sentences, t.syllables)),
    Formula("wiener_sachtextformel", "Wiener Sachtextformel", frozenset({"de"}), "grade",
            lambda t: intl.wiener_sachtextformel(t.words, t.sentences, t.polysyllables,
                                                 t.long_words, t.monosyllables)),
    Formula("kandel_moles", "Kandel-Moles", frozenset({"fr"}), "ease",
            lambda t: intl.kandel_moles(t.words, t.sentences, t.syllables)),
    Formula("douma", "Flesch-Douma", frozenset({"nl"}), "ease",
            lambda t: intl.douma(t.words, t.sentences, t.syllables)),
    Formula("brouwer", "Brouwer leesindex", frozenset({"nl"}), "ease",
            lambda t: intl.brouwer(t.words, t.sentences, t.syllables)),
    Formula("oborneva", "Flesch-Oborneva", frozenset({"ru"}), "ease",
            lambda t: intl.oborneva(t.words, t.sentences, t.syllables)),
    Formula("flesch_martins", "Flesch-Martins", frozenset({"pt"}), "ease",
            lambda t: intl.flesch_martins(t.words, t.sentences, t.syllables)),
    Formula("lix", "LIX", _LIX_LANGUAGES, "index",
            lambda t: intl.lix(t.words, t.sentences, t.long_words)),
    Formula("rix", "RIX", _LIX_LANGUAGES, "index",
            lambda t: intl.rix(t.sentences, t.long_words)),
)
FORMULA_NAMES = tuple(f.name for f in FORMULAS)
_BY_NAME = {f.name: f for f in FORMULAS}

# Each language's Flesch-type reading ease (0-100, higher is easier, the same bands): the one
# Yoast SEO uses for it. Paragraph scores, sentence hotspots and RD101 use this.
READING_EASE: dict[str, str] = {
    "en": "flesch_reading_ease", "es": "fernandez_huerta", "it": "flesch_vacca",
    "de": "amstad", "fr": "kandel_moles", "nl": "douma", "ru": "oborneva",
    "pt": "flesch_martins",
}


def applicable(language: str) -> tuple[str, ...]:
    """The formulas that exist for ``language``, in report order."""
    return tuple(f.name for f in FORMULAS if language in f.languages)


def compute_all(language: str, totals: Totals) -> tuple[tuple[str, float | None], ...]:
    """Every formula by name: its value for ``language``, or None where it does not apply."""
    return tuple((f.name, f.compute(totals) if language in f.languages else None)
                 for f in FORMULAS)


def reading_ease(language: str, words: int, sentences: int, syllables: int) -> float | None:
    """The language's reading ease for these counts, or None when it has none."""
    name = READING_EASE.get(language)
    if name is None:
        return None
    return _BY_NAME[name].compute(Totals(words, sentences, syllables))


def label(name: str) -> str:
    return _BY_NAME[name].label
