"""What one word says about its language, for ``language_words``: how much likelier it is in a
rival language than in the document's, in Zipf units (log10 of frequency per billion words).

The word lists (``seokit.text.lexicon``) are built from real text, and real text quotes: the
German list has "the" and "of" at about 0.5 % of their English rate, the English list "questo"
at 0.01 % of its Italian rate. A word is only the document's own (a loanword: café, Team,
Download) when its language uses it well above that quoting rate (``naturalised``). English is
every language's source of terms, so its content words are quoted far more than its grammar:
an English span in another language needs an English function word (``own_function_word``). A
word no list has counts by its spelling, under character models of both languages.

What says nothing: code, URLs, numbers and identifiers (they end a run) and names (a
capitalised word inside a sentence), except German nouns and a capitalised "The" or "Der",
which starts a quotation.
"""

from __future__ import annotations

import functools

from seokit.analysis.language_data import LANGUAGE_SCRIPTS, NOUN_CAPITALISING
from seokit.data.language_grammar import MORE_FUNCTION_WORDS
from seokit.data.language_letters import ALPHABETS, KEEP_TO_ALPHABET, RESPELL_NAMES
from seokit.text.lexicon import (
    common_in,
    common_words,
    contamination,
    grammar_words,
    host_zipf,
    lexicon_languages,
    top_words,
    zipf,
)
from seokit.text.ngram_profiles import word_log_likelihood
from seokit.text.script_words import Word
from seokit.text.scripts import Script, script_of
from seokit.text.tokens import letter_runs

# Zipf values: 3 is once per million words, 6 is "the"
RIVAL_KNOWN = 3.0  # the small word lists start here: a rival word must be at least this common
# ... and, to make a word the document's language knows a suspect, at least this common (a
# rival's ~7,000 commonest words): a word rare in both says little, and looking every rare word
# up in every rival's whole list would cost a fresh process ~0.3 s
KNOWN_WORD_RIVAL = 4.0
# a word the document's language has never seen is looked up in the rival's full list down to
# this Zipf: rarer, it says little, and reading a whole list costs a fresh process ~0.3 s
RIVAL_FULL_LIST = 2.5
UNKNOWN_RIVAL = 1.0  # a word missing from a rival's small list is rare there, not absent
UNKNOWN_HOST = 0.5  # ... and missing from the host's large list, very rare in it
# a word nearly as common in the document's language as in the rival is the document's: it
# counts as this much more common there than the list says
LOANWORD_ZIPF = 2.0
LOANWORD_BONUS = 1.0
LOANWORD_GAP = 1.5
# a word is a loanword when the document's language uses it this much (Zipf) above the rate
# at which its sources merely quote the rival language
NATURALISED_MARGIN = 0.5
SUPPORT_GAIN = 1.5  # a word this much likelier in the rival supports a span
# a Latin word in a document whose language is not written in Latin (a brand, a term): it is
# this common "in the document" whatever it is
TOLERATED_WORD = 2.4
CODE = 9.0  # code, numbers, URLs, other scripts: never part of a foreign span
SUSPECT_BELOW = 6.0  # words this common in the document's language are never suspects
INNOCENT_WORDS = 3000  # the document language's commonest words, checked once per process
# a capitalised word the document's language has never seen is no name when the rival uses it
# this much (Zipf): names are in every language's list, at lower rates
NOT_A_NAME = 4.5
MIN_SINGLE_LETTERS = 4  # a lone "si", "en", "man" is too short and too shared to be a keyword
# a word alone must be this common in the rival, less per letter beyond four
SINGLE_ZIPF = 4.5
SINGLE_LETTER_ZIPF = 0.5
MAX_EVIDENCE_PER_WORD = 3.5  # one very rare host word must not carry a whole span
# a word no list has counts by its spelling (seokit.text.ngram_profiles), this much per log10
# of likelihood and at most this much
SPELLING_WEIGHT = 0.5
SPELLING_CAP = 2.0
# log10 likelihood per letter (and word end) below which the rival's character model finds a
# word no word of its own: gztar -1.7, xbm -2.4; Hintergrundfarbe -1.2, zoekmodus -1.4
IMPLAUSIBLE_PER_LETTER = -1.6
# a capitalised word English has at least this many Zipf units less often than the rival is
# only quoted in English, no name English uses (Nachricht -3.5, Keine -4.1; Łódź -2.9)
QUOTED_ONLY = 3.0
# a word with a letter the document's language never writes, and the rival does (вкажіть in
# Russian text, ação in Spanish): stronger than any character model, enough alone for a word
LETTER_GAIN = 3.0


def host_score(word: Word, language: str, tolerated: bool) -> float:
    """How common the word is in the document's language (``tolerated``: Latin words in a
    document not written in Latin)."""
    if not word.plain:
        return CODE
    if tolerated:
        return TOLERATED_WORD
    if unwritten(word.lower, language):
        # the host's word list quotes its neighbours (Ukrainian words in the Russian list),
        # but no word of a language that keeps to its alphabet has a letter outside it
        return UNKNOWN_HOST
    return host_zipf(word.lower, language) or UNKNOWN_HOST


def tolerated_host(word: Word, code: str, host: float) -> float:
    """A Latin word's score "in the document" when the document is not written in Latin:
    such words are mostly English terms, so an English word is no evidence for another Latin
    language there, and an unknown one is."""
    if code == "en" or not word.plain:
        return host
    return max(UNKNOWN_HOST, zipf(word.lower, "en") - LOANWORD_BONUS)


def rival_score(word: Word, code: str) -> float:
    if not word.plain:
        return 0.0
    return zipf(word.lower, code, floor=RIVAL_KNOWN)


def word_gain(word: Word, host: float, rival: float, code: str, host_code: str) -> float:
    """How much likelier the word is in the rival language ``code`` than in ``host_code``,
    in Zipf units, capped."""
    if not word.plain:
        # code inside a foreign message (par stat() du fichier) is neither language; the
        # document's own letters in another script end any run
        return 0.0 if word.lower else -9.0
    if word.name and not no_name(host, rival, code, host_code) \
            and not (len(word.lower) > 1 and own_function_word(word, host_code, code)) \
            and not (host_code in RESPELL_NAMES and unwritten(word.lower, host_code)):
        # a name says nothing; "The" or "Der" capitalised inside a sentence starts a
        # quotation, not a name (but "J" is an initial: Terry J. Reedy)
        return 0.0
    if not rival and host <= UNKNOWN_HOST and word.plain:
        # a word the document's language has never seen: the rival's full list, where it has
        # one, says more than spelling (апаратна: Russian writes аппаратная)
        spelt = spelling_gain(word.lower, code, host_code)
        known = zipf(word.lower, code, large=True, floor=RIVAL_FULL_LIST)
        return max(spelt, min(SPELLING_CAP, known - UNKNOWN_HOST)) if known else spelt
    if not rival:
        return min(0.0, UNKNOWN_RIVAL - host)  # a host word says host
    if host >= LOANWORD_ZIPF and rival - host < LOANWORD_GAP and not code == "en" != host_code:
        # a word nearly as common in the document's language is its own; not so for English
        # words in other languages, whose lists quote English content words at a high rate
        # (demand, encoding): an English span there needs English grammar instead
        host += LOANWORD_BONUS
    return max(-9.0, min(MAX_EVIDENCE_PER_WORD, rival - host))


def no_name(host: float, rival: float, code: str, language: str) -> bool:
    """Whether a capitalised word inside a sentence is a word of the rival rather than a
    name: the document's language has never seen it, and the rival capitalises its nouns
    (German) or uses it often (Nieprawidłowy, Configuraciones; names are in every language's
    list, at lower rates). Nor is a common noun of a language that capitalises its nouns
    that the document's language only quotes (Ausgabe, Fehler in English): names are in
    real use in every language (Müller, Köln, Jürgen are naturalised in English)."""
    if host < 1.0 and (code in NOUN_CAPITALISING or rival >= NOT_A_NAME):
        return True
    return code in NOUN_CAPITALISING and rival >= NOT_A_NAME \
        and not naturalised(host, rival, language, code)


def spelling_gain(word: str, code: str, host_code: str) -> float:
    """For a word neither list has (supportée, невірний): how much better the rival's letter
    sequences explain it, scaled down and capped, since a character model is only a hint."""
    if not word.isalpha():
        return 0.0  # apt-get, dell'output: the parts are words, or code, and say more alone
    rival = word_log_likelihood(word, code)
    host = word_log_likelihood(word, host_code)
    model = 0.0 if rival is None or host is None else \
        max(-SPELLING_CAP, min(SPELLING_CAP, SPELLING_WEIGHT * (rival - host)))
    if rival is not None and rival < IMPLAUSIBLE_PER_LETTER * (len(word) + 1) and model > 0:
        # letters no language strings together (gztar, xbm, pixbuf): a name of a thing,
        # however much likelier in the rival than in the document's language
        model = 0.0
    if by_letters(word, code, host_code):
        # between rivals that all write the letters (ç: Portuguese, Catalan, French), the
        # character model still tells which spells the word best
        return LETTER_GAIN + max(0.0, model)
    return model


def unwritten(word: str, language: str) -> bool:
    """Whether ``word`` has a letter that ``language``, which keeps to its alphabet, never
    writes (only letters of that alphabet's script count: Latin words in Russian are not)."""
    if language not in KEEP_TO_ALPHABET:
        return False
    alphabet = ALPHABETS[language]
    script = _alphabet_script(language)
    return any(ch.isalpha() and ch not in alphabet and script_of(ch) is script for ch in word)


def by_letters(word: str, code: str, host_code: str) -> bool:
    """Whether the letters alone say ``word`` is the rival's: the document's language never
    writes one of them, and the rival's alphabet has them all."""
    alphabet = ALPHABETS.get(code)
    return alphabet is not None and unwritten(word, host_code) \
        and all(ch in alphabet for ch in word if ch.isalpha())


def letter_rivals(word: str, language: str, rivals: frozenset[str]) -> frozenset[str]:
    """The rivals whose alphabet writes ``word`` when the document's language cannot."""
    if not unwritten(word, language):
        return frozenset()
    return frozenset(code for code in rivals if by_letters(word, code, language))


@functools.cache
def _alphabet_script(language: str) -> Script | None:
    """The script the language's alphabet is in (Serbian is also written in Latin: only its
    Cyrillic alphabet is listed, and Latin words are not judged by it)."""
    return script_of(min(ALPHABETS[language]))


def naturalised(host: float, rival: float, language: str, code: str) -> bool:
    """Whether the document's language really uses the word (café, Team in German), rather
    than only quoting it as often as its sources quote the rival language (the in German,
    questo in English: see ``seokit.text.lexicon.contamination``)."""
    if host < LOANWORD_ZIPF:
        return False
    return host - rival >= contamination(language, code) + NATURALISED_MARGIN


def own_function_word(word: Word, language: str, code: str) -> bool:
    """Whether the word is a function word of ``code`` (the, of, und) and not of ``language``."""
    return word.lower in function_words(code) and word.lower not in function_words(language)


@functools.cache
def function_words(code: str) -> frozenset[str]:
    """The language's commonest words (nearly all grammar) and its rarer function words
    (``seokit.data.language_grammar``: between, must, whether)."""
    return grammar_words(code) | MORE_FUNCTION_WORDS.get(code, frozenset())


def foreign_capital(word: Word, rival: float) -> bool:
    """Whether a capitalised Latin word in a text of another script is a word of the rival
    rather than a name or a brand: English, the source of such names, has it only at the rate
    it quotes foreign text (Nachricht, Keine, Larghezza), not as a name it uses itself
    (Gdańsk, Jürgen, Zalando are in English text at a higher rate)."""
    return rival >= RIVAL_KNOWN and zipf(word.lower, "en", large=True) - rival <= -QUOTED_ONLY


def telling(word: Word, rival: float, code: str) -> bool:
    """Whether one Latin word in a text of another script is enough to call it ``code``. Such
    words are mostly English terms, names and commands, so it must be a word English does not
    use (faut, delle, fürs), not a name, and too common, or too long, in the rival language to
    be a command or a name that happens to be spelt like one of its words (evim, noro)."""
    return ((not word.name or foreign_capital(word, rival)) and len(word.lower) >= MIN_SINGLE_LETTERS
            and not rare_for_its_length(word, rival)
            and not naturalised(zipf(word.lower, "en", large=True), rival, "en", code))


def rare_for_its_length(word: Word, rival: float) -> bool:
    """Too rare in the rival language, for its length, to tell alone: short strings of
    letters match some language's word by chance, long ones do not."""
    return rival + SINGLE_LETTER_ZIPF * (len(word.lower) - MIN_SINGLE_LETTERS) < SINGLE_ZIPF


@functools.cache
def rivals_of(script: Script, language: str) -> frozenset[str]:
    """The other languages with a word list written in ``script``: one set per pair, so the
    caches keyed by it hash it once."""
    return frozenset(code for code in lexicon_languages() - {language}
                     if script in LANGUAGE_SCRIPTS.get(code, frozenset()))


def suspect_words(text: str, language: str, script: Script) -> bool:
    """Whether any word of ``text`` is clearly likelier in another language written in
    ``script`` than in ``language`` (a quick pass without offsets, names or code): without
    one, text in the document's script holds no foreign word or passage."""
    rivals = rivals_of(script, language)
    return bool(rivals) and any_suspect(text, language, rivals, script)


def any_suspect(text: str, language: str, rivals: frozenset[str], script: Script) -> bool:
    innocent = _innocent(language, rivals)
    words: set[str] = set()
    for token in set(text.lower().split()) - innocent:  # far quicker than a regex
        if token.isalpha():
            words.add(token)
        else:  # "pain," "well-being", "x²": the letters between the rest
            words.update(letter_runs(token))
    # a word in another script (Hangul in English text) is no word of a rival of this one;
    # looking it up would read every rival's whole list
    return any(_suspect(word, language, rivals) for word in words - innocent
               if script_of(word[0]) is script)



def suspects(words: list[Word], host: list[float], rivals: frozenset[str],
             tolerated: bool, language: str) -> set[str]:
    """The rivals some plain word of ``words`` is clearly likelier in than in the document's
    language; very common host words ("und", "the") never make a rival a suspect."""
    found: set[str] = set()
    for w, h in zip(words, host, strict=True):
        if not w.plain or h >= SUSPECT_BELOW:
            continue
        if w.name and tolerated and not any(
                foreign_capital(w, value) for _, value in common_in(w.lower, rivals, RIVAL_KNOWN)):
            continue  # a name, whatever the rival
        if not tolerated and (not w.name or language in RESPELL_NAMES):
            found |= letter_rivals(w.lower, language, rivals)
        # Latin words in another script are judged as English terms (``tolerated_host``)
        floor = (KNOWN_WORD_RIVAL if zipf(w.lower, "en") else RIVAL_KNOWN) if tolerated \
            else _rival_floor(h)
        found.update(code for code, value in common_in(w.lower, rivals, floor)
                     if value >= (tolerated_host(w, code, h) if tolerated else h) + SUPPORT_GAIN
                     and (not w.name or no_name(h, value, code, language)
                          or (tolerated and foreign_capital(w, value))))
    return found


@functools.cache
def _innocent(language: str, rivals: frozenset[str]) -> frozenset[str]:
    """The document language's commonest words that are no suspects (``_suspect``): most
    words of any text in it, set aside at once. Found from the rivals' side: only their top
    words can be that much more common than a common host word, and asking each rival about
    each of 3,000 words would cost a fresh process 0.1-0.2 s."""
    floors = {}
    for word in top_words(language, INNOCENT_WORDS):
        if (host := host_zipf(word, language) or UNKNOWN_HOST) < SUSPECT_BELOW:
            floors[word] = _rival_floor(host)
    suspected = {word for code in sorted(rivals)
                 for word, value in common_words(code, min(floors.values(), default=9.0))
                 if word in floors and value >= floors[word]}
    return frozenset(top_words(language, INNOCENT_WORDS)) - suspected


def _rival_floor(host: float) -> float:
    """How common in a rival a word of Zipf ``host`` in the document's language (0: unknown
    there) must be to be a suspect. Only the top of each rival's list is read: a word the
    document's language knows needs ``KNOWN_WORD_RIVAL``."""
    if not host or host <= UNKNOWN_HOST:
        return max(RIVAL_KNOWN, UNKNOWN_HOST + SUPPORT_GAIN)
    return max(KNOWN_WORD_RIVAL, host + SUPPORT_GAIN)


@functools.lru_cache(maxsize=262_144)
def _suspect(word: str, language: str, rivals: frozenset[str]) -> bool:
    if letter_rivals(word, language, rivals):
        return True
    host = host_zipf(word, language) or UNKNOWN_HOST
    return host < SUSPECT_BELOW and bool(common_in(word, rivals, _rival_floor(host)))
