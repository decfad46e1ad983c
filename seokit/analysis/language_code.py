"""The page's own identifiers: words it writes as code somewhere (inline code, code blocks, the
arguments of a call such as ``assertInBytecode(x, opname, argval=None)``). Documentation names
a parameter in prose too ("Return instr if opname is found"), where it reads as a word of some
language (Dutch "opname"); a foreign span made only of such words is the page's code."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from seokit.analysis.language_spans import ForeignSpan
from seokit.document import Block, BlockKind
from seokit.text.tokens import letter_runs

# an argument list (no nested parentheses); it is a call's when an identifier comes right
# before it. Starting at the parenthesis lets the search skip ahead quickly.
_ARGUMENTS = re.compile(r"\(([^()]{1,400})\)")


def without_code(spans: Sequence[ForeignSpan], blocks: Iterable[Block]) -> list[ForeignSpan]:
    """The spans that hold a word the page does not write as code."""
    words = {word for span in spans for word in letter_runs(span.text)}
    identifiers = code_words(blocks, words) if words else frozenset()
    return [span for span in spans
            if not all(word.lower() in identifiers for word in letter_runs(span.text))]


def code_words(blocks: Iterable[Block], wanted: set[str]) -> frozenset[str]:
    """Those of the ``wanted`` words (as written in the spans) that the blocks' code has, in
    lower case: code blocks, inline code and call arguments. Only blocks that contain one of
    them are read: a page's spans have few words, a page many blocks."""
    lowered = {word.lower() for word in wanted}
    found: set[str] = set()
    for block in blocks:
        text = block.text
        if not any(word in text for word in wanted) and not (
                block.kind is BlockKind.CODE and any(word in text.lower() for word in lowered)):
            continue
        if block.kind is BlockKind.CODE:
            pieces = [text]
        else:
            pieces = [text[a:b] for a, b in block.code_spans]
            pieces += [m.group(1) for m in _ARGUMENTS.finditer(text)
                       if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "._")]
        for piece in pieces:
            found.update(word.lower() for word in letter_runs(piece))
    return frozenset(found & lowered)
