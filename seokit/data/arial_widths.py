"""Advance widths of Arial, to estimate how wide a title is in a search result.

Arial was drawn to match Helvetica's character widths, so these are Helvetica's published
widths (Adobe's Helvetica AFM, in 1/1000 em). Google shows result titles in Arial at 20 px and
cuts them at about 600 px, the width Yoast's ``PageTitleWidthAssessment`` allows
(Yoast/wordpress-seo packages/yoastseo/src/scoring/assessments/seo/PageTitleWidthAssessment.js).
The result is an estimate: kerning is ignored, and letters outside Latin-1 borrow the width of
their base letter, or a full em for wide (CJK) characters.
"""

from __future__ import annotations

import unicodedata

UNITS_PER_EM = 1000
# ASCII 32..126, in order.
_ASCII = (
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  # ' '../
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,  # 0..?
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,  # @..O
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,  # P.._
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,  # `..o
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,  # p..~
)
WIDTHS: dict[str, int] = {chr(32 + i): width for i, width in enumerate(_ASCII)}
WIDTHS.update({
    "\u00a0": 278, "\u00a1": 333, "\u00a2": 556, "\u00a3": 556, "\u00a5": 556, "\u00a7": 556,
    "\u00a9": 737, "\u00ab": 556, "\u00ae": 737, "\u00b0": 400, "\u00b6": 537, "\u00b7": 278,
    "\u00bb": 556, "\u00bf": 611, "\u00c6": 1000, "\u00d7": 584, "\u00d8": 778, "\u00de": 667,
    "\u00df": 611, "\u00e6": 889, "\u00f0": 556, "\u00f7": 584, "\u00f8": 611, "\u00fe": 556,
    "\u0131": 278, "\u0152": 1000, "\u0153": 944, "\u2013": 556, "\u2014": 1000, "\u2018": 222,
    "\u2019": 222, "\u201a": 222, "\u201c": 333, "\u201d": 333, "\u201e": 333, "\u2020": 556,
    "\u2022": 350, "\u2026": 1000, "\u2039": 333, "\u203a": 333, "\u20ac": 556, "\u2122": 1000,
})
_FALLBACK = 556  # the width of most lower-case letters and all digits


def char_width(ch: str) -> int:
    """One character's advance width in 1/1000 em."""
    width = WIDTHS.get(ch)
    if width is not None:
        return width
    if unicodedata.combining(ch):
        return 0
    if unicodedata.east_asian_width(ch) in ("W", "F"):
        return UNITS_PER_EM
    base = unicodedata.normalize("NFKD", ch)[:1]
    return WIDTHS.get(base, _FALLBACK)


def text_width(text: str, font_size: float = 20.0) -> float:
    """The estimated width of ``text`` in pixels, set in Arial at ``font_size`` pixels."""
    return sum(char_width(ch) for ch in text) * font_size / UNITS_PER_EM
