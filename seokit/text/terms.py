"""Words ready for keyword counting: normalised, stemmed, and placed in their block and sentence.

Two words are *adjacent* when they sit in the same sentence with only whitespace between them:
phrases and n-grams never span punctuation ("arthritis, fibromyalgia" is no phrase), a sentence
end or a block boundary. Scripts written without spaces are counted in character bigrams
(``seokit.text.segment``); the pieces of one run are adjacent to each other.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from seokit.document import Block
from seokit.pickling import quick_pickle
from seokit.text.normalize import normalize_word
from seokit.text.segment import is_function_piece, pieces
from seokit.text.sentences import sentences
from seokit.text.tokens import has_letter, words


class Term(NamedTuple):
    """One word of the measured text. (A named tuple: one is built for every word, and tuples
    are several times cheaper to build than frozen dataclasses.)"""

    word: str  # normalised surface form
    stem: str
    block: int  # position of its block in the measured sequence
    sentence: int  # running number of its sentence across the measured blocks
    start: int  # offsets into the block's text
    end: int
    adjacent: bool  # only whitespace, in the same sentence, separates it from the previous term
    unspaced: bool = False  # a character bigram of a script written without spaces


@quick_pickle
@dataclass(frozen=True, slots=True)
class TermCount:
    """An n-gram counted over all its word forms; ``term`` is its most frequent written form."""

    term: str
    n: int
    count: int
    key: tuple[str, ...]  # the stems


def block_terms(blocks: Sequence[Block], stem: Callable[[str], str]) -> list[Term]:
    """Every word of ``blocks`` in reading order."""
    return text_terms([block.text for block in blocks], stem)


def text_terms(texts: Sequence[str], stem: Callable[[str], str]) -> list[Term]:
    """Every word of ``texts`` in order; sentences without words get no number."""
    out: list[Term] = []
    sentence_number = 0
    for position, text in enumerate(texts):
        for sentence in sentences(text):
            tokens = words(sentence.text)
            if not tokens:
                continue
            previous_end = -1
            for token in tokens:
                for piece in pieces(token):
                    start = sentence.start + piece.start
                    end = sentence.start + piece.end
                    adjacent = piece.joined or (
                        previous_end >= 0 and text[previous_end:start].isspace())
                    word = normalize_word(piece.text)
                    # unspaced pieces are not words a stemmer knows
                    out.append(Term(word, word if piece.unspaced else stem(word), position,
                                    sentence_number, start, end, adjacent, piece.unspaced))
                    previous_end = end
            sentence_number += 1
    return out


def phrase_words(text: str) -> list[str]:
    """The normalised words of a phrase such as a keyphrase, a title or a slug."""
    return [normalize_word(p.text) for t in words(text) for p in pieces(t)]


def find_phrase(terms: Sequence[Term], phrase: Sequence[str], *, stemmed: bool) -> list[int]:
    """Indexes in ``terms`` where ``phrase`` (stems if ``stemmed``, else words) starts.

    Matches do not overlap: after one, the search resumes behind its last character (bigrams
    of unspaced scripts overlap one another, so that is not always ``size`` terms on).
    """
    size = len(phrase)
    if size == 0:
        return []
    found: list[int] = []
    i = 0
    last = len(terms) - size
    while i <= last:
        if _matches_at(terms, i, phrase, stemmed):
            found.append(i)
            end = terms[i + size - 1]
            i += size
            while i <= last and terms[i].block == end.block and terms[i].start < end.end:
                i += 1
        else:
            i += 1
    return found


def _matches_at(terms: Sequence[Term], i: int, phrase: Sequence[str], stemmed: bool) -> bool:
    for offset, wanted in enumerate(phrase):
        term = terms[i + offset]
        if (term.stem if stemmed else term.word) != wanted:
            return False
        if offset and not term.adjacent:
            return False
    return True


def text_contains(text: str, stems: Sequence[str], stem: Callable[[str], str]) -> bool:
    """Whether the standalone ``text`` (a title, description, slug, alt text) holds the phrase
    given by its ``stems``, in any word form."""
    return bool(find_phrase(text_terms((text,), stem), stems, stemmed=True))


def count_ngrams(
    terms: Sequence[Term], sizes: Iterable[int], stop_words: frozenset[str], *, min_count: int = 2
) -> dict[int, list[TermCount]]:
    """Every n-gram of each size in ``sizes`` used at least ``min_count`` times, most used first.

    An n-gram is a run of adjacent terms that neither starts nor ends with a stop word and
    has no token without a letter (numbers are no keywords). Word forms are counted together
    under their stems; ties go by term, so the order is the same on every run.
    """
    # per-term facts once, not once per window and size (this loop is the keyword hot path)
    stems = [t.stem for t in terms]
    lettered = [has_letter(t.word) for t in terms]
    edge = [ok and not is_stop(t, stop_words) for t, ok in zip(terms, lettered, strict=True)]
    # joined[i]: how many terms from i on follow their predecessor without a gap
    joined = [0] * (len(terms) + 1)
    for i in range(len(terms) - 1, 0, -1):
        joined[i] = joined[i + 1] + 1 if terms[i].adjacent else 0
    # inner[i]: how many terms from i on have a letter
    inner = [0] * (len(terms) + 1)
    for i in range(len(terms) - 1, -1, -1):
        inner[i] = inner[i + 1] + 1 if lettered[i] else 0
    result: dict[int, list[TermCount]] = {}
    for n in sizes:
        starts: dict[tuple[str, ...], list[int]] = {}
        for i in range(len(terms) - n + 1):
            last = i + n - 1
            # both ends usable, the rest joined up, the inner terms lettered
            if not (edge[i] and edge[last]) or joined[i + 1] < n - 1 or inner[i + 1] < n - 2:
                continue
            starts.setdefault(tuple(stems[i:last + 1]), []).append(i)
        ranked = [
            TermCount(_most_frequent(Counter(written_form(terms[i:i + n]) for i in found)), n,
                      len(found), key)
            for key, found in starts.items()
            if len(found) >= min_count
        ]
        ranked.sort(key=lambda tc: (-tc.count, tc.term))
        result[n] = ranked
    return result


def written_form(window: Sequence[Term]) -> str:
    """The words of a run of terms as written: spaced words joined by a space, overlapping
    bigrams merged ("按摩" + "摩治" -> "按摩治")."""
    out = window[0].word
    for before, term in itertools.pairwise(window):
        if term.unspaced and before.unspaced and term.block == before.block \
                and term.start < before.end:
            out += term.word[min(len(term.word), before.end - term.start):]
        elif term.unspaced and before.unspaced and term.start == before.end:
            out += term.word
        else:
            out += " " + term.word
    return out


def is_stop(term: Term, stop_words: frozenset[str]) -> bool:
    """Whether a term may not start or end a keyword."""
    if term.unspaced:
        return is_function_piece(term.word, stop_words)
    return term.word in stop_words


def _most_frequent(forms: Counter[str]) -> str:
    return min(forms.items(), key=lambda item: (-item[1], item[0]))[0]
