"""Sentences with offsets, split the way people read them.

A sentence ends at ., !, ?, … (or the Arabic, Devanagari, Ethiopic and Armenian marks) followed
by white space or the end of the block, with any closing quotes or brackets kept; CJK full
stops end one without a space. Not a boundary:

- a dot inside a token (decimals "3.5", versions "2.0", URLs "example.com/a.b", e-mail);
- a dot after an abbreviation that is never sentence-final ("Dr.", "e.g.", "z. B.", "Sr.");
  an abbreviation that can end a sentence ("etc.", "Inc.") ends one before a capital letter;
- a dot after an initial ("J. R. R. Tolkien");
- a terminator followed by a lower-case word ("Wait... what?", '"Stop!" he said');
- a dot after an ordinal number in languages that write ordinals so ("am 3. Oktober");
- a list enumerator ("1." or "a)") at the start of a sentence, which stays with its sentence.

Headings, list items and table cells are blocks of their own, so they never run into the
sentence before them even without terminal punctuation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Abbreviations that are followed by more of the same sentence (titles, "for example").
_NEVER_FINAL: dict[str, frozenset[str]] = {
    "en": frozenset("mr mrs ms dr prof sr jr st vs cf e.g i.e al approx no nos fig figs vol "
                    "eds ed p pp ca gen col lt sgt capt rev hon mt ft u.s u.k".split()),
    "de": frozenset("z.b bzw ca d.h dr prof nr s u.a u.ä vgl evtl ggf inkl bspw sog "
                    "hr fr str abs z.t i.d.r".split()),
    "fr": frozenset("m mm mme mlle dr pr p.ex p ex cf env n° no av bd st ste".split()),
    "es": frozenset("sr sra srta dr dra p.ej pág págs núm aprox ud uds vd vds".split()),
    "it": frozenset("sig sigg dott prof ing avv pag es".split()),
    "nl": frozenset("dhr mevr mw dr prof bijv o.a d.w.z m.b.t blz nr ca vgl".split()),
    "pt": frozenset("sr sra dr dra prof p.ex pág nº".split()),
}
# Abbreviations that may also end a sentence: a boundary only before a capital letter.
_MAY_BE_FINAL = frozenset(
    "etc inc ltd co corp bros jan feb mar apr jun jul aug sep sept oct nov dec a.m p.m ph.d "
    "usw ecc".split()
)
_ALL_NEVER_FINAL = frozenset().union(*_NEVER_FINAL.values())
# languages that write ordinal numbers with a dot ("3. Oktober")
_ORDINAL_DOT = frozenset("de da nb nn no fi is cs sk pl hu tr sl hr sr bs et lv".split())

_BOUNDARY = re.compile(
    r"([.!?…؟।॥።։‼⁇⁈⁉]+)([\"'”’»)\]]*)(\s+|$)"
    r"|([。！？．｡]+)([」』\"'”’)]*)(\s*)"
)
_ENUMERATOR = re.compile(r"\(?(?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,4})[.)]")


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int
    end: int


# Only the word before a dot decides; looking back a bounded window keeps splitting linear
# even for one huge block with thousands of dots.
_LOOK_BACK = 32


def _word_before(text: str, dot: int) -> str:
    head = text[max(0, dot - _LOOK_BACK):dot].rsplit(None, 1)
    return head[-1].lstrip("(\"'“‘«¿¡").lower() if head else ""


def _not_a_boundary(text: str, dot: int, following: str, language: str | None) -> bool:
    """Whether the dot at ``dot`` belongs to an abbreviation, initial or ordinal."""
    last = _word_before(text, dot)
    if not last:
        return False
    never = _NEVER_FINAL.get(language or "", _ALL_NEVER_FINAL) | _NEVER_FINAL["en"]
    if last in never:
        return True
    if last in _MAY_BE_FINAL:
        return not following[:1].isupper()
    if len(last) == 1 and last.isalpha() and text[dot - 1].isupper():
        return True  # an initial such as "J." in "J. R. R. Tolkien"
    # "z. B." and "d. h." written with a space: a single lower-case letter before the dot
    if language == "de" and len(last) == 1 and last.isalpha():
        return True
    return language in _ORDINAL_DOT and last.isdigit() and len(last) <= 4 and bool(following)


def sentences(text: str, language: str | None = None) -> list[Sentence]:
    """Split one block's text into sentences; offsets are into ``text``. ``language`` (an ISO
    639-1 code) selects its abbreviations and ordinal rule; None uses every listed
    abbreviation."""
    out: list[Sentence] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group(4):
            _append(out, text, start, m.end(5))
            start = m.end()
            continue
        end = m.end(2)
        following = text[m.end():m.end() + 1]
        if m.group(1) == "." and _not_a_boundary(text, m.start(1), following, language):
            continue
        if m.group(3) and following and following.islower():
            continue  # "e.g. this" or a lower-case continuation is not a new sentence
        if _ENUMERATOR.fullmatch(text[start:end].strip()):
            continue  # "1. Massage helps.": the number belongs to the sentence after it
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
