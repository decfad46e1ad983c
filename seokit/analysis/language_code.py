"""The page's own identifiers: words it writes as code somewhere (inline code, code blocks, the
arguments of a call such as ``assertInBytecode(x, opname, argval=None)``). Documentation names
a parameter in prose too ("Return instr if opname is found"), where it reads as a word of some
language (Dutch "opname"); a foreign span made only of such words is the page's code."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from seokit.analysis.language_spans import ForeignSpan
from seokit.document import Block, BlockKind

# an identifier directly followed by its argument list (no nested parentheses)
_CALL = re.compile(r"[\w.]\(([^()]{1,400})\)")
_WORD = re.compile(r"[^\W\d_]+")


def code_words(blocks: Iterable[Block]) -> frozenset[str]:
    """The words, in lower case, of the blocks' code: code blocks, inline code and call
    arguments."""
    found: set[str] = set()
    for block in blocks:
        pieces: list[str]
        if block.kind is BlockKind.CODE:
            pieces = [block.text]
        else:
            pieces = [block.text[a:b] for a, b in block.code_spans]
            pieces += _CALL.findall(block.text)
        for piece in pieces:
            found.update(word.lower() for word in _WORD.findall(piece))
    return frozenset(found)


def without_code(spans: Sequence[ForeignSpan], identifiers: frozenset[str]) -> list[ForeignSpan]:
    """The spans that hold a word the page does not write as code."""
    return [span for span in spans
            if not all(word.lower() in identifiers for word in _WORD.findall(span.text))]
