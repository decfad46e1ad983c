"""The language of a document's main text.

Where the script says it all (Hangul → Korean, kana → Japanese, Thai, Greek, Hebrew...) the
script decides. For scripts many languages share (Latin, Cyrillic, Arabic, Devanagari) the text
is cut into units of a few sentences, each identified by langdetect, and the units vote with
their word counts. One langdetect call over a whole mixed text is swayed by the most
distinctive n-grams (a German quotation outweighs longer English prose); a vote by words is not.
Foreign-script words never reach the vote: only the dominant script's runs are read.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from seokit.analysis.language_data import (
    LANGUAGE_SCRIPTS,
    SCRIPT_LANGUAGE,
    SINGLE_LANGUAGE_SCRIPTS,
    script_languages,
)
from seokit.analysis.language_pieces import dominant_script
from seokit.document import Block
from seokit.text.langid import detector_languages, identify, prose_words
from seokit.text.scripts import KANA, Script, ScriptRun
from seokit.text.sentences import sentences

# fewer words than this and langdetect's answer is a guess: report "not detected" instead
MIN_DOCUMENT_WORDS = 5
# the winning language needs at least this share of the weighted vote
MIN_DOCUMENT_SHARE = 0.5
# sentences are grouped into units of at least this many words (langdetect misreads short
# headings), and units shorter than MIN_UNIT_WORDS at the end of a block are dropped
UNIT_WORDS = 8
MIN_UNIT_WORDS = 3
# at most this many units are identified, spread evenly over the document: ~2 ms each
MAX_UNITS = 60
# Japanese prose is 35-60% kana, even dense technical text over a quarter; Chinese only borrows
# the odd kana brand name or quotes a Japanese phrase
KANA_SHARE_FOR_JAPANESE = 0.2


@dataclass(frozen=True, slots=True)
class Detection:
    """``language`` (None: too little text), ``confidence`` 0..1, and the ``words`` it rests on."""

    language: str | None
    confidence: float
    words: int


def detect_document_language(
    blocks: Sequence[tuple[Block, list[ScriptRun]]],
    letters: Counter[Script],
    words: Counter[Script],
    prior: str | None,
) -> Detection:
    """The language of ``blocks`` (with their script runs). Scripts are weighed by words, not
    letters: a Hangul syllable or a Han character carries as much as two or three Latin
    letters. ``prior`` (the declared language) is favoured when the evidence is even."""
    dominant = dominant_script(words)
    total = sum(words.values())
    if dominant is None:
        return Detection(None, 0.0, 0)
    if dominant in (Script.HAN, *KANA, Script.HANGUL):
        language = _cjk_language(letters)
        used = sum(words[s] for s in LANGUAGE_SCRIPTS[language])
        return Detection(language, used / total, used)
    share = words[dominant] / total
    candidates = script_languages(dominant) & detector_languages()
    if dominant in SINGLE_LANGUAGE_SCRIPTS or len(candidates) <= 1:
        # one language writes this script (Hebrew, Bengali...), or none langdetect knows
        only: str | None = sorted(candidates)[0] if len(candidates) == 1 else None
        if dominant in SINGLE_LANGUAGE_SCRIPTS or only is None:
            only = SCRIPT_LANGUAGE.get(dominant)
        return Detection(only, share if only else 0.0, words[dominant])
    if words[dominant] < MIN_DOCUMENT_WORDS:
        return Detection(None, 0.0, words[dominant])
    winner, support = _vote(_units(blocks, dominant), candidates, prior)
    if winner is None or support < MIN_DOCUMENT_SHARE:
        return Detection(None, 0.0, words[dominant])
    return Detection(winner, support * share, words[dominant])


def _cjk_language(letters: Counter[Script]) -> str:
    """Korean, Japanese or Chinese, from the mix of Hangul, kana and Han letters."""
    han, kana, hangul = letters[Script.HAN], sum(letters[s] for s in KANA), letters[Script.HANGUL]
    if hangul >= han + kana:
        return "ko"
    if kana >= KANA_SHARE_FOR_JAPANESE * (han + kana):
        return "ja"
    return "zh"


def _units(blocks: Sequence[tuple[Block, list[ScriptRun]]], script: Script) -> list[list[str]]:
    """The prose words of one script, in units of whole sentences of at least UNIT_WORDS."""
    units: list[list[str]] = []
    for block, runs in blocks:
        own = [r for r in runs if r.script is script]
        if not own:
            continue
        unit: list[str] = []
        first = 0
        for sentence in sentences(block.text):
            while first < len(own) and own[first].end <= sentence.start:
                first += 1
            for i in range(first, len(own)):  # indexing: a slice would copy every time
                run = own[i]
                if run.start >= sentence.end:
                    break
                start, end = max(run.start, sentence.start), min(run.end, sentence.end)
                unit.extend(prose_words(block.text[start:end]))
            if len(unit) >= UNIT_WORDS:
                units.append(unit)
                unit = []
        if len(unit) >= MIN_UNIT_WORDS:
            units.append(unit)
    return units


def _vote(
    units: list[list[str]], candidates: frozenset[str], prior: str | None
) -> tuple[str | None, float]:
    """The language with most word-weighted probability over (a spread sample of) the units,
    and its share of the vote."""
    if len(units) > MAX_UNITS:
        units = [units[i * len(units) // MAX_UNITS] for i in range(MAX_UNITS)]
    votes: dict[str, float] = {}
    cast = 0.0
    for unit in units:
        ranked = identify(" ".join(unit), candidates, prior=prior if prior in candidates else None)
        for code, probability in ranked:
            votes[code] = votes.get(code, 0.0) + len(unit) * probability
        cast += len(unit) if ranked else 0
    if not votes:
        return None, 0.0
    winner = min(votes, key=lambda code: (-votes[code], code))
    return winner, votes[winner] / cast
