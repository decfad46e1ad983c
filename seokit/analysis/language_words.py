"""Short foreign spans in a script the document shares (``masaje relajante`` in English text,
``w kluczu publicznym`` in Japanese text), found word by word.

Only sentences with a word clearly likelier in a rival language than in the document's get
looked at (nearly none do). There each word is scored by how much likelier it is in the rival
(``language_evidence``); a two-state Viterbi pass per rival and sentence (document language
or rival, with a cost for every switch) cuts it into runs; a run in the rival's state is
trimmed of words that do not lean its way, extended over neighbours the document's language
has never seen, and kept only when its words together clearly favour the rival
(``MIN_SPAN_EVIDENCE``) and enough of them are common rival words the document's language
does not use. Runs of one language with only code, a name or a quoted word between them are
one span, and a run takes in the rest of its sentence when that holds only words both
languages use as much (a sentence does not switch language on a shared word).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from seokit.analysis.language_data import NOUN_CAPITALISING, foreign_letters
from seokit.analysis.language_evidence import (
    LETTER_GAIN,
    MIN_SINGLE_LETTERS,
    RIVAL_KNOWN,
    SPELLING_CAP,
    SUPPORT_GAIN,
    UNKNOWN_HOST,
    any_suspect,
    by_letters,
    foreign_capital,
    host_score,
    naturalised,
    own_function_word,
    rare_for_its_length,
    rival_score,
    rivals_of,
    spelling_gain,
    suspects,
    telling,
    tolerated_host,
    word_gain,
)
from seokit.analysis.language_pieces import Piece
from seokit.data.language_grammar import ANY_NAME_PARTICLE, NAME_PARTICLES
from seokit.data.language_letters import RESPELL_NAMES
from seokit.text.lexicon import grammar_words, lexicon_languages, zipf
from seokit.text.script_words import Word, script_words
from seokit.text.scripts import Script, script_of
from seokit.text.tokens import whole_words

# a span of loanwords only counts with much more evidence: "déjà vu" and "bon appétit" are
# English phrases, "à domicile pas cher" is not
LOANWORD_SPAN_EVIDENCE = 9.0
MIN_SUPPORT_LETTERS = 2
SWITCH_COST = 1.0  # Zipf units a switch of language costs, in and out
MIN_SPAN_EVIDENCE = 3.0  # the span's words must favour the rival by this much in total
MIN_SINGLE_EVIDENCE = 2.5  # ... or, with one supporting word, it by this much
MIN_SUPPORT = 1
LETTER_PENALTY = 3.0  # Zipf units per letter the rival does not write (ã in "Spanish")
MIN_TOLERATED_SUPPORT = 2  # Latin in Japanese, Chinese, Russian...: terms and names are normal
MIN_TOLERATED_ENGLISH = 3
# a word alone that the document's language has at least this often (Zipf) is its own when
# it is spelt its way too
KNOWN_HOST_WORD = 1.5
MIN_SPELLED_LETTERS = 8  # a word this long that only the rival's spelling explains supports
# a part of a hyphenated word this long that the document's language uses makes it the
# document's compound (pre-defined, module-store), not a word a foreign span goes on over
MIN_COMPOUND_PART = 3
MAX_CREDIT_WORDS = 4  # a name in parentheses after a span (a changelog's credit)
MAX_NAME_PARTICLES = 2  # van der, de la
MAX_JOINED_WORDS = 2  # code, names or quoted words between two pieces of one span
# ... or words the span's language uses too, which the document's shares ("вивести результат
# до стандартного" between two Ukrainian pieces in Russian text)
MAX_SHARED_GAP = 4
# a word the rival uses at least about as much (within this many Zipf units) as the document's
# language is both languages' word: "de", "área" between Spanish and Portuguese, not "Book"
# (5.4 in English, 4.1 in German)
SHARED_MARGIN = 0.5


def foreign_words(
    text: str, language: str, native: frozenset[Script], script: Script
) -> list[Piece]:
    """Foreign runs of words of ``script`` in ``text``; ``language`` is the document's."""
    rivals = rivals_of(script, language)
    if not rivals:
        return []
    tolerated = script not in native  # Latin in Japanese, Cyrillic never gets here
    if not tolerated and language not in lexicon_languages():
        return []  # nothing to compare the words with
    # in the document's own script, only sentences with a word likelier in a rival than in
    # the document's language can hold a foreign run: nearly every sentence has none
    ranges = [(0, len(text))] if tolerated else [
        (m.start(), m.end()) for m in _SENTENCE.finditer(text)
        if any_suspect(m.group(), language, rivals, script)]
    words = [w for a, b in ranges for w in script_words(text, script, a, b)]
    if not words:
        return []
    host = [host_score(w, language, tolerated) for w in words]
    # a run of words does not go on over the end of a sentence: a passage is found whole by
    # language_passages, and "apt-get dselect-upgrade. Of deze rij" is two things
    cuts = [i for i in range(1, len(words))
            if _SENTENCE_BREAK.search(text, words[i - 1].end, words[i].start)]
    # only the sentences with a word clearly likelier in a rival than in the document's
    # language get a Viterbi pass for that rival; very common host words ("und", "the")
    # never make a rival a suspect
    suspected: dict[str, list[tuple[int, int]]] = {}
    for a, b in itertools.pairwise([0, *cuts, len(words)]):
        for code in sorted(suspects(words[a:b], host[a:b], rivals, tolerated, language)):
            suspected.setdefault(code, []).append((a, b))
    pieces: list[tuple[float, Piece]] = []
    for code, sentences in sorted(suspected.items()):
        run = _Run(text, words, host, language, code, script, tolerated, sentences)
        pieces.extend(run.pieces())
    return _join_across_code(text, words, _best_non_overlapping(pieces))


def _join_across_code(text: str, words: Sequence[Word], pieces: list[Piece]) -> list[Piece]:
    """Pieces of one language in one sentence with nothing but code, names or a quoted word
    between them are one span: "lors de l'évaluation par stat() du fichier", "projektu
    FreeDesktop ale jego". Code ends a run of words, but not a foreign message. So are pieces
    with a few words between that their language uses too, however common they are in the
    document's: "Перетворити пробіли ... вивести результат до стандартного виведення"."""
    joined: list[Piece] = []
    for piece in pieces:
        if joined and joined[-1].language == piece.language \
                and not _SENTENCE_BREAK.search(text, joined[-1].end, piece.start):
            between = [w for w in words if joined[-1].end <= w.start and w.end <= piece.start]
            quoted = all(not w.plain or w.name or text[w.start - 1:w.start] in _QUOTES
                         for w in between)
            shared = all(not w.plain or w.name or rival_score(w, piece.language) >= RIVAL_KNOWN
                         for w in between)
            if (quoted and len(between) <= MAX_JOINED_WORDS) \
                    or (shared and len(between) <= MAX_SHARED_GAP):
                joined[-1] = joined[-1].join(piece)
                continue
        joined.append(piece)
    return joined


_SENTENCE = re.compile(r"\S.*?(?:[.!?。！？](?=\s)|$)", re.DOTALL)


def _viterbi(gain: Sequence[float]) -> list[int]:
    """The likeliest states of the words (0: document language, 1: rival), where being in
    the rival's state earns each word's gain and every switch costs ``SWITCH_COST``."""
    stay, away = 0.0, -SWITCH_COST  # best score ending in each state
    back: list[tuple[int, int]] = []  # for each word and state, the state of the word before
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
    return states


class _Run:
    """One rival's pass over the words of some sentences: their scores, the Viterbi path,
    and the runs in the rival's state that hold up."""

    def __init__(self, text: str, words: Sequence[Word], host: Sequence[float], language: str,
                 code: str, script: Script, tolerated: bool, sentences: list[tuple[int, int]]) -> None:
        self.text, self.words, self.language, self.code = text, words, language, code
        self.script, self.tolerated, self.sentences = script, tolerated, sentences
        self._lowered: str | None = None  # the text in lower case, when a word is looked for
        inside = {i for a, b in sentences for i in range(a, b)}
        # words outside the sentences are never looked at: scores that keep runs out
        self.rival = [rival_score(w, code) if i in inside else 0.0
                      for i, w in enumerate(words)]
        if tolerated:
            host = [tolerated_host(w, code, h) for w, h in zip(words, host, strict=True)]
        self.host = host
        host_code = "en" if tolerated else language  # Latin words in other scripts: English
        self.host_code = host_code
        self.gain = [word_gain(w, h, r, code, host_code) if i in inside else -9.0
                     for i, (w, h, r) in enumerate(zip(words, host, self.rival, strict=True))]
        for i in range(1, len(words) - 1):
            if self.gain[i] > 0 and self._name_particle(i):
                self.gain[i] = 0.0  # a part of a name says nothing

    def _name_particle(self, i: int) -> bool:
        """Whether word ``i`` is a particle inside a person's name, between a capitalised given
        name and a capitalised family name, perhaps next to another particle: capitalised
        itself in any language (Adri Van Houdt: no "The" starting a quotation), or in lower
        case when the family name is no common noun of the rival ("Martin von Löwis", "Eric
        van der Vlist"; not "Checkout zum Hinzufügen")."""
        words, text = self.words, self.text
        word = words[i]
        if word.name:
            first = last = i
        elif word.lower in ANY_NAME_PARTICLE:
            first, last = i, i
            while first - 1 > 0 and _lower_particle(words[first - 1]) \
                    and last - first + 1 < MAX_NAME_PARTICLES:
                first -= 1
            while last + 2 < len(words) and _lower_particle(words[last + 1]) \
                    and last - first + 1 < MAX_NAME_PARTICLES:
                last += 1
        else:
            return False
        before, after = words[first - 1], words[last + 1]
        if not (before.plain and after.plain and text[before.start].isupper()
                and text[after.start].isupper()):
            return False
        if _BREAK.search(text, before.end, after.start) or "," in text[before.end:after.start]:
            return False
        if word.name:
            return word.lower in grammar_words(self.code)
        chain = [w.lower for w in words[first:last + 1]]
        # the rival's own particles where it capitalises its nouns (von in German), or a
        # particle that is no word of the rival next to one (van der in German text)
        own = self.code in NOUN_CAPITALISING and all(
            p in NAME_PARTICLES.get(self.code, ()) for p in chain)
        borrowed = len(chain) > 1 and any(p not in grammar_words(self.code) for p in chain)
        return (own or borrowed) and zipf(after.lower, self.code) < RIVAL_KNOWN

    def pieces(self) -> list[tuple[float, Piece]]:
        found: list[tuple[float, Piece]] = []
        for a, b in self.sentences:
            states = _viterbi(self.gain[a:b])
            i = 0
            while i < len(states):
                if states[i] == 0:
                    i += 1
                    continue
                j = i
                while j < len(states) and states[j] == 1:
                    j += 1
                piece = self.judge(a + i, a + j)
                if piece is not None:
                    found.append(self._widen(piece, a, b))
                i = j
        return found

    def judge(self, first: int, end: int) -> tuple[float, Piece] | None:
        """The piece for words ``[first, end)``, trimmed and extended, if it holds up."""
        words, gain = self.words, self.gain
        last = end - 1
        if self.tolerated:
            # the whole run of Latin words between the document's own letters, within one
            # sentence or clause: "semanage. errore" is a command and an Italian word
            while first > 0 and self._carries_on(first - 1, first):
                first -= 1
            while last + 1 < len(words) and self._carries_on(last + 1, last):
                last += 1
        else:  # trim words at the edges that do not favour the rival (names, shared words)
            while first <= last and gain[first] <= 0:
                first += 1
            while last >= first and gain[last] <= 0:
                last -= 1
            if first > last:
                return None
            while first > 0 and self._joins(first - 1, first):
                first -= 1
            while last + 1 < len(words) and self._joins(last + 1, last):
                last += 1
            while last + 2 < len(words) and self._bridges(last + 1, last + 2):
                last += 2
                while last + 1 < len(words) and self._joins(last + 1, last):
                    last += 1
            last = self._before_credit(first, last)
        return _judge(self.text, words[first:last + 1], self.host[first:last + 1],
                      self.rival[first:last + 1], gain[first:last + 1], self.language,
                      self.code, self.script, self.tolerated)

    def _before_credit(self, first: int, last: int) -> int:
        """The span's last word, not counting a name in parentheses it ends in: "fire handlers
        in correct oder (Benjamin Gruenbaum)", "improve typings (Antoine du Hamel)" credit a
        person after a changelog entry (name particles may sit between the capitalised
        words)."""
        text, words = self.text, self.words
        for k in range(last, first, -1):
            if "(" not in text[words[k - 1].end:words[k].start]:
                continue
            close = text.find(")", words[k].start)
            if close < 0 or "," in text[words[k].start:close]:
                return last
            end = k
            while end < len(words) and words[end].end <= close:
                end += 1
            group = words[k:end]
            if not group or len(group) > MAX_CREDIT_WORDS:
                return last
            inner = range(1, len(group) - 1)
            if all(w.name or (j in inner and _lower_particle(w)) for j, w in enumerate(group)):
                return k - 1
            return last
        return last

    def _widen(self, found: tuple[float, Piece], a: int, b: int) -> tuple[float, Piece]:
        """The piece over the rest of its sentence (words ``[a, b)``) on a side where every
        word is one the rival uses about as much as the document's language: a sentence does
        not switch language on a word both share ("área de desenho", "Indicar para o
        carregador" in Spanish text begin in Portuguese)."""
        if self.tolerated:
            return found
        likelihood, piece = found
        inside = [i for i in range(a, b)
                  if piece.start <= self.words[i].start and self.words[i].end <= piece.end]
        if not inside:
            return found
        start, end = piece.start, piece.end
        if inside[0] > a and all(self._shared(i) for i in range(a, inside[0])):
            start = self.words[a].start
        if inside[-1] < b - 1 and all(self._shared(i) for i in range(inside[-1] + 1, b)):
            end = self.words[b - 1].end
        if (start, end) == (piece.start, piece.end):
            return found
        letters = sum(1 for ch in self.text[start:end] if script_of(ch) is self.script)
        return likelihood, Piece(start, end, piece.language, piece.confidence,
                                 ((self.script, letters),))

    def _shared(self, i: int) -> bool:
        """Whether word ``i`` is a plain word the rival uses about as much as the document's
        language does (de, para, área between Spanish and Portuguese)."""
        return self.words[i].plain and self.rival[i] >= RIVAL_KNOWN \
            and self.rival[i] >= self.host[i] - SHARED_MARGIN

    def _apart(self, i: int, j: int) -> bool:
        """Whether punctuation that ends a sentence or a clause separates words ``i`` and
        ``j`` (``i`` before ``j``)."""
        return bool(_BREAK.search(self.text, self.words[i].end, self.words[j].start))

    def _bridges(self, i: int, after: int) -> bool:
        """Whether word ``i``, just after the span, is a grammar word of the rival that the
        document's language shares ("de", "la") and word ``after`` one it has never seen but
        the rival's spelling explains: the span goes on ("contrôle de hachage" in Spanish)."""
        word = self.words[i]
        return (word.plain and not word.name and word.lower in grammar_words(self.code)
                and self._joins(after, i) and self.gain[after] > 0
                and not _BREAK.search(self.text, self.words[i - 1].end, word.start))

    def _carries_on(self, i: int, neighbour: int) -> bool:
        """Among Latin words in another script: whether word ``i``, next to the span's word
        ``neighbour``, is part of the same run of Latin text, not a command or term of the
        document's own next to it ("forme de groupmod コマンド", where groupmod is the page's
        command)."""
        a, b = sorted((i, neighbour))
        return self.words[i].plain and not self._apart(a, b) and not self._host_term(i)

    def _host_term(self, i: int) -> bool:
        """Whether word ``i``, one the rival does not know, is the document's own rather than
        part of a foreign span next to it: a word the text uses more than once (the page's
        command or term: groupmod, manpath), or a hyphenated compound of the document's
        words (pre-defined, firewall-policies)."""
        if self.rival[i]:
            return False
        word = self.words[i].lower
        if self.code != self.host_code and "-" in word:
            parts = word.split("-")
            if all(len(part) >= MIN_COMPOUND_PART
                   and zipf(part, self.host_code, large=True) >= RIVAL_KNOWN for part in parts):
                return True
        if self._lowered is None:
            self._lowered = self.text.lower()
        return len(whole_words(word).findall(self._lowered)) > 1

    def _joins(self, i: int, neighbour: int) -> bool:
        """Whether word ``i``, next to the span's word ``neighbour``, belongs to the span: a
        word the document's language has never seen (Authentifizierungstoken) and that is no
        name (a capitalised word neither language has: Luit, Zyxor; German capitalises its
        nouns), or a capitalised one that is a common word of the rival (Nothing to sign), in
        the same sentence."""
        word = self.words[i]
        if not word.plain:
            return False
        a, b = sorted((self.words[i], self.words[neighbour]), key=lambda w: w.start)
        if _BREAK.search(self.text, a.end, b.start):
            return False
        if self.host[i] <= UNKNOWN_HOST:
            if self._host_term(i):
                return False
            # ... unless it is a capitalised word neither language has: a name ("naar Luit"),
            # not when it is long and only the rival's spelling explains it ("Indirizzamento
            # del codice", "Wypisanie nazw")
            return not word.name or self.rival[i] > 0 or self.code in NOUN_CAPITALISING \
                or (len(word.lower) >= MIN_SPELLED_LETTERS
                    and spelling_gain(word.lower, self.code, self.host_code) >= SPELLING_CAP)
        return word.name and self.rival[i] - self.host[i] >= SUPPORT_GAIN


def _lower_particle(word: Word) -> bool:
    return word.plain and not word.name and word.lower in ANY_NAME_PARTICLE


_QUOTES = frozenset("\"'“‘«„‹")
_SENTENCE_BREAK = re.compile(r"[.!?。！？](?=\s)")
_BREAK = re.compile(r"[.!?;:()\[\]{}\"“”«»]")


def _judge(text: str, words: Sequence[Word], host: Sequence[float], rival: Sequence[float],
           gain: Sequence[float], language: str, code: str, script: Script, tolerated: bool
           ) -> tuple[float, Piece] | None:
    first, last = 0, len(words) - 1
    inside = range(first, last + 1)
    support = [i for i in inside if (gain[i] >= SUPPORT_GAIN and rival[i] >= RIVAL_KNOWN
                                     and len(words[i].lower) >= MIN_SUPPORT_LETTERS)
               # a long word no list has that only the rival's spelling explains
               # (Hintergrundfarbe, dekompresyjnego), or one with a letter only the rival
               # writes (вкажіть in Russian text)
               or (not rival[i] and gain[i] >= SPELLING_CAP
                   and len(words[i].lower) >= MIN_SPELLED_LETTERS)
               or (not rival[i] and gain[i] >= LETTER_GAIN)]
    if not tolerated and all(naturalised(host[i], rival[i], language, code) for i in support) \
            and not any(host[i] <= UNKNOWN_HOST and gain[i] > 0 for i in inside) \
            and sum(gain[i] for i in inside) < LOANWORD_SPAN_EVIDENCE:
        # every word is in use in the document's language (déjà vu, bon appétit), none is
        # unknown to it (un analizzatore di): loanwords or names
        return None
    if tolerated and all(text[w.start].isupper() for w in words if w.plain) and not any(
            words[i].plain and foreign_capital(words[i], rival[i]) for i in inside):
        # capitalised Latin words in another script, wherever the sentence starts, are a name
        # or a brand (Jürgen Habermas, Gdańsk), unless one is a word English only quotes
        return None
    needed = MIN_SUPPORT
    if code == "en" and language != "en":
        # English is every language's source of terms (default, remote, make install): an
        # English span is English text when it has English grammar, one of its function words
        grammar = any(own_function_word(words[i], language, code)
                      and not naturalised(host[i], rival[i], language, code) for i in support)
        needed = (MIN_TOLERATED_ENGLISH if not grammar else
                  MIN_TOLERATED_SUPPORT if tolerated else MIN_SUPPORT)
        if not grammar and _longest_phrase(text, words, support) < needed:
            # "always, prompt, auto, never": a list of terms (option values), not English
            # text; three words in a row that all lean English, two of them clearly, are
            # ("Connection closed prematurely")
            leaning = [i for i in range(len(words)) if gain[i] > 0]
            if _longest_phrase(text, words, leaning, adjacent=True) < MIN_TOLERATED_ENGLISH:
                return None
            needed = MIN_TOLERATED_SUPPORT
    elif tolerated and not any(telling(words[i], rival[i], code)
                               or own_function_word(words[i], "en", code) for i in support):
        # Latin in Japanese, Russian...: one word is enough when English does not use it, or
        # when it is the rival's grammar (de, für, ha) and a neighbour leans its way too
        # ("Dígitos de arredondamento"; a lone grammar word is too short to tell, below)
        needed = MIN_TOLERATED_SUPPORT
    if len(support) < needed:
        return None
    evidence = sum(g for g in gain[first:last + 1] if g > 0 or not tolerated)
    single = len(support) == 1
    lone = single and sum(1 for g in gain if g > 0) == 1  # no other word leans the same way
    word, value = words[support[0]], rival[support[0]]
    # a letter the document's language never writes is no chance match (and, where names are
    # respelt too, no name): the word is the rival's however rare
    lettered = not tolerated and by_letters(word.lower, code, language)
    capitalised = text[word.start].isupper() and not (tolerated and telling(word, value, code)) \
        and not (lettered and language in RESPELL_NAMES)
    if lone and (len(word.lower) < MIN_SINGLE_LETTERS or capitalised
                 or (not tolerated and _known_and_spelt_here(word, host[support[0]], code, language))
                 or (rare_for_its_length(word, value) and not lettered)
                 or _an_english_term(word, value, code)):
        # a lone short word is shared; a lone capitalised one may be a name (unless, among
        # Latin terms in other scripts, it is a common word English does not use: Sortieren);
        # a lone word the document's language has and spells its way is its own (matcher);
        # a lone rare one may be a command spelt like a word (evim is Turkish for "my house"),
        # and so may one English uses (apropos, init, stat in Spanish text)
        return None
    if evidence < (MIN_SINGLE_EVIDENCE if single else MIN_SPAN_EVIDENCE):
        return None
    start, end = words[first].start, words[last].end
    letters = sum(1 for ch in text[start:end] if script_of(ch) is script)
    confidence = min(0.99, evidence / (evidence + 2.0))
    # how likely the words are in the rival: between two rivals on the same words, the
    # likelier wins (Spanish over Catalan for "la consulta es"); a word no list has counts by
    # its spelling (arredondamento: Portuguese rather than Spanish)
    likelihood = sum(rival[i] or max(0.0, gain[i]) for i in inside) \
        - LETTER_PENALTY * foreign_letters(text[start:end], code)
    return likelihood, Piece(start, end, code, confidence, ((script, letters),))


def _longest_phrase(text: str, words: Sequence[Word], support: list[int],
                    adjacent: bool = False) -> int:
    """The most supporting words with no comma between them (``adjacent``: and no other word
    either)."""
    longest = count = 0
    for before, i in zip([None, *support], support, strict=False):
        if before is not None and ("," in text[words[before].end:words[i].start]
                                   or (adjacent and i != before + 1)):
            count = 0
        count += 1
        longest = max(longest, count)
    return longest


def _known_and_spelt_here(word: Word, host: float, code: str, language: str) -> bool:
    """Whether the document's language has the word, if rarely, and its letters read more
    like that language than like the rival's: "path matcher" is English (match + -er),
    whatever "matcher" means in Swedish."""
    return host >= KNOWN_HOST_WORD and spelling_gain(word.lower, code, language) < 0


def _an_english_term(word: Word, rival: float, code: str) -> bool:
    """Whether English uses the word in its own right: alone in another language's text it
    is more likely an English term or a command than the rival's word."""
    return code != "en" and naturalised(zipf(word.lower, "en", large=True), rival, "en", code)


def _best_non_overlapping(pieces: list[tuple[float, Piece]]) -> list[Piece]:
    """Where runs of two rivals overlap, the one whose words are likelier in it wins."""
    chosen: list[Piece] = []
    for _, piece in sorted(pieces, key=lambda p: (-p[0], -(p[1].end - p[1].start), p[1].start,
                                                  p[1].language)):
        if all(piece.end <= c.start or piece.start >= c.end for c in chosen):
            chosen.append(piece)
    return sorted(chosen, key=lambda p: p.start)
