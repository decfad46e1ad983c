"""Short foreign spans in a script the document shares (``masaje relajante`` in English text,
``w kluczu publicznym`` in Japanese text), found word by word.

Each word is scored by how common it is in the document's language and in each rival language
of its script (``seokit.text.lexicon``). A two-state Viterbi pass per rival (document language
or rival, with a cost for every switch) cuts the block into runs; a run in the rival's state is
kept only when its words together make it clearly likelier (``MIN_SPAN_EVIDENCE``) and at least
``MIN_SUPPORT`` of them are common rival words that the document's language hardly uses.

What is never foreign here: code, URLs, e-mail addresses, numbers and identifiers (not plain
words: they end a run), and proper names (a capitalised word inside a sentence scores the same
in every language, so it neither starts nor supports a span; it can only sit inside one).
Loanwords are common enough in the document's language (``déjà``, ``café``) to score as its own.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from seokit.analysis.language_data import LANGUAGE_SCRIPTS, NOUN_CAPITALISING, foreign_letters
from seokit.analysis.language_pieces import Piece
from seokit.text.lexicon import common_in, host_zipf, lexicon_languages, zipf
from seokit.text.script_words import Word, script_words
from seokit.text.scripts import Script, script_of

# Zipf values: 3 is once per million words, 6 is "the"
HOST_KNOWN = 2.5  # a word this common in the document's language is one of its words
RIVAL_KNOWN = 3.0  # the small word lists start here: a rival word must be at least this common
UNKNOWN_RIVAL = 1.0  # a word missing from a rival's small list is rare there, not absent
UNKNOWN_HOST = 0.5  # ... and missing from the host's large list, very rare in it
# a word in the host's list this often is naturalised there (café, crème, déjà in English):
# it counts as this much more common in the host than the list says
LOANWORD_ZIPF = 2.0
LOANWORD_BONUS = 1.0
LOANWORD_GAP = 1.5
# a span of such words only counts with much more evidence: "déjà vu" and "bon appétit" are
# English phrases, "à domicile pas cher" is not
LOANWORD_SPAN_EVIDENCE = 9.0
SUPPORT_GAIN = 1.5  # a word this much likelier in the rival supports a span
MIN_SUPPORT_LETTERS = 2
MIN_SINGLE_LETTERS = 4  # a lone "si", "en", "man" is too short and too shared to be a keyword
# a Latin word in a document whose language is not written in Latin (a brand, a term): it is
# this common "in the document" whatever it is
TOLERATED_WORD = 2.4
SWITCH_COST = 1.0  # Zipf units a switch of language costs, in and out
MIN_SPAN_EVIDENCE = 3.0  # the span's words must favour the rival by this much in total
MIN_SINGLE_EVIDENCE = 2.5  # ... and a one-word span by more, alone
MIN_SUPPORT = 1
LETTER_PENALTY = 3.0  # Zipf units per letter the rival does not write (ã in "Spanish")
SUSPECT_BELOW = 6.0
MIN_TOLERATED_SUPPORT = 2  # Latin in Japanese, Chinese, Russian...: terms and names are normal
MIN_TOLERATED_LETTERS = 6  # ... unless one long lowercase word is common in the rival only
MIN_TOLERATED_ENGLISH = 3
TOLERATED_SINGLE_ZIPF = 4.0
MAX_EVIDENCE_PER_WORD = 3.5  # one very rare host word must not carry a whole span


def foreign_words(
    text: str, language: str, native: frozenset[Script], script: Script
) -> list[Piece]:
    """Foreign runs of words of ``script`` in ``text``; ``language`` is the document's."""
    rivals = _rivals(script) - {language}
    if not rivals:
        return []
    tolerated = script not in native  # Latin in Japanese, Cyrillic never gets here
    if not tolerated and language not in lexicon_languages():
        return []  # nothing to compare the words with
    if not tolerated and not _any_suspect(text, language, rivals):
        return []  # nearly every block of clean text: no need to look closer
    words = script_words(text, script)
    if not words:
        return []
    host = [_host_score(w, language, tolerated) for w in words]
    # only rivals that have a word clearly likelier in them than in the document's language
    # get a Viterbi pass; very common host words ("und", "the") never make a rival a suspect
    suspects = {code for w, h in zip(words, host, strict=True)
                if w.plain and not w.name and h < SUSPECT_BELOW
                for code, value in common_in(w.lower, rivals) if value >= h + SUPPORT_GAIN}
    pieces: list[tuple[float, Piece]] = []
    for code in sorted(suspects):
        pieces.extend(_runs(text, words, host, code, script, tolerated, rivals))
    return _best_non_overlapping(pieces)


_LETTERS = re.compile(r"[^\W\d_]+")


def _any_suspect(text: str, language: str, rivals: frozenset[str]) -> bool:
    """Whether any word of ``text`` is clearly likelier in a rival language (a quick pass
    without offsets, names or code)."""
    for word in _LETTERS.findall(text.lower()):
        host = host_zipf(word, language) or UNKNOWN_HOST
        if host < SUSPECT_BELOW and any(value >= host + SUPPORT_GAIN
                                        for _, value in common_in(word, rivals)):
            return True
    return False


@functools.cache
def _rivals(script: Script) -> frozenset[str]:
    return frozenset(code for code in lexicon_languages()
                     if script in LANGUAGE_SCRIPTS.get(code, frozenset()))


def _host_score(word: Word, language: str, tolerated: bool) -> float:
    if not word.plain:
        return 9.0  # code, numbers, URLs, other scripts: never part of a foreign span
    if tolerated:
        return TOLERATED_WORD
    return host_zipf(word.lower, language) or UNKNOWN_HOST


def _rival_score(word: Word, code: str, rivals: frozenset[str]) -> float:
    if not word.plain:
        return 0.0
    return next((value for found, value in common_in(word.lower, rivals) if found == code), 0.0)


def _gain(word: Word, host: float, rival: float, code: str) -> float:
    """How much likelier the word is in the rival language, in Zipf units, capped."""
    if word.name and not (code in NOUN_CAPITALISING and host < 1.0 and rival >= RIVAL_KNOWN):
        return 0.0  # a name says nothing, unless a German noun unknown to the host
    if not rival:
        return min(0.0, UNKNOWN_RIVAL - host)  # rare everywhere says nothing; a host word says host
    if host >= LOANWORD_ZIPF and rival - host < LOANWORD_GAP:
        host += LOANWORD_BONUS
    return max(-9.0, min(MAX_EVIDENCE_PER_WORD, rival - host))


def _runs(text: str, words: Sequence[Word], host: Sequence[float], code: str,
          script: Script, tolerated: bool, rivals: frozenset[str]) -> list[tuple[float, Piece]]:
    """Viterbi over two states (0: document language, 1: ``code``); the runs in state 1 that
    carry enough evidence."""
    rival = [_rival_score(w, code, rivals) for w in words]
    if tolerated and code != "en":
        # Latin words in a non-Latin text are mostly English terms: an English word is no
        # evidence for another Latin language there, an unknown one is
        host = [max(UNKNOWN_HOST, zipf(w.lower, "en") - LOANWORD_BONUS) if w.plain else h
                for w, h in zip(words, host, strict=True)]
    gain = [_gain(w, h, r, code) for w, h, r in zip(words, host, rival, strict=True)]
    # best score ending in each state, and the back-pointers
    stay, away = 0.0, -SWITCH_COST
    back: list[tuple[int, int]] = []
    for g in gain:
        from_stay_to_away = stay - SWITCH_COST
        new_away = max(away, from_stay_to_away) + g
        back_away = 1 if away >= from_stay_to_away else 0
        from_away_to_stay = away - SWITCH_COST
        back_stay = 0 if stay >= from_away_to_stay else 1
        new_stay = max(stay, from_away_to_stay)
        back.append((back_stay, back_away))
        stay, away = new_stay, new_away
    state = 0 if stay >= away - SWITCH_COST else 1
    states = [0] * len(gain)
    for i in range(len(gain) - 1, -1, -1):
        states[i] = state
        state = back[i][state]
    pieces: list[tuple[float, Piece]] = []
    i = 0
    while i < len(states):
        if states[i] == 0:
            i += 1
            continue
        j = i
        while j < len(states) and states[j] == 1:
            j += 1
        if tolerated:  # the whole run of Latin words between the document's own letters
            while i > 0 and words[i - 1].plain:
                i -= 1
            while j < len(words) and words[j].plain:
                j += 1
        piece = _judge(text, words[i:j], host[i:j], rival[i:j], gain[i:j], code, script,
                       tolerated)
        if piece is not None:
            pieces.append(piece)
        i = j
    return pieces


def _judge(text: str, words: Sequence[Word], host: Sequence[float], rival: Sequence[float],
           gain: Sequence[float], code: str, script: Script, tolerated: bool
           ) -> tuple[float, Piece] | None:
    first, last = 0, len(words) - 1
    if not tolerated:  # trim words at the edges that do not favour the rival (names, shared)
        while first <= last and gain[first] <= 0:
            first += 1
        while last >= first and gain[last] <= 0:
            last -= 1
    if first > last:
        return None
    if not tolerated:  # words the document's language has never seen go with the span
        while first > 0 and words[first - 1].plain and host[first - 1] <= UNKNOWN_HOST:
            first -= 1
        while last + 1 < len(words) and words[last + 1].plain and host[last + 1] <= UNKNOWN_HOST:
            last += 1
    inside = range(first, last + 1)
    support = [i for i in inside if gain[i] >= SUPPORT_GAIN and rival[i] >= RIVAL_KNOWN
               and len(words[i].lower) >= MIN_SUPPORT_LETTERS]
    if not tolerated and all(host[i] >= LOANWORD_ZIPF for i in support) \
            and sum(gain[i] for i in inside) < LOANWORD_SPAN_EVIDENCE:
        return None  # every word is in use in the document's language: loanwords or names
    needed = MIN_SUPPORT
    if tolerated and code == "en":
        needed = MIN_TOLERATED_ENGLISH  # English terms in Japanese or Russian text are normal
    elif tolerated and not any(not words[i].name and len(words[i].lower) >= MIN_TOLERATED_LETTERS
                               and rival[i] >= TOLERATED_SINGLE_ZIPF
                               and zipf(words[i].lower, "en") < 1.0 for i in support):
        needed = MIN_TOLERATED_SUPPORT
    if len(support) < needed:
        return None
    evidence = sum(g for g in gain[first:last + 1] if g > 0 or not tolerated)
    single = len(support) == 1
    if single and (len(words[support[0]].lower) < MIN_SINGLE_LETTERS
                   or text[words[support[0]].start].isupper()):
        return None  # a lone short word is shared; a lone capitalised one may be a name
    if evidence < (MIN_SINGLE_EVIDENCE if single else MIN_SPAN_EVIDENCE):
        return None
    start, end = words[first].start, words[last].end
    letters = sum(1 for ch in text[start:end] if script_of(ch) is script)
    confidence = min(0.99, evidence / (evidence + 2.0))
    # how likely the words are in the rival: between two rivals on the same words, the
    # likelier wins (Spanish over Catalan for "la consulta es")
    likelihood = sum(rival[i] for i in inside) - LETTER_PENALTY * foreign_letters(
        text[start:end], code)
    return likelihood, Piece(start, end, code, confidence, ((script, letters),))


def _best_non_overlapping(pieces: list[tuple[float, Piece]]) -> list[Piece]:
    """Where runs of two rivals overlap, the one whose words are likelier in it wins."""
    chosen: list[Piece] = []
    for _, piece in sorted(pieces, key=lambda p: (-p[0], -(p[1].end - p[1].start), p[1].start,
                                                  p[1].language)):
        if all(piece.end <= c.start or piece.start >= c.end for c in chosen):
            chosen.append(piece)
    return sorted(chosen, key=lambda p: p.start)
