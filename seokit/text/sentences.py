"""Sentences with offsets: abbreviations, initials, decimals and closing quotes handled."""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sr jr st vs etc e.g i.e cf al approx no fig figs vol eds ed inc ltd co corp "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k a.m p.m ph.d".split()
)
# a terminator, any closing quotes or brackets, then whitespace (or the end)
# CJK full stops end a sentence without a following space
_BOUNDARY = re.compile(r"([.!?…]+)([\"'”’)\]]*)(\s+|$)|([。！？]+)([」』\"'”’)]*)(\s*)")


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int
    end: int


# Only the word before a dot decides; looking back a bounded window keeps splitting linear
# even for one huge block with thousands of dots.
_LOOK_BACK = 32


def _ends_with_abbreviation(text: str, dot: int) -> bool:
    head = text[max(0, dot - _LOOK_BACK):dot].rsplit(None, 1)
    if not head:
        return False
    last = head[-1].lstrip("(\"'“‘").lower()
    if last in _ABBREVIATIONS:
        return True
    # an initial such as "J." in "J. R. R. Tolkien"
    return len(last) == 1 and last.isalpha() and text[dot - 1].isupper()


def sentences(text: str) -> list[Sentence]:
    """Split one block's text into sentences; offsets are into ``text``."""
    out: list[Sentence] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group(4):
            _append(out, text, start, m.end(5))
            start = m.end()
            continue
        end = m.end(2)
        if m.group(1) == "." and _ends_with_abbreviation(text, m.start(1)):
            continue
        following = text[m.end():m.end() + 1]
        if m.group(3) and following and following.islower():
            continue  # "e.g. this" or a lower-case continuation is not a new sentence
        _append(out, text, start, end)
        start = m.end()
    _append(out, text, start, len(text))
    return out


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    out.append(Sentence(stripped, start + lead, start + lead + len(stripped)))
