"""Foreign passages in the document's own script (a German sentence in English text).

Statistical identification on short text is unreliable and confidently wrong, so a sentence is
only called foreign when all of these hold: it is prose (not code or a URL list), it has at
least ``MIN_PASSAGE_WORDS`` words, langdetect picks another language with high probability
against a prior that favours the document's language, and the sentence's function words
(articles, pronouns, prepositions) agree: more of them belong to that language than to the
document's. Names, loanwords and identifiers never pass all four.
"""

from __future__ import annotations

from collections import Counter

from seokit.analysis.language_data import LANGUAGE_SCRIPTS, TOLERATED_SCRIPTS, script_languages
from seokit.analysis.language_evidence import suspect_words
from seokit.analysis.language_pieces import Piece, dominant_script
from seokit.text.langid import (
    detector_languages,
    function_word_index,
    identify,
    prose_words,
)
from seokit.text.lexicon import zipf
from seokit.text.lingua_backend import Identify
from seokit.text.scripts import UNSPACED_SCRIPTS, Script, ScriptRun, count_words, script_of
from seokit.text.sentences import Sentence, sentences

# On the project's English test texts, 3-6 word headings were confidently misread by langdetect
# ("Relieving Nerve Pain:" as Dutch at 0.99999); from 8 words on, prose was read right.
MIN_PASSAGE_WORDS = 8
MIN_PASSAGE_PROBABILITY = 0.95
DOCUMENT_LANGUAGE_PRIOR = 0.5
# a sentence whose whitespace-separated tokens are less than this share plain words is code,
# a command line or a list of URLs, not prose
MIN_PROSE_SHARE = 0.6
# function words of the other language needed (and more than of the document's language)
MIN_FUNCTION_WORDS = 2
# a rival's function word this common (Zipf) in the document's language is a word of its own
# there, no sign of the rival: "comment" in English (French "how"), "die" and "also" too
OWN_CONTENT_WORD = 4.0
# ... and in unspaced scripts a share of the characters: Chinese running text is ~20-30% 的, 了,
# 我, 在...; a Japanese kanji compound (東京大学大学院情報理工学系研究科) has almost none
UNSPACED_FUNCTION_SHARE = 0.1
# a sentence with this share of letters in a script only the document's language uses (kana in
# Japanese) is written in that language, whatever its other letters say
OWN_SCRIPT_SHARE = 0.1


def foreign_sentences(
    text: str, runs: list[ScriptRun], language: str, native: frozenset[Script],
    identifier: Identify = identify,
) -> list[Piece]:
    """Sentences of ``text`` in the document's own script (or Latin) that are clearly in
    another language; consecutive ones in one language are joined into one passage."""
    own_runs = [r for r in runs if r.script in native or r.script in TOLERATED_SCRIPTS]
    own_scripts = {r.script for r in own_runs}
    # in the document's own spaced scripts only, a sentence without a word likelier in another
    # language (nearly every one) cannot be in one
    quick = own_scripts <= native and not own_scripts & UNSPACED_SCRIPTS
    found: list[Piece] = []
    first = 0  # runs and sentences are both in text order: one pass over each, no rescans
    for sentence in sentences(text):
        if quick and not any(suspect_words(text[sentence.start:sentence.end], language, script)
                             for script in own_scripts):
            continue
        while first < len(own_runs) and own_runs[first].end <= sentence.start:
            first += 1
        inside = _clip(text, own_runs, first, sentence)
        piece = _judge(text, sentence, inside, language, native, identifier)
        if piece is None:
            continue
        if found and found[-1].language == piece.language \
                and not text[found[-1].end:piece.start].strip():
            found[-1] = found[-1].join(piece)
        else:
            found.append(piece)
    return found


def _clip(
    text: str, runs: list[ScriptRun], first: int, sentence: Sentence
) -> list[tuple[Script, int, int, int]]:
    """(script, start, end, letters) of the runs' parts inside the sentence."""
    inside = []
    for i in range(first, len(runs)):  # indexing, not slicing: a slice would copy every time
        run = runs[i]
        if run.start >= sentence.end:
            break
        start, end = max(run.start, sentence.start), min(run.end, sentence.end)
        if (start, end) == (run.start, run.end):
            letters = run.letters
        else:
            letters = sum(1 for ch in text[start:end] if script_of(ch) is run.script)
        inside.append((run.script, start, end, letters))
    return inside


def _judge(
    text: str,
    sentence: Sentence,
    inside: list[tuple[Script, int, int, int]],
    language: str,
    native: frozenset[Script],
    identifier: Identify,
) -> Piece | None:
    counts: Counter[Script] = Counter()
    for part_script, _, _, letters in inside:
        counts[part_script] += letters
    script = dominant_script(counts)
    if script is None:
        return None
    known = detector_languages()
    rivals = (script_languages(script) & known) - {language}
    if not rivals or (script in native and language not in known):
        return None  # nothing else writes this script, or langdetect cannot read our language
    own = native - frozenset(s for code in rivals for s in LANGUAGE_SCRIPTS.get(code, ()))
    if sum(counts[s] for s in own) >= OWN_SCRIPT_SHARE * sum(counts.values()):
        return None
    chunk = " ".join(text[start:end] for s, start, end, _ in inside if s is script)
    unspaced = script in UNSPACED_SCRIPTS
    if not unspaced:
        prose = prose_words(chunk)
        if len(prose) < MIN_PROSE_SHARE * len(text[sentence.start:sentence.end].split()):
            return None
        chunk = " ".join(prose)
    if count_words(chunk) < MIN_PASSAGE_WORDS:
        return None
    # function words first: cheap, and on prose in the document's language (nearly every
    # sentence) they already rule out every rival, so langdetect runs only on real suspects
    supported = _function_word_support(chunk, rivals, language, unspaced)
    if not supported:
        return None
    candidates = rivals | ({language} if language in known else set())
    ranked = identifier(chunk, candidates, prior=language, prior_weight=DOCUMENT_LANGUAGE_PRIOR)
    if not ranked or ranked[0][0] not in supported or ranked[0][1] < MIN_PASSAGE_PROBABILITY:
        return None
    found, probability = ranked[0]
    return Piece(sentence.start, sentence.end, found, probability, tuple(sorted(counts.items())))


def _function_word_support(
    chunk: str, rivals: frozenset[str], language: str, unspaced: bool
) -> set[str]:
    """The rivals with more function words in ``chunk`` than ``language`` has, and enough of
    them. Without spaces between words, single-character function words are counted per
    character (的, 了, 们 in Chinese) and must make up a real share of the text. A rival
    stop-words has no list for is never supported: quiet rather than a guess."""
    if unspaced:
        units = [ch for ch in chunk if not ch.isspace()]
        enough = max(MIN_FUNCTION_WORDS, UNSPACED_FUNCTION_SHARE * len(units))
    else:
        units = [w.lower() for w in chunk.split()]
        enough = MIN_FUNCTION_WORDS
    index = function_word_index()
    theirs: Counter[str] = Counter()  # function words of a rival that are not ours
    shared: Counter[str] = Counter()  # function words of ours that a rival has too
    ours = 0
    seen: set[str] = set()
    for unit in units:
        # each function word counts once, ours and theirs: "unsafe? mod IDENTIFIER | unsafe?
        # mod" (a grammar rule) has one Romanian function word, not two
        if not unspaced:
            if unit in seen:
                continue
            seen.add(unit)
        codes = index.get(unit)
        if not codes:
            continue
        if language in codes:
            ours += 1
            shared.update(codes)
        elif unspaced or zipf(unit, language) < OWN_CONTENT_WORD:
            theirs.update(codes)
    return {code for code in rivals if theirs[code] >= enough and theirs[code] > ours - shared[code]}
