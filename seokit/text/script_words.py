"""Words of one script with their offsets, for word-level language evidence: split at spaces
and wherever the script changes (``ファイルのsegmento`` gives ``segmento``), each marked as a
plain word of prose or not (code, numbers, URLs, other scripts) and as a name or not (a
capitalised word inside a sentence)."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from seokit.text.langid import is_plain_word
from seokit.text.scripts import Script, script_of

_TOKEN = re.compile(r"\S+")
_EDGE = "\"'“”‘’«»‹›()[]{}<>,.;:!?¡¿…*_`~|—–/\\"
_SENTENCE_END = frozenset(".!?。！？")
_CLAUSE_END = _SENTENCE_END | {":"}  # "she said: Le traitement..." starts anew
# a quotation starts like a sentence; a parenthesis does not: "(Mert Can Altın)" is a name
_OPENING = frozenset("\"'“‘«„‹")
_QUOTES = "\"'“”‘’«»‹›„([{"
_CODE_PREFIXES = frozenset(":-$/\\=@#~%+<")  # "<algo>": a placeholder
_CLOSING = "\"'”’»›)]"


@dataclass(frozen=True, slots=True)
class Word:
    start: int
    end: int
    lower: str
    name: bool  # capitalised inside a sentence: a proper name, whatever language it is in
    plain: bool  # a word of prose, not code, a number or a URL



def script_words(text: str, script: Script, begin: int = 0, stop: int | None = None) -> list[Word]:
    """The words of ``script`` (and, as non-plain breaks, of other scripts), also where no
    space separates them from Chinese or Japanese text (``ファイルのsegmento``); of
    ``text[begin:stop]`` (a sentence), with offsets into ``text``."""
    words: list[Word] = []
    sentence_start = True
    for match in _TOKEN.finditer(text, begin, len(text) if stop is None else stop):
        for start, end in _pieces(match.group(), match.start(), script):
            token = text[start:end]
            stripped = token.strip(_EDGE)
            if not stripped:
                sentence_start = sentence_start or token[-1] in _SENTENCE_END
                continue
            start += token.index(stripped[0])
            first = script_of(stripped[0])
            if first is not script:
                words.append(Word(start, start + len(stripped), "", False, False))
                sentence_start = token[-1] in _SENTENCE_END
                continue
            # ":set", "-R", "$HOME", "stat()": a word glued to a command's prefix or a call's
            # parentheses is code
            plain = (is_plain_word(stripped) and token.lstrip(_QUOTES)[:1] not in _CODE_PREFIXES
                     and "()" not in token)
            opens = token[0] in _OPENING  # a quotation starts like a sentence
            name = plain and stripped[0].isupper() and not sentence_start and not opens
            words.append(Word(start, start + len(stripped), stripped.lower(), name, plain))
            closing = token.rstrip(_CLOSING)[-1:]  # 'gut."' ends a sentence too
            sentence_start = closing in _CLAUSE_END and not _abbreviation(stripped)
    return words


def _abbreviation(word: str) -> bool:
    """Mr. Dr. St. J.: a capitalised word of up to three letters before a full stop."""
    return len(word) <= 3 and word[0].isupper()


def _pieces(token: str, offset: int, script: Script) -> list[tuple[int, int]]:
    """``token`` cut where letters of ``script`` meet letters of another script or CJK
    punctuation."""
    if script is Script.LATIN and token.isascii():
        return [(offset, offset + len(token))]
    cuts = [0]
    inside: bool | None = None
    for i, char in enumerate(token):
        found = script_of(char)
        if found is None and not "\u3000" <= char <= "\u303f" and not "\uff00" <= char <= "\uffef":
            continue
        mine = found is script
        if inside is not None and mine != inside:
            cuts.append(i)
        inside = mine
    cuts.append(len(token))
    return [(offset + a, offset + b) for a, b in itertools.pairwise(cuts) if b > a]
